import { defineRule } from '../../rule';
import {
  at,
  evidenceIn,
  firstSentence,
  isLessonPlan,
  linesOutside,
  teachingSections,
  writtenLines,
} from '../evidence';
import type { LessonPlan, PlanItem } from '../types';

/**
 * What makes a practical hazardous: acids and other chemicals, heating, a gas given off. Named
 * substances and apparatus, not "chemical reaction", "amino acids" or "the evolution of whales".
 */
const HAZARD =
  /\b(?:(?<!amino |fatty |nucleic )acids?\b(?! rain)|hydrochloric|sulphuric|sulfuric|nitric|sodium hydroxide|HCl\b|NaOH\b|H2SO4\b|HNO3\b|alkalis?\b|bunsen|burners?\b|spirit lamp|heat(?:ing)? (?:the|a|an|it|until|gently|strongly)\b|boiling tubes?|water baths?|hot water|chemicals\b|flammable|corrosive|toxic|irritant|hydrogen peroxide|ethanol|gas (?:is )?(?:given off|evolved|produced)|evolution of (?:a )?(?:gas|hydrogen|oxygen|carbon dioxide|chlorine|sulphur|sulfur)|sulphur dioxide|sulfur dioxide|scalpels?)/i;

/** Pupils handling it: a practical, not a picture of one. */
const PRACTICAL =
  /\b(?:practical|experiment|investigat|measur|apparatus|beakers?|flasks?|test tubes?|pipettes?|cylinders?|water baths?|mix|pour|heat|add \d)/i;

/** A part named as the practical: "Practical demo (10 min)", "Investigation", "Experiment". */
const PRACTICAL_PART = /\b(?:practical|demo(?:nstration)?|experiment|investigation|lab)\b/i;

/** The control measures a risk assessment names: eye protection, ventilation, CLEAPSS, spills. */
const CONTROL =
  /\b(?:eye protection|goggles|safety (?:glasses|spectacles|specs)|ventilat|fume cupboard|extract|CLEAPSS|lab coats?|gloves|spill|dispos|asthma)/i;

const RISK_HEADING = /\b(?:risk|safety|hazards?|health and safety|COSHH)\b/i;

/** How many lines of risk notes still read as "a few": a list of hazards without their controls. */
const FEW_LINES = 5;

export const practicalSafety = defineRule<LessonPlan, 'noRiskAssessment' | 'riskIncomplete'>({
  id: 'lesson/practical-safety',
  title: 'A practical with hazards has its risk assessment',
  guidance: 'environment/organisation',
  severity: 'warning',
  messages: {
    noRiskAssessment:
      'This practical uses "{hazard}", but the plan has no risk notes: could you add the risk assessment (eye protection, ventilation for any gas, spills and disposal), checked against CLEAPSS and your school\'s own?',
    riskIncomplete:
      'The risk notes name the hazards ("{hazard}") but not yet how they are controlled: eye protection, ventilation for any gas given off (pupils with asthma), spills and disposal. Could you complete the risk assessment from CLEAPSS before the lesson?',
  },
  check(plan) {
    if (!isLessonPlan(plan)) return [];
    const teaching = teachingSections(plan);
    // The hazard quoted is the practical's own ("Add 3 drops 1 M HCl..."), not an acid named in a
    // retrieval question ("Q: Write the expression for Ka for ethanoic acid").
    const practicals = teaching.filter((section) => evidenceIn([section], PRACTICAL) !== undefined);
    const namedParts = practicals.filter((section) => PRACTICAL_PART.test(section.heading));
    const hazard =
      evidenceIn(namedParts, HAZARD) ?? evidenceIn(practicals, HAZARD) ?? evidenceIn(teaching, HAZARD);
    if (hazard === undefined || practicals.length === 0) return [];
    const everyLine = linesOutside(plan, []);
    if (everyLine.some((entry) => CONTROL.test(entry.text))) return [];
    const notes = riskNotes(plan);
    if (notes.length === 0)
      return [
        { messageId: 'noRiskAssessment', data: { hazard: firstSentence(hazard.text, 60) }, ...at(hazard) },
      ];
    if (notes.length > FEW_LINES) return [];
    const named = notes.find((entry) => HAZARD.test(entry.text)) ?? notes[0]!;
    return [{ messageId: 'riskIncomplete', data: { hazard: firstSentence(named.text, 60) }, ...at(named) }];
  },
});

/** The lines of the plan's risk or safety notes: a section headed for them, else lines that open with "Risk:". */
function riskNotes(plan: LessonPlan): PlanItem[] {
  const headed = plan.sections.filter((section) => RISK_HEADING.test(section.heading));
  if (headed.length > 0) return writtenLines(plan, headed);
  const labelled = linesOutside(plan, []).filter((entry) =>
    /^(?:risks?|safety|hazards?)\s?:/i.test(entry.text),
  );
  return labelled;
}

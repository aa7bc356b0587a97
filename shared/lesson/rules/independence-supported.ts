import { defineRule } from '../../rule';
import {
  at,
  evidenceIn,
  headingIn,
  isInterventionPlan,
  isLessonPlan,
  sectionsOf,
  teachingSections,
} from '../evidence';
import type { LessonPlan } from '../types';

/** What pupils can turn to when stuck, self-checking resources among them: answer cards, a self-marking station. */
const SELF_HELP =
  /\b(?:working wall|anchor charts?|word wall|self[- ]help|help (?:sheet|desk|cards?|station)|tool ?kit|buddy|buddies|knowledge organiser|prompt cards?|checklist|(?:bilingual|picture) dictionar|(?:use|using|with) (?:a |the |their )?(?:dictionar|thesaur)|dictionar(?:y|ies) (?:available|on (?:the )?tables|to hand)|thesauruses|glossary|(?:vocabulary|key ?words?|learning|working|maths|class) displays?|displayed (?:on|around) (?:the )?(?:wall|board|room)|key ?words? for the wall|(?:3|three) (?:before|b4) me|c3b4me|hint cards?|(?:word|sound|phoneme|grapheme|alphabet|number|vocabulary|key ?word) mats?|(?:verb|conjugation|tense|times|multiplication) tables? (?:on|at|to hand|for)|vocab(?:ulary)? lists?|word banks?|reference (?:sheets?|books?|cards?)|worked examples? (?:on|left|available|displayed)|resources? (?:available|on (?:the )?tables)|sentence (?:starters|stems)|success criteria (?:to|as a) (?:check|guide)|self[- ](?:checking|marking) (?:station|table|sheets?|cards?)|for self[- ](?:checking|marking)|self[- ]?mark(?:ing)? (?:at|from) (?:the |a )?(?:station|table|answer)|answer (?:cards?|sheets?|keys?)|answers? (?:on|at|around) (?:the )?(?:back |side )?(?:wall|door)|check (?:your|their|own) (?:answers|work) (?:against|with))/i;

/**
 * The teacher taken up with some pupils while the rest work: a guided or focus group, "come to the front desk
 * with me", "I'll sit with the red table". The guide asks for self-help for the rest of the class then.
 */
const TEACHER_TAKEN_UP =
  /\b(?:guided (?:group|reading|writing|session|work|maths)|focus group|(?:with|join) me\b|(?:I|teacher)(?: will|'ll|’ll)? (?:work|works|sit|sits|stay|stays) with\b|my group\b)/i;

/** Minutes of pupils' own work long enough for them to need something to turn to. */
const SHORTEST_WORKING_TIME = 10;

export const independenceSupported = defineRule<LessonPlan, 'missing' | 'supported'>({
  id: 'lesson/independence-supported',
  title: 'Self-help strategies for independent learning',
  guidance: 'environment/self-help',
  severity: 'suggestion',
  messages: {
    missing:
      'What can pupils use when they are stuck, before asking you: a working wall, a key-vocabulary display, a help sheet or a peer buddy? Naming it helps them work independently.',
    supported: 'Pupils have self-help resources to turn to, which builds independence.',
  },
  check(plan) {
    // A tuition or intervention session is already shaped around its pupils' needs.
    if (!isLessonPlan(plan) || isInterventionPlan(plan)) return [];
    // Self-help is for pupils working without the teacher: asked where the plan has such a part.
    // A few minutes' practice with a partner ("9:10 Practise", 5 minutes) is over before anyone is stuck for long.
    // Asked only where the teacher is with a group meanwhile: a teacher free to go round is what pupils turn to,
    // and the question on every plan with independent work was noise.
    const working = sectionsOf(plan, 'independent', 'guided').find(
      (section) =>
        (section.minutes === undefined || section.minutes >= SHORTEST_WORKING_TIME) &&
        (section.kind === 'guided' ||
          plan.sections.some((other) => other.kind === 'guided') ||
          evidenceIn([section], TEACHER_TAKEN_UP) !== undefined),
    );
    // What pupils can turn to is planned in the teaching or its resources; "Displays the count" in a
    // program's description is not a display for pupils.
    // "Key words for the wall/books" heads the words pupils will have on display.
    const evidence =
      evidenceIn([...teachingSections(plan), ...sectionsOf(plan, 'resources')], SELF_HELP) ??
      headingIn(sectionsOf(plan, 'keywords'), SELF_HELP);
    return evidence === undefined
      ? working === undefined
        ? []
        : [{ messageId: 'missing', where: { kind: 'plan', line: working.line } }]
      : [{ messageId: 'supported', severity: 'strength', ...at(evidence) }];
  },
});

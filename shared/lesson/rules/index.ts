import type { Rule } from '../../rule';
import type { LessonPlan } from '../types';
import { differentiationBySupport } from './differentiation-by-support';
import { ealSupport } from './eal-support';
import { emptySections } from './empty-sections';
import { episodesStructured } from './episodes-structured';
import { explainingPlanned } from './explaining-planned';
import { guidedGroupPlanned } from './guided-group-planned';
import { inclusionGaps } from './inclusion-gaps';
import { independenceSupported } from './independence-supported';
import { interventionSequence } from './intervention-sequence';
import { miniPlenary } from './mini-plenary';
import { modellingPlanned } from './modelling-planned';
import { mostAbleChallenge } from './most-able-challenge';
import { objectivesStated } from './objectives-stated';
import { objectivesTaught } from './objectives-taught';
import { onlineSafety } from './online-safety';
import { peerSelfAssessment } from './peer-self-assessment';
import { planCutOff } from './plan-cut-off';
import { planRecognised } from './plan-recognised';
import { plenaryReviewsLearning } from './plenary-reviews-learning';
import { practicalSafety } from './practical-safety';
import { priorLearningLinked } from './prior-learning-linked';
import { pupilTalk } from './pupil-talk';
import { questioningPlanned } from './questioning-planned';
import { senAdjustments } from './sen-adjustments';
import { starterLinkedToObjectives } from './starter-linked-to-objectives';
import { stillToSettle } from './still-to-settle';
import { successCriteriaStated } from './success-criteria-stated';
import { teachingAssistantDeployment } from './teaching-assistant-deployment';
import { timingsAddUp } from './timings-add-up';
import { transitionsSignposted } from './transitions-signposted';
import { waitingGroups } from './waiting-groups';

/** Every lesson-plan rule, sorted by id. Adding a rule is adding its file and a line here. */
export const rules: readonly Rule<LessonPlan>[] = [
  differentiationBySupport,
  ealSupport,
  emptySections,
  episodesStructured,
  explainingPlanned,
  guidedGroupPlanned,
  inclusionGaps,
  independenceSupported,
  interventionSequence,
  miniPlenary,
  modellingPlanned,
  mostAbleChallenge,
  objectivesStated,
  objectivesTaught,
  onlineSafety,
  peerSelfAssessment,
  planCutOff,
  planRecognised,
  plenaryReviewsLearning,
  practicalSafety,
  priorLearningLinked,
  pupilTalk,
  questioningPlanned,
  senAdjustments,
  starterLinkedToObjectives,
  stillToSettle,
  successCriteriaStated,
  teachingAssistantDeployment,
  timingsAddUp,
  transitionsSignposted,
  waitingGroups,
];

import type { Rule } from '../../rule';
import type { ClassSubject, PupilSubject } from '../subject';
import { belowTrajectory } from './below-trajectory';
import { classWideDip } from './class-wide-dip';
import { classWideWeakness } from './class-wide-weakness';
import { dataQuery } from './data-query';
import { falling } from './falling';
import { headingBelowTarget } from './heading-below-target';
import { interventionNotWorking } from './intervention-not-working';
import { mostAbleNotStretched } from './most-able-not-stretched';
import { noRecentAssessment } from './no-recent-assessment';
import { persistentAbsence } from './persistent-absence';
import { severeAbsence } from './severe-absence';
import { spikyProfile } from './spiky-profile';
import { stalled } from './stalled';
import { targetEstimated } from './target-estimated';
import { wellBelowTrajectory } from './well-below-trajectory';
import { widerNeeds } from './wider-needs';

/** The rules run once per pupil, sorted by id. */
export const pupilRules: readonly Rule<PupilSubject>[] = [
  belowTrajectory,
  dataQuery,
  falling,
  headingBelowTarget,
  interventionNotWorking,
  mostAbleNotStretched,
  noRecentAssessment,
  persistentAbsence,
  severeAbsence,
  spikyProfile,
  stalled,
  targetEstimated,
  wellBelowTrajectory,
  widerNeeds,
];

/** The rules run once over the class. */
export const classRules: readonly Rule<ClassSubject>[] = [classWideDip, classWideWeakness];

/** Every markbook rule, sorted by id. */
export const rules: readonly (Rule<PupilSubject> | Rule<ClassSubject>)[] = [
  ...pupilRules,
  ...classRules,
].sort((a, b) => a.id.localeCompare(b.id));

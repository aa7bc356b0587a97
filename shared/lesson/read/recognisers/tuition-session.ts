import { recogniser } from '../recogniser';

/**
 * "Tutoring", "one-to-one", "1:1 session", "tuition", "catch-up intervention – wave 2": a
 * session for one pupil or a small group outside the class lesson. A training provider's "Individual
 * Lesson Plan" template is a class lesson's, and pupils who will "catch up Thurs" are in a class lesson.
 */
export const tuitionSession = recogniser('tuition-session', (text) =>
  /\b(?:tutoring|tuition|tutee|tutor-led|one[- ]to[- ]one|1:1|1-1 (?:session|lesson)|individual (?:[a-z0-9]{1,20} ){0,3}(?:tutoring|lesson|session)(?! plan)|intervention|catch[- ]up (?:sessions?|groups?|intervention|programme|tuition|lessons?)|booster (?:session|group)|wave [23]|small[- ]group support)\b/i.test(
    text,
  )
    ? true
    : undefined,
);

import { recogniser } from '../recogniser';

/**
 * "Transcript", "Video transcript", "Lesson transcript:": the heading of what was said in a
 * lesson or its video. What follows it is speech, so "Teacher: now..." is not a part of the plan.
 */
export const transcript = recogniser('transcript', (heading) =>
  /^(?:(?:video|lesson|audio|full) )?transcripts?(?: of [a-z ]{1,40})?:?$/i.test(heading.trim())
    ? true
    : undefined,
);

import { recogniser } from '../recogniser';

/**
 * "Focus for Next Lesson", "Next session", "Next steps for next time": the heading under which a
 * record says what the next session should work on.
 */
export const nextFocus = recogniser('next-focus', (heading) =>
  heading.length <= 60 &&
  /^(?:\d{1,2}[.)] ?)?(?:(?:focus|targets?|plan|aims?) for (?:the )?next (?:lesson|session|time|week)|next (?:lesson|session)(?: focus| targets?| plan)?|next steps? (?:for|in) (?:the )?next (?:lesson|session|time))\W{0,3}$/i.test(
    heading,
  )
    ? true
    : undefined,
);

import { recogniser } from '../recogniser';

/** "Observe for: ...", "Look for - ...", "Assessment opportunities:": what an early-years adult looks for. */
export const lookFor = recogniser('look-for', (text) => {
  const match = /^(?:observe for|look(?:ing)? for|assessment opportunit(?:y|ies)) ?(?::|[-–—] )(.*)$/i.exec(
    text,
  );
  return match === null ? undefined : match[1]!.trim();
});

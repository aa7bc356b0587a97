import { recogniser } from '../recogniser';

/**
 * An objective not written yet: "Something about calculating angles", "TBC", "TODO: add LO",
 * "Objective to follow", "[insert objective]", "???". A mentor names it at once; nothing is
 * built on it.
 */
export const placeholder = recogniser('placeholder', (text) => {
  const lower = text.trim().toLowerCase().slice(0, 80);
  if (/^(?:something|stuff|things?) (?:about|on|to do with|with)\b/.test(lower)) return true;
  if (/^\?{2,}$/.test(lower)) return true;
  if (/^(?:tbc|tbd|tba|todo|to do|to be (?:confirmed|decided|added|written)|xxx+|n\/a)\W{0,3}$/.test(lower))
    return true;
  if (/^(?:tbc|tbd|todo|to do) ?[:–-]/.test(lower)) return true;
  if (/^\[(?:insert|add|enter|objective|lo)\b/.test(lower)) return true;
  if (/^(?:objectives?|lo) (?:to follow|here|tbc|tbd)\W{0,3}$/.test(lower)) return true;
  return undefined;
});

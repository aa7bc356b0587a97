/**
 * The record that every quote the rule core takes from the guidance was checked, word for
 * word, against the guidance itself. The guidance texts are not part of the repository, so the
 * check runs in two halves:
 *
 * - `npm run verify:guidance -- <folder with the guidance texts>` (a developer, when a quote
 *   changes) finds each quote in its source and writes `guidance-verified.json`: a hash of
 *   the source file, and for every quote its hash and where it was found;
 * - `test/meta/guidance.test.ts` (every clone) fails when a quote, a chapter name or an Annex
 *   item no longer matches the hash it was verified with, or when one was never verified.
 */
import { createHash } from 'node:crypto';

export const RECORD_FILE = 'test/meta/guidance-verified.json';
export const VERIFY_COMMAND = 'npm run verify:guidance -- <folder with the guidance texts>';

/** Where the Annex starts in the main guide: its last heading, after the table of contents. */
export const ANNEX_HEADING = 'Annex: Identification of development priorities';

export interface QuotedSection {
  source: string;
  feature: string;
  quote: string;
}

export interface QuotedItem {
  id: string;
  letter: string;
  text: string;
}

export interface VerifiedSection {
  source: string;
  /** sha256 of the quote exactly as shared/guidance.ts has it. */
  quote: string;
  /** sha256 of the chapter name exactly as shared/guidance.ts has it. */
  feature: string;
  /** Where the quote starts in the source, counted in the normalised text (see `normalise`). */
  offset: number;
}

export interface VerifiedItem {
  /** sha256 of "<letter>) <text>" exactly as shared/selfreview has it. */
  text: string;
  /** Where it starts in the normalised Annex. */
  offset: number;
}

export interface GuidanceRecord {
  sources: Record<string, { file: string; sha256: string }>;
  sections: Record<string, VerifiedSection>;
  annex: Record<string, VerifiedItem>;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Curly quotes, line breaks and case differ between the guide's text and a quote; nothing else may. */
export const normalise = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

const annexLine = (item: QuotedItem) => `${item.letter}) ${item.text}`;
/** The chapter name as the guide prints it ("Annex: " is how GUIDANCE labels the Annex). */
const chapterName = (feature: string) => (feature.startsWith('Annex: ') ? feature.slice(7) : feature);

/**
 * Checks every quote and Annex item against the guidance texts, and records what was checked.
 * `readSource` gets a source's file name and returns its text, or undefined when it is missing.
 */
export function verifyGuidance(
  sources: Record<string, { file: string }>,
  sections: Record<string, QuotedSection>,
  annexItems: readonly QuotedItem[],
  readSource: (file: string) => string | undefined,
): { record: GuidanceRecord; problems: string[] } {
  const problems: string[] = [];
  const record: GuidanceRecord = { sources: {}, sections: {}, annex: {} };
  const texts = new Map<string, string>();
  for (const [id, { file }] of Object.entries(sources)) {
    const text = readSource(file);
    if (text === undefined) {
      problems.push(`source ${id}: ${file} is not in the folder given`);
      continue;
    }
    record.sources[id] = { file, sha256: sha256(text) };
    texts.set(id, normalise(text));
  }
  for (const [ref, section] of Object.entries(sections)) {
    const text = texts.get(section.source);
    if (text === undefined) continue;
    const offset = text.indexOf(normalise(section.quote));
    if (offset < 0)
      problems.push(`${ref}: the quote is not in ${sources[section.source]?.file}: "${section.quote}"`);
    if (!text.includes(normalise(chapterName(section.feature)))) {
      problems.push(`${ref}: the chapter "${section.feature}" is not in ${sources[section.source]?.file}`);
    }
    if (offset >= 0) {
      record.sections[ref] = {
        source: section.source,
        quote: sha256(section.quote),
        feature: sha256(section.feature),
        offset,
      };
    }
  }
  const guide = texts.get('004');
  const annexStart = guide?.lastIndexOf(normalise(ANNEX_HEADING)) ?? -1;
  if (guide !== undefined && annexStart < 0) problems.push(`the main guide has no "${ANNEX_HEADING}"`);
  if (guide !== undefined && annexStart >= 0) {
    const annex = guide.slice(annexStart);
    for (const item of annexItems) {
      const offset = annex.indexOf(normalise(annexLine(item)));
      if (offset < 0) problems.push(`${item.id}: "${annexLine(item)}" is not in the Annex`);
      else record.annex[item.id] = { text: sha256(annexLine(item)), offset };
    }
  }
  return { record, problems };
}

/**
 * What no longer matches the record, each phrased as what to do. Empty when every quote,
 * chapter name and Annex item is exactly as it was when it was verified.
 */
export function recordProblems(
  sources: Record<string, { file: string }>,
  sections: Record<string, QuotedSection>,
  annexItems: readonly QuotedItem[],
  record: GuidanceRecord,
): string[] {
  const problems: string[] = [];
  const again = `check it against the guidance with ${VERIFY_COMMAND}`;
  for (const [ref, section] of Object.entries(sections)) {
    const verified = record.sections[ref];
    if (verified === undefined) problems.push(`${ref} was never checked against the guidance: ${again}`);
    else if (verified.source !== section.source) {
      problems.push(
        `${ref} now cites source ${section.source}, but was checked in source ${verified.source}: ${again}`,
      );
    } else if (verified.quote !== sha256(section.quote)) {
      problems.push(`${ref}: its quote has changed since it was checked against the guidance: ${again}`);
    } else if (verified.feature !== sha256(section.feature)) {
      problems.push(`${ref}: its chapter "${section.feature}" has changed since it was checked: ${again}`);
    }
  }
  for (const ref of Object.keys(record.sections)) {
    if (!(ref in sections))
      problems.push(`${RECORD_FILE} lists ${ref}, which is no longer in shared/guidance.ts: ${again}`);
  }
  for (const [id, { file }] of Object.entries(sources)) {
    const verified = record.sources[id];
    if (verified === undefined || verified.file !== file) {
      problems.push(`source ${id} (${file}) was never checked: ${again}`);
    }
  }
  for (const item of annexItems) {
    const verified = record.annex[item.id];
    if (verified === undefined) problems.push(`${item.id} was never checked against the Annex: ${again}`);
    else if (verified.text !== sha256(annexLine(item))) {
      problems.push(`${item.id}: its wording has changed since it was checked against the Annex: ${again}`);
    }
  }
  for (const id of Object.keys(record.annex)) {
    if (!annexItems.some((item) => item.id === id)) {
      problems.push(
        `${RECORD_FILE} lists Annex item ${id}, which is no longer in shared/selfreview: ${again}`,
      );
    }
  }
  return problems;
}

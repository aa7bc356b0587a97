import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonInput } from '../../shared/lesson';

export const FIXTURES = join(import.meta.dirname, '../fixtures/lessons');

/** The fixture plans the audit is checked on; `reading/` holds the reader's own, checked in reading.test.ts. */
export const fixtureNames = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => entry.name)
  .sort();

/** A fixture as the CLI would read it: HTML by its extension, everything else as text. */
export function fixture(name: string): LessonInput {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  return name.endsWith('.html')
    ? { text, format: 'html' }
    : { text, format: name.endsWith('.md') ? 'markdown' : 'text' };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonInput } from '../../shared/lesson';

export const FIXTURES = join(import.meta.dirname, '../fixtures/lessons');

export const fixtureNames = readdirSync(FIXTURES).sort();

/** A fixture as the CLI would read it: HTML by its extension, everything else as text. */
export function fixture(name: string): LessonInput {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  return name.endsWith('.html')
    ? { text, format: 'html' }
    : { text, format: name.endsWith('.md') ? 'markdown' : 'text' };
}

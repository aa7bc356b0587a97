import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyseMarkbook,
  type MarkbookAnalysis,
  parseDelimited,
  parseSettings,
} from '../../shared/markbook/index';

export const FIXTURES = join(import.meta.dirname, '../fixtures/markbooks');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Analyses a fixture the way the command line does, with its `<name>.settings.json` when there is one. */
export function analyseFixture(name: string, settingsFile?: string): MarkbookAnalysis {
  let settings = {};
  if (settingsFile !== undefined) {
    const parsed = parseSettings(JSON.parse(fixtureText(settingsFile)));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    settings = parsed.settings;
  }
  return analyseMarkbook(parseDelimited(fixtureText(name)), settings);
}

export const roleOf = (analysis: MarkbookAnalysis, header: string) =>
  analysis.columns.find((column) => column.header === header);

export const pupilNamed = (analysis: MarkbookAnalysis, name: string) => {
  const pupil = analysis.pupils.find((p) => p.name === name);
  if (pupil === undefined) throw new Error(`no pupil ${name}`);
  return pupil;
};

export const ruleIds = (analysis: MarkbookAnalysis, name: string) =>
  pupilNamed(analysis, name).flags.map((flag) => `${flag.rule}:${flag.messageId}`);

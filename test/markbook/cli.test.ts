import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { markbookCommand } from '../../cli/markbook';
import { FIXTURES } from './fixture';

/** The --json document, as the issue promises it to consumers. */
const finding = z.object({
  rule: z.string().regex(/^markbook\/[a-z-]+$/),
  messageId: z.string(),
  severity: z.enum(['info', 'suggestion', 'warning', 'urgent']),
  title: z.string(),
  message: z.string().min(1),
  response: z.string().nullable(),
  guidance: z.string(),
  citation: z.string(),
  cell: z.string().nullable(),
});
const statusCounts = z.object({
  above: z.number(),
  on: z.number(),
  below: z.number(),
  'well-below': z.number(),
  unknown: z.number(),
});
const markbookJson = z
  .object({
    format: z.literal('trajectory-markbook'),
    version: z.literal(1),
    headerRow: z.number().int().positive(),
    basis: z
      .object({
        scale: z.string(),
        scaleName: z.string(),
        step: z.number(),
        expectedPerYear: z.number(),
        tolerance: z.string(),
        kind: z.enum(['test-score', 'growth']),
        due: z.string().min(1),
        method: z.string().min(1),
      })
      .passthrough()
      .nullable(),
    columns: z.array(z.object({ column: z.string(), header: z.string(), role: z.string() }).passthrough()),
    assessments: z.array(z.string()),
    pupils: z.array(
      z
        .object({
          row: z.number().int().positive(),
          name: z.string().min(1),
          subject: z.string().nullable(),
          status: z.enum(['above', 'on', 'below', 'well-below', 'unknown']),
          latest: z.string().nullable(),
          target: z.string().nullable(),
          wave: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
          waveReasons: z.array(z.string()).min(1),
          pastoralReferral: z.boolean(),
          againstTarget: z.object({
            standing: z.enum(['above', 'at', 'below', 'well-below', 'unknown']),
            gap: z.number().nullable(),
          }),
          forecast: z
            .object({
              grade: z.string(),
              by: z.string(),
              standing: z.enum(['above', 'at', 'below', 'well-below', 'unknown']),
              ratePerYear: z.number(),
              words: z.string().regex(/^at this rate: /),
            })
            .nullable(),
          dataQueries: z.array(
            z.object({
              kind: z.enum(['gap', 'absent', 'zero', 'outlier', 'zeroAfterFall']),
              assessment: z.string(),
              cell: z.string(),
              value: z.string().nullable(),
            }),
          ),
          flags: z.array(finding),
          curricularTargets: z.object({
            longTerm: z.string(),
            mediumTerm: z.string(),
            shortTerm: z.string(),
          }),
        })
        .passthrough(),
    ),
    groups: z.array(
      z.object({
        focus: z.string(),
        name: z.string(),
        pupils: z.array(z.object({ row: z.number(), name: z.string() })).max(8),
      }),
    ),
    classFindings: z.array(finding),
    summary: z
      .object({
        pupils: z.number(),
        onTrackRate: z.number().nullable(),
        byStatus: statusCounts,
        byWave: z.object({ 1: z.number(), 2: z.number(), 3: z.number() }),
        noWave: z.number(),
        atOrAboveTargetRate: z.number().nullable(),
        onTrackByForecastRate: z.number().nullable(),
        groups: z.array(
          z
            .object({
              group: z.string(),
              pupils: z.number(),
              onTrackGap: z.number().nullable(),
              small: z.boolean(),
              atOrAboveTarget: z.number(),
            })
            .passthrough(),
        ),
        byAssessment: z.array(z.object({ assessment: z.string(), byStatus: statusCounts })),
      })
      .passthrough(),
    problems: z.array(z.string()),
    // A tracker of several subjects (Reading, Writing, Maths): one analysis each.
    subjects: z
      .array(
        z.object({
          subject: z.string(),
          assessments: z.array(z.string()),
          basis: z.object({ scale: z.string() }).passthrough().nullable(),
          summary: z.object({ pupils: z.number(), onTrackRate: z.number().nullable() }).passthrough(),
        }),
      )
      .nullable(),
    diagnostics: z.array(
      z.object({
        cell: z.string(),
        value: z.string(),
        message: z.string(),
        severity: z.enum(['error', 'warning']),
      }),
    ),
  })
  .strict();

async function run(file: string, options: { json?: boolean; config?: string } = {}) {
  let out = '';
  let err = '';
  const code = await markbookCommand(
    { file, json: options.json ?? false, config: options.config },
    { out: (text) => (out += text), err: (text) => (err += text), color: false },
  );
  return { code, out, err };
}

const fixtures = readdirSync(FIXTURES).filter((name) => /\.(csv|tsv)$/.test(name));
const samples = join(import.meta.dirname, '../../samples/markbook.csv');

describe('trajectory markbook', () => {
  it.each([...fixtures.map((name) => join(FIXTURES, name)), samples])(
    'prints a readable report for %s',
    async (file) => {
      const { code, out, err } = await run(file);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out).toContain('A target is an aim, not a prediction.');
      expect(out).toContain('Guided groups');
      expect(out).toMatch(/Cells not read \(\d+\)/);
      expect(out).not.toMatch(/will fail|undefined|NaN|\[object/);
    },
  );

  it.each([...fixtures.map((name) => join(FIXTURES, name)), samples])(
    '--json validates against the schema for %s',
    async (file) => {
      const { code, out } = await run(file, { json: true });
      expect(code).toBe(0);
      const parsed = markbookJson.safeParse(JSON.parse(out));
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it('the sample markbook shows every wave, groups and the deliberately bad cells', async () => {
    const json = markbookJson.parse(JSON.parse((await run(samples, { json: true })).out));
    expect(json.pupils.length).toBeGreaterThanOrEqual(25);
    expect(new Set(json.pupils.map((p) => p.wave))).toEqual(new Set([1, 2, 3]));
    expect(json.groups.length).toBeGreaterThan(0);
    expect(json.diagnostics.map((d) => d.value)).toEqual(expect.arrayContaining(['4bb', '5d']));
  });

  it('reads a settings file: a custom marks-out-of-20 scale with a target of 10', async () => {
    const { code, out } = await run(join(FIXTURES, 'marks-out-of-20.csv'), {
      json: true,
      config: join(FIXTURES, 'marks-out-of-20.settings.json'),
    });
    expect(code).toBe(0);
    const json = markbookJson.parse(JSON.parse(out));
    expect(json.basis?.scale).toBe('quiz20');
    expect(json.pupils.map((p) => p.target)).toEqual(['10', '10', '10', '10', '10']);
  });

  it('a settings file with a bad field is exit 3, naming the file and the field', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'markbook-'));
    const config = join(folder, 'settings.json');
    writeFileSync(config, JSON.stringify({ thresholds: { persistentAbsence: 'ninety' } }));
    const { code, out, err } = await run(samples, { config });
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toContain(config);
    expect(err).toContain('thresholds.persistentAbsence');
  });

  it('a settings file that is not JSON is exit 3', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'markbook-'));
    const config = join(folder, 'settings.json');
    writeFileSync(config, '{ headerRow: 3 ');
    const { code, err } = await run(samples, { config });
    expect(code).toBe(3);
    expect(err).toContain(`${config} is not valid JSON`);
  });

  it('a missing markbook is exit 3', async () => {
    const { code, err } = await run('/nowhere/markbook.csv');
    expect(code).toBe(3);
    expect(err).toBe('trajectory: cannot read /nowhere/markbook.csv: no such file\n');
  });

  it('lists cells left out apart from cells read with a warning', async () => {
    const { out } = await run(join(FIXTURES, 'mixed-percent-formats.csv'));
    expect(out).toContain('Cells not read (0)\n  None: every cell was read.');
    expect(out).toMatch(/Read, but worth a check \(\d+\)\n {2}D2: '0\.71' read as 71%/);
    const bad = await run(join(FIXTURES, 'bad-cells.csv'));
    expect(bad.out).toMatch(/Cells not read \([1-9]\d*\)/);
  });

  it('colours the report only when asked', async () => {
    let out = '';
    await markbookCommand(
      { file: samples, json: false, config: undefined },
      { out: (t) => (out += t), err: () => {}, color: true },
    );
    expect(out).toContain('\u001b[1m');
  });

  it('reads the bytes of a Windows-1252 semicolon export, names intact, and says how it was read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'markbook-'));
    const file = join(folder, 'export.csv');
    // "Zoë O’Brien" in Windows-1252: ë is 0xEB, ’ is 0x92.
    const name = [0x5a, 0x6f, 0xeb, 0x20, 0x4f, 0x92, 0x42, 0x72, 0x69, 0x65, 0x6e];
    const text = (s: string) => [...s].map((ch) => ch.charCodeAt(0));
    writeFileSync(
      file,
      Uint8Array.from([...text('Name;Autumn %;Spring %\r\n'), ...name, ...text(';44,5;52\r\n')]),
    );
    const json = JSON.parse((await run(file, { json: true })).out);
    expect(json.pupils.map((p: { name: string; latest: string }) => [p.name, p.latest])).toEqual([
      ['Zoë O’Brien', '52%'],
    ]);
    expect(json.diagnostics[0].cell).toBe('file');
  });
});

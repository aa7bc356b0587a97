import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseMarkbook,
  type CellValue,
  COLUMN_ROLES,
  type MarkbookAnalysis,
  parseSettings,
} from '../../shared/markbook/index';
import { DEFAULT_ABSENT } from '../../shared/markbook/reader';
import { a1, columnIndex } from '../../shared/sheet/address';
import { cellText } from '../../shared/sheet/cell';

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer({ min: -5, max: 130 }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constant(''),
);

const HEADERS = [
  'Name',
  'Pupil',
  'First name',
  'Surname',
  'Preferred Forename',
  'Legal Surname',
  'UPN',
  'Gender',
  'SEN',
  'EAL',
  'PP',
  'G&T',
  'LAC',
  'KS2 Level',
  'KS2 SS',
  'Target',
  'Autumn 1',
  'Autumn 2',
  'Spring 1',
  'Spr2',
  'Summer',
  'Term 3',
  'Mock 1',
  'Assessment 4',
  'Test 1 (/20)',
  'AF2',
  'AF3',
  'Reading',
  'Algebra',
  'Q3',
  'Attendance %',
  'Sessions possible',
  'Sessions attended',
  'Intervention',
  'Intervention start',
  'Notes',
  'Autumn',
  'Test 2',
  'Current Working At',
  '12/10/26',
  '',
];
const VALUES = [
  '4b',
  '4 b',
  '5A',
  '3c',
  '5a+',
  '4bb',
  '6',
  '6-',
  '7+',
  '6/7',
  'Grade 5',
  'U',
  'A*',
  'B',
  'C+',
  'EXS',
  'WTS',
  'GDS',
  'P7',
  '72%',
  '55',
  '104',
  '18/20',
  '0.93',
  'ABS',
  'X',
  'n/a',
  '-',
  'K',
  'E',
  'Y',
  'N',
  'M',
  'F',
  'Class average',
  'Out of:',
  'EXS+',
  'Key: X = absent',
  'Reading catch-up',
  'Spring 1',
  '12/01/2026',
  '',
  '',
  '',
];

/** Sheets that look like markbooks: a few title rows, a header row from real headers, rows of real-ish values. */
const markbookLike: fc.Arbitrary<CellValue[][]> = fc
  .record({
    titles: fc.array(fc.array(fc.oneof(fc.constantFrom('Year 8 markbook', ''), anyCell), { maxLength: 3 }), {
      maxLength: 3,
    }),
    header: fc.array(
      fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...HEADERS) }, { weight: 1, arbitrary: anyCell }),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
    rows: fc.array(
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...VALUES) },
          { weight: 2, arbitrary: fc.constantFrom('Amy Lee', 'Ben Cox', "Siobhan O'Connor") },
          { weight: 2, arbitrary: anyCell },
        ),
        { maxLength: 13 },
      ),
      { maxLength: 25 },
    ),
  })
  .map(({ titles, header, rows }) => [...titles, header, ...rows]);

const sheets = fc.oneof(markbookLike, fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 12 }));

const absent = new Set(DEFAULT_ABSENT);
const diagnosedCells = (analysis: MarkbookAnalysis) => new Set(analysis.diagnostics.map((d) => d.cell));

describe('the markbook engine on arbitrary sheets', () => {
  it('never throws, and always returns a complete analysis', () => {
    fc.assert(
      fc.property(sheets, (values) => {
        const analysis = analyseMarkbook(values);
        expect(analysis.summary.pupils).toBe(analysis.pupils.length);
        for (const pupil of analysis.pupils) {
          // No wave is guessed where no status could be judged.
          if (pupil.status === 'unknown') expect(pupil.wave).toBeNull();
          else expect([1, 2, 3]).toContain(pupil.wave);
          expect(pupil.flags.every((flag) => flag.messageId !== '')).toBe(true);
          expect(pupil.assessments).toHaveLength(analysis.assessments.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reports every non-empty assessment or focus cell it could not read, by its A1 address', () => {
    fc.assert(
      fc.property(markbookLike, (values) => {
        const analysis = analyseMarkbook(values);
        const diagnosed = diagnosedCells(analysis);
        // No scale reads the grades at all: one line with the fix, at the first such header, stands for every cell.
        if (analysis.problems.length > 0) {
          expect(analysis.problems).toHaveLength(1);
          expect(analysis.diagnostics.some((d) => analysis.problems.includes(d.message))).toBe(true);
          return;
        }
        const focusColumns = analysis.columns
          .filter((c) => c.role === 'focus')
          .map((c) => columnIndex(c.column));
        for (const pupil of analysis.pupils) {
          const row = values[pupil.row - 1] ?? [];
          for (const assessment of pupil.assessments) {
            const text = cellText(row[columnIndex(assessment.column)]);
            if (assessment.grade === null && text !== '' && !absent.has(text.toUpperCase())) {
              const cell = `${assessment.column}${pupil.row}`;
              expect(diagnosed, `${cell} '${text}'`).toContain(cell);
            }
          }
          const readFoci = new Set(pupil.foci.map((f) => f.cell));
          for (const column of focusColumns) {
            const cell = a1(column, pupil.row);
            const text = cellText(row[column]);
            if (text !== '' && !absent.has(text.toUpperCase()) && !readFoci.has(cell)) {
              const focus = analysis.columns.find((c) => columnIndex(c.column) === column)?.focus;
              const later = analysis.columns.some(
                (other) =>
                  other.role === 'focus' && other.focus === focus && columnIndex(other.column) !== column,
              );
              // A focus assessed twice keeps its latest grade; an earlier readable one is read, not lost.
              if (!later) expect(diagnosed, `${cell} '${text}'`).toContain(cell);
            }
          }
        }
        // Assessment columns left out of progress (another scale) are reported on their header.
        const headerRow = analysis.headerRow;
        for (const column of analysis.columns) {
          if (
            column.role === 'assessment' &&
            column.scale !== undefined &&
            !analysis.assessments.includes(column.header)
          ) {
            expect(diagnosed).toContain(`${column.column}${headerRow}`);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives one result per named row below the header, in order, and says why any named row is left out', () => {
    fc.assert(
      fc.property(sheets, (values) => {
        const analysis = analyseMarkbook(values);
        const rows = analysis.pupils.map((p) => p.row);
        expect(rows).toEqual([...new Set(rows)].sort((x, y) => x - y));
        const nameColumn = analysis.columns.find((c) => c.role === 'name');
        // A preferred name wins over a legal one; a blank one gives way to the next column of its role.
        const ofRole = (role: string) =>
          analysis.columns
            .filter((c) => c.role === role)
            .sort((x, y) => Number(/preferred/i.test(y.header)) - Number(/preferred/i.test(x.header)));
        const firstFilled = (row: CellValue[], role: string) =>
          ofRole(role)
            .map((column) => text(row, column))
            .find((part) => part !== '') ?? '';
        const diagnosedRows = new Set(analysis.diagnostics.map((d) => Number(d.cell.replace(/^[A-Z]+/, ''))));
        const text = (row: CellValue[], column: { column: string } | undefined) =>
          column === undefined ? '' : cellText(row[columnIndex(column.column)]);
        for (let r = analysis.headerRow; r < values.length; r++) {
          const row = values[r] ?? [];
          const name =
            text(row, nameColumn) ||
            [firstFilled(row, 'first-name'), firstFilled(row, 'last-name')].filter(Boolean).join(' ');
          const sheetRow = r + 1;
          if (name === '') expect(rows).not.toContain(sheetRow);
          else if (!rows.includes(sheetRow))
            expect(diagnosedRows, `row ${sheetRow} '${name}'`).toContain(sheetRow);
          else expect(analysis.pupils.find((p) => p.row === sheetRow)?.name).toBe(name);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws with any valid settings either', () => {
    const settings = fc.record(
      {
        headerRow: fc.integer({ min: 1, max: 40 }),
        columns: fc.dictionary(
          fc.constantFrom('A', 'B', 'C', 'D', 'Name', 'Autumn 1', 'AF2'),
          fc.oneof(
            fc.constantFrom(...COLUMN_ROLES),
            fc.record(
              {
                role: fc.constantFrom(...COLUMN_ROLES),
                scale: fc.constantFrom('nc-levels', 'quiz', 'gcse-9-1', 'nope'),
                focus: fc.string({ minLength: 1 }),
                outOf: fc.integer({ min: 1, max: 100 }),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        scales: fc.array(
          fc.oneof(
            fc.record({
              id: fc.constantFrom('quiz', 'nc-levels'),
              name: fc.constant('Quiz'),
              min: fc.integer({ min: -5, max: 5 }),
              max: fc.integer({ min: 0, max: 30 }),
              step: fc.integer({ min: 1, max: 5 }),
            }),
            fc.record({
              id: fc.constant('house'),
              name: fc.constant('House'),
              grades: fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 5 }),
            }),
          ),
          { maxLength: 2 },
        ),
        targets: fc.record(
          {
            ambition: fc.constantFrom('expected', 'above', 'aspirational'),
            model: fc.constantFrom('linear', 'flat'),
            useTeacherTargets: fc.boolean(),
            fixed: fc.constantFrom('10', '5b', 'B', 'x'),
          },
          { requiredKeys: [] },
        ),
        thresholds: fc.record(
          {
            onWithinSteps: fc.integer({ min: 0, max: 20 }),
            wellBelowSteps: fc.integer({ min: 0, max: 20 }),
            classWideShare: fc.double({ min: 0, max: 1, noNaN: true }),
            groupSize: fc.integer({ min: 2, max: 8 }),
            interventionPoints: fc.integer({ min: 1, max: 6 }),
          },
          { requiredKeys: [] },
        ),
        absentMarkers: fc.array(fc.string(), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(markbookLike, settings, (values, candidate) => {
        const parsed = parseSettings(candidate);
        expect(parsed.ok).toBe(true);
        if (parsed.ok)
          expect(analyseMarkbook(values, parsed.settings).pupils.every((p) => p.row > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(markbookLike, (values) => {
        expect(analyseMarkbook(values)).toEqual(analyseMarkbook(values));
      }),
      { numRuns: 100 },
    );
  });
});

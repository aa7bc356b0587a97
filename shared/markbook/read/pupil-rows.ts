import { a1, columnLetters } from '../../sheet/address';
import { type CellValue, cellText } from '../../sheet/cell';
import { normaliseHeader } from '../cells';
import { recogniseHeader } from '../headers';
import { keyScaleReason } from './context';
import { byRole, type PupilRow, type ReadColumn, type ReadContext } from './model';

const SUMMARY_ROW = /^(class |cohort |group )?(average|mean|median|total|totals|count|summary|avg)\b/i;

// MIS exports give a legal and a preferred name ("Legal Forename", "Preferred Forename"): the
// pupil is known by the preferred one wherever it is filled, whichever column comes first.
const preferred = (column: ReadColumn) => Number(/\bpreferred\b/.test(normaliseHeader(column.header)));
const preferredFirst = (list: ReadColumn[]) => [...list].sort((x, y) => preferred(y) - preferred(x));

function filledIn(list: ReadColumn[], row: CellValue[]) {
  for (const column of list) {
    const text = cellText(row[column.index]);
    if (text !== '') return { column, text };
  }
  return undefined;
}

/** A key or note under the table ("Key: WTS = working towards") fills only the name cell. */
const isNote = (name: string, row: CellValue[]) =>
  /[:=]/.test(name) && row.filter((cell) => cellText(cell) !== '').length === 1;

/**
 * Pupils as columns: column A under the header row holds headers (SEN, Target, Autumn 1...)
 * while the header row itself holds names Trajectory does not recognise.
 */
function transposedLayout(values: CellValue[][], headerIndex: number) {
  const headers: string[] = [];
  for (let r = headerIndex + 1; r < Math.min(values.length, headerIndex + 40); r++) {
    const text = cellText(values[r]?.[0]);
    if (text !== '' && recogniseHeader(text).role !== 'unrecognised') headers.push(`'${text}'`);
  }
  const across = (values[headerIndex] ?? []).slice(1).map((cell) => cellText(cell));
  const names = across.filter((text) => text !== '' && recogniseHeader(text).role === 'unrecognised');
  if (headers.length < 3 || names.length < 2 || names.length < across.filter((t) => t !== '').length / 2)
    return null;
  const some = (list: string[]) => (list.length > 4 ? [...list.slice(0, 3), '...'] : list);
  return { pupils: some(names.map((name) => `'${name}'`)), headers: some(headers) };
}

/**
 * Pupil-rows pass: the rows below the header with a pupil's name. Summary rows ("Class
 * average"), repeated header rows and notes under the table are left out, and said so; so is
 * a column the reader cannot place, once at its header.
 */
export function readPupilRows(context: ReadContext, columns: ReadColumn[], maxRow: number): PupilRow[] {
  const { values, report } = context;
  const { headerIndex, width } = context.header;
  const nameColumns = byRole(columns, 'name');
  const firstColumns = preferredFirst(byRole(columns, 'first-name'));
  const lastColumns = preferredFirst(byRole(columns, 'last-name'));

  const pupilRows: PupilRow[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    if (r === maxRow) continue;
    const row = values[r] ?? [];
    const full = nameColumns[0] ? cellText(row[nameColumns[0].index]) : '';
    const first = filledIn(firstColumns, row);
    const last = filledIn(lastColumns, row);
    const name =
      full !== '' ? full : [first?.text, last?.text].filter((part) => part !== undefined).join(' ');
    const nameColumn =
      full !== '' ? nameColumns[0]! : (first?.column ?? last?.column ?? lastColumns[0] ?? nameColumns[0]);
    const nameCell = a1(nameColumn?.index ?? 0, r + 1);
    if (context.keyRows.has(r) && !(name !== '' && isNote(name, row))) {
      const firstFilled = row.findIndex((cell) => cellText(cell) !== '');
      const keyScale = context.scales.find((scale) => scale.def.id === 'key');
      report({
        cell: a1(firstFilled, r + 1),
        value: cellText(row[firstFilled]),
        reason:
          keyScale?.def.name === `the key in row ${r + 1}`
            ? keyScaleReason(keyScale.ladder.map((grade) => grade.label))
            : 'is a key to the grades, not a pupil, so it was read as that',
        severity: 'warning',
      });
      continue;
    }
    if (name === '') {
      const firstFilled = row.findIndex((cell) => cellText(cell) !== '');
      if (firstFilled !== -1 && nameColumn !== undefined) {
        report({
          cell: nameCell,
          value: '',
          reason: `row ${r + 1} has entries but no pupil name, so it was left out`,
          severity: 'warning',
          quoted: false,
        });
      }
      continue;
    }
    // Two classes pasted one under the other repeat the header row.
    const repeatsHeader =
      nameColumn !== undefined && normaliseHeader(name) === normaliseHeader(nameColumn.header);
    const note = isNote(name, row);
    if (SUMMARY_ROW.test(name.trim()) || repeatsHeader || note) {
      const kind = repeatsHeader ? 'a repeated header row' : note ? 'a note' : 'a summary row';
      report({
        cell: nameCell,
        value: name,
        reason: `looks like ${kind}, not a pupil, so it was left out`,
        severity: 'warning',
      });
      continue;
    }
    pupilRows.push({ r, name, nameCell });
  }

  // A column the reader cannot place is said so once, at its header, rather than left out silently.
  const placed = new Map(columns.map((column) => [column.index, column]));
  for (let c = 0; c < width; c++) {
    const column = placed.get(c);
    if (column !== undefined && column.meaning.role !== 'unrecognised') continue;
    let filled = 0;
    for (const { r } of pupilRows) if (cellText(values[r]?.[c]) !== '') filled++;
    if (filled === 0) continue;
    const what =
      column === undefined
        ? `column ${columnLetters(c)} has no header`
        : column.meaning.prediction
          ? `'${column.header}' is a prediction, neither attainment nor a target`
          : `'${column.header}' is not a column Trajectory recognises`;
    report({
      cell: a1(c, headerIndex + 1),
      value: column?.header ?? '',
      reason: `${what}, so its ${filled} ${filled === 1 ? 'entry was' : 'entries were'} not read (the settings can say what it holds)`,
      severity: 'warning',
      quoted: false,
    });
  }
  if (nameColumns.length + firstColumns.length + lastColumns.length === 0) {
    const transposed = transposedLayout(values, headerIndex);
    if (transposed !== null) {
      report({
        cell: a1(0, headerIndex + 1),
        value: cellText(values[headerIndex]?.[0]),
        reason: `the sheet looks transposed: pupils run across row ${headerIndex + 1} (${transposed.pupils.join(', ')}) and ${transposed.headers.join(', ')} run down column A; Trajectory reads one pupil per row, so transpose the table (in Sheets: copy it, then Edit › Paste special › Transposed) and run it again`,
        severity: 'error',
        quoted: false,
      });
      return pupilRows;
    }
    report({
      cell: a1(0, headerIndex + 1),
      value: cellText(values[headerIndex]?.[0]),
      reason: `no pupil name column found in row ${headerIndex + 1}; name a column "Name" (or "First name" and "Last name"), or say which it is in the settings`,
      severity: 'error',
      quoted: false,
    });
  }
  return pupilRows;
}

/**
 * An in-memory Google Sheets for the Apps Script harness: SpreadsheetApp, Spreadsheet, Sheet,
 * Range, Ui, PropertiesService and HtmlService, behaving like the real services for the calls
 * the add-on makes (including their errors), and counting reads and writes per sheet.
 */
import { existsSync, readFileSync } from 'node:fs';

export type Cell = string | number | boolean | Date;

const letters = (column: number): string => {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
};

export const a1 = (row: number, column: number) => `${letters(column)}${row}`;

function parseA1(address: string): { row: number; column: number; numRows: number; numColumns: number } {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!match) throw new Error(`Range not found`);
  const column = (text: string) => [...text].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  const first = column(match[1]!);
  const lastRow = match[4] ? Number(match[4]) : row;
  const lastColumn = match[3] ? column(match[3]) : first;
  return { row, column: first, numRows: lastRow - row + 1, numColumns: lastColumn - first + 1 };
}

/** Sheets refuses to write a cell of more than this many characters. */
export const MAX_CELL_CHARACTERS = 50_000;

/** What Sheets makes of a string starting like a formula: it is parsed and evaluated. */
export class FakeFormula {
  constructor(readonly formula: string) {}
  toString = () => '#NAME?';
}

/**
 * Sheets reads a string typed into a cell not formatted as plain text: "12" is a number, "6/7"
 * a date, and one starting with =, +, - or @ a formula, which it evaluates.
 */
function asTyped(value: Cell, format: string, makeDate: (time: number) => Date): Cell | FakeFormula {
  if (typeof value !== 'string' || format === '@') return value;
  if (/^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  if (/^[=+\-@]/.test(value)) return new FakeFormula(value);
  const date = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(value.trim());
  if (date) return makeDate(Date.UTC(Number(date[3] ?? 2026), Number(date[2]) - 1, Number(date[1])));
  return value;
}

/** Visits every cell of a grid with its 0-based row and column. */
function eachCell<T>(grid: T[][], visit: (value: T, row: number, column: number) => void): void {
  for (const [r, cells] of grid.entries()) for (const [c, value] of cells.entries()) visit(value, r, c);
}

export class Counter {
  private counts = new Map<string, number>();
  add(key: string, amount = 1) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + amount);
  }
  get(key: string) {
    return this.counts.get(key) ?? 0;
  }
}

export interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly block: Block,
  ) {
    const outside =
      block.row < 1 ||
      block.column < 1 ||
      block.numRows < 1 ||
      block.numColumns < 1 ||
      block.row + block.numRows - 1 > sheet.getMaxRows() ||
      block.column + block.numColumns - 1 > sheet.getMaxColumns();
    if (outside) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  getRow = () => this.block.row;
  getNumRows = () => this.block.numRows;
  getNumColumns = () => this.block.numColumns;
  getA1Notation = () => {
    const { row, column, numRows, numColumns } = this.block;
    const start = a1(row, column);
    return numRows === 1 && numColumns === 1
      ? start
      : `${start}:${a1(row + numRows - 1, column + numColumns - 1)}`;
  };

  private cellsOf<T>(cell: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.block;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => cell(row + r, column + c)),
    );
  }
  private assertShape(values: unknown[][], what: string) {
    if (values.length !== this.block.numRows) {
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${values.length} but the range has ${this.block.numRows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.block.numColumns) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${row.length} but the range has ${this.block.numColumns}.`,
        );
      }
    }
  }

  getValues = (): Cell[][] => {
    this.sheet.book.counter.add(`getValues:${this.sheet.getName()}`);
    return this.cellsOf((row, column) => this.sheet.cell(row, column));
  };
  setValues = (values: Cell[][]) => {
    const book = this.sheet.book;
    book.counter.add(`setValues:${this.sheet.getName()}`);
    this.assertShape(values, 'data');
    // Like Sheets, nothing is written when any cell is too long.
    eachCell(values, (value) => {
      if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) {
        throw new Error(
          `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
        );
      }
    });
    eachCell(values, (value, r, c) => {
      const row = this.block.row + r;
      const column = this.block.column + c;
      const format = this.sheet.formats.get(a1(row, column)) ?? '';
      const typed = asTyped(value, format, (time) => new book.realmDate(time));
      if (typed instanceof FakeFormula) {
        book.formulas.push({ sheet: this.sheet.getName(), cell: a1(row, column), formula: typed.formula });
        this.sheet.setCell(row, column, typed.toString());
      } else this.sheet.setCell(row, column, typed);
    });
    book.afterWrite?.(this.sheet.getName());
    return this;
  };
  /** Sets one cell format over the whole range: one formatting call, counted as such. */
  private formatEach(formats: Map<string, string>, value: string) {
    this.sheet.book.counter.add(`format:${this.sheet.getName()}`);
    this.cellsOf((row, column) => formats.set(a1(row, column), value));
    return this;
  }
  setNumberFormat = (format: string) => this.formatEach(this.sheet.formats, format);
  setFontWeight = (weight: 'bold' | 'normal' | null) =>
    this.formatEach(this.sheet.fontWeights, weight ?? 'normal');
  setBackground = (colour: string | null) => this.formatEach(this.sheet.backgrounds, colour ?? '#ffffff');
  setWrap = (wrap: boolean) => this.formatEach(this.sheet.wraps, wrap ? 'wrap' : 'overflow');
  setVerticalAlignment = (alignment: 'top' | 'middle' | 'bottom' | null) =>
    this.formatEach(this.sheet.verticalAlignments, alignment ?? 'bottom');
  setHorizontalAlignment = (alignment: 'left' | 'center' | 'normal' | 'right' | null) =>
    this.formatEach(this.sheet.horizontalAlignments, alignment ?? 'normal');
  setNumberFormats = (formats: string[][]) => {
    this.sheet.book.counter.add(`format:${this.sheet.getName()}`);
    this.assertShape(formats, 'data');
    eachCell(formats, (format, r, c) => {
      this.sheet.formats.set(a1(this.block.row + r, this.block.column + c), format);
    });
    return this;
  };
  setDataValidation = (rule: FakeDataValidation) => {
    this.sheet.validations.push({ range: this.getA1Notation(), rule });
    return this;
  };
  activate = () => {
    this.sheet.activate();
    this.sheet.book.activeRange = this;
    return this;
  };
}

/** Sheet.getRangeList: the same format over several ranges of one sheet, in one call. */
export class FakeRangeList {
  constructor(
    private readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}
  getRanges = () => [...this.ranges];
  private each(format: (range: FakeRange) => void) {
    for (const range of this.ranges) format(range);
    // The ranges each counted a call; a range list is one.
    this.sheet.book.counter.add(`format:${this.sheet.getName()}`, 1 - this.ranges.length);
    return this;
  }
  setFontWeight = (weight: 'bold' | 'normal' | null) => this.each((range) => range.setFontWeight(weight));
  setBackground = (colour: string | null) => this.each((range) => range.setBackground(colour));
  setWrap = (wrap: boolean) => this.each((range) => range.setWrap(wrap));
}

export class FakeChart {
  constructor(
    readonly ranges: FakeRange[],
    readonly type: string,
    readonly options: Record<string, unknown>,
    readonly position: { row: number; column: number },
  ) {}
  getRanges = () => this.ranges;
}

class FakeChartBuilder {
  private ranges: FakeRange[] = [];
  private type = 'unset';
  private options: Record<string, unknown> = {};
  private position = { row: 1, column: 1 };
  addRange = (range: FakeRange) => {
    this.ranges.push(range);
    return this;
  };
  asColumnChart = () => {
    this.type = 'COLUMN';
    return this;
  };
  setStacked = () => this.setOption('isStacked', true);
  setColors = (colours: string[]) => this.setOption('colors', colours);
  setTitle = (title: string) => this.setOption('title', title);
  setYAxisTitle = (title: string) => this.setOption('vAxis.title', title);
  setNumHeaders = (headers: number) => this.setOption('headers', headers);
  setOption = (option: string, value: unknown) => {
    this.options[option] = value;
    return this;
  };
  setPosition = (row: number, column: number, _offsetX: number, _offsetY: number) => {
    this.position = { row, column };
    return this;
  };
  build = () => {
    if (this.ranges.length === 0) throw new Error('Charts need at least one data range.');
    return new FakeChart(this.ranges, this.type, this.options, this.position);
  };
}

export interface FakeConditionalRule {
  condition: { kind: 'text' | 'number'; value: string | number };
  background: string;
  ranges: FakeRange[];
}

class FakeConditionalRuleBuilder {
  private rule: Partial<FakeConditionalRule> = {};
  whenTextEqualTo = (value: string) => {
    this.rule.condition = { kind: 'text', value };
    return this;
  };
  whenNumberEqualTo = (value: number) => {
    this.rule.condition = { kind: 'number', value };
    return this;
  };
  setBackground = (background: string) => {
    this.rule.background = background;
    return this;
  };
  setRanges = (ranges: FakeRange[]) => {
    this.rule.ranges = ranges;
    return this;
  };
  build = (): FakeConditionalRule => {
    const { condition, background, ranges } = this.rule;
    if (!condition || !background || !ranges)
      throw new Error('A conditional format rule needs a condition, a format and ranges.');
    return { condition, background, ranges };
  };
}

export interface FakeDataValidation {
  between: [number, number];
  allowInvalid: boolean;
  helpText: string;
}

class FakeDataValidationBuilder {
  private rule: FakeDataValidation = { between: [Number.NaN, Number.NaN], allowInvalid: true, helpText: '' };
  requireNumberBetween = (start: number, end: number) => {
    this.rule.between = [start, end];
    return this;
  };
  setAllowInvalid = (allow: boolean) => {
    this.rule.allowInvalid = allow;
    return this;
  };
  setHelpText = (text: string) => {
    this.rule.helpText = text;
    return this;
  };
  build = () => ({ ...this.rule });
}

export class FakeSheet {
  private cells: Cell[][] = [];
  /** Cell formats by A1 address; a cell not in a map has Sheets' default. */
  readonly formats = new Map<string, string>();
  readonly fontWeights = new Map<string, string>();
  readonly backgrounds = new Map<string, string>();
  readonly wraps = new Map<string, string>();
  readonly verticalAlignments = new Map<string, string>();
  readonly horizontalAlignments = new Map<string, string>();
  /** Column widths in pixels by column number; a new sheet's columns are 100 pixels wide. */
  private readonly columnWidths = new Map<number, number>();
  readonly validations: { range: string; rule: FakeDataValidation }[] = [];
  charts: FakeChart[] = [];
  conditionalRules: FakeConditionalRule[] = [];
  frozenRows = 0;
  /** A new sheet in Google Sheets has 1000 rows and 26 columns (A-Z). */
  private maxRows = 1000;
  private maxColumns = 26;

  constructor(
    readonly book: FakeSpreadsheet,
    private readonly name: string,
    private readonly id: number,
  ) {}

  /** Rows the teacher hid (or collapsed in a group), and rows a filter hides. */
  readonly hiddenByUser = new Set<number>();
  readonly hiddenByFilter = new Set<number>();
  /** The sheet's filter, when it has one (test set-up: `filterHiding`). */
  private filter: { getRange: () => FakeRange } | null = null;

  getName = () => this.name;
  getSheetId = () => this.id;
  hideRows = (rowIndex: number, numRows = 1) => {
    for (let row = rowIndex; row < rowIndex + numRows; row++) this.hiddenByUser.add(row);
  };
  /** Test set-up: a filter over the data that hides these rows. */
  filterHiding(rows: number[]) {
    this.filter = { getRange: () => this.getDataRange() };
    for (const row of rows) this.hiddenByFilter.add(row);
    return this;
  }
  getFilter = () => {
    this.book.counter.add(`rowState:${this.name}`);
    return this.filter;
  };
  isRowHiddenByUser = (row: number) => {
    this.book.counter.add(`rowState:${this.name}`);
    return this.hiddenByUser.has(row);
  };
  isRowHiddenByFilter = (row: number) => {
    this.book.counter.add(`rowState:${this.name}`);
    return this.hiddenByFilter.has(row);
  };
  getMaxRows = () => this.maxRows;
  getMaxColumns = () => this.maxColumns;
  insertRowsAfter = (afterPosition: number, howMany: number) => {
    this.maxRows += howMany;
    this.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, (): Cell[] => []));
    return this;
  };
  insertColumnsAfter = (afterPosition: number, howMany: number) => {
    this.maxColumns += howMany;
    for (const row of this.cells)
      if (row.length > afterPosition) row.splice(afterPosition, 0, ...Array<Cell>(howMany).fill(''));
    return this;
  };
  cell(row: number, column: number): Cell {
    return this.cells[row - 1]?.[column - 1] ?? '';
  }
  setCell(row: number, column: number, value: Cell) {
    this.maxRows = Math.max(this.maxRows, row);
    this.maxColumns = Math.max(this.maxColumns, column);
    while (this.cells.length < row) this.cells.push([]);
    const cells = this.cells[row - 1]!;
    while (cells.length < column) cells.push('');
    cells[column - 1] = value;
  }
  getLastRow = () => {
    for (let r = this.cells.length; r > 0; r--) if (this.cells[r - 1]!.some((cell) => cell !== '')) return r;
    return 0;
  };
  getLastColumn = () =>
    Math.max(
      0,
      ...this.cells.map((row) => row.reduce((last: number, cell, c) => (cell !== '' ? c + 1 : last), 0)),
    );
  getDataRange = () =>
    new FakeRange(this, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.getLastRow()),
      numColumns: Math.max(1, this.getLastColumn()),
    });
  getRange = (rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1) =>
    typeof rowOrA1 === 'string'
      ? new FakeRange(this, parseA1(rowOrA1))
      : new FakeRange(this, { row: rowOrA1, column: column ?? 1, numRows, numColumns });
  /**
   * Clears contents and formats, as Sheet.clear() does; charts, conditional rules, frozen
   * rows and columns and column widths stay.
   */
  clear = () => {
    this.cells = [];
    for (const formats of [
      this.formats,
      this.fontWeights,
      this.backgrounds,
      this.wraps,
      this.verticalAlignments,
      this.horizontalAlignments,
    ])
      formats.clear();
    return this;
  };
  getRangeList = (a1Notations: string[]) => {
    if (a1Notations.length === 0) throw new Error('A range list needs at least one range.');
    return new FakeRangeList(
      this,
      a1Notations.map((notation) => this.getRange(notation)),
    );
  };
  getColumnWidth = (column: number) => this.columnWidths.get(column) ?? 100;
  setColumnWidths = (startColumn: number, numColumns: number, width: number) => {
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    this.book.counter.add(`format:${this.name}`);
    for (let column = startColumn; column < startColumn + numColumns; column++)
      this.columnWidths.set(column, width);
    return this;
  };
  getCharts = () => [...this.charts];
  removeChart = (chart: FakeChart) => {
    this.charts = this.charts.filter((existing) => existing !== chart);
  };
  newChart = () => new FakeChartBuilder();
  insertChart = (chart: FakeChart) => {
    this.charts.push(chart);
  };
  setFrozenRows = (rows: number) => {
    this.book.counter.add(`format:${this.name}`);
    this.frozenRows = rows;
  };
  getFrozenRows = () => this.frozenRows;
  setConditionalFormatRules = (rules: FakeConditionalRule[]) => {
    this.conditionalRules = [...rules];
  };
  getConditionalFormatRules = () => [...this.conditionalRules];
  activate = () => {
    this.book.activeSheet = this;
    this.book.activeRange = null;
    return this;
  };
  /** Every cell as the sheet holds it now, without counting as a read by the add-on. */
  snapshot(): Cell[][] {
    const width = this.getLastColumn();
    return Array.from({ length: this.getLastRow() }, (_, r) =>
      Array.from({ length: width }, (_, c) => this.cell(r + 1, c + 1)),
    );
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly counter = new Counter();
  readonly toasts: string[] = [];
  /** Every string Sheets took for a formula and evaluated, with where it was written. */
  readonly formulas: { sheet: string; cell: string; formula: string }[] = [];
  /** Called after each setValues, with the sheet's name: lets a test start a second run mid-write. */
  afterWrite?: (sheet: string) => void;
  /** The document lock's holder: one execution at a time (see `fakeServices`). */
  lockHolder: object | null = null;
  flushes = 0;
  activeSheet!: FakeSheet;
  activeRange: FakeRange | null = null;
  private nextId = 0;

  /** `realmDate` is the Date of the realm the add-on runs in, so `instanceof Date` holds there. */
  constructor(readonly realmDate: DateConstructor) {}

  /** Adds a sheet with the teacher's values (test set-up; not an add-on call). */
  addSheet(name: string, values: Cell[][]): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++ === 0 ? 0 : 1000 + this.nextId * 7919);
    eachCell(values, (value, r, c) => {
      if (value !== '')
        sheet.setCell(r + 1, c + 1, value instanceof Date ? new this.realmDate(value.getTime()) : value);
    });
    this.sheets.push(sheet);
    if (this.sheets.length === 1) this.activeSheet = sheet;
    return sheet;
  }

  getActiveSheet = () => this.activeSheet;
  getActiveRange = () => this.activeRange;
  getSheetByName = (name: string) => this.sheets.find((sheet) => sheet.getName() === name) ?? null;
  getSheets = () => [...this.sheets];
  getNumSheets = () => this.sheets.length;
  /** Like the real one: the new sheet becomes the active sheet. */
  insertSheet = (name: string, index?: number) => {
    if (this.getSheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this.addSheet(name, []);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet.activate();
  };
  toast = (message: string) => {
    this.toasts.push(message);
  };
  reads = (sheet: string) => this.counter.get(`getValues:${sheet}`);
  /** Calls that asked whether rows are hidden: getFilter, isRowHiddenByUser, isRowHiddenByFilter. */
  rowStateCalls = (sheet: string) => this.counter.get(`rowState:${sheet}`);
  writes = (sheet: string) => this.counter.get(`setValues:${sheet}`);
  /** Calls that formatted the sheet: number formats, fonts, fills, wrapping, alignment, widths, freezing. */
  formattingCalls = (sheet: string) => this.counter.get(`format:${sheet}`);
}

export class FakeMenu {
  readonly items: { caption: string; functionName: string }[] = [];
  added = false;
  constructor(readonly title: string) {}
  addItem = (caption: string, functionName: string) => {
    this.items.push({ caption, functionName });
    return this;
  };
  addSeparator = () => {
    this.items.push({ caption: '---', functionName: '' });
    return this;
  };
  addToUi = () => {
    this.added = true;
  };
}

export class FakeHtmlOutput {
  private title = '';
  constructor(readonly content: string) {}
  setTitle = (title: string) => {
    this.title = title;
    return this;
  };
  getTitle = () => this.title;
  getContent = () => this.content;
}

/**
 * LockService's document lock. Each call to getDocumentLock is one execution's handle on the
 * document's single lock. Runs here share one thread, so a lock held by another run cannot be
 * waited for: tryLock gives up at once, as the real one does when its wait runs out.
 */
export class FakeLock {
  constructor(private readonly book: FakeSpreadsheet) {}
  tryLock = (_timeoutInMillis: number) => {
    if (this.book.lockHolder !== null && this.book.lockHolder !== this) return false;
    this.book.lockHolder = this;
    return true;
  };
  waitLock = (timeoutInMillis: number) => {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  };
  hasLock = () => this.book.lockHolder === this;
  releaseLock = () => {
    if (this.book.lockHolder === this) this.book.lockHolder = null;
  };
}

export interface FakeServices {
  book: FakeSpreadsheet;
  menus: FakeMenu[];
  alerts: { title: string; prompt: string }[];
  sidebars: FakeHtmlOutput[];
  properties: Map<string, string>;
  globals: Record<string, unknown>;
}

/** The Apps Script globals the add-on uses, over one in-memory spreadsheet. */
export function fakeServices(book: FakeSpreadsheet, htmlFolder: string): FakeServices {
  const menus: FakeMenu[] = [];
  const alerts: { title: string; prompt: string }[] = [];
  const sidebars: FakeHtmlOutput[] = [];
  const properties = new Map<string, string>();
  const ui = {
    ButtonSet: { OK: 'OK' },
    createAddonMenu: () => {
      const menu = new FakeMenu('Trajectory');
      menus.push(menu);
      return menu;
    },
    alert: (title: string, prompt: string) => {
      alerts.push({ title, prompt });
      return 'OK';
    },
    showSidebar: (html: FakeHtmlOutput) => {
      sidebars.push(html);
    },
  };
  const documentProperties = {
    getProperty: (key: string) => properties.get(key) ?? null,
    setProperty: (key: string, value: string) => {
      if (typeof value !== 'string') throw new Error('Property values must be strings.');
      properties.set(key, value);
      return documentProperties;
    },
    deleteProperty: (key: string) => {
      properties.delete(key);
      return documentProperties;
    },
  };
  return {
    book,
    menus,
    alerts,
    sidebars,
    properties,
    globals: {
      SpreadsheetApp: {
        flush: () => {
          book.flushes++;
        },
        getActiveSpreadsheet: () => book,
        getUi: () => ui,
        newConditionalFormatRule: () => new FakeConditionalRuleBuilder(),
        newDataValidation: () => new FakeDataValidationBuilder(),
      },
      PropertiesService: { getDocumentProperties: () => documentProperties },
      LockService: { getDocumentLock: () => new FakeLock(book) },
      HtmlService: {
        createHtmlOutputFromFile: (name: string) => {
          const file = `${htmlFolder}/${name}.html`;
          if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
          return new FakeHtmlOutput(readFileSync(file, 'utf8'));
        },
      },
    },
  };
}

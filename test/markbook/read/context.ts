import { readContext } from '../../../shared/markbook/read/context';
import { readHeader } from '../../../shared/markbook/read/header';
import { readKey } from '../../../shared/markbook/read/key';
import type { ReadContext } from '../../../shared/markbook/read/model';
import type { MarkbookSettings } from '../../../shared/markbook/settings';
import type { CellValue } from '../../../shared/sheet/cell';
import type { SheetDiagnostic } from '../../../shared/sheet/diagnostic';

/** A read context over some values, as readMarkbook builds it, with the diagnostics it collects. */
export function contextFor(
  values: CellValue[][],
  settings: MarkbookSettings = {},
): { context: ReadContext; diagnostics: SheetDiagnostic[] } {
  const diagnostics: SheetDiagnostic[] = [];
  const context = readContext(values, settings, readHeader(values, settings), diagnostics, readKey(values));
  return { context, diagnostics };
}

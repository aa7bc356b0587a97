/**
 * Loads the BUILT add-on (build/apps-script/Code.js) into node:vm with the in-memory services,
 * as Apps Script would: top-level function declarations become globals of the context, and
 * the sidebar's calls go through JSON as google.script.run's do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { type Cell, type FakeServices, FakeSpreadsheet, fakeServices } from './fake-sheets';

const root = join(import.meta.dirname, '../..');
export const BUILD_FOLDER = join(root, 'build/apps-script');

/** Builds the bundle when it is missing (npm test builds it before vitest runs). */
export function ensureBuilt(): void {
  if (!existsSync(join(BUILD_FOLDER, 'Code.js')) || !existsSync(join(BUILD_FOLDER, 'Sidebar.html'))) {
    execFileSync(process.execPath, [join(root, 'scripts/build-apps-script.mjs')], {
      cwd: root,
      stdio: 'pipe',
    });
  }
}

export const readBuilt = (file: string) => readFileSync(join(BUILD_FOLDER, file), 'utf8');

export interface AddOn extends FakeServices {
  context: vm.Context;
  /** Calls a top-level function as a menu item or trigger does. */
  run(name: string, ...args: unknown[]): unknown;
  /** Calls a top-level function as the sidebar does: arguments and result pass through JSON. */
  callFromSidebar<T = unknown>(name: string, ...args: unknown[]): T;
  /** The names of the top-level functions Apps Script would see. */
  topLevelFunctions(): string[];
}

/** A fresh spreadsheet whose first sheet holds `values`, with the add-on loaded. */
export function loadAddOn(sheetName: string, values: Cell[][]): AddOn {
  const context = vm.createContext({ console });
  const book = new FakeSpreadsheet(vm.runInContext('Date', context) as DateConstructor);
  book.addSheet(sheetName, values);
  const services = fakeServices(book, BUILD_FOLDER);
  const builtIns = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', context)));
  Object.assign(context, services.globals);
  vm.runInContext(readBuilt('Code.js'), context, { filename: 'Code.js' });
  const contextJson = vm.runInContext('JSON', context) as JSON;

  const fn = (name: string) => {
    const candidate = (context as Record<string, unknown>)[name];
    if (typeof candidate !== 'function') throw new Error(`Script function not found: ${name}`);
    return candidate as (...args: unknown[]) => unknown;
  };
  return {
    ...services,
    context,
    run: (name, ...args) => fn(name)(...args),
    callFromSidebar: <T>(name: string, ...args: unknown[]) => {
      const result = fn(name)(...args.map((arg) => contextJson.parse(JSON.stringify(arg))));
      return (result === undefined ? undefined : JSON.parse(contextJson.stringify(result))) as T;
    },
    topLevelFunctions: () =>
      Object.keys(context).filter(
        (name) =>
          !builtIns.has(name) &&
          !(name in services.globals) &&
          typeof (context as Record<string, unknown>)[name] === 'function',
      ),
  };
}

/** `npm run setup:addon`: the command that makes .clasp.json, so nobody edits it by hand. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_FOLDER } from '../apps-script/harness';

const root = join(import.meta.dirname, '../..');
const SCRIPT_ID = '1qT9b2Xk7cLmN4pR8sVwYz0aBcDeFgHiJkLmNoPqRsTuVwXyZ_abcdEF';
let folder: string;

/** Runs the setup command with its project file in a folder of the test's own. */
const setup = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/setup-addon.mjs'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, clasp_config_project: folder },
  });
const projectFile = () => join(folder, '.clasp.json');

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'trajectory-clasp-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run setup:addon', () => {
  it('points clasp at an existing project and at the build folder it pushes', () => {
    const run = setup('--script-id', SCRIPT_ID);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(projectFile(), 'utf8'))).toEqual({
      scriptId: SCRIPT_ID,
      rootDir: 'build/apps-script',
    });
    expect(join(root, 'build/apps-script')).toBe(BUILD_FOLDER);
    expect(run.stdout).toContain('npm run push');
  });

  it('refuses something that is not a script id, and says where to find one', () => {
    const run = setup('--script-id', 'https://script.google.com');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Project settings › IDs › Script ID');
    expect(existsSync(projectFile())).toBe(false);
  });

  it('stops npm run push with what to do when there is no project yet', () => {
    const run = setup('--check');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Run npm run setup:addon once');
    setup('--script-id', SCRIPT_ID);
    expect(setup('--check').status).toBe(0);
  });

  it('leaves a project that is set up alone', () => {
    setup('--script-id', SCRIPT_ID);
    const run = setup();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Already set up: .clasp.json points at script ${SCRIPT_ID}`);
  });
});

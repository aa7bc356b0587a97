// Connects this folder to an Apps Script project, so `npm run push` knows where the add-on goes.
// Writes .clasp.json (clasp's project file); nobody edits it by hand.
//
//   npm run setup:addon                    a new standalone Apps Script project, "Trajectory"
//   npm run setup:addon -- --script-id ID  an Apps Script project that exists already
//   npm run setup:addon -- --check         (npm run push) stops with what to do when there is none
//
// clasp's own variable clasp_config_project, when set, says where the project file is (tests use it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_FOLDER = 'build/apps-script';
const TITLE = 'Trajectory';
/** Apps Script ids are long runs of letters, digits, '-' and '_'. */
const SCRIPT_ID = /^[\w-]{20,120}$/;
const API_SWITCH = 'https://script.google.com/home/usersettings';

const configured = process.env.clasp_config_project;
const projectFile = configured
  ? configured.endsWith('.json')
    ? resolve(configured)
    : join(resolve(configured), '.clasp.json')
  : join(root, '.clasp.json');
const shown = relative(process.cwd(), projectFile) || projectFile;

const stop = (code, message) => {
  (code === 0 ? console.log : console.error)(message);
  process.exit(code);
};

/** The project file, pointing clasp at the build folder (clasp wants it inside the repository). */
function writeProject(fields) {
  writeFileSync(projectFile, `${JSON.stringify({ ...fields, rootDir: BUILD_FOLDER }, null, 2)}\n`);
}

const NEXT = `Next:
  npm run push    builds the add-on and uploads it to the project
Then, in the Apps Script editor (npx clasp open-script), Deploy › Test deployments ›
Editor add-on: choose a test spreadsheet, and the add-on appears in its Extensions menu.
apps-script/README.md has the rest, up to installing it for a whole school.`;

const args = process.argv.slice(2);
const existing = () => {
  try {
    return JSON.parse(readFileSync(projectFile, 'utf8')).scriptId;
  } catch {
    return undefined;
  }
};

if (args[0] === '--check') {
  if (existing()) process.exit(0);
  stop(
    1,
    `There is no Apps Script project to push to yet (${shown} is missing).
Run npm run setup:addon once: it makes a new project, or use --script-id ID for one you have.`,
  );
}

if (args[0] === '--script-id') {
  const id = args[1] ?? '';
  if (!SCRIPT_ID.test(id)) {
    stop(
      2,
      `'${id}' is not an Apps Script id. Copy it from the Apps Script editor: Project settings › IDs › Script ID.`,
    );
  }
  writeProject({ scriptId: id });
  stop(0, `${shown} now points clasp at script ${id}, pushing ${BUILD_FOLDER}.\n${NEXT}`);
}

if (args.length > 0) {
  stop(2, 'usage: npm run setup:addon [-- --script-id ID]');
}

const current = existing();
if (current) {
  stop(
    0,
    `Already set up: ${shown} points at script ${current}. To use another project, run
npm run setup:addon -- --script-id ID (or delete ${shown} to make a new one).`,
  );
}

// clasp writes the project file itself; it then gets the build folder as its rootDir.
const clasp = spawnSync(
  'npx',
  ['clasp', 'create-script', '--type', 'standalone', '--title', TITLE, '--rootDir', BUILD_FOLDER],
  { cwd: dirname(projectFile), stdio: 'inherit' },
);
const created = existsSync(projectFile) ? existing() : undefined;
if (clasp.status !== 0 || !created) {
  stop(
    1,
    `clasp could not make the project. The usual reasons:
  - not signed in: run npx clasp login (once), then npm run setup:addon again;
  - the Apps Script API is off for your account: turn it on at ${API_SWITCH}
    (Google Apps Script API › On), wait a minute, and run npm run setup:addon again.`,
  );
}
writeProject({ ...JSON.parse(readFileSync(projectFile, 'utf8')), scriptId: created });
stop(
  0,
  `Made the standalone Apps Script project "${TITLE}" (script ${created}); ${shown} points at it.\n${NEXT}`,
);

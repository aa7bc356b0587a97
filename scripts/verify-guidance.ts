/**
 * `npm run verify:guidance -- <folder with the guidance texts>`: checks every quote in
 * shared/guidance.ts and every Annex item in shared/selfreview word for word against the
 * guidance, and writes the record the tests hold them to (test/meta/guidance-verified.json).
 * Run it after changing a quote; the guidance texts themselves stay outside the repository.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GUIDANCE, SOURCES } from '../shared/guidance';
import { ANNEX_ITEMS } from '../shared/selfreview';
import { RECORD_FILE, verifyGuidance } from '../test/meta/guidance-record';

// run-ts.mjs runs this from a temporary bundle, so the repository is the working folder npm gives.
if (!existsSync(resolve('shared/guidance.ts'))) {
  console.error('Run it from the repository: npm run verify:guidance -- <folder with the guidance texts>');
  process.exit(2);
}
const folder = process.argv[2];
if (folder === undefined || !existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(
    `usage: npm run verify:guidance -- <folder with the guidance texts>\n${folder === undefined ? 'No folder given.' : `${folder} is not a folder.`}`,
  );
  process.exit(2);
}

const { record, problems } = verifyGuidance(SOURCES, GUIDANCE, ANNEX_ITEMS, (file) => {
  const path = join(folder, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
});
if (problems.length > 0) {
  console.error(
    `Not verified, so ${RECORD_FILE} is unchanged:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
writeFileSync(resolve(RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
console.log(
  `Verified ${Object.keys(record.sections).length} quotes in ${Object.keys(record.sources).length} sources and ${Object.keys(record.annex).length} Annex items; wrote ${RECORD_FILE}.`,
);

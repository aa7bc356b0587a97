// Builds the Sheets add-on into build/apps-script/, ready for `clasp push`:
//   Code.js         the server entry bundled as an IIFE under one global, plus a top-level
//                   function for each export (Apps Script only sees top-level functions)
//   Sidebar.html    the Preact sidebar, its script and styles inlined into one file
//   appsscript.json the manifest
// The export names come from an ESM build's metafile, so there is no list to keep in sync.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'build/apps-script');
const serverEntry = join(root, 'apps-script/server/main.ts');
const sidebarEntry = join(root, 'apps-script/sidebar/main.tsx');
const GLOBAL = 'Trajectory';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const fail = (message) => {
  console.error(`build-apps-script: ${message}`);
  process.exit(1);
};

async function exportNames() {
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    metafile: true,
    outfile: join(outdir, 'exports.js'),
    logLevel: 'warning',
  });
  const [output] = Object.values(result.metafile.outputs);
  const names = output?.exports ?? [];
  if (names.length === 0) fail('the server entry exports no functions');
  for (const name of names)
    if (!IDENTIFIER.test(name)) fail(`export "${name}" cannot be a top-level function`);
  return names;
}

async function buildServer(names) {
  const footer = names
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join('\n');
  const result = await build({
    entryPoints: [serverEntry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    footer: { js: footer },
    write: false,
    outfile: join(outdir, 'Code.js'),
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const moduleSyntax = code.match(/^\s*(import|export)\b[\s{*]/m) ?? code.match(/\bimport\s*\(/);
  if (moduleSyntax)
    fail(`Code.js still has module syntax ("${moduleSyntax[0].trim()}"); Apps Script cannot run it`);
  try {
    new vm.Script(code, { filename: 'Code.js' });
  } catch (error) {
    fail(`Code.js is not a classic script: ${error.message}`);
  }
  return code;
}

async function buildSidebar() {
  const result = await build({
    entryPoints: [sidebarEntry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outdir: join(outdir, 'sidebar'),
    logLevel: 'warning',
  });
  const script =
    result.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? fail('no sidebar script');
  const styles = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
  // Inline text must not close its own element early.
  const safeScript = script.replace(/<\/(script)/gi, '<\\/$1');
  const safeStyles = styles.replace(/<\/(style)/gi, '<\\/$1');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<base target="_top">
<meta charset="utf-8">
<title>Trajectory</title>
<style>${safeStyles}</style>
</head>
<body>
<div id="app"></div>
<script>${safeScript}</script>
</body>
</html>
`;
}

const names = await exportNames();
const [code, sidebar] = await Promise.all([buildServer(names), buildSidebar()]);
const files = {
  'Code.js': code,
  'Sidebar.html': sidebar,
  'appsscript.json': readFileSync(join(root, 'apps-script/appsscript.json'), 'utf8'),
};
mkdirSync(outdir, { recursive: true });
// clasp pushes everything in the folder, so nothing else may be left in it.
for (const stale of readdirSync(outdir).filter((name) => !(name in files))) {
  rmSync(join(outdir, stale), { recursive: true, force: true });
}
// Written beside and renamed, so a test reading the bundle never sees half a file.
for (const [name, text] of Object.entries(files)) {
  const partial = join(outdir, `.${name}.${process.pid}`);
  writeFileSync(partial, text);
  renameSync(partial, join(outdir, name));
}

const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
console.log(`Apps Script bundle in build/apps-script/:
  Code.js          ${kb(code)} (top-level functions: ${names.join(', ')})
  Sidebar.html     ${kb(sidebar)}
  appsscript.json`);

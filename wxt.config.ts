import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
// @ts-expect-error: a plain Node script (scripts/ is JavaScript), also run on its own.
import { reportDocsScriptSize } from './scripts/docs-script-size.mjs';

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  manifest: {
    name: 'Trajectory',
    description:
      'Personalised-learning prompts on your lesson plans and schemes of work: what a plan is missing, question ladders and guided-group plans.',
    // sidePanel.open() from the launcher and the context menu.
    minimum_chrome_version: '116',
    // The toolbar button opens the side panel (background.ts) and grants activeTab.
    action: { default_title: 'Open Trajectory beside this page' },
    // The shortcut presses the toolbar button: it opens the panel and grants activeTab the same
    // way (action.onClicked in background.ts). Chrome lets the teacher change it at
    // chrome://extensions/shortcuts.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L', mac: 'Alt+Shift+L' },
        description: 'Open Trajectory beside this page',
      },
    },
    // Least privilege; nothing is sent anywhere, and every permission is used:
    // - activeTab + scripting: read a web page's main text or selection only when the teacher
    //   asks (toolbar button, context menu), so no access to the sites a teacher visits.
    // - contextMenus: "Trajectory: prompts for selected text".
    // - storage: settings (local) and a selection handed from the menu to the panel (session).
    // (WXT adds sidePanel itself for entrypoints/sidepanel.)
    permissions: ['activeTab', 'storage', 'scripting', 'contextMenus'],
    // Google Docs documents alone (not Sheets, where markbooks live). Chrome grants host access
    // to the whole origin whatever the path, so the panel also refuses every other
    // docs.google.com page (classifyTab in lib/sources.ts) and the content script matches
    // documents only. The Docs content script (launcher and reader) runs there, and the panel
    // may inject it into a Doc opened before Trajectory was installed. The reader's requests (export, mobilebasic) are same-origin
    // from that content script and lie under /document/ too, so no googleusercontent.com access
    // is needed: when the export redirects there, the reader uses mobilebasic instead.
    host_permissions: ['https://docs.google.com/document/*'],
  },
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        // onLog, not onwarn: the Preact preset sets its own onwarn, which would replace ours.
        onLog(level, log, handler) {
          // zod's sources carry `@__PURE__` notes where Rollup cannot use them; Rollup drops
          // the comments and the bundle is unaffected, so the warning is noise in every build.
          if (level === 'warn' && log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/zod/'))
            return;
          handler(level, log);
        },
      },
    },
  }),
  hooks: {
    'build:done'(wxt) {
      if (wxt.config.command !== 'build') return;
      const { ok, line } = reportDocsScriptSize(wxt.config.outDir);
      wxt.logger.info(line);
      if (!ok) throw new Error(line);
    },
  },
});

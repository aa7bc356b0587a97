import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
    // Least privilege; nothing is sent anywhere, and every permission is used:
    // - activeTab + scripting: read a web page's main text or selection only when the teacher
    //   asks (toolbar button, context menu), so no access to the sites a teacher visits.
    // - contextMenus: "Trajectory: prompts for selected text".
    // - storage: settings (local) and a selection handed from the menu to the panel (session).
    // (WXT adds sidePanel itself for entrypoints/sidepanel.)
    permissions: ['activeTab', 'storage', 'scripting', 'contextMenus'],
    // docs.google.com alone: the Docs content script (launcher and reader) runs there, and
    // the panel may inject it into a Doc opened before Trajectory was installed. The reader's
    // requests are same-origin from that content script, so no googleusercontent.com access
    // is needed: when the export redirects there, the reader uses mobilebasic instead.
    host_permissions: ['https://docs.google.com/*'],
  },
  vite: () => ({ plugins: [preact()] }),
});

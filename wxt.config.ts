import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: 'extension',
  manifest: {
    name: 'Trajectory',
    description:
      'Personalised-learning prompts on your lesson plans and schemes of work: what a plan is missing, question ladders and guided-group plans.',
    // Least privilege: read the page only when the teacher asks (activeTab), keep settings
    // locally (storage). Host access is docs.google.com alone, for reading a Doc's text.
    permissions: ['activeTab', 'storage', 'scripting', 'contextMenus'],
    host_permissions: ['https://docs.google.com/*'],
  },
  vite: () => ({ plugins: [preact()] }),
});

import { defineWebExtConfig } from 'wxt';

// `npm run dev` builds and watches; load .output/chrome-mv3-dev in Chrome yourself.
export default defineWebExtConfig({ disabled: true });

import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { WORKER_ALIASES } from './lib/auth/shims/aliases';
import { moduleSizes } from './scripts/build-breakdown-plugin';

// mailauth is written for Node. In the MV3 service worker its built-ins are replaced by
// browser-safe modules (lib/auth/shims/, measured in shared/notes/mailauth-in-the-browser.md).
const here = (path: string) => fileURLToPath(new URL(`./${path}`, import.meta.url));
const nodeShims = WORKER_ALIASES.map((a) => ({ find: a.find, replacement: here(a.target) }));

// /engine.js takes these libraries from /worker-core.js, which always loads it (lib/ext/worker-shared.ts).
const SHARED_IN_ENGINE = [
  { find: /^tldts$/, replacement: here('lib/ext/shared/tldts.ts') },
  { find: /^confusables$/, replacement: here('lib/ext/shared/confusables.ts') },
];

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is an explicit import: the layers stay visible (STYLE.md).
  imports: false,
  // @wxt-dev/i18n builds _locales/<lang>/messages.json from locales/*.json (lib/i18n reads them).
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    permissions: ['storage', 'scripting'],
    // Only the DoH presets; a custom DoH URL or a Roundcube site is asked for at runtime (options).
    // Webmail raw sources on other origins: Gmail's "download original" redirects to
    // mail-attachment.googleusercontent.com; Yahoo's raw API is apis.mail.yahoo.com (worker fetch).
    // The webmails themselves (the content scripts' hosts, so the install prompt does not change):
    // after an install or update the worker starts the new content scripts in webmail tabs already
    // open (lib/ext/open-tabs.ts), which needs the tabs' addresses and the right to run scripts there.
    host_permissions: [
      'https://cloudflare-dns.com/*',
      'https://dns.google/*',
      'https://mail-attachment.googleusercontent.com/*',
      'https://apis.mail.yahoo.com/*',
      'https://mail.google.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://mail.yahoo.com/*',
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // public/popup.html, not a WXT popup entrypoint: see the comment in that file.
    action: { default_title: 'HeaderLens', default_popup: 'popup.html' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'headerlens@headerlens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // `tsx scripts/build-breakdown.ts`: what each module of each script weighs.
      const sizesDir = process.env.HEADERLENS_MODULE_SIZES;
      if (sizesDir) config.plugins = [...(config.plugins ?? []), moduleSizes(sizesDir)];
      if (!entrypoints.some((e) => e.name === 'engine')) return;
      // Ahead of the worker aliases (the first match wins), which point `tldts` at one file. Vite
      // takes aliases as a list or as a record: either way they are all kept.
      const alias = config.resolve?.alias ?? [];
      const kept = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...SHARED_IN_ENGINE, ...kept] };
    },
  },
  vite: () => ({
    plugins: [preact()],
    resolve: { alias: nodeShims },
    // Chrome and Firefox ≥ 140 both support <link rel="modulepreload">: Vite's polyfill would only
    // be one more script for every page to fetch (the popup would load it before its own script).
    build: { modulePreload: { polyfill: false } },
  }),
});

import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// mailauth is written for Node. In the MV3 service worker its built-ins are replaced by
// browser-safe modules (lib/auth/shims/, measured in shared/notes/mailauth-in-the-browser.md).
// Both `x` and `node:x` spellings are matched: mailauth uses `node:`, its dependencies do not.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const builtin = (name: string, replacement: string) => ({
  find: new RegExp(`^(node:)?${name}$`),
  replacement: here(replacement),
});
const nodeShims = [
  // Synchronous RSA/Ed25519 verification and hashes: mailauth calls crypto.verify without await.
  builtin('crypto', './lib/auth/shims/crypto.ts'),
  builtin('buffer', './node_modules/buffer/index.js'),
  // readable-stream's browser entry: mailauth's parser is a Writable, its body hasher a Transform.
  builtin('stream', './node_modules/readable-stream/lib/ours/browser.js'),
  builtin('events', './node_modules/events/events.js'),
  // readable-stream's `process/`: nextTick on microtasks, not on 4 ms-clamped timers.
  { find: /^process\/?$/, replacement: here('./lib/auth/shims/process.ts') },
  builtin('os', './lib/auth/shims/os.ts'),
  builtin('net', './lib/auth/shims/net.ts'),
  // DNS always goes through the injected DoH resolver; these only exist so imports resolve.
  builtin('dns', './lib/auth/shims/unavailable.ts'),
  builtin('https', './lib/auth/shims/unavailable.ts'),
  // BIMI (mailauth's package root) is never imported; if it ever is, it must not load undici.
  builtin('undici', './lib/auth/shims/unavailable.ts'),
  builtin('@postalsys/vmc', './lib/auth/shims/unavailable.ts'),
  { find: /^mailauth\/lib\/bimi(\/.*)?$/, replacement: here('./lib/auth/shims/unavailable.ts') },
  // Slimming: Joi for two schemas, and charset tables the browser's TextDecoder already has.
  builtin('joi', './lib/auth/shims/joi.ts'),
  builtin('iconv-lite', './lib/auth/shims/charsets.ts'),
  builtin('encoding-japanese', './lib/auth/shims/charsets.ts'),
  // One Public Suffix List, not two: mailauth pins its own tldts (~120 KB each).
  builtin('tldts', './node_modules/tldts/dist/es6/index.js'),
];

// https://wxt.dev/api/config.html
export default defineConfig({
  // Every dependency is an explicit import: the layers stay visible (STYLE.md).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'HeaderLens',
    description:
      'Who really sent this email? Re-checks SPF, DKIM, DMARC and ARC and shows the server that handed it over.',
    permissions: ['storage', 'scripting'],
    // Only the DoH presets; a custom DoH URL or a Roundcube site is asked for at runtime (options).
    // Webmail raw sources on other origins: Gmail's "download original" redirects to
    // mail-attachment.googleusercontent.com; Yahoo's raw API is apis.mail.yahoo.com (worker fetch).
    host_permissions: [
      'https://cloudflare-dns.com/*',
      'https://dns.google/*',
      'https://mail-attachment.googleusercontent.com/*',
      'https://apis.mail.yahoo.com/*',
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'HeaderLens' },
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
  vite: () => ({
    plugins: [preact()],
    resolve: { alias: nodeShims },
  }),
});

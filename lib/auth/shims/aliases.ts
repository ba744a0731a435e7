// Which module the worker build loads in place of each Node built-in mailauth uses, in one list:
// wxt.config.ts feeds it to Vite, and test/unit/auth/shims-bundle.test.ts to esbuild, so the
// test bundles exactly what ships. Targets are relative to the repository root. The CLI bundle
// (scripts/build-cli.mjs) takes SLIM_ALIASES, the part that is not about Node built-ins, so the
// CLI and the extension decode charsets and check domains with the same code.
// Both `x` and `node:x` spellings are matched: mailauth uses `node:`, its dependencies do not.

export interface ModuleAlias {
  find: RegExp;
  target: string;
}

const builtin = (name: string, target: string): ModuleAlias => ({
  find: new RegExp(`^(node:)?${name}$`),
  target,
});

const NODE_BUILTINS: ModuleAlias[] = [
  // Synchronous RSA/Ed25519 verification and hashes: mailauth calls crypto.verify without await.
  builtin('crypto', 'lib/auth/shims/crypto.ts'),
  builtin('buffer', 'node_modules/buffer/index.js'),
  // readable-stream's browser entry: mailauth's parser is a Writable, its body hasher a Transform.
  builtin('stream', 'node_modules/readable-stream/lib/ours/browser.js'),
  builtin('events', 'node_modules/events/events.js'),
  // readable-stream's `process/`: nextTick on microtasks, not on 4 ms-clamped timers.
  { find: /^process\/?$/, target: 'lib/auth/shims/process.ts' },
  builtin('os', 'lib/auth/shims/os.ts'),
  builtin('net', 'lib/auth/shims/net.ts'),
  // DNS always goes through the injected DoH resolver; these only exist so imports resolve.
  builtin('dns', 'lib/auth/shims/unavailable.ts'),
  builtin('https', 'lib/auth/shims/unavailable.ts'),
  // BIMI (mailauth's package root) is never imported; if it ever is, it must not load undici.
  builtin('undici', 'lib/auth/shims/unavailable.ts'),
  builtin('@postalsys/vmc', 'lib/auth/shims/unavailable.ts'),
  { find: /^mailauth\/lib\/bimi(\/.*)?$/, target: 'lib/auth/shims/unavailable.ts' },
];

/**
 * Parts of mailauth the worker never runs, reached through modules it does (relative imports: only
 * these files of the bundled packages import these names). The CLI's bundle (SLIM_ALIASES only)
 * keeps them.
 */
const DEAD_IN_WORKER: ModuleAlias[] = [
  // libmime (mailauth's copy): the extension ↔ MIME type table, for functions mailauth never calls.
  { find: /^\.\/mimetypes$/, target: 'lib/auth/shims/mimetypes.ts' },
  // mailauth/lib/arc imports the DKIM signer for sealing only.
  { find: /^\.\.\/dkim\/dkim-signer$/, target: 'lib/auth/shims/dkim-signer.ts' },
];

/**
 * Slimming, in the worker and the CLI: Joi for two schemas, and charset tables TextDecoder
 * already has (the browser's, and Node's ICU: Node's official builds carry every WHATWG encoding).
 */
export const SLIM_ALIASES: ModuleAlias[] = [
  builtin('joi', 'lib/auth/shims/joi.ts'),
  builtin('iconv-lite', 'lib/auth/shims/charsets.ts'),
  builtin('encoding-japanese', 'lib/auth/shims/charsets.ts'),
  // One Public Suffix List, not two: mailauth pins its own tldts (~120 KB each).
  builtin('tldts', 'node_modules/tldts/dist/es6/index.js'),
];

export const WORKER_ALIASES: ModuleAlias[] = [...NODE_BUILTINS, ...DEAD_IN_WORKER, ...SLIM_ALIASES];

// Bundles the `headerlens` CLI (lib/cli/main.ts) into one Node file, dist/headerlens.mjs.
// Runs on `npm ci` (prepare), so `npx headerlens` works right after install. `--out FILE` writes
// it elsewhere (the corpus tests build their own copy from the current sources).
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const at = process.argv.indexOf('--out');
const outfile = at > -1 && process.argv[at + 1] ? process.argv[at + 1] : 'dist/headerlens.mjs';

await build({
  entryPoints: ['lib/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  // mailauth and its dependencies are CommonJS and require() Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __hlCreateRequire } from 'node:module';\nconst require = __hlCreateRequire(import.meta.url);",
  },
});
chmodSync(outfile, 0o755);
// The worker threads of `inspect --jobs N`: lib/cli/batch/pool.ts starts the file next to the CLI
// (dist/headerlens.mjs → dist/headerlens-worker.mjs). Same settings as above.
await build({
  entryPoints: ['lib/cli/batch/worker.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: outfile.replace(/\.mjs$/, '-worker.mjs'),
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __hlCreateRequire } from 'node:module';\nconst require = __hlCreateRequire(import.meta.url);",
  },
});

// Bundles the `headerlens` CLI (lib/cli/main.ts) into one Node file, dist/headerlens.mjs.
// Runs on `npm ci` (prepare), so `npx headerlens` works right after install.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['lib/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/headerlens.mjs',
  logLevel: 'warning',
  // mailauth and its dependencies are CommonJS and require() Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __hlCreateRequire } from 'node:module';\nconst require = __hlCreateRequire(import.meta.url);",
  },
});
chmodSync('dist/headerlens.mjs', 0o755);

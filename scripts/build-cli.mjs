// Bundles the `headerlens` CLI (lib/cli/main.ts) for Node: dist/headerlens.mjs and the chunks it
// loads on demand (dist/headerlens-<name>-<hash>.mjs, next to it: scripts/ip-tables-node.ts finds
// public/ip/ from its own file). Runs on `npm ci` (prepare), so `npx headerlens` works right after
// install. `--out FILE` writes it elsewhere (the corpus tests build their own copy from the
// current sources); the chunks go next to FILE. `--meta FILE` writes esbuild's metafile (which
// source went into which chunk: test/unit/cli/slim.test.ts and the bundle bench read it).
//
// Slim (issue 19 §3): each command is its own dynamic import (lib/cli/main.ts), so `--help` loads
// main.ts alone, `classify` no mailauth and `spf` no DKIM; and the heavy modules the worker build
// replaces are replaced here too (SLIM_ALIASES in lib/auth/shims/aliases.ts: Joi, iconv-lite,
// encoding-japanese, mailauth's second tldts), so the CLI decodes charsets as the extension does.
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './node-bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--out');
const outfile = at > -1 && process.argv[at + 1] ? process.argv[at + 1] : join(ROOT, 'dist/headerlens.mjs');
const outdir = dirname(outfile);
const metaAt = process.argv.indexOf('--meta');
const metafile = metaAt > -1 ? process.argv[metaAt + 1] : undefined;
// Entry and shared chunks alike are named headerlens-<name>-<hash>.mjs.
const CHUNK = /^headerlens-[a-z]+-[A-Z0-9]{8}\.mjs$/;

const result = await build({
  metafile: true,
  write: false,
  entryPoints: [
    { in: join(ROOT, 'lib/cli/main.ts'), out: basename(outfile).replace(/\.mjs$/, '') },
    // The worker threads of `inspect --jobs N` (lib/cli/batch/pool.ts starts the file next to the
    // CLI: dist/headerlens.mjs → dist/headerlens-worker.mjs); it shares the engine's chunks.
    { in: join(ROOT, 'lib/cli/batch/worker.ts'), out: `${basename(outfile).replace(/\.mjs$/, '')}-worker` },
  ],
  ...NODE_BUNDLE,
  splitting: true,
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'headerlens-[name]-[hash]',
});
mkdirSync(outdir, { recursive: true });
const written = new Set();
for (const f of result.outputFiles) {
  // The shebang on the entry only (esbuild's banner goes on every chunk).
  writeFileSync(f.path, f.path === resolve(outfile) ? `#!/usr/bin/env node\n${f.text}` : f.contents);
  written.add(basename(f.path));
}
chmodSync(outfile, 0o755);
// Chunks of an earlier build have other hashes: remove them once the new ones are in place, so
// none is left for a reader to load by mistake and a CLI already running never misses one.
for (const e of readdirSync(outdir, { withFileTypes: true })) {
  if (e.isFile() && CHUNK.test(e.name) && !written.has(e.name)) rmSync(join(outdir, e.name));
}
if (metafile) writeFileSync(metafile, JSON.stringify(result.metafile));

// esbuild's options for the engine as HeaderLens ships it to Node (the CLI, scripts/build-cli.mjs)
// and as the warm bench times it (scripts/bench/warm.ts): one place, so the bench measures the
// code users run, not tsx's on-the-fly transform (which adds keepNames: a __name call per closure).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The alias list is TypeScript without imports: compiled in memory, it is the very list Vite gets.
const aliasSource = readFileSync(join(ROOT, 'lib/auth/shims/aliases.ts'), 'utf8');
const { code } = await transform(aliasSource, { loader: 'ts', format: 'esm' });
const { SLIM_ALIASES } = await import(`data:text/javascript,${encodeURIComponent(code)}`);

/** Bundling options shared by every Node build of the engine. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Identifiers keep their names, so error messages and stack traces read (HEADERLENS_DEBUG prints
  // the stack) without esbuild's keepNames, which renames every function as it is created: a
  // __name call per closure made, 4 % of a 5,000-message batch's profile (about 5 % of its CPU,
  // for a bundle 13 % larger).
  minifySyntax: true,
  minifyWhitespace: true,
  minifyIdentifiers: false,
  logLevel: 'warning',
  plugins: [
    {
      // The heavy modules the worker build replaces are replaced here too (SLIM_ALIASES in
      // lib/auth/shims/aliases.ts: Joi, iconv-lite, encoding-japanese, mailauth's second tldts).
      name: 'slim-aliases',
      setup(b) {
        b.onResolve({ filter: /^(node:)?(joi|iconv-lite|encoding-japanese|tldts)$/ }, (args) => {
          const alias = SLIM_ALIASES.find((a) => a.find.test(args.path));
          return alias ? { path: join(ROOT, alias.target) } : undefined;
        });
      },
    },
  ],
  // mailauth and its dependencies are CommonJS and require() Node built-ins.
  banner: {
    js: "import { createRequire as __hlCreateRequire } from 'node:module';\nconst require = __hlCreateRequire(import.meta.url);",
  },
};

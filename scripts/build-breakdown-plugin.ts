// A Vite/Rolldown plugin for `scripts/build-breakdown.mjs`: what each module of /engine.js weighs.
// Rolldown reports each module's rendered code (after tree-shaking, before the bundle is minified);
// each is minified alone with esbuild for a size near what it adds to the shipped file (names and
// whitespace shrink about as they do in the whole bundle). Written as JSON, one file per output
// script into `outDir` (`engine.js.json`: [{ id, rendered, min }]).
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';

export interface ModuleSize {
  id: string;
  rendered: number;
  min: number;
}

export function moduleSizes(outDir: string): Plugin {
  return {
    name: 'headerlens-module-sizes',
    generateBundle(_options, bundle) {
      mkdirSync(outDir, { recursive: true });
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        const sizes: ModuleSize[] = [];
        for (const [id, m] of Object.entries(out.modules)) {
          const code = m.code ?? '';
          let min = code.length;
          try {
            min = transformSync(code, { minify: true, loader: 'js' }).code.length;
          } catch {
            // A module's code alone may not parse (a fragment of the runtime): keep its rendered size.
          }
          sizes.push({ id, rendered: m.renderedLength, min });
        }
        sizes.push({ id: '(file)', rendered: out.code.length, min: out.code.length });
        writeFileSync(join(outDir, `${basename(out.fileName)}.json`), JSON.stringify(sizes));
      }
    },
  };
}

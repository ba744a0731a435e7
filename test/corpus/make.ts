// Regenerates both corpora: `npm run corpus`. Every module in test/corpus/adversarial/ and
// test/corpus/legit/ exports `make(write)` and writes its cases through `write`; case folders that
// no module wrote any more are removed, so the fixtures are always exactly what the makers say.
// Signing is deterministic (fixed keys, fixed signing time), so a re-run changes nothing.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CaseMeta, writeCase } from '../helpers/corpus';

export type CaseWriter = (
  name: string,
  c: { eml: string; zone?: Record<string, unknown>; meta: CaseMeta },
) => void;
export type CaseMaker = (write: CaseWriter) => Promise<void> | void;

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, '../fixtures');

for (const corpus of ['adversarial', 'legit'] as const) {
  const out = join(FIXTURES, corpus);
  const written = new Set<string>();
  const makers = readdirSync(join(HERE, corpus))
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const file of makers) {
    const mod = (await import(pathToFileURL(join(HERE, corpus, file)).href)) as { make: CaseMaker };
    await mod.make((name, c) => {
      if (written.has(name)) throw new Error(`${corpus}/${name} written twice (second time by ${file})`);
      written.add(name);
      // CRLF line ends, as on the wire, whatever the maker wrote.
      const eml = c.eml.replace(/\r?\n/g, '\r\n');
      writeCase(out, name, {
        ...c,
        eml,
        meta: { ...c.meta, source: c.meta.source ?? `test/corpus/${corpus}/${file}` },
      });
    });
  }
  if (existsSync(out)) {
    for (const d of readdirSync(out, { withFileTypes: true })) {
      if (d.isDirectory() && !written.has(d.name)) rmSync(join(out, d.name), { recursive: true });
    }
  }
  console.log(`${corpus}: ${written.size} cases`);
}

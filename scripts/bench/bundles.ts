// Bundle sizes of the built Chrome extension (run `npm run build` first): raw and gzip, against the
// goal of 40 KB per content script.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchRow, row } from './rows';

const OUT = '.output/chrome-mv3';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export async function benchBundles(): Promise<BenchRow[]> {
  if (!existsSync(OUT)) throw new Error(`${OUT} missing: run npm run build first`);
  const rows: BenchRow[] = [];
  const js = files(OUT).filter((f) => f.endsWith('.js'));
  const entry = (f: string) => f.replace(`${OUT}/`, '');
  for (const f of js) {
    const name = entry(f);
    const isContent = name.startsWith('content-scripts/');
    if (!isContent && name !== 'background.js' && name !== 'popup-main.js' && !name.startsWith('chunks/'))
      continue;
    const buf = readFileSync(f);
    const gz = gzipSync(buf).length;
    rows.push(
      row(
        `bundle ${name}`,
        buf.length / 1024,
        'KB',
        isContent ? 40 : null,
        `gzip ${(gz / 1024).toFixed(1)} KB${isContent ? '; goal ≤ 40 KB' : ''}`,
      ),
    );
  }
  return rows;
}

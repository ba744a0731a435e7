// Bundle sizes of the built Chrome extension (run `npm run build` first): raw and gzip, against the
// goal of 40 KB per content script. And the CLI's (issue 19 §3), built here from the current
// sources: the whole bundle, and what each command loads (its chunk and the chunks that imports).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchRow, row } from './rows';

const OUT = '.output/chrome-mv3';

interface Meta {
  outputs: Record<
    string,
    { entryPoint?: string; bytes: number; imports: Array<{ path: string; kind: string }> }
  >;
}

/** The CLI bundle before the slimming (issue 19): one 2,601,433-byte file, all of it loaded by every command. */
const CLI_BEFORE_BYTES = 2_601_433;

function cliRows(): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'headerlens-bench-bundle-'));
  const metaFile = join(dir, 'meta.json');
  execFileSync(process.execPath, [
    'scripts/build-cli.mjs',
    '--out',
    join(dir, 'headerlens.mjs'),
    '--meta',
    metaFile,
  ]);
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
  const outputs = meta.outputs;
  /** Bytes of the chunks `node headerlens.mjs <command>` loads: main's, the command's, their imports. */
  const loaded = (...sources: string[]) => {
    const todo = Object.keys(outputs).filter((o) => sources.some((s) => outputs[o]!.entryPoint?.endsWith(s)));
    const seen = new Set<string>();
    while (todo.length) {
      const o = todo.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      for (const i of outputs[o]!.imports)
        if (i.kind === 'import-statement' && outputs[i.path]) todo.push(i.path);
    }
    return [...seen].reduce((n, o) => n + outputs[o]!.bytes, 0);
  };
  const total = Object.values(outputs).reduce((n, o) => n + o.bytes, 0);
  const kb = (bytes: number) => bytes / 1024;
  const before = kb(CLI_BEFORE_BYTES);
  return [
    row('CLI bundle, all chunks', kb(total), 'KB', before, `baseline: the one-file bundle before issue 19`),
    ...(
      [
        ['--help', 'lib/cli/main.ts'],
        ['classify', 'lib/cli/classify.ts'],
        ['spf', 'lib/cli/spf.ts'],
        ['inspect', 'lib/cli/inspect.ts'],
      ] as const
    ).map(([command, source]) =>
      row(
        `CLI: what \`${command}\` loads`,
        kb(loaded('lib/cli/main.ts', source)),
        'KB',
        before,
        'baseline: the one-file bundle every command loaded before issue 19',
      ),
    ),
  ];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export async function benchBundles(): Promise<BenchRow[]> {
  const rows: BenchRow[] = cliRows();
  if (!existsSync(OUT)) {
    rows.push(row('extension bundles', 0, 'KB', null, `${OUT} missing: run npm run build first`));
    return rows;
  }
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

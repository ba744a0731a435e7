// Issue 19 §3: the CLI bundle loads nothing a command does not use, and carries the worker's
// slimming (no Joi, no iconv-lite or encoding-japanese tables, one tldts). Read from esbuild's
// metafile of a build made here (scripts/build-cli.mjs --meta): which sources each command's
// chunks hold, following static imports only (a dynamic import is loaded when it runs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

interface Meta {
  outputs: Record<
    string,
    { entryPoint?: string; inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }> }
  >;
}

const ROOT = resolve(__dirname, '../../..');
let meta: Meta;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'headerlens-slim-'));
  execFileSync(
    process.execPath,
    ['scripts/build-cli.mjs', '--out', join(dir, 'headerlens.mjs'), '--meta', join(dir, 'meta.json')],
    { cwd: ROOT },
  );
  meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
}, 60_000);

/** Every source a chunk and the chunks it imports statically hold. */
function loadedBy(entrySource: string): string[] {
  const start = Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint?.endsWith(entrySource));
  if (!start) throw new Error(`no chunk for ${entrySource}`);
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const out = todo.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const i of meta.outputs[out]!.imports) {
      if (i.kind === 'import-statement' && meta.outputs[i.path]) todo.push(i.path);
    }
  }
  return [...seen].flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
}

const allInputs = () => Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));

describe('the CLI bundle', () => {
  it('--help loads lib/cli/main.ts and its usage error only', () => {
    expect(loadedBy('lib/cli/main.ts').sort()).toEqual(['lib/cli/main.ts', 'lib/cli/usage.ts']);
  });

  it('classify loads no mailauth', () => {
    const inputs = loadedBy('lib/cli/classify.ts');
    expect(inputs.some((p) => p.includes('lib/relay/'))).toBe(true);
    expect(inputs.filter((p) => p.includes('node_modules/mailauth/'))).toEqual([]);
  });

  it('spf loads mailauth’s SPF and none of its DKIM verifier', () => {
    const inputs = loadedBy('lib/cli/spf.ts');
    expect(inputs.some((p) => p.endsWith('node_modules/mailauth/lib/spf/index.js'))).toBe(true);
    // mailauth's tools.js takes its domain-name pattern from dkim/syntax.js (a few constants).
    const dkim = inputs.filter((p) => /mailauth\/lib\/(dkim|arc)\/|lib\/auth\/(dkim|arc)/.test(p));
    expect(dkim.filter((p) => !p.endsWith('mailauth/lib/dkim/syntax.js'))).toEqual([]);
  });

  it('inspect loads the DKIM verifier', () => {
    const inputs = loadedBy('lib/cli/inspect.ts');
    expect(inputs.some((p) => p.endsWith('node_modules/mailauth/lib/dkim/dkim-verifier.js'))).toBe(true);
  });

  it('holds no Joi, no iconv-lite or encoding-japanese tables, and one Public Suffix List', () => {
    const inputs = allInputs();
    expect(inputs.filter((p) => /node_modules\/(joi|@hapi|iconv-lite|encoding-japanese)\//.test(p))).toEqual(
      [],
    );
    expect(inputs.filter((p) => /tldts\/dist\/.*\/data\/trie\.js$/.test(p))).toHaveLength(1);
    expect(inputs).toContain('lib/auth/shims/charsets.ts');
  });

  it('leaves no chunk of an earlier build behind', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.mjs'));
    const outputs = Object.keys(meta.outputs).map((o) => o.split('/').pop());
    expect(files.sort()).toEqual(outputs.sort());
  });
});

// The worker bundle, run in Node, must give the same DKIM and ARC answers as the Node build:
// mailauth bundled with exactly the aliases the extension ships (WORKER_ALIASES: crypto shim,
// readable-stream, buffer@6, Joi/charset shims) against mailauth on Node's own modules, over a
// matrix of signed, sealed and tampered messages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDkimAndArc } from '../../../lib/auth/arc';
import { WORKER_ALIASES } from '../../../lib/auth/shims/aliases';
import type { ArcCheck, DkimCheck, Resolver } from '../../../lib/types';
import {
  dkimName,
  ed25519Key,
  message,
  rsaKey,
  SIGN_TIME,
  seal,
  sign,
  TestZone,
} from '../../fixtures/auth/mail';

type Check = (
  raw: Uint8Array | string,
  opts: { resolver: Resolver; now?: Date; fromDomain: string | null },
) => Promise<{ dkim: DkimCheck[]; arc: ArcCheck }>;

const ROOT = resolve(__dirname, '../../..');
let dir: string;
let workerCheck: Check;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'headerlens-shim-bundle-'));
  const outfile = join(dir, 'auth.mjs');
  await build({
    stdin: { contents: "export { checkDkimAndArc } from './lib/auth/arc';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    outfile,
    logLevel: 'silent',
    plugins: [
      {
        name: 'worker-aliases',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            const alias = WORKER_ALIASES.find((a) => a.find.test(args.path));
            return alias ? { path: join(ROOT, alias.target) } : undefined;
          });
        },
      },
    ],
  });
  ({ checkDkimAndArc: workerCheck } = await import(pathToFileURL(outfile).href));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const keys = {
  rsa1024: rsaKey(1024),
  rsa2048: rsaKey(2048, { pkcs1Record: true }),
  ed: ed25519Key(),
  weak: rsaKey(512),
};

function zone(): TestZone {
  const z = new TestZone({ [dkimName('revoked', 'example.com')]: { TXT: ['v=DKIM1; p='] } });
  for (const [sel, key] of Object.entries(keys)) z.set(dkimName(sel, 'example.com'), { TXT: [key.record] });
  return z;
}

async function cases(): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  for (const [sel, key] of Object.entries(keys)) {
    for (const c of ['relaxed/relaxed', 'simple/simple', 'relaxed/simple', 'simple/relaxed']) {
      const raw = await sign(message({ body: 'Grüße\r\n\r\n\r\n' }), [
        { domain: 'example.com', selector: sel, key, canonicalization: c },
      ]);
      out.push([`${sel} ${c}`, raw]);
      out.push([`${sel} ${c} body changed`, raw.replace('Grüße', 'Grüsse')]);
      out.push([`${sel} ${c} subject changed`, raw.replace('Quarterly report', 'Quarterly rep0rt')]);
    }
  }
  const base = message();
  out.push([
    'rsa-sha1',
    await sign(base, [
      { domain: 'example.com', selector: 'rsa2048', key: keys.rsa2048, algorithm: 'rsa-sha1' },
    ]),
  ]);
  out.push([
    'revoked',
    await sign(base, [{ domain: 'example.com', selector: 'revoked', key: keys.rsa1024 }]),
  ]);
  out.push(['missing', await sign(base, [{ domain: 'example.com', selector: 'nope', key: keys.rsa1024 }])]);
  out.push([
    'l= with appended text',
    `${await sign(base, [{ domain: 'example.com', selector: 'ed', key: keys.ed, maxBodyLength: 10 }])}more\r\n`,
  ]);
  const sealed = await seal(await sign(base, [{ domain: 'example.com', selector: 'ed', key: keys.ed }]), {
    domain: 'example.com',
    selector: 'rsa2048',
    key: keys.rsa2048,
    cv: 'none',
    authResults: 'mx.example.com; dkim=pass header.d=example.com',
  });
  out.push(['arc sealed', sealed]);
  out.push([
    'arc seal tampered',
    sealed.replace('dkim=pass header.d=example.com', 'dkim=pass header.d=bank.example'),
  ]);
  const resealed = await seal(sealed, {
    domain: 'example.com',
    selector: 'ed',
    key: keys.ed,
    cv: 'pass',
    authResults: 'relay.example.com; arc=pass',
  });
  out.push(['arc two sets, ed25519 seal', resealed]);
  return out;
}

describe('worker bundle vs Node build', () => {
  it('gives identical DKIM and ARC results on every case (strings and bytes)', async () => {
    const all = await cases();
    expect(all.length).toBeGreaterThan(50);
    let passes = 0;
    for (const [name, raw] of all) {
      for (const input of [raw, new TextEncoder().encode(raw)]) {
        const opts = { fromDomain: 'example.com', now: SIGN_TIME };
        const node = await checkDkimAndArc(input, { ...opts, resolver: zone() });
        const worker = await workerCheck(input, { ...opts, resolver: zone() });
        expect({ name, worker }).toEqual({ name, worker: node });
        passes += node.dkim.filter((d) => d.result === 'pass').length;
      }
    }
    // The matrix is not vacuous: plenty pass, plenty fail.
    expect(passes).toBeGreaterThan(20);
  });
});

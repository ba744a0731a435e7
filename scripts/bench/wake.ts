// The worker's wake (issue 19, item 4), in headless Debian Chromium: the built extension and an
// empty MV3 extension (a worker that only answers a message) side by side in one browser. Every
// worker is stopped over the DevTools protocol (ServiceWorker.stopAllWorkers) before each wake;
// times are taken inside an extension page, from sendMessage to the answer, and the two sides
// alternate so a busy moment on this shared machine falls on both.
//   - cold wake: a ping to a stopped worker, ours vs the empty one;
//   - first analysis after a wake vs a warm one: the same 50 KB message (a different unsigned
//     header each run, so the analysis cache never answers), to a stopped worker and then again to
//     the live one. The DNS names are the same every run: after a wake their answers come from
//     storage.session (kept across wakes, lib/ext/worker-dns-session.ts), warm from the worker's
//     memory; neither side asks the DoH server. After a wake the worker also loads /worker-core.js
//     and /engine.js, fetches the IP table index and the shards the message needs, and runs the
//     analysis code for the first time;
//   - IP tables ready in the worker: from nothing to the first lookup's answer (AS and org), with the
//     reader of lib/relay/tables.ts (bundled by esbuild and run inside the worker): fetch the index,
//     prepareTables() fetches the one shard and ASN chunk the address needs, look up; next to the
//     single-file format-3 path it replaced (fetch the 10 MB asn.bin, lay the views, look up).
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from '../../test/e2e/harness';
import { startDohServer } from '../../test/helpers/doh-server';
import { scenario } from '../../test/helpers/scenarios';
import { columnsOfShards } from '../ip-columns';
import { writeIpTablesV3 } from '../ip-format-v3';
import { loadIpTablesFromDisk } from '../ip-tables-node';
import { codeCacheUse, type ScriptCacheUse } from './code-cache';
import { type BenchRow, row, spread } from './rows';
import { bodyOfSize } from './warm';

const WAKES = 9;

/** A built file's size, for the notes (a wake evaluates background.js only). */
const kb = (dir: string, file: string) =>
  existsSync(join(dir, file)) ? `${Math.round(statSync(join(dir, file)).size / 1024)} KB` : 'absent';
const ANALYSES = 7;
const TABLE_LOADS = 7;

function emptyExtension(root: string): string {
  const dir = join(root, 'empty-mv3');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty',
      version: '1.0',
      background: { service_worker: 'bg.js' },
    }),
  );
  writeFileSync(
    join(dir, 'bg.js'),
    'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ res: { ok: true } }); });\n',
  );
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>empty</title>\n');
  return dir;
}

/** The sharded reader + classifier and the format-3 ones, as one script to evaluate in the worker. */
function readersScript(): string {
  const out = buildSync({
    stdin: {
      // Both paths as plain functions of this bundle: a function written inside worker.evaluate()
      // would be compiled by tsx with name helpers the worker does not have.
      contents: `import { asnOfIndex, loadIpTables, lookupAsnIndex, prepareTables } from './lib/relay/tables';
import { parseIp } from './lib/relay/address';
import { asnOfIndexV3, lookupAsnIndexV3, readIpTablesV3 } from './scripts/ip-format-v3';
async function bytes(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error('HTTP ' + res.status + ' for ' + url);
  return (await res.blob()).arrayBuffer();
}
export async function readyShards(address) {
  const ip = parseIp(address);
  const opened = await loadIpTables({ read: (name) => bytes('/ip/' + name) });
  if (!opened.ok) throw new Error(opened.error);
  await prepareTables(opened.tables, [ip]);
  const idx = lookupAsnIndex(opened.tables, ip);
  return idx >= 0 ? asnOfIndex(opened.tables, idx).asn : null;
}
export async function readyV3(address) {
  const ip = parseIp(address);
  const t = readIpTablesV3(new Uint8Array(await bytes('/bench-v3.bin')));
  const idx = lookupAsnIndexV3(t, ip);
  return idx >= 0 ? asnOfIndexV3(t, idx).asn : null;
}`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: '__benchReaders',
    write: false,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

/** Round trip of one message from an extension page, timed inside the page. */
async function timedSend(page: Page, type: string, data: unknown): Promise<{ ms: number; reply: unknown }> {
  return page.evaluate(
    async ([t, d]) => {
      const start = performance.now();
      const reply = await chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() });
      return { ms: performance.now() - start, reply };
    },
    [type, data] as const,
  );
}

async function stopAllWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  // Let the browser finish tearing the workers down before the next wake.
  await new Promise((r) => setTimeout(r, 300));
}

export async function benchWake(): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'headerlens-bench-wake-'));
  const ours = join(root, 'headerlens');
  cpSync(EXTENSION_DIR, ours, { recursive: true });
  // The single format-3 file the shards replaced (same data), for the side-by-side table load.
  writeFileSync(
    join(ours, 'bench-v3.bin'),
    writeIpTablesV3(await columnsOfShards(await loadIpTablesFromDisk())),
  );
  const empty = emptyExtension(root);
  const sc = await scenario('authenticated', { body: bodyOfSize(50_000) });
  const doh = await startDohServer(sc.zone);
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${ours},${empty}`,
      `--load-extension=${ours},${empty}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    for (let i = 0; i < 100 && context.serviceWorkers().length < 2; i++)
      await new Promise((r) => setTimeout(r, 100));
    const idOf = (suffix: string) => {
      const w = context.serviceWorkers().find((x) => x.url().endsWith(suffix));
      if (!w) throw new Error(`no worker ${suffix}`);
      return new URL(w.url()).host;
    };
    const oursId = idOf('/background.js');
    const emptyId = idOf('/bg.js');
    const oursWorker = () => context.serviceWorkers().find((x) => x.url().endsWith('/background.js'));
    await oursWorker()!.evaluate(
      (url) => chrome.storage.local.set({ dnsMode: 'custom', customDohUrl: url }),
      doh.url,
    );
    const page = await context.newPage();
    await page.goto(`chrome-extension://${oursId}/icon/16.png`);
    const emptyPage = await context.newPage();
    await emptyPage.goto(`chrome-extension://${emptyId}/page.html`);

    // Cold wake, alternating.
    const wakeOurs: number[] = [];
    const wakeEmpty: number[] = [];
    for (let i = 0; i < WAKES; i++) {
      for (const side of i % 2 ? ['empty', 'ours'] : ['ours', 'empty']) {
        await stopAllWorkers(context, page);
        if (side === 'ours') wakeOurs.push((await timedSend(page, 'ping', undefined)).ms);
        else wakeEmpty.push((await timedSend(emptyPage, 'ping', undefined)).ms);
      }
    }

    // First analysis after a wake, then the same kind of analysis warm.
    const variant = (i: number) => `X-Bench-Run: ${i}\r\n${sc.raw}`;
    await timedSend(page, 'analyzeRaw', { raw: variant(-1) }); // DNS answers cached (session storage)
    const afterWake: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < ANALYSES; i++) {
      await stopAllWorkers(context, page);
      const first = await timedSend(page, 'analyzeRaw', { raw: variant(2 * i) });
      const kind = (first.reply as { res?: { kind?: string } })?.res?.kind;
      if (kind !== 'analysis') throw new Error(`worker gave ${JSON.stringify(first.reply).slice(0, 200)}`);
      afterWake.push(first.ms);
      // Warm: a few analyses first, so the one timed is past the first-run compile of this wake.
      for (let k = 0; k < 3; k++) await timedSend(page, 'analyzeRaw', { raw: variant(1000 * i + k + 100) });
      warm.push((await timedSend(page, 'analyzeRaw', { raw: variant(2 * i + 1) })).ms);
    }

    // One more wake and first analysis, traced (after the timed ones, so they are not): how much
    // code cache V8 read for each script instead of compiling it.
    await stopAllWorkers(context, page);
    const cacheUse: ScriptCacheUse[] = await codeCacheUse(context, page, () =>
      timedSend(page, 'analyzeRaw', { raw: variant(-2) }),
    );

    // IP tables ready inside the worker, from nothing to the first lookup's answer: sharded vs the
    // single format-3 file, alternating, a new random address each pair.
    const worker = oursWorker() ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(readersScript());
    const loadInWorker = (format: 'shards' | '3', ip: string) =>
      worker.evaluate(
        async ([f, address]) => {
          const r = (
            globalThis as unknown as {
              __benchReaders: Record<'readyShards' | 'readyV3', (a: string) => Promise<number | null>>;
            }
          ).__benchReaders;
          const start = performance.now();
          const asn = await (f === 'shards' ? r.readyShards(address) : r.readyV3(address));
          return { ms: performance.now() - start, asn };
        },
        [format, ip] as const,
      );
    const readyShards: number[] = [];
    const ready3: number[] = [];
    // An older build (HEADERLENS_EXT_DIR, for a before/after run) ships no /ip/index.bin: no row.
    const sharded = await loadInWorker('shards', '20.1.2.3').then(
      () => true,
      (err: unknown) => {
        console.error(`no sharded IP data in this build (${String(err).slice(0, 300)})`);
        return false;
      },
    );
    let seed = 0x1f2e3d4c;
    for (let i = 0; sharded && i < TABLE_LOADS; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const ip = `${(seed >>> 24) % 223 || 1}.${(seed >>> 16) & 255}.${(seed >>> 8) & 255}.${seed & 255}`;
      const order = i % 2 ? (['3', 'shards'] as const) : (['shards', '3'] as const);
      const answers: Array<number | null> = [];
      for (const f of order) {
        const r = await loadInWorker(f, ip);
        (f === 'shards' ? readyShards : ready3).push(r.ms);
        answers.push(r.asn);
      }
      if (answers[0] !== answers[1])
        throw new Error(`worker ready runs disagree on ${ip}: ${answers.join(' vs ')}`);
    }
    const rows = [
      row(
        'worker: cold wake → answer, vs an empty MV3 worker',
        spread(wakeOurs).median,
        'ms',
        spread(wakeEmpty).median,
        `ours ${spread(wakeOurs).text}; empty worker ${spread(wakeEmpty).text}; n=${WAKES} each, alternating; background.js ${kb(ours, 'background.js')} (the listeners; /worker-core.js ${kb(ours, 'worker-core.js')} and /engine.js ${kb(ours, 'engine.js')} load on first need); goal ≤ 2×`,
      ),
      row(
        'worker: first 50 KB analysis after a wake vs a warm one',
        spread(afterWake).median,
        'ms',
        spread(warm).median,
        `after wake ${spread(afterWake).text}; warm ${spread(warm).text}; n=${ANALYSES} each; a new unsigned header per run (no analysis cached); DNS answers from storage.session after a wake, from memory warm; goal ≤ 2×`,
      ),
      row(
        'worker: V8 code cache read at a wake (background.js, /worker-core.js, /engine.js), vs their source',
        Math.round(cacheUse.reduce((sum, u) => sum + u.consumedBytes, 0) / 1024),
        'KB',
        Math.round(
          (['background.js', 'worker-core.js', 'engine.js'] as const).reduce(
            (sum, f) => sum + (existsSync(join(ours, f)) ? statSync(join(ours, f)).size : 0),
            0,
          ) / 1024,
        ),
        `${cacheUse.map((u) => `${u.script} ${Math.round(u.consumedBytes / 1024)} KB${u.rejected ? ' (rejected)' : ''} in ${u.compileMs.toFixed(1)} ms`).join('; ')}; one traced wake + first analysis; 0 KB would mean compiled from source`,
      ),
      row(
        'IP tables ready in the worker (nothing → first lookup answered: fetch index, prepare fetches its shard + ASN chunk, look up AS + org), vs format 3 (fetch the 10 MB file + views + look up)',
        spread(readyShards).median,
        'ms',
        spread(ready3).median,
        `sharded ${spread(readyShards).text}; format 3 ${spread(ready3).text}; n=${TABLE_LOADS} each, alternating; goal ≤ 20 ms`,
      ),
    ];
    return sharded ? rows : rows.slice(0, 3);
  } finally {
    await context.close();
    await doh.close();
    rmSync(root, { recursive: true, force: true });
  }
}

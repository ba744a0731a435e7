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
//     and /engine.js, fetches and reads the IP tables, and runs the analysis code for the first time;
//   - IP tables ready in the worker: fetch + the reader of lib/relay/tables.ts (bundled by esbuild
//     and run inside the worker), next to the format-2 path it replaced (fetch, gunzip, decode).
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from '../../test/e2e/harness';
import { startDohServer } from '../../test/helpers/doh-server';
import { columnsOfTables, packIpDataV2 } from '../../test/helpers/ip-format-v2';
import { scenario } from '../../test/helpers/scenarios';
import { loadIpTablesFromDisk } from '../ip-tables-node';
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

/** The reader (format 3) and the old decoder (format 2) as one script to evaluate in the worker. */
function readersScript(): string {
  const out = buildSync({
    stdin: {
      contents: `export { readIpTables } from './lib/relay/tables';
export { decodeIpTablesV2 } from './test/helpers/ip-format-v2';`,
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
  // The format-2 file the in-place one replaced, for the side-by-side table load.
  const tables = await loadIpTablesFromDisk();
  writeFileSync(join(ours, 'bench-v2.bin'), gzipSync(packIpDataV2(columnsOfTables(tables)), { level: 9 }));
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

    // IP tables ready inside the worker: format 3 in place vs format 2 decoded, alternating.
    const worker = oursWorker() ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(readersScript());
    // The build names the file; the IP tables are the only .bin under assets/.
    const assetName = readdirSync(join(ours, 'assets')).find((f) => f.endsWith('.bin'));
    if (!assetName) throw new Error('no IP table asset in the build');
    const loadInWorker = (format: 2 | 3) =>
      worker.evaluate(
        async ([f, url]) => {
          const r = (globalThis as unknown as { __benchReaders: Record<string, (b: Uint8Array) => unknown> })
            .__benchReaders;
          const start = performance.now();
          const res = await fetch(url);
          if (f === 3) r.readIpTables!(new Uint8Array(await (await res.blob()).arrayBuffer()));
          else {
            const body = res.body!.pipeThrough(new DecompressionStream('gzip'));
            r.decodeIpTablesV2!(new Uint8Array(await new Response(body).arrayBuffer()));
          }
          return performance.now() - start;
        },
        [format, format === 3 ? `/assets/${assetName}` : '/bench-v2.bin'] as const,
      );
    const ready3: number[] = [];
    const ready2: number[] = [];
    // An older build (HEADERLENS_EXT_DIR, for a before/after run) ships format 2: no in-place row.
    const inPlace = await loadInWorker(3).then(
      () => true,
      () => false,
    );
    for (let i = 0; inPlace && i < TABLE_LOADS; i++) {
      if (i % 2) {
        ready2.push(await loadInWorker(2));
        ready3.push(await loadInWorker(3));
      } else {
        ready3.push(await loadInWorker(3));
        ready2.push(await loadInWorker(2));
      }
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
        'IP tables ready in the worker (fetch + in-place views), vs format 2 (fetch + gunzip + decode)',
        spread(ready3).median,
        'ms',
        spread(ready2).median,
        `in place ${spread(ready3).text}; format 2 ${spread(ready2).text}; n=${TABLE_LOADS} each, alternating; goal ≤ 20 ms`,
      ),
    ];
    return inPlace ? rows : rows.slice(0, 2);
  } finally {
    await context.close();
    await doh.close();
    rmSync(root, { recursive: true, force: true });
  }
}

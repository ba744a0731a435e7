// Sender memory (issue 21): what the memory adds to each message — the snapshot, the recall, the
// memory findings and the learning step — against a warm analysis of the same message measured
// side by side (goal: under 5 %), with a memory of 1,000 remembered domains; and the bytes the
// memory takes in storage.local per 1,000 domains (typical and at every cap).
import { analyzeMessage } from '../../lib/analyze';
import { ZoneResolver } from '../../lib/dns';
import { memoryRule } from '../../lib/findings/memory';
import {
  DEFAULT_LIMITS,
  emptyMemory,
  learn,
  recallSender,
  type SenderMemory,
  serializeMemory,
  snapshotOf,
} from '../../lib/memory';
import { parseMessage } from '../../lib/message/parse';
import { createClassifier } from '../../lib/relay/classify';
import type { Analysis } from '../../lib/types';
import { xorshift32 } from '../../test/helpers/random';
import { message, zone } from '../../test/unit/memory/sequence';
import { loadIpTablesFromDisk } from '../ip-tables-node';
import { type BenchRow, middle, row } from './rows';

const ESPS = [
  'SendGrid',
  'Amazon SES',
  'Mailgun',
  'Microsoft 365',
  'Google',
  'Mailchimp/Mandrill',
  'Postmark',
];

/**
 * Made-up organisation names, 4 to 14 letters of the whole alphabet, one in eight with a digit, as
 * real names vary (about half of a memory is within two letters of a new name's length: the
 * look-alike check's hard case), deterministic per index.
 */
function orgName(k: number): string {
  const rnd = xorshift32(k * 2654435761 + 1);
  const n = 4 + (rnd() % 11);
  let name = '';
  for (let i = 0; i < n; i++) name += i % 2 ? 'aeiouy'[rnd() % 6] : 'bcdfghjklmnprstvwz'[rnd() % 18];
  if (rnd() % 8 === 0) name += rnd() % 10;
  return `${name}.example`;
}

/** A memory of `domains` domains, each taught `perDomain` messages spread over `infraPerDomain` networks. */
function grownMemory(
  a: Analysis,
  domains: number,
  perDomain: number,
  infraPerDomain: number,
  selectors = 1,
): SenderMemory {
  let m = emptyMemory(new Date('2026-01-01T00:00:00Z'));
  const limits = { ...DEFAULT_LIMITS, domains: Math.max(domains, DEFAULT_LIMITS.domains) };
  for (let d = 0; d < domains; d++) {
    const domain = orgName(d);
    for (let k = 0; k < perDomain; k++) {
      const esp =
        infraPerDomain > ESPS.length ? `Network ${k % infraPerDomain}` : ESPS[(d + k) % infraPerDomain]!;
      const fact: Analysis = {
        ...a,
        from: { address: `billing@${domain}`, domain, displayName: '' },
        messageId: `<${d}.${k}@${domain}>`,
        origin: { ...a.origin, esp, asn: 64500 + (k % infraPerDomain) },
        dkim: a.dkim.map((x) => ({ ...x, domain, selector: `s${k % selectors}` })),
        spf: { ...a.spf, mechanism: `include:_spf${k % 3}.${domain}` },
        meta: {
          ...a.meta,
          analysedAt: new Date(
            Date.parse('2026-01-01T00:00:00Z') + (d * perDomain + k) * 60_000,
          ).toISOString(),
        },
      };
      m = learn(m, fact, { limits }).memory;
    }
  }
  return m;
}

function stats(xs: number[]): string {
  const s = [...xs].sort((p, q) => p - q);
  const f = (v: number) => (v < 0.1 ? v.toFixed(4) : v.toFixed(2));
  return `min ${f(s[0]!)} / median ${f(middle(s))} / max ${f(s[s.length - 1]!)} ms, n=${s.length}`;
}

export async function benchMemory(): Promise<BenchRow[]> {
  const classifyIp = createClassifier(await loadIpTablesFromDisk());
  // First contacts (one per message measured or warmed up): new domains (made-up names, each with
  // its SPF, DKIM key and DMARC record), one message each; and northbank.example, remembered, for
  // the usual case.
  // Steady state, as the warm-analysis row measures it: with 10 messages of warm-up the analysis
  // side was still being optimised (1.3-1.8 ms against 1.0-1.1 at steady state).
  const runs = Number(process.env.BENCH_MEMORY_N ?? 200);
  const warmup = Number(process.env.BENCH_MEMORY_WARMUP ?? 400);
  const fresh = Array.from({ length: runs + warmup }, (_, i) => orgName(100_000 + i));
  // For the by-difference rows below: many pairs, each first contact a domain of its own.
  const pairs = Number(process.env.BENCH_MEMORY_PAIRS ?? 1500);
  const pairWarmup = 500;
  const freshPairs = Array.from({ length: pairs + pairWarmup }, (_, i) => orgName(200_000 + i));
  const z = zone();
  for (const d of [...fresh, ...freshPairs]) {
    z[`em1847.${d}`] = z['em1847.northbank.example']!;
    z[`s1._domainkey.${d}`] = z['s1._domainkey.northbank.example']!;
    z[`_dmarc.${d}`] = { TXT: ['v=DMARC1; p=reject'] };
  }
  const opts = { resolver: new ZoneResolver(z), classifyIp, now: new Date('2026-11-21T09:00:00Z') };
  const rawUsual = await message({ n: 1 });
  const base = await analyzeMessage(rawUsual, opts);
  // 1,000 remembered domains, northbank.example among them with 20 messages.
  let memory = grownMemory(base, 999, 6, 2);
  for (let k = 0; k < 20; k++)
    memory = learn(
      memory,
      { ...base, messageId: `<nb${k}@northbank.example>` },
      { limits: { ...DEFAULT_LIMITS } },
    ).memory;
  const rows: BenchRow[] = [];

  // Each side measures the same message: for a remembered sender, northbank.example's messages
  // one after another (each its own Message-ID, so the memory counts each); for a first contact,
  // each new domain once, so the memory meets a new domain every time.
  for (const [label, raws] of [
    [
      'a remembered sender',
      await Promise.all(Array.from({ length: runs + warmup }, (_, n) => message({ n: 1000 + n }))),
    ],
    [
      'a first contact (a new domain among 1,000 remembered, evicting one; its findings: the look-alike check against them)',
      await Promise.all(fresh.map((d, n) => message({ n, from: `News <news@${d}>` }))),
    ],
  ] as const) {
    // The memory's whole share of one message, as the worker pays it: a snapshot (rebuilt after
    // each learnt message), the recall (set on the analysis, as lib/analyze.ts does), the memory
    // findings, and the learning step, whose memory the next message reads. It reads the analysis
    // just made and that message's header block, as the worker does (lib/analyze.ts recalls and
    // judges inside the analysis; the worker learns from the analysis it returns); a copy made
    // before the clock started would have been out of the caches for hundreds of messages.
    // Timed in its parts: the lookup and update (snapshot, recall, learning), which the goal
    // is about, and the memory findings (for a first contact, the look-alike check against every
    // remembered domain), which are part of the analysis's findings; both are reported.
    const memoryWork = (f: Analysis, parsed: ReturnType<typeof parseMessage>): [number, number] => {
      const t0 = performance.now();
      const snapshot = snapshotOf(memory);
      f.memory = recallSender(snapshot, f);
      const t1 = performance.now();
      memoryRule({ analysis: f, message: parsed, options: { senderMemory: snapshot } });
      const t2 = performance.now();
      const r = learn(memory, f);
      // A new name close to a remembered one is a look-alike, which the memory does not learn.
      if (r.outcome === 'learnt') memory = r.memory;
      else if (r.outcome !== 'lookalike') throw new Error(`bench: the memory did not learn (${r.outcome})`);
      const t3 = performance.now();
      return [t1 - t0 + (t3 - t2), t2 - t1];
    };
    const lookup: number[] = [];
    const findings: number[] = [];
    const all: number[] = [];
    const b: number[] = [];
    // In the order the worker runs them: a message's analysis, then the memory's work on it. The
    // message's header block is parsed between the two, off the clock (inside the analysis, the
    // rule reads the analysis's own parse).
    for (let i = 0; i < runs + warmup; i++) {
      const t0 = performance.now();
      const f = await analyzeMessage(raws[i]!, opts);
      const t1 = performance.now();
      const parsed = parseMessage(raws[i]!);
      const [own, rule] = memoryWork(f, parsed);
      if (i < warmup) continue;
      lookup.push(own);
      findings.push(rule);
      all.push(own + rule);
      b.push(t1 - t0);
    }
    const analysisMs = middle([...b]);
    rows.push(
      row(
        `memory lookup + update, ${label}`,
        middle([...lookup]),
        'ms',
        analysisMs,
        `baseline: warm analysis of the same message; goal < 0.05×. snapshot + recall + learning ${stats(lookup)}; analysis ${stats(b)}`,
      ),
      row(
        `memory lookup + update + the memory findings, ${label}`,
        middle([...all]),
        'ms',
        analysisMs,
        `baseline: the same analyses. The findings alone ${stats(findings)}; all ${stats(all)}`,
      ),
    );
  }

  // The same share measured as the worker pays it: the recall and the memory findings run inside
  // the analysis (lib/analyze.ts), so what they add is the analysis with the memory minus the same
  // analysis without it (alternating which runs first; the median of the differences over many
  // pairs, as one difference is small against the analysis's own spread), plus the learning step
  // after it. This also counts what the finding costs downstream (the verdict, the summary).
  for (const [label, raws] of [
    [
      'a remembered sender',
      await Promise.all(Array.from({ length: pairs + pairWarmup }, (_, n) => message({ n: 100_000 + n }))),
    ],
    [
      'a first contact',
      await Promise.all(freshPairs.map((d, n) => message({ n, from: `News <news@${d}>` }))),
    ],
  ] as const) {
    const diffs: number[] = [];
    const learning: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < raws.length; i++) {
      const senderMemory = snapshotOf(memory);
      let withMs: number;
      let withoutMs: number;
      let f: Analysis;
      if (i % 2 === 0) {
        let t = performance.now();
        f = await analyzeMessage(raws[i]!, { ...opts, senderMemory });
        withMs = performance.now() - t;
        t = performance.now();
        await analyzeMessage(raws[i]!, opts);
        withoutMs = performance.now() - t;
      } else {
        let t = performance.now();
        await analyzeMessage(raws[i]!, opts);
        withoutMs = performance.now() - t;
        t = performance.now();
        f = await analyzeMessage(raws[i]!, { ...opts, senderMemory });
        withMs = performance.now() - t;
      }
      const t = performance.now();
      const r = learn(memory, f);
      if (r.outcome === 'learnt') memory = r.memory;
      const learnMs = performance.now() - t;
      if (i < pairWarmup) continue;
      diffs.push(withMs - withoutMs);
      learning.push(learnMs);
      without.push(withoutMs);
    }
    const d = middle([...diffs]);
    const l = middle([...learning]);
    rows.push(
      row(
        `the memory's whole share as the worker pays it (recall and findings inside the analysis, by difference, plus learning), ${label}`,
        d + l,
        'ms',
        middle([...without]),
        `baseline: the same analysis without the memory, alternating; goal < 0.05×. Difference median ${d.toFixed(4)} ms over ${diffs.length} pairs; learning ${stats(learning)}`,
      ),
    );
  }

  // Writing the memory back (coalesced in the extension: at most a few writes a second).
  const ser: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    serializeMemory(memory);
    ser.push(performance.now() - t);
  }
  const warmMs = middle(
    await Promise.all(
      Array.from({ length: 1 }, async () => {
        const times: number[] = [];
        for (let i = 0; i < 20; i++) {
          const t = performance.now();
          await analyzeMessage(rawUsual, opts);
          times.push(performance.now() - t);
        }
        return middle(times);
      }),
    ),
  );
  rows.push(
    row(
      'memory serialised for storage (1,000 domains)',
      middle(ser),
      'ms',
      warmMs,
      `baseline: warm analysis; one write per flush, not per message. ${stats(ser)}`,
    ),
  );

  const QUOTA = 10 * 2 ** 20; // Chrome's storage.local quota without unlimitedStorage
  const typical = serializeMemory(grownMemory(base, 1000, 6, 2)).length;
  const full = serializeMemory(
    grownMemory(
      base,
      1000,
      DEFAULT_LIMITS.recentPerDomain,
      DEFAULT_LIMITS.infraPerDomain + 2,
      DEFAULT_LIMITS.selectorsPerSigner,
    ),
  ).length;
  rows.push(
    row(
      'storage per 1,000 domains, typical (6 messages, 2 networks each)',
      typical / 1024,
      'KB',
      QUOTA / 1024,
      'baseline: storage.local quota (10 MB)',
    ),
    row(
      'storage per 1,000 domains, every per-domain list at its cap',
      full / 1024,
      'KB',
      QUOTA / 1024,
      `baseline: storage.local quota; the memory keeps at most ${DEFAULT_LIMITS.domains.toLocaleString('en-US')} domains`,
    ),
  );
  return rows;
}

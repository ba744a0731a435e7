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
    const domain = `sender${d}-${(d * 7919).toString(36)}.example`;
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
  const z = zone();
  const opts = { resolver: new ZoneResolver(z), classifyIp, now: new Date('2026-11-21T09:00:00Z') };
  const rawUsual = await message({ n: 1 });
  const rawFirst = await message({ n: 2, from: 'ShopCo <news@shopco.example>' });
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

  for (const [label, raw] of [
    ['a remembered sender', rawUsual],
    ['a first contact (look-alike check against 1,000 remembered domains)', rawFirst],
  ] as const) {
    const parsed = parseMessage(raw);
    const analysis = await analyzeMessage(raw, opts);
    const partial = { ...analysis };
    // The memory's whole share of one message, as the worker pays it: a snapshot (rebuilt after
    // each learnt message), the recall, the memory findings, and the learning step.
    const memoryWork = () => {
      const snapshot = snapshotOf(memory);
      const recalled = { ...partial, memory: recallSender(snapshot, partial) };
      memoryRule({ analysis: recalled, message: parsed, options: { senderMemory: snapshot } });
      learn(memory, { ...analysis, messageId: `<bench-${Math.random()}@x>` });
    };
    const warm = () => analyzeMessage(raw, opts);
    const runs = 60;
    for (let i = 0; i < 10; i++) {
      memoryWork();
      await warm();
    }
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        const t = performance.now();
        if (k === 0) memoryWork();
        else await warm();
        (k === 0 ? a : b).push(performance.now() - t);
      }
    }
    rows.push(
      row(
        `memory lookup + update, ${label}`,
        middle([...a]),
        'ms',
        middle([...b]),
        `baseline: warm analysis of the same message; goal < 0.05×. memory ${stats(a)}; analysis ${stats(b)}`,
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

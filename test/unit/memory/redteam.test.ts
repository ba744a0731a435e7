// Red team of the sender memory (issue 21), as an attacker and as an ordinary sender. Each test
// states what a careful analyst wants to see. Where the engine does something else today the test
// is skipped with a PENDING_ENGINE_FIX line (what it reads / what it should read / where / a
// minimal fix / its risk); the lead fixes lib/ and un-skips it. Real messages (redteam-msgs.ts,
// sequence.ts) where the relay, SPF and DKIM facts matter; hand-made analyses (authenticated.ts)
// where only the From domain does (look-alikes, eviction, import).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  flushSenderMemory,
  handleSenderMemory,
  resetSenderMemoryForTests,
  withSenderMemory,
} from '../../../lib/ext/worker-memory';
import { memoryRule } from '../../../lib/findings/memory';
import {
  DEFAULT_LIMITS,
  emptyMemory,
  infraOf,
  learn,
  MAX_MEMORY_BYTES,
  parseMemory,
  recallSender,
  type SenderMemory,
  serializeMemory,
  snapshotOf,
  validateMemory,
} from '../../../lib/memory';
import type { Analysis, AnalyzeOptions, Finding } from '../../../lib/types';
import { resetFakeBrowser } from '../ext/browser-stubs';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';
import { analyseMsg, build, type Msg, RELAYS } from './redteam-msgs';

const START = new Date('2026-11-21T08:00:00Z');
const BANK = 'northbank.example';

/** Analyses each message with the memory so far and learns from it (as the extension and `--memory` do). */
async function run(msgs: Msg[], memory: SenderMemory = emptyMemory(START), first = 0) {
  const analyses: Analysis[] = [];
  const outcomes: string[] = [];
  let minute = first;
  for (const m of msgs) {
    const a = await analyseMsg(await build(m), { memory: snapshotOf(memory), minute: minute++ });
    const r = learn(memory, a);
    memory = r.memory;
    analyses.push(a);
    outcomes.push(r.outcome);
  }
  return { memory, analyses, outcomes, last: analyses[analyses.length - 1]! };
}

const byId = (a: Analysis, id: string): Finding | undefined => a.findings.find((f) => f.id === id);
const memoryIds = (a: Analysis) =>
  a.findings
    .filter((f) =>
      /^(new-infrastructure|dkim-selector-changed|dkim-domain-changed|first-contact)$/.test(f.id),
    )
    .map((f) => `${f.id}:${f.severity}`);
/** The bank's usual mail: SendGrid, its link-branded envelope, its own key s1. */
const usual = (n: number): Msg => ({ n, envelope: `bounces+4532@em1847.${BANK}` });
const series = (from: number, count: number, m: (n: number) => Msg = usual) =>
  Array.from({ length: count }, (_, i) => m(from + i));

/** The bank's history: 20 messages through SendGrid. */
let bank: SenderMemory;
beforeAll(async () => {
  const r = await run(series(1, 20));
  expect(r.outcomes.every((o) => o === 'learnt')).toBe(true);
  bank = r.memory;
}, 60_000);

describe('poisoning: only genuinely authenticated mail teaches', () => {
  // PENDING_ENGINE_FIX: the first message from a network the bank never used (an EC2 server inside
  // a broad SPF include, unsigned) is flagged new-infrastructure and the verdict is "suspicious",
  // yet learn() files it: the attacker's second message from the same network reads as usual (no
  // new-infrastructure, no dkim-domain-changed) / the second message from AWS should still raise
  // new-infrastructure (medium) / lib/memory/learn.ts:refusal (checks dmarc.result only, not the
  // verdict) / refuse to learn when a.verdict !== 'authenticated' unless the user marked the sender
  // known good (a new outcome 'concerns'); or keep learning but let newInfrastructure treat a network
  // seen fewer than MEMORY_MIN_HISTORY times as not yet usual / risk: a vendor that really moved ESP
  // keeps its medium until the reader marks it known good (the popup offers that), and a sender
  // whose every message carries an unrelated medium finding is never remembered.
  it('a message the engine itself calls "authenticated with concerns" does not make its new network usual', async () => {
    const aws = (n: number): Msg => ({ n, relay: RELAYS.aws, selector: null });
    const { analyses } = await run([aws(101), aws(102)], bank);
    const [first, second] = analyses as [Analysis, Analysis];
    expect(first.verdict).toBe('suspicious');
    expect(byId(first, 'new-infrastructure')?.severity).toBe('medium');
    expect(second.dmarc.result).toBe('pass');
    expect(byId(second, 'new-infrastructure')?.severity).toBe('medium');
    expect(second.verdict).toBe('suspicious');
  });

  // PENDING_ENGINE_FIX: a DMARC pass that rests only on Microsoft 365's shared SPF include (no
  // DKIM signature of the domain: any tenant could have sent it) gets the verdict "unverified",
  // yet learn() counts it and files Microsoft 365 as the domain's network / the memory should stay
  // as it was (outcome not 'learnt') / lib/memory/learn.ts:refusal / the same fix as above (refuse
  // unless a.verdict === 'authenticated' or known good) / risk: a domain that sends only through
  // Microsoft 365 without DKIM of its own is never remembered (first-contact info each time).
  it('an SPF pass through a shared platform alone (Microsoft 365, no DKIM of the domain) teaches nothing', async () => {
    const tenantSpoof: Msg = { n: 110, relay: RELAYS.m365, selector: null };
    const fresh = emptyMemory(START);
    const a = await analyseMsg(await build(tenantSpoof), { memory: snapshotOf(bank) });
    const b = await analyseMsg(await build({ ...tenantSpoof, n: 111 }), { memory: snapshotOf(fresh) });
    expect(b.dmarc.result).toBe('pass');
    // Unverified through the shared include; with no signature at all from Exchange Online's
    // servers also platform-unsigned (suspicious). Neither teaches.
    expect(['unverified', 'suspicious']).toContain(b.verdict);
    expect(a.verdict).not.toBe('authenticated');
    expect(learn(fresh, b).memory).toBe(fresh);
    expect(learn(bank, a).memory).toBe(bank);
  });

  it('a spoof that fails DMARC teaches nothing, even a thousand times, and cannot take the Message-ID of the genuine message', async () => {
    const nextGenuine = '<rt-21.northbank.example@mail.example>';
    const spoof = await analyseMsg(
      await build({
        n: 900,
        relay: RELAYS.aws,
        selector: null,
        envelope: 'x@forger.example',
        messageId: nextGenuine,
      }),
      { memory: snapshotOf(bank) },
    );
    expect(spoof.verdict).toBe('spoofed');
    let m = bank;
    for (let i = 0; i < 1000; i++) m = learn(m, spoof).memory;
    expect(m).toBe(bank);
    // The genuine message with that Message-ID still counts.
    const genuine = await run([{ ...usual(21), messageId: nextGenuine }], m);
    expect(genuine.outcomes).toEqual(['learnt']);
    expect(genuine.memory.domains[0]!.count).toBe(21);
  });

  it('a DKIM replay of a remembered message from another network: still new-infrastructure, and counted once', async () => {
    // Message 5 of the history, its signature intact, re-sent from an EC2 server.
    const replay = await analyseMsg(await build({ ...usual(5), relay: RELAYS.aws }), {
      memory: snapshotOf(bank),
    });
    expect(replay.dmarc.result).toBe('pass');
    expect(replay.memory?.current.alreadyCounted).toBe(true);
    expect(byId(replay, 'new-infrastructure')?.severity).toBe('medium');
    expect(replay.memory?.known?.count).toBe(19);
    expect(learn(bank, replay).memory).toBe(bank);
  });

  it('Authentication-Results the sender wrote, read offline, teach nothing; the receiver’s own do', async () => {
    const claim =
      'Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example header.s=s1; dmarc=pass header.from=northbank.example';
    const forged = await analyseMsg(
      await build({ n: 120, relay: RELAYS.aws, selector: null, senderAdded: [claim] }),
      {
        memory: snapshotOf(bank),
        offline: true,
      },
    );
    expect(byId(forged, 'forged-auth-results')).toBeDefined();
    expect(learn(bank, forged).memory).toBe(bank);
    // Offline, the provider's record above its own Received line is what the reader's provider
    // checked: it may teach (the infrastructure facts come from the same trace).
    const genuine = await analyseMsg(await build({ ...usual(121), receiverAdded: [claim] }), {
      memory: snapshotOf(bank),
      offline: true,
    });
    expect(genuine.mode).toBe('offline');
    expect(genuine.dmarc.result).toBe('pass');
    expect(memoryIds(genuine)).toEqual([]);
    expect(learn(bank, genuine).outcome).toBe('learnt');
  });

  // PENDING_ENGINE_FIX: offline, Exchange Online's Authentication-Results name the DKIM signer
  // without its selector (`dkim=pass header.d=northbank.example`, no header.s), so the memory reads
  // selector "" and raises dkim-selector-changed "(selector (none)); earlier: s1" on ordinary mail,
  // and files "" as a selector of the domain / no selector finding when the selector is not known,
  // and nothing filed for it / lib/findings/memory.ts:selectorChanged and
  // lib/memory/model.ts:verifiedSigners / skip a signer whose selector is empty in selectorChanged
  // (and in learn's selector list: keep the signer's count, add no selector) / risk: an unsigned
  // selector can never be compared, so a key change seen only through such records goes unnoticed
  // (it was noise before).
  it('offline, a provider record without the selector is not a new DKIM key', async () => {
    const claim =
      'Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example';
    const a = await analyseMsg(await build({ ...usual(125), receiverAdded: [claim] }), {
      memory: snapshotOf(bank),
      offline: true,
    });
    expect(a.dmarc.result).toBe('pass');
    expect(memoryIds(a)).toEqual([]);
    const selectors = learn(bank, a).memory.domains[0]!.dkim.flatMap((d) =>
      d.selectors.map((x) => x.selector),
    );
    expect(selectors).toEqual(['s1']);
  });

  it('a Date far in the future or the past moves neither first-seen nor last-seen (so it buys no eviction rank)', async () => {
    const r = await run(
      [
        { ...usual(130), date: 'Fri, 31 Dec 2100 23:59:59 +0000' },
        { ...usual(131), date: 'Thu, 01 Jan 1970 00:00:00 +0000' },
      ],
      bank,
      600,
    );
    expect(r.outcomes).toEqual(['learnt', 'learnt']);
    const d = r.memory.domains[0]!;
    expect(d.firstSeen).toBe(bank.domains[0]!.firstSeen);
    // The analysis clock (sequence minute 601), not the header.
    expect(d.lastSeen).toBe('2026-11-21T19:01:00.000Z');
    expect(JSON.stringify(r.memory)).not.toMatch(/2100|1970/);
  });
});

describe('mailing lists and forwarders', () => {
  it('a list post whose From the list rewrote teaches the list’s record, never the author’s', async () => {
    const { last, memory, outcomes } = await run(
      [
        {
          n: 220,
          from: 'Northbank Billing via Forum <forum@lists.example>',
          relay: RELAYS.list,
          envelope: 'forum-bounces@lists.example',
        },
      ],
      bank,
      500,
    );
    expect(last.dmarc.result).toBe('pass');
    expect(outcomes).toEqual(['learnt']);
    expect(memory.domains.map((d) => d.domain).sort()).toEqual(['lists.example', BANK]);
    expect(memory.domains.find((d) => d.domain === BANK)).toBe(bank.domains[0]);
  });

  it('a list post that kept the author’s From but broke its signature teaches nothing', async () => {
    const signed = await build({
      ...usual(221),
      relay: RELAYS.list,
      envelope: 'forum-bounces@lists.example',
    });
    // What the list changed after the bank signed: a subject tag, its header fields, a footer.
    const raw = `${signed
      .replace('Subject: Statement 221', 'Subject: [forum] Statement 221')
      .replace(
        'MIME-Version: 1.0',
        'List-Id: Forum <forum.lists.example>\r\nList-Post: <mailto:forum@lists.example>\r\nMIME-Version: 1.0',
      )}\r\n-- \r\nForum mailing list\r\n`;
    const a = await analyseMsg(raw, { memory: snapshotOf(bank), minute: 510 });
    expect(a.dmarc.result).not.toBe('pass');
    expect(a.verdict).not.toBe('authenticated');
    expect(learn(bank, a).memory).toBe(bank);
  });
});

describe('a memory that learnt must still load (the worker checks the stored memory at every start)', () => {
  // PENDING_ENGINE_FIX: one ordinary authenticated message relayed from a network whose registered
  // AS name has a character validate.ts's NAME refuses ("High5! B.V. (AS60131)"; 132 of 13,780 AS
  // names sampled from the bundled tables: `"`, `!`, `@`, `#`…) is learnt, and from then on the
  // memory is refused whole: the export cannot be imported, and lib/ext/worker-memory.ts:current()
  // validates the stored value at each worker start and starts EMPTY when it is refused, so the
  // next learn overwrites the reader's whole history. An attacker wipes the memory with one cheap
  // authenticated message from such a host, then sends from new infrastructure unnoticed (a first
  // contact, info) / what learn writes always loads again / lib/memory/model.ts:infraOf (writes
  // names as the tables have them) against lib/memory/validate.ts:NAME; and
  // lib/ext/worker-memory.ts:current (refusal → empty) / write names through one plain-text
  // cleaner used by both infraOf and validate (drop or replace what NAME refuses, keep `<>` out),
  // and in current() keep a refused stored value aside (or drop only the offending domain) instead
  // of starting empty over it / risk: none for the findings (names only label networks; the key is
  // `as:60131`); a stored memory already holding such a name loads again after the change.
  it('a network whose AS name carries "!" or quotes: the memory still loads afterwards', async () => {
    const shop = await run(
      [
        {
          n: 230,
          from: 'ShopCo <news@shopco.example>',
          relay: RELAYS.high5,
          envelope: 'news@shopco.example',
        },
      ],
      bank,
      700,
    );
    expect(shop.outcomes).toEqual(['learnt']);
    expect(shop.last.memory?.current.infra?.name).toBe('High5! B.V. (AS60131)');
    const reloaded = validateMemory(JSON.parse(serializeMemory(shop.memory)));
    expect(reloaded.ok).toBe(true);
    expect(reloaded.ok && reloaded.memory.domains.find((d) => d.domain === BANK)?.count).toBe(20);
  });

  // PENDING_ENGINE_FIX: a From domain written in UTF-8 (RFC 6532: info@bücherstube.example) is
  // filed as "bücherstube.example", which validate.ts's HOST (ASCII only) refuses: the same
  // wipe-on-restart as above, and the UTF-8 and xn-- forms of one domain are two records / the
  // memory files the A-label (xn--bcherstube-9db.example) and loads again / lib/memory/model.ts:
  // senderKey / convert with the IDNA conversion lib/findings/domains.ts already uses (asciiName,
  // RFC 8616 §4: compare as A-labels) before orgDomain / risk: Options must show the Unicode form
  // (unicodeDomain) or readers see xn--; the look-alike judge already reads Unicode from either.
  it('a From domain written in UTF-8: filed as its A-label, and the memory still loads', async () => {
    const { last, memory, outcomes } = await run(
      [
        {
          n: 231,
          from: 'Bücherstube <info@bücherstube.example>',
          signDomain: 'xn--bcherstube-9db.example',
          envelope: 'news@shopco.example',
        },
      ],
      bank,
      710,
    );
    expect(last.dmarc.result).toBe('pass');
    expect(outcomes).toEqual(['learnt']);
    expect(memory.domains.map((d) => d.domain)).toContain('xn--bcherstube-9db.example');
    expect(validateMemory(JSON.parse(serializeMemory(memory))).ok).toBe(true);
  });

  // PENDING_ENGINE_FIX: a message whose 17 DKIM signatures all verify (the engine checks up to 20:
  // lib/auth/dkim.ts MAX_DKIM_SIGNATURES; here the sender's own domain under 17 selectors, all
  // published) is "authenticated" and learnt with 17 `d=/s=` pairs in its recent entry, but
  // validate.ts allows 16 (selectorsPerSigner × 2): the memory no longer loads, and the worker
  // starts empty over it at its next start — a memory wipe by one message from any domain the
  // attacker owns / what learn writes always loads again / lib/memory/learn.ts:addMessage (the
  // `signed` list is not capped) against lib/memory/validate.ts:readDomain (`recent signatures` at
  // most selectorsPerSigner × 2) / cap `signed` in addMessage at the bound validate uses (one shared
  // constant, at least MAX_DKIM_SIGNATURES), and the worker's fallback fix above / risk: a recent
  // entry that lists fewer signatures than verified only changes which pairs "this message" subtracts
  // from its own recall, for messages with more than 16 signatures.
  it('a message with 17 verified DKIM signatures: the memory still loads afterwards', async () => {
    const shop = await run(
      [
        {
          n: 232,
          from: 'ShopCo <news@shopco.example>',
          envelope: 'news@shopco.example',
          selector: 'k1',
          moreSelectors: Array.from({ length: 16 }, (_, i) => `k${i + 2}`),
        },
      ],
      bank,
      720,
    );
    expect(shop.last.dkim.filter((d) => d.result === 'pass')).toHaveLength(17);
    expect(shop.outcomes).toEqual(['learnt']);
    const reloaded = validateMemory(JSON.parse(serializeMemory(shop.memory)));
    expect(reloaded.ok).toBe(true);
  });

  // PENDING_ENGINE_FIX: the same wipe through the extension's worker, end to end: after the
  // High5! message is stored, the restarted worker (MV3 workers stop after seconds idle) refuses the
  // stored memory, starts empty, and the bank's next message from new infrastructure raises nothing /
  // the restarted worker keeps the bank's history and the message raises new-infrastructure
  // (medium) / lib/ext/worker-memory.ts:current (a refused stored value becomes emptyMemory, written
  // over the old one at the next learn) / as above: names that always load, and a refused stored
  // value kept aside or repaired (drop only the offending domain) rather than replaced / risk: a
  // repaired memory silently loses one domain's record; say so in Options.
  it('the extension’s worker keeps the history across a restart after such a message', async () => {
    resetFakeBrowser();
    resetSenderMemoryForTests();
    const engine = withSenderMemory({
      analyze: (raw, opts: AnalyzeOptions) =>
        analyseMsg(String(raw), { memory: opts.senderMemory, minute: 900 }),
    });
    const open = async (m: Msg) => {
      const a = await engine.analyze(await build(m), (await engine.engineOptions?.()) ?? {});
      await handleSenderMemory({ action: 'get' }); // waits for the learning queued behind it
      return a;
    };
    for (const n of [1, 2, 3, 4]) await open(usual(240 + n));
    await open({
      n: 245,
      from: 'ShopCo <news@shopco.example>',
      relay: RELAYS.high5,
      envelope: 'news@shopco.example',
    });
    await flushSenderMemory();
    resetSenderMemoryForTests(); // the worker restarts
    const next = await open({ n: 246, relay: RELAYS.aws, selector: null });
    expect(next.memory?.known?.count).toBe(4);
    expect(byId(next, 'new-infrastructure')?.severity).toBe('medium');
    resetSenderMemoryForTests();
  });

  it('odd names an attacker controls do not reach the memory in a form it cannot load', async () => {
    // A selector outside the DNS name syntax is a permerror, so it teaches no selector; a
    // signing domain written in UTF-8 is filed as its A-label.
    const shop = { from: 'ShopCo <news@shopco.example>', envelope: 'news@shopco.example' };
    const odd = await run([{ n: 233, ...shop, selector: 'a+b' }], bank, 730);
    const idn = await run([{ n: 234, ...shop, signDomain: 'bücherstube.example' }], odd.memory, 731);
    expect(idn.last.dkim.map((d) => [d.result, d.domain])).toEqual([['pass', 'xn--bcherstube-9db.example']]);
    const back = validateMemory(JSON.parse(serializeMemory(idn.memory)));
    expect(back.ok).toBe(true);
  });
});

describe('evasion: what a forger can still do', () => {
  it('a spoof from the bank’s own ESP without its key is caught by the memory (DMARC passes through the SendGrid envelope)', async () => {
    // Another SendGrid customer using the bank's link-branded bounce domain: its SPF is SendGrid's
    // whole range, so SPF passes aligned; the network is the usual one.
    const { last } = await run([{ ...usual(140), selector: null }], bank);
    expect(last.dmarc.result).toBe('pass');
    expect(byId(last, 'new-infrastructure')).toBeUndefined();
    expect(byId(last, 'dkim-domain-changed')?.severity).toBe('medium');
    expect(last.verdict).toBe('suspicious');
  });

  it('inherent: the bank’s own ESP account, signing with its key, reads as usual (a compromised account looks like the sender)', async () => {
    const { last } = await run([{ ...usual(141), relay: RELAYS.sendgrid3 }], bank);
    expect(memoryIds(last)).toEqual([]);
    expect(last.verdict).toBe('authenticated');
  });

  it('other spellings of the bank’s From domain are the bank’s record: new-infrastructure still speaks', async () => {
    const bank3 = (from: string, n: number): Msg => ({
      n,
      from: `Northbank Billing <${from}>`,
      relay: RELAYS.aws,
      selector: null,
      envelope: `billing@${BANK}`,
    });
    const spellings = [
      'billing@NorthBank.EXAMPLE',
      'billing@northbank.example.',
      'billing@northbank.example ',
    ];
    for (const [k, from] of spellings.entries()) {
      const a = await analyseMsg(await build(bank3(from, 310 + k)), {
        memory: snapshotOf(bank),
        minute: 800,
      });
      expect(a.memory?.domain).toBe(BANK);
      expect(byId(a, 'new-infrastructure')?.severity).toBe('medium');
      expect(byId(a, 'first-contact')).toBeUndefined();
    }
  });

  it('inherent: a forger on the same cloud as the bank’s own servers is the same network', () => {
    // The memory names a network by provider (host:Amazon Web Services): two EC2 tenants are one.
    const a = infraOf({
      ip: '3.85.17.42',
      insideReceiver: false,
      asn: 14618,
      esp: null,
      hosting: { provider: 'Amazon Web Services' },
    } as never);
    const b = infraOf({
      ip: '54.210.9.1',
      insideReceiver: false,
      asn: 14618,
      esp: null,
      hosting: { provider: 'Amazon Web Services' },
    } as never);
    expect(a?.key).toBe(b?.key);
  });
});

/** The memory's finding for a first message from `sender`, with `known` remembered (5 messages) beside shopco.example. */
function firstContact(known: string, sender: string): Finding | undefined {
  let m = emptyMemory(new Date('2026-11-01T00:00:00Z'));
  for (let i = 0; i < 5; i++) m = learn(m, authenticatedFrom(known, i, '2026-11-02T00:00:00.000Z')).memory;
  m = learn(m, authenticatedFrom('shopco.example', 99, '2026-11-02T00:00:00.000Z')).memory;
  const facts = authenticatedFrom(sender, 1000, '2026-11-03T00:00:00.000Z');
  const snapshot = snapshotOf(m);
  const ctx = baseCtx();
  const recall = recallSender(snapshot, facts);
  return memoryRule({
    ...ctx,
    analysis: { ...facts, memory: recall },
    options: { senderMemory: snapshot },
  }).find((f) => f.id === 'first-contact');
}

describe('evasion: look-alikes of a remembered domain (first-contact)', () => {
  it.each([
    ['a -secure suffix', 'northbank-secure.example'],
    ['a secure- prefix', 'secure-northbank.example'],
    ['two letters in front', 'mynorthbank.example'],
    ['a letter dropped', 'nortbank.example'],
    ['a letter doubled', 'northbannk.example'],
    ['two letters swapped', 'nrothbank.example'],
    ['a digit for a letter', 'n0rthbank.example'],
    ['a Cyrillic о (IDN homoglyph)', 'xn--nrthbank-0ef.example'],
    ['a Cyrillic о written in UTF-8', 'n\u043erthbank.example'],
    ['two letters in front, m written rn', 'rnynorthbank.example'],
    ['a hyphen inserted', 'north-bank.example'],
    ['another TLD', 'northbank.net'],
    ['another TLD, one letter off', 'northbank.co'],
    ['a second-level suffix that reads like com', 'northbank.com.co'],
    ['the whole domain in front of an unrelated one', 'northbank.example.evil.example'],
    ['the domain with its dot as a hyphen', 'northbank-example.com'],
  ])('%s (%s): medium, naming the remembered domain', (_what, sender) => {
    const f = firstContact(BANK, sender);
    expect(f?.severity).toBe('medium');
    expect(f?.title).toContain(`looks like ${BANK}`);
  });

  it('ordinary senders: a subdomain named like a remembered generic domain, or a short remembered label, is no look-alike', () => {
    // A remembered updates.com is not imitated by every sender with an updates. subdomain, nor a
    // remembered five-letter name by any subdomain label that equals it.
    expect(firstContact('updates.example', 'updates.newshop.example')?.severity).toBe('info');
    expect(firstContact('acme.example', 'acme.partner.example')?.severity).toBe('info');
    expect(firstContact('bigcorp.example', 'bigcorp.evilshop.example')?.severity).toBe('medium');
  });

  it('accepted: the same words in another order are not a look-alike (bank-north, banknorth: info)', () => {
    // Not one or two edits, not the name inside another: a reader does not mistake one for the other
    // often enough to raise every such first contact.
    expect(firstContact(BANK, 'banknorth.example')?.severity).toBe('info');
    expect(firstContact(BANK, 'bank-north.example')?.severity).toBe('info');
  });

  // PENDING_ENGINE_FIX: the remembered name with a word glued on without a hyphen
  // (northbanksecure.example, northbankonline.com) is a plain first contact (info) / medium, "looks
  // like northbank.example" / lib/findings/lookalike.ts:reasonAgainst (only hyphenated parts are
  // compared; `closeEnough` allows two edits) and the first pass lib/findings/memory.ts:imitable +
  // lib/memory/lineage.ts:candidates (INSIDE only for hyphenated names) / for a remembered label of
  // at least 6 letters, a sender label that starts or ends with it and adds at most 8 letters is
  // "borrows the name of" (medium for remembered targets); let the first pass offer labels whose
  // letters are a subset of the sender's / risk: short remembered labels would flag unrelated names
  // (hence the 6-letter floor), and a bank's real sister brands (northbankcards.example) raise a
  // medium first contact once, until learnt.
  it.each([
    ['a word glued on behind', 'northbanksecure.example'],
    ['a word glued on behind, real TLD', 'northbankonline.com'],
  ])('%s (%s): medium', (_what, sender) => {
    const known = sender.endsWith('.com') ? 'northbank.com' : BANK;
    expect(firstContact(known, sender)?.severity).toBe('medium');
  });

  // PENDING_ENGINE_FIX: the remembered domain or its name written at the start of a name under an
  // unrelated organisation, when what follows is not a whole registrable domain
  // (northbank.example.co = example.co, northbank.com-secure.net, northbank.evil.com,
  // northbank.onmicrosoft.com — a Microsoft 365 tenant anyone can name) is a plain first contact
  // (info) / medium, naming the remembered domain / lib/findings/memory.ts:imitable (`hasDomain`
  // requires a whole domain before the organisational one) and lib/findings/lookalike.ts:
  // reasonAgainst (`sub.includes(t.domain + '.')` only) / also match when the sender's full name
  // starts with `${remembered}.` or `${remembered}-`, or when a label before the organisational
  // domain equals the remembered label (at least 5 letters) / risk: ESP tracking subdomains named
  // after a customer (northbank.ct.sendgrid.net) only appear in From for a vendor's own notices,
  // where a medium first contact is arguably right; cost: one more string test per candidate.
  it.each([
    ['the domain followed by another suffix', BANK, 'northbank.example.co'],
    ['the domain followed by a hyphenated word', 'northbank.com', 'northbank.com-secure.net'],
    ['the name as a subdomain of an unrelated domain', 'northbank.com', 'northbank.evil.com'],
    ['the name as a Microsoft 365 tenant', BANK, 'northbank.onmicrosoft.com'],
  ])('%s (%s vs %s): medium', (_what, known, sender) => {
    expect(firstContact(known, sender)?.severity).toBe('medium');
  });

  // PENDING_ENGINE_FIX: every tenant of a shared platform is filed under the platform's ICANN
  // domain (contoso.onmicrosoft.com and northbankalerts.onmicrosoft.com are both
  // "onmicrosoft.com"), so once the reader got mail from any tenant, a new tenant is "known": no
  // first-contact at all, only dkim-domain-changed (low) / first-contact for a tenant never seen
  // (and the look-alike check of its tenant name) / lib/memory/model.ts:senderKey (orgDomain is
  // ICANN-only; the PSL's private section does not list onmicrosoft.com either) / for From domains
  // under a short list of tenant platforms (onmicrosoft.com, and the PSL's private suffixes:
  // registrableDomain(host, { privateSuffixes: true })), file the tenant (`contoso.onmicrosoft.com`)
  // instead of the platform, keeping orgDomain elsewhere / risk: a memory file written before the
  // change keeps tenants under the platform (they age out); the look-alike judge must read the
  // same key; a tenant's subdomains (if any) split from it.
  it('a new tenant of a shared platform is a new sender, not the platform everyone shares', async () => {
    const contoso = (n: number): Msg => ({
      n,
      from: 'Contoso IT <it@contoso.onmicrosoft.com>',
      relay: RELAYS.m365,
      selector: 'selector1-contoso',
    });
    const known = await run([contoso(150), contoso(151), contoso(152)], bank);
    const { last } = await run(
      [
        {
          n: 153,
          from: 'Northbank Security <alerts@northbankalerts.onmicrosoft.com>',
          relay: RELAYS.m365,
          selector: 'selector1-northbankalerts',
        },
      ],
      known.memory,
      10,
    );
    expect(last.dmarc.result).toBe('pass');
    expect(last.memory?.known).toBeNull();
    expect(byId(last, 'first-contact')).toBeDefined();
  });

  // PENDING_ENGINE_FIX: a look-alike that reached the memory before the real domain (a fresh
  // memory, or a bank that writes monthly) is "known" afterwards: its next message raises nothing,
  // though the reader now knows northbank.example / first-contact is not the finding then, but a
  // known domain with little history that looks like a better-known one should still say so
  // (medium) / lib/findings/memory.ts:memoryRule (the look-alike judge runs only when r.known is
  // null) / when known.count < MEMORY_MIN_HISTORY, run imitable() + lookalikeAmong against
  // remembered domains with a larger count and raise the look-alike first-contact text (or a
  // `lookalike-of-known` finding) / risk: a second finding id or text for the popup; a bit more work
  // for messages of rarely seen senders (the first pass keeps it to microseconds).
  it('a look-alike learnt before the real domain is still named once the real one is well known', () => {
    let m = emptyMemory(new Date('2026-11-01T00:00:00Z'));
    // Day 1, empty memory: the look-alike's first message raises nothing and is learnt.
    m = learn(m, authenticatedFrom('northbank-secure.example', 1, '2026-11-01T01:00:00.000Z')).memory;
    for (let i = 0; i < 10; i++)
      m = learn(m, authenticatedFrom(BANK, 10 + i, '2026-11-05T00:00:00.000Z')).memory;
    const facts = authenticatedFrom('northbank-secure.example', 50, '2026-11-10T00:00:00.000Z');
    const snapshot = snapshotOf(m);
    const recall = recallSender(snapshot, facts);
    const ctx = baseCtx();
    const found = memoryRule({
      ...ctx,
      analysis: { ...facts, memory: recall },
      options: { senderMemory: snapshot },
    });
    expect(found.some((f) => f.severity === 'medium' && f.title.includes(BANK))).toBe(true);
  });
});

describe('evasion: the 1,000-domain cap', () => {
  const at = (minute: number) => new Date(Date.parse('2026-11-02T00:00:00Z') + minute * 60_000).toISOString();
  /**
   * The bank with 20 messages on day 0 (the least recently seen: it writes monthly), `others` of
   * the reader's senders with 3 messages each and `once` with one (newsletters tried once).
   */
  function readerMemory(others: number, once = 0): SenderMemory {
    let m = emptyMemory(new Date('2026-11-01T00:00:00Z'));
    for (let i = 0; i < 20; i++) m = learn(m, authenticatedFrom(BANK, i, '2026-11-01T06:00:00.000Z')).memory;
    for (let d = 0; d < others; d++)
      for (let i = 0; i < 3; i++) m = learn(m, authenticatedFrom(`sender${d}.example`, i, at(d))).memory;
    for (let d = 0; d < once; d++)
      m = learn(m, authenticatedFrom(`once${d}.example`, 0, at(others + d))).memory;
    return m;
  }
  /** What the bank's next message, from AWS, raises. */
  function bankFromAws(m: SenderMemory): string[] {
    const a = authenticatedFrom(BANK, 99_999, '2026-12-01T00:00:00.000Z');
    const facts = {
      ...a,
      origin: {
        ...a.origin,
        ip: '3.85.17.42',
        asn: 14618,
        hosting: { provider: 'Amazon Web Services' },
        esp: null,
      },
    } as Analysis;
    const snapshot = snapshotOf(m);
    const ctx = baseCtx();
    return memoryRule({
      ...ctx,
      analysis: { ...facts, memory: recallSender(snapshot, facts) },
      options: { senderMemory: snapshot },
    }).map((f) => `${f.id}:${f.severity}`);
  }

  it('a flood of a thousand one-message domains evicts each other, never the bank (README’s promise)', () => {
    let m = readerMemory(900, DEFAULT_LIMITS.domains - 901);
    expect(m.domains).toHaveLength(DEFAULT_LIMITS.domains);
    for (let i = 0; i < 1500; i++)
      m = learn(m, authenticatedFrom(`cheap${i}.example`, i, at(5000 + i))).memory;
    expect(m.domains).toHaveLength(DEFAULT_LIMITS.domains);
    expect(m.domains.some((d) => d.domain === BANK)).toBe(true);
    expect(bankFromAws(m)).toContain('new-infrastructure:medium');
  });

  // PENDING_ENGINE_FIX: an attacker who sends two authenticated messages from each of a thousand
  // cheap domains (2,000 messages; each pair outranks a one-message domain and is newer than the
  // bank) pushes the bank's 20-message history out — eviction picks the least recently seen among
  // domains seen twice or more — and the bank's next message from new infrastructure is a plain
  // first contact (info), not new-infrastructure / the familiar sender survives the flood and the
  // next message still raises new-infrastructure (medium) / lib/memory/lineage.ts:rank and
  // evictionKey (two tiers by count: 1 and ≥2) / rank by count in more tiers (e.g. ⌊log2 count⌋,
  // capped) before recency, so a domain seen 20 times goes after any seen 2-3 times; or protect the
  // top N domains by count / risk: a once-busy sender that stopped writing stays until newer senders
  // outgrow it (bounded by the cap), and the eviction order test (lineage.test.ts's model) changes.
  it('a flood of a thousand two-message domains does not push out the familiar sender', () => {
    let m = readerMemory(200);
    for (let i = 0; i < DEFAULT_LIMITS.domains; i++)
      for (let k = 0; k < 2; k++)
        m = learn(m, authenticatedFrom(`cheap${i}.example`, k, at(5000 + i))).memory;
    expect(m.domains.some((d) => d.domain === BANK)).toBe(true);
    expect(bankFromAws(m)).toContain('new-infrastructure:medium');
  });
});

describe('hostile import (parseMemory / validateMemory)', () => {
  const good = () =>
    JSON.parse(serializeMemory(bank)) as Record<string, unknown> & {
      domains: Array<Record<string, unknown>>;
    };
  const refused = (r: ReturnType<typeof parseMemory>) => {
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^The memory file was refused: .+\.$/);
  };

  it('refuses what is too big, too many or too deep, with the reason, without hanging', () => {
    const t0 = Date.now();
    refused(parseMemory(' '.repeat(MAX_MEMORY_BYTES + 1)));
    const one = good().domains[0];
    const r = validateMemory({ ...good(), domains: Array.from({ length: 1_000_000 }, () => one) });
    refused(r);
    expect(!r.ok && r.detail).toBe('domains has 1000000 entries (at most 1000)');
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    refused(parseMemory(deep));
    refused(parseMemory(serializeMemory(bank).replace(/"domains":\[.*\]\}\n$/, `"domains":${deep}}`)));
    refused(parseMemory(JSON.stringify({ ...good(), startedAt: 'a'.repeat(7 * 2 ** 20) })));
    // A catastrophic-backtracking probe for the host name pattern.
    const hostile = good();
    hostile.domains[0]!.domain = `${'a'.repeat(60)}.${'a-'.repeat(30)}!`;
    refused(validateMemory(hostile));
    // Generous: the shared VM is noisy; a hang would be minutes.
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('prototype keys neither pollute nor become anything but names', () => {
    const text = serializeMemory(bank).replace(
      '{"format"',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"',
    );
    const r = parseMemory(text.replace(`"domain":"${BANK}"`, `"__proto__":{"count":1},"domain":"${BANK}"`));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(r.ok && r.memory)).not.toContain('polluted');
    // A record named after a prototype key is a value in a list; the lookup finds nothing else.
    for (const key of ['__proto__', 'constructor', 'hasOwnProperty']) {
      const m = good();
      m.domains[0]!.domain = key;
      const read = validateMemory(m);
      if (read.ok) expect(snapshotOf(read.memory).byDomain.get(key)?.count).toBe(20);
      expect(snapshotOf(bank).byDomain.get(key)).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a negative count', -1],
    ['a fraction', 1.5],
    ['a number as text', '20'],
    ['beyond 1e9', 1e10],
  ])('refuses %s as a count, naming the field', (_what, value) => {
    const m = good();
    m.domains[0]!.count = value;
    const r = validateMemory(m);
    refused(r);
    expect(!r.ok && r.detail).toBe(`domain ${BANK}: count is not a count`);
  });

  it('refuses markup in a domain, a network name or a selector', () => {
    for (const bend of [
      (d: Record<string, unknown>) => {
        d.domain = 'northbank.example<svg onload=alert(1)>';
      },
      (d: Record<string, unknown>) => {
        (d.infra as Array<Record<string, unknown>>)[0]!.name = 'SendGrid <b>trusted</b>';
      },
      (d: Record<string, unknown>) => {
        (d.dkim as Array<{ selectors: Array<Record<string, unknown>> }>)[0]!.selectors[0]!.selector =
          's1"><img src=x>';
      },
    ]) {
      const m = good();
      bend(m.domains[0]!);
      refused(validateMemory(m));
    }
  });

  // PENDING_ENGINE_FIX: an SPF mechanism (spf[].mechanism and recent[].m) may carry markup
  // (`include:<img/src=x/onerror=alert(1)>` is accepted and kept), though validate.ts promises
  // that "markup characters are refused here so a hostile file cannot even carry them" / refused,
  // naming the field / lib/memory/validate.ts:MECHANISM / exclude < > " ' ` & from MECHANISM
  // (/^[\x21-\x7e]{1,300}$/ → /^[\x21\x23-\x25\x28-\x3b\x3d\x3f-\x5f\x61-\x7e]{1,300}$/ or a
  // negative class); no SPF term (RFC 7208 §4.6.1, macros §7.1) needs them / risk: none for real
  // records; a memory that learnt such a term (only from a hostile DNS record) would no longer import.
  it('refuses markup in an SPF mechanism', () => {
    const m = good();
    const d = m.domains[0]!;
    d.spf = [{ mechanism: 'include:<img/src=x/onerror=alert(1)>', count: 1, lastSeen: d.lastSeen }];
    refused(validateMemory(m));
    const n = good();
    (n.domains[0]!.recent as Array<Record<string, unknown>>)[0]!.m = '"><script>alert(1)</script>';
    refused(validateMemory(n));
  });

  // PENDING_ENGINE_FIX: dates are checked for shape only: lastSeen 9999-12-31 is kept (the domain
  // then outranks every other in eviction, for ever, and Options shows the year 9999), and a
  // firstSeen after its lastSeen, or a startedAt after every record, are accepted / refused (or
  // clamped to the import's clock) / lib/memory/validate.ts:validateMemory and date() / take `now`
  // (the caller's clock, as learn takes analysedAt) and refuse dates more than a day after it, and
  // refuse firstSeen > lastSeen / risk: a file exported on a machine whose clock ran ahead is
  // refused (clamping instead avoids that, at the cost of silently rewriting dates).
  it('refuses dates from the future and a first-seen after the last-seen', () => {
    const future = good();
    future.domains[0]!.lastSeen = '9999-12-31T23:59:59.999Z';
    refused(validateMemory(future));
    const backwards = good();
    backwards.domains[0]!.firstSeen = '2030-01-01T00:00:00.000Z';
    backwards.domains[0]!.lastSeen = '2026-11-21T09:00:00.000Z';
    refused(validateMemory(backwards));
  });
});

describe('ordinary senders that must not get a medium finding', () => {
  it('a shop that sends through SendGrid and Amazon SES alternately: low once (little history), then nothing', async () => {
    const shop = (n: number): Msg => ({
      n,
      from: 'TwoEsp Shop <news@twoesp.example>',
      relay: n % 2 === 0 ? RELAYS.sendgrid : RELAYS.amazonSes,
    });
    const { analyses } = await run(series(160, 8, shop), bank, 100);
    const all = analyses.flatMap(memoryIds);
    expect(all.filter((id) => id.endsWith(':medium'))).toEqual([]);
    expect(memoryIds(analyses[1]!)).toEqual(['new-infrastructure:low']);
    expect(analyses.slice(2).flatMap(memoryIds)).toEqual([]);
    expect(analyses.slice(2).every((a) => a.verdict === 'authenticated')).toBe(true);
  });

  it('Microsoft 365 rotating selector1 / selector2: low, the verdict stays authenticated, and quiet once both are known', async () => {
    const m365 =
      (selector: string) =>
      (n: number): Msg => ({ n, relay: RELAYS.m365, selector });
    const start = await run(series(170, 5, m365('selector1')));
    const { analyses } = await run(
      [m365('selector2')(175), m365('selector1')(176), m365('selector2')(177)],
      start.memory,
      10,
    );
    expect(memoryIds(analyses[0]!)).toEqual(['dkim-selector-changed:low']);
    expect(byId(analyses[0]!, 'dkim-selector-changed')?.title).toBe(
      'northbank.example signed with a DKIM key it has not used before (selector selector2); earlier: selector1',
    );
    expect(analyses[0]!.verdict).toBe('authenticated');
    expect(analyses.slice(1).flatMap(memoryIds)).toEqual([]);
  });

  it('Google’s outbound addresses change from message to message: one network', async () => {
    const google = [RELAYS.google1, RELAYS.google2, RELAYS.google3, RELAYS.google1, RELAYS.google2];
    const { analyses } = await run(google.map((relay, i) => ({ n: 180 + i, relay, selector: 'google' })));
    expect(analyses.slice(1).flatMap(memoryIds)).toEqual([]);
    expect(analyses.every((a) => a.verdict === 'authenticated')).toBe(true);
    expect(new Set(analyses.map((a) => a.memory?.current.infra?.key))).toEqual(
      new Set(['esp:Google Workspace / Gmail']),
    );
  });

  it('SendGrid’s many pools in one AS: one network', async () => {
    const { analyses } = await run(
      [RELAYS.sendgrid2, RELAYS.sendgrid3, RELAYS.sendgrid].map((relay, i) => ({ ...usual(190 + i), relay })),
      bank,
      200,
    );
    expect(analyses.flatMap(memoryIds)).toEqual([]);
    expect(analyses.every((a) => a.memory?.current.infra?.key === 'esp:SendGrid')).toBe(true);
  });

  it('a vendor moving its mail to Google: medium by design, in words that state facts and accuse no one', async () => {
    const { last } = await run([{ n: 200, relay: RELAYS.google1, selector: 'google' }], bank, 300);
    const f = byId(last, 'new-infrastructure');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe(
      'northbank.example has never sent you mail from Google Workspace / Gmail before; its last 20 messages came from SendGrid',
    );
    expect(f?.detail).toContain('This one authenticates too');
    expect(f?.detail).not.toMatch(/spoof|forged\b|fraud|is malicious/i);
    expect(last.verdict).toBe('suspicious');
    expect(last.verdict).not.toBe('spoofed');
  });

  // PENDING_ENGINE_FIX: the new-infrastructure detail names only hostile reasons ("how a
  // compromised vendor account, or a forger passing SPF through a broad record, shows up"), never
  // the most common one, a sender moving to another email service / one sentence that says a
  // routine move looks the same, as the selector and signer texts do ("Domains rotate their keys
  // now and then"; "can be a vendor's routine change") / locales/en.json:
  // finding_memory_new_infrastructure_detail (and the other catalogs) / add "Senders also move to
  // new email services, which looks the same;" before the advice to confirm / risk: text only;
  // finding-text.test.ts pins the English word for word and changes with it.
  it('a vendor moving its mail: the detail says a routine move looks the same', async () => {
    const { last } = await run([{ n: 201, relay: RELAYS.google1, selector: 'google' }], bank, 310);
    expect(byId(last, 'new-infrastructure')?.detail).toMatch(
      /move|moving|chang(e|ing) (its|their) email service/i,
    );
  });

  // PENDING_ENGINE_FIX: a large organisation that sends through 13 services in turn (M365, its
  // marketing, ticketing, billing and HR vendors…: common for a bank) outgrows the 12 networks kept
  // per domain; the least recently seen goes, so in a rotation every message comes back to a
  // network just dropped and raises new-infrastructure (medium) for ever / quiet once each network
  // has been seen a few times / lib/memory/learn.ts:DEFAULT_LIMITS.infraPerDomain and keepRecent
  // (LRU for infra) / keep 24 networks per domain, and when full drop the lowest count first (then
  // the least recent), so a rotation wider than the cap thrashes only among one-offs; no eviction
  // rule alone fixes a rotation wider than the cap / risk: about 1.5 KB more for a domain with every
  // list full (1.5 MB for 1,000 such, under the 8 MB bound); a network used often long ago stays.
  it('a sender rotating through 13 services settles down instead of raising new-infrastructure for ever', () => {
    const services = Array.from({ length: 13 }, (_, i) => `Service ${String.fromCharCode(65 + i)}`);
    let m = emptyMemory(new Date('2026-11-01T00:00:00Z'));
    const raised: string[][] = [];
    for (let n = 0; n < 13 * 4; n++) {
      const a = authenticatedFrom(
        'bigcorp.example',
        n,
        new Date(Date.parse('2026-11-02T00:00:00Z') + n * 3_600_000).toISOString(),
      );
      const facts = {
        ...a,
        origin: { ...a.origin, ip: '192.0.2.10', insideReceiver: false, esp: services[n % 13]! },
      } as Analysis;
      const snapshot = snapshotOf(m);
      const ctx = baseCtx();
      raised.push(
        memoryRule({
          ...ctx,
          analysis: { ...facts, memory: recallSender(snapshot, facts) },
          options: { senderMemory: snapshot },
        })
          .filter((f) => f.severity === 'medium')
          .map((f) => f.id),
      );
      m = learn(m, facts).memory;
    }
    // The fourth round: every service has been seen three times.
    expect(raised.slice(39).flat()).toEqual([]);
  });

  it('a subdomain’s mail is filed under its organisation: no first contact, nothing above low', async () => {
    const { last, memory } = await run(
      [{ ...usual(210), from: 'Northbank Alerts <alerts@alerts.northbank.example>', signDomain: BANK }],
      bank,
      400,
    );
    expect(memoryIds(last)).toEqual([]);
    expect(last.verdict).toBe('authenticated');
    expect(memory.domains.map((d) => d.domain)).toEqual([BANK]);
    // Signed by the subdomain itself: a change of signer inside the organisation, low at most.
    const own = await run(
      [
        {
          n: 211,
          from: 'Northbank Alerts <alerts@alerts.northbank.example>',
          signDomain: 'alerts.northbank.example',
          selector: 's1',
        },
      ],
      bank,
      410,
    );
    expect(own.last.findings.filter((f) => f.severity === 'medium' || f.severity === 'high')).toEqual([]);
  });
});

// Exchange Online's record of a pass from before the reader's own organisation changed the message
// (lib/findings/receiver-record.ts): a newsletter signed only by its From domain, bannered by a
// mail-flow rule after EOP checked it, is not "spoofed"; none of the shapes a sender can write,
// nor a record of a failure, excuses anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import type { Classifier } from '../../../lib/relay/classify';
import { createClassifier } from '../../../lib/relay/classify';
import type { AnalyzeOptions } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  genuineBankNotice,
  withAttackerText,
} from '../../corpus/kit';
import { eopEntry, eopResults, exchangeMailboxHops } from '../../corpus/m365-shapes';
import { onTop } from '../../corpus/messages';
import { analyseCase, pinnedCases } from '../../helpers/pinned-corpus';

const DIR = join(__dirname, '../../fixtures/legit/rw4-m365-inbound-external-banner');
const RAW = readFileSync(join(DIR, 'message.eml'), 'utf8');
const ZONE = JSON.parse(readFileSync(join(DIR, 'zone.json'), 'utf8'));
const EOP_AR = /^Authentication-Results: spf=pass \(sender IP is[\s\S]*?(?=\r\nReceived-SPF:)/m;

let classifyIp: Classifier;
beforeAll(async () => {
  classifyIp = createClassifier(await loadIpTablesFromDisk());
});

const run = (raw: string, opts: AnalyzeOptions = { webmail: 'outlook' }) =>
  analyzeMessage(raw, { resolver: ZoneResolver.fromJson(ZONE), classifyIp, ...opts });
const ids = (a: { findings: { id: string }[] }) => a.findings.map((f) => f.id);

describe('changed after entry (Exchange Online)', () => {
  it('the bannered newsletter: authenticated on the record, quoted, its failures low (real-mail round 135)', async () => {
    const a = await run(RAW);
    expect(a.verdict).toBe('authenticated');
    const f = a.findings.find((x) => x.id === 'changed-after-entry');
    expect(f?.severity).toBe('low');
    expect(f?.evidence[0]).toMatch(/^Authentication-Results: spf=pass \(sender IP is/);
    expect(a.summary).toMatch(/before a rule in your organisation changed it/);
    expect(a.findings.filter((x) => x.severity === 'high' || x.severity === 'medium')).toEqual([]);
  });

  it('EOP recorded the signature failing (changed before it arrived): spoofed', async () => {
    const raw = RAW.replace('dkim=pass (signature was verified)', 'dkim=fail (body hash did not verify)');
    expect(raw).not.toBe(RAW);
    const a = await run(raw);
    expect(a.verdict).toBe('spoofed');
    expect(ids(a)).not.toContain('changed-after-entry');
  });

  it('EOP recorded a pass for another From domain or another signer: spoofed', async () => {
    for (const [from, to] of [
      ['header.from=harbourmuseum.example', 'header.from=other.example'],
      ['header.d=harbourmuseum.example', 'header.d=harbourmuseum-mail.example'],
    ] as const) {
      const a = await run(RAW.replace(from, to));
      expect(a.verdict, to).toBe('spoofed');
    }
  });

  it('the same record written by the sender, below the entry line, counts for nothing', async () => {
    const record = EOP_AR.exec(RAW)![0];
    // EOP's own header gone; the sender's copy of it sits among the sender's headers.
    const moved = RAW.replace(`${record}\r\n`, '').replace(
      /\r\nDKIM-Signature:/,
      `\r\n${record}\r\nDKIM-Signature:`,
    );
    expect(moved).not.toBe(RAW);
    const a = await run(moved);
    expect(a.verdict).toBe('spoofed');
    expect(ids(a)).not.toContain('changed-after-entry');
  });

  it('only with the Outlook profile, and only with our own check online', async () => {
    expect((await run(RAW, {})).verdict).toBe('spoofed');
    const offline = await analyzeMessage(RAW, { classifyIp, webmail: 'outlook' });
    expect(ids(offline)).not.toContain('changed-after-entry');
  });

  // Red-team round 5: a HELO carrying CRLF, recorded raw in EOP's Received-SPF, would put the
  // client's own id-less record between it and the entry line, nearer the entry than EOP's.
  it('EOP naming itself mx.microsoft.com (its 2026 layout) is the same record; another id is not', async () => {
    const named = RAW.replace(
      'Authentication-Results: spf=pass',
      'Authentication-Results: mx.microsoft.com 1; spf=pass',
    );
    expect(named).not.toBe(RAW);
    expect(ids(await run(named))).toContain('changed-after-entry');
    const other = RAW.replace(
      'Authentication-Results: spf=pass',
      'Authentication-Results: mx.other.example; spf=pass',
    );
    const a = await run(other);
    expect(ids(a)).not.toContain('changed-after-entry');
    expect(a.verdict).toBe('spoofed');
  });

  it('a concern beside it (a Reply-To at another organisation added to a replay) keeps it suspicious', async () => {
    const replay = RAW.replace(
      /\r\nDKIM-Signature:/,
      '\r\nReply-To: <refunds@attacker.example>\r\nDKIM-Signature:',
    );
    expect(replay).not.toBe(RAW);
    const a = await run(replay);
    expect(ids(a)).toContain('changed-after-entry');
    expect(a.verdict).toBe('suspicious');
  });

  // Red-team round 8: a genuine notice signed with l=, replayed with the attacker's paragraph
  // appended; EOP honours l= and records a pass, the tenant's banner then breaks our hash.
  it('a vouching signature with l= (text may have been appended before EOP): suspicious, not excused', async () => {
    for (const name of ['probe8-eop-banner-l-tag-appended', 'probe8-eop-subject-tag-l-tag-appended']) {
      const c = pinnedCases().find((x) => x.name === `adversarial/${name}`)!;
      const a = await analyseCase(c, classifyIp);
      expect(a.verdict, name).toBe('suspicious');
      expect(ids(a)).toContain('changed-after-entry');
      expect(a.findings.find((f) => f.id === 'dkim-body-length')?.severity).toBe('medium');
    }
  });

  // Red-team rounds 8 and 9: when our own check cannot decide (a copy that is not byte-exact, or
  // a body over the hashing limit), EOP's own record of a DMARC fail above its entry line counts.
  it('our check undecided, EOP recorded dmarc=fail: spoofed, with its record quoted; its pass is no fail', async () => {
    const c = pinnedCases().find((x) => x.name === 'adversarial/probe8-owa-not-exact-lifted-bank-signature')!;
    const a = await analyseCase(c, classifyIp);
    expect(a.verdict).toBe('spoofed');
    const f = a.findings.find((x) => x.id === 'receiver-recorded-fail');
    expect(f?.severity).toBe('high');
    expect(f?.evidence[0]).toMatch(/dmarc=fail/);
    // The same copy, byte-exact: our own fail decides, the record is not needed.
    const exact = await analyseCase(
      { ...c, meta: { ...c.meta, args: (c.meta.args ?? []).filter((x) => x !== '--not-byte-exact') } },
      classifyIp,
    );
    expect(exact.verdict).toBe('spoofed');
    expect(ids(exact)).not.toContain('receiver-recorded-fail');
  });

  it('a replayed bank header block over a body padded past the hashing limit: EOP recorded the fail, spoofed', async () => {
    const eopFail = eopResults({
      ip: ATTACKER_IP,
      mailfrom: 'attacker.example',
      spf: 'pass',
      dkim: 'dkim=fail (body hash did not verify)\r\n header.d=northbank.example',
      dmarc: 'fail',
      from: 'northbank.example',
      compauth: 'fail reason=000',
    });
    const raw = withAttackerText(await genuineBankNotice());
    const at = raw.indexOf('\r\n\r\n');
    const full = onTop(
      `${raw.slice(0, at)}\r\nReturn-Path: <bounce@attacker.example>${raw.slice(at)}`,
      ...exchangeMailboxHops(),
      ...eopFail,
      eopEntry('mail.attacker.example', ATTACKER_IP),
    );
    const head = full.slice(0, full.indexOf('\r\n\r\n') + 4);
    const a = await analyzeMessage(head, {
      resolver: ZoneResolver.fromJson({
        ...BANK,
        ...BANK_KEY,
        ...authenticZone('attacker.example', ATTACKER_IP),
      }),
      classifyIp,
      now: new Date('2026-11-20T10:01:00Z'),
      webmail: 'outlook',
      messageBytes: 12 * 2 ** 20,
      maxHashedBytes: 10 * 2 ** 20,
    });
    expect(a.dmarc.result).toBe('temperror');
    expect(ids(a)).toContain('receiver-recorded-fail');
    expect(a.verdict).toBe('spoofed');
  });

  it('two id-less records above the entry line: neither counts', async () => {
    const record = EOP_AR.exec(RAW)![0];
    const failed = record.replace(
      'dkim=pass (signature was verified)',
      'dkim=fail (body hash did not verify)',
    );
    const injected = RAW.replace(record, failed).replace(
      /(\r\nReceived-SPF:[\s\S]*?pr=C)/,
      `$1\r\n${record}`,
    );
    expect(injected).not.toBe(RAW);
    const a = await run(injected);
    expect(a.verdict).toBe('spoofed');
    expect(ids(a)).not.toContain('changed-after-entry');
  });
});

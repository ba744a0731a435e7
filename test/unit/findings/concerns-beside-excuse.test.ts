// Red-team round 20: a replayed genuine notice with the attacker's unsigned Reply-To (or a new
// Subject under a signature that does not cover it) read "suspicious" directly, but "unverified"
// once a gateway tag or a list's footer was added, or passed through a Mimecast, and
// "authenticated" behind a trusted one. The signature that excuses the failure (restored, or
// recorded passing by a believed gateway or ARC forwarder) now vouches for what it covers only,
// and a medium concern beside any recorded-pass excuse makes the message suspicious.
import { describe, expect, it } from 'vitest';
import { coversField, gatewayRecordedSignatures, vouchingSignatures } from '../../../lib/findings/dkim-tags';
import { decideVerdict } from '../../../lib/findings/verdict';
import type { Finding, GatewayInfo } from '../../../lib/types';
import { baseCtx, type Ctx, failAuth, findings, header, setHeader, verdictOf } from './build';

/** The bank's signature, covering From, To, Date and Message-ID only (no Subject, no Reply-To). */
const THIN =
  'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=sel1; h=from:to:date:message-id; bh=abc=; b=SIGNATUREBYTES=';
/** The same signer covering Reply-To and Subject too. */
const FULL =
  'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=sel1; h=from:to:subject:reply-to:date:message-id; bh=abc=; b=SIGNATUREBYTES=';

const ATTACKER = 'northbank.cards@attacker.example';
const MIMECAST_RECORD = (extra = '') =>
  `Authentication-Results: relay.mimecast.com; dkim=pass header.d=northbank.example header.s=sel1${extra}; spf=pass smtp.mailfrom=bounce@attacker.example; dmarc=pass (policy=reject) header.from=northbank.example`;

function replyTo(ctx: Ctx, address: string): void {
  ctx.analysis.replyTo = [
    { displayName: 'Northbank Card Team', address, domain: address.slice(address.lastIndexOf('@') + 1) },
  ];
  setHeader(ctx, 'Reply-To', `Northbank Card Team <${address}>`);
}

/** The bank's notice failing on our check, its signature `line`. */
function replayed(line: string): Ctx {
  const ctx = baseCtx();
  failAuth(ctx);
  ctx.analysis.dkim[0]!.line = line;
  return ctx;
}

/** Dressed as a list post whose footer, once removed, lets the bank's signature verify. */
function listed(ctx: Ctx): Ctx {
  ctx.message.headers.push(
    header('List-Id', 'Customers <customers.lists.attacker.example>', 97),
    header('List-Post', '<mailto:customers@lists.attacker.example>', 98),
  );
  ctx.analysis.dkim[0]!.listRestore = {
    subjectTag: null,
    removedHeaders: [],
    footerBytes: 60,
    footerPreview: 'Customers list: https://lists.attacker.example/customers',
    footerHosts: ['lists.attacker.example'],
    footerDisguisedLinks: [],
  };
  return ctx;
}

/** Handed over by a Mimecast the reader has not trusted, whose record is `lines`. */
function viaGateway(ctx: Ctx, lines: string[], trusted = false): Ctx {
  const g: GatewayInfo = {
    trusted,
    name: 'Mimecast',
    ip: '198.51.100.151',
    host: 'eu-smtp-delivery-151.mimecast.com',
    hopIndexes: [0],
    offer: trusted ? null : 'mimecast.com',
    resultsLines: lines,
    recordedDmarc: lines.some((l) => /dmarc=pass/.test(l)) ? 'pass' : null,
  };
  ctx.analysis.gateway = g;
  if (trusted)
    // A trusted gateway's record is the provider's (lib/engine/gateways.ts providerResults).
    ctx.analysis.provider = {
      authservId: 'relay.mimecast.com',
      spf: 'pass',
      dkim: [{ result: 'pass', domain: 'northbank.example', selector: 'sel1' }],
      dmarc: { result: 'pass', policy: 'reject', domain: 'northbank.example' },
      arc: null,
      lines,
      proven: true,
      fromMismatch: [],
    };
  return ctx;
}

/** Forwarded by Google Groups (a built-in ARC sealer) that sealed `record` and changed the body. */
function forwarded(ctx: Ctx, record: string): Ctx {
  ctx.analysis.arc = {
    result: 'pass',
    instances: 2,
    sealers: ['googlegroups.com', 'mailhost.test'],
    originalAuth: null,
    info: null,
  };
  ctx.message.headers.push(header('ARC-Authentication-Results', `i=1; ${record}`, 99));
  return ctx;
}

const severity = (ctx: Ctx, id: string) => findings(ctx).find((f) => f.id === id)?.severity;

describe('vouchingSignatures: the signature that excuses a failure vouches for what it covers', () => {
  it('a signature restored by undoing a list’s changes counts for the Subject and Reply-To rules only', () => {
    const ctx = listed(replayed(THIN));
    expect(vouchingSignatures(ctx.analysis, () => true)).toEqual([]);
    expect(vouchingSignatures(ctx.analysis, () => true, true)).toEqual([ctx.analysis.dkim[0]]);
    // From the domain's own servers (aligned SPF pass), the signature does not vouch alone.
    ctx.analysis.spf.result = 'pass';
    ctx.analysis.spf.aligned = true;
    expect(vouchingSignatures(ctx.analysis, () => true, true)).toEqual([]);
  });

  it('a gateway’s record names the signer by header.d and header.s (and header.b when given)', () => {
    const sig = () => replayed(THIN).analysis.dkim[0]!;
    const recorded = (lines: string[], trusted = false) => {
      const ctx = viaGateway(replayed(THIN), lines, trusted);
      return gatewayRecordedSignatures(ctx.analysis).length;
    };
    expect(recorded([MIMECAST_RECORD()])).toBe(1);
    expect(recorded([MIMECAST_RECORD(' header.b=SIGNATUR')])).toBe(1);
    expect(sig().selector).toBe('sel1');
    // Another selector, another b=: another signature.
    expect(recorded([MIMECAST_RECORD().replace('header.s=sel1', 'header.s=sel2')])).toBe(0);
    expect(recorded([MIMECAST_RECORD(' header.b=OTHERSIG')])).toBe(0);
    // An untrusted gateway that recorded no DMARC pass is not believed; a trusted one is.
    const noDmarc = MIMECAST_RECORD().replace(/; dmarc=pass.*$/, '');
    expect(recorded([noDmarc])).toBe(0);
    expect(recorded([noDmarc], true)).toBe(1);
    // The gateway saw an aligned SPF pass: the bank's own servers sent it.
    expect(recorded([MIMECAST_RECORD().replace('bounce@attacker.example', 'bounce@northbank.example')])).toBe(
      0,
    );
  });

  it('a field a list added and the signature oversigned is not covered', () => {
    const d = replayed(FULL).analysis.dkim[0]!;
    expect(coversField(d, 'reply-to')).toBe(true);
    d.listRestore = {
      subjectTag: null,
      removedHeaders: ['reply-to'],
      footerBytes: 0,
      footerPreview: '',
      footerHosts: [],
      footerDisguisedLinks: [],
    };
    expect(coversField(d, 'reply-to')).toBe(false);
    expect(coversField({ ...d, line: null }, 'reply-to')).toBe(true);
  });
});

describe('reply-to-other-org beside a list’s or a tag’s changes undone (changed-by-list)', () => {
  it('the attacker’s unsigned Reply-To on a replay dressed as a list post: medium, suspicious', () => {
    const ctx = listed(replayed(THIN));
    replyTo(ctx, ATTACKER);
    expect(severity(ctx, 'reply-to-other-org')).toBe('medium');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'authenticated-with-concerns' });
  });

  it('the same with a gateway’s subject tag undone, no list: medium, suspicious', () => {
    const ctx = replayed(THIN);
    ctx.analysis.dkim[0]!.listRestore = {
      subjectTag: '[EXTERNAL] ',
      removedHeaders: [],
      footerBytes: 0,
      footerPreview: '',
      footerHosts: [],
      footerDisguisedLinks: [],
    };
    setHeader(ctx, 'Subject', '[EXTERNAL] Your statement is ready');
    ctx.analysis.subject = '[EXTERNAL] Your statement is ready';
    replyTo(ctx, ATTACKER);
    expect(severity(ctx, 'reply-to-other-org')).toBe('medium');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('genuine: a list that sets Reply-To to its own posting address stays low and unverified', () => {
    const ctx = listed(replayed(THIN));
    replyTo(ctx, 'customers@lists.attacker.example');
    // As reply_goes_to_list writes it: the bare posting address (red-team round 21: under the
    // From's organisation's name, "Northbank Card Team", it is no list's own; round21-lists.test.ts).
    ctx.analysis.replyTo[0]!.displayName = '';
    setHeader(ctx, 'Reply-To', 'customers@lists.attacker.example');
    expect(severity(ctx, 'reply-to-other-org')).toBe('low');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'unverified', rule: 'changed-by-list' });
    // Elsewhere at the list's own domain is no posting address.
    const other = listed(replayed(THIN));
    replyTo(other, 'help@lists.attacker.example');
    expect(severity(other, 'reply-to-other-org')).toBe('medium');
  });

  it('genuine: an author’s signature that covers Reply-To keeps it low and unverified', () => {
    const ctx = listed(replayed(FULL));
    replyTo(ctx, 'alice@partner.example');
    expect(severity(ctx, 'reply-to-other-org')).toBe('low');
    expect(verdictOf(ctx).rule).toBe('changed-by-list');
  });
});

describe('concerns beside a gateway’s record of a pass', () => {
  it('untrusted Mimecast: the unsigned Reply-To is medium and the verdict suspicious', () => {
    const ctx = viaGateway(replayed(THIN), [MIMECAST_RECORD()]);
    replyTo(ctx, ATTACKER);
    expect(severity(ctx, 'reply-to-other-org')).toBe('medium');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'authenticated-with-concerns' });
  });

  it('genuine: the sender’s own servers (the gateway recorded an aligned SPF pass), or a signed Reply-To: unverified', () => {
    const own = viaGateway(replayed(THIN), [
      MIMECAST_RECORD().replace('bounce@attacker.example', 'bounce@northbank.example'),
    ]);
    replyTo(own, 'tickets@helpdesk.example');
    expect(severity(own, 'reply-to-other-org')).toBe('low');
    expect(verdictOf(own).rule).toBe('gateway-recorded-pass');
    const signed = viaGateway(replayed(FULL), [MIMECAST_RECORD()]);
    replyTo(signed, 'tickets@helpdesk.example');
    expect(verdictOf(signed).rule).toBe('gateway-recorded-pass');
  });

  it('trusted Mimecast: a new Subject under a signature covering neither Subject nor To is suspicious', () => {
    const bare =
      'DKIM-Signature: v=1; a=rsa-sha256; d=northbank.example; s=sel1; h=from:date:message-id; bh=a=; b=b=';
    const ctx = viaGateway(replayed(bare), [MIMECAST_RECORD()], true);
    expect(severity(ctx, 'subject-unsigned')).toBe('medium');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
    // Genuine: the signature the gateway recorded covers Subject.
    const genuine = viaGateway(replayed(FULL), [MIMECAST_RECORD()], true);
    expect(severity(genuine, 'subject-unsigned')).toBeUndefined();
    expect(verdictOf(genuine).verdict).toBe('authenticated');
  });
});

describe('concerns beside a trusted forwarder’s ARC record (forwarded-trusted)', () => {
  it('the signature Google Groups recorded passing vouches for what it covers', () => {
    const ctx = forwarded(
      replayed(THIN),
      'googlegroups.com; dkim=pass header.d=northbank.example header.s=sel1',
    );
    replyTo(ctx, ATTACKER);
    expect(severity(ctx, 'reply-to-other-org')).toBe('medium');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'authenticated-with-concerns' });
  });

  it('genuine: a signed Reply-To, or the author’s own servers as the forwarder saw them, stays unverified', () => {
    const signed = forwarded(
      replayed(FULL),
      'googlegroups.com; dkim=pass header.d=northbank.example header.s=sel1',
    );
    replyTo(signed, 'alice@partner.example');
    expect(verdictOf(signed).rule).toBe('forwarded-trusted');
    const own = forwarded(
      replayed(THIN),
      'googlegroups.com; spf=pass smtp.mailfrom=alerts@northbank.example; dkim=pass header.d=northbank.example header.s=sel1',
    );
    replyTo(own, 'alice@partner.example');
    expect(severity(own, 'reply-to-other-org')).toBe('low');
    expect(verdictOf(own).rule).toBe('forwarded-trusted');
  });
});

describe('decideVerdict: medium concerns beside every recorded-pass excuse (row 7)', () => {
  const f = (id: string, severity: Finding['severity']): Finding => ({
    id,
    severity,
    title: id,
    detail: '',
    evidence: [],
  });
  const failing = () => replayed(THIN).analysis;

  it.each([
    ['changed-by-list', f('list-modified', 'low')],
    ['changed-by-list', f('subject-tag-added', 'low')],
    ['gateway-recorded-pass', f('gateway-recorded-pass', 'low')],
    // Exchange Online's record of the signature before the reader's own rule changed it reads
    // authenticated on its own since real-mail round 135 (row dmarc-pass).
    ['dmarc-pass', f('changed-after-entry', 'low')],
  ])(
    '%s with a medium reply-to-other-org: suspicious; with the failures it explains only: its own row',
    (rule, excuse) => {
      const explained = [f('dmarc-fail', 'high'), f('dkim-fail', 'medium'), f('spf-fail', 'medium'), excuse];
      expect(decideVerdict(failing(), explained).rule).toBe(rule);
      expect(decideVerdict(failing(), [...explained, f('reply-to-other-org', 'medium')])).toMatchObject({
        verdict: 'suspicious',
        rule: 'authenticated-with-concerns',
      });
    },
  );

  it('an untrusted gateway’s own ARC seal (arc-untrusted-sealer) is no concern beside its record', () => {
    const v = decideVerdict(failing(), [
      f('dmarc-fail', 'high'),
      f('arc-untrusted-sealer', 'medium'),
      f('gateway-recorded-pass', 'low'),
    ]);
    expect(v).toMatchObject({ verdict: 'unverified', rule: 'gateway-recorded-pass' });
  });

  it('nor is a list’s own seal under its own domain beside the list’s undone changes (Topicbox)', () => {
    const v = decideVerdict(failing(), [
      f('dmarc-fail', 'high'),
      f('arc-untrusted-sealer', 'medium'),
      f('list-modified', 'low'),
    ]);
    expect(v).toMatchObject({ verdict: 'unverified', rule: 'changed-by-list' });
  });
});

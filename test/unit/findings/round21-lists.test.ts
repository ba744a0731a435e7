// Red-team round 21 and real-mail round 24: what a signature restored by undoing a list's or a
// gateway's changes (or recorded passing by a trusted ARC forwarder) vouches for. A list's own
// Reply-To (an announce list pointing at its discussion list, a Google Group's posting address)
// stays low; a replay dressed as a list post or tagged `[EXTERNAL] ` is dated as the direct replay
// is, a Reply-To under the From's own name is no list's, and a Sender added to it is medium.
import { describe, expect, it } from 'vitest';
import type { Ctx } from './build';
import { baseCtx, failAuth, findings, header, setFrom, setHeader, verdictOf } from './build';

const at = (iso: string) => Date.parse(iso) / 1000;
/** The bank's signature, covering From, To, Date and Message-ID only, made at `t`. */
const thin = (t = '2026-03-02T09:59:00Z') =>
  `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=sel1; t=${at(t)}; h=from:to:date:message-id; bh=abc=; b=SIGNATUREBYTES=`;

/** The bank's notice failing on our check (a list's or a tag's changes), its signature `line`. */
function replayed(line = thin()): Ctx {
  const ctx = baseCtx();
  failAuth(ctx);
  ctx.analysis.dkim[0]!.line = line;
  return ctx;
}

/** The signature verifies once a list's prefix `tag` and a footer (of `footer` bytes) are undone. */
function restored(ctx: Ctx, tag: string | null = null, footer = 60): Ctx {
  ctx.analysis.dkim[0]!.listRestore = {
    subjectTag: tag,
    removedHeaders: [],
    footerBytes: footer,
    footerPreview: footer ? 'list footer' : '',
    footerHosts: [],
    footerDisguisedLinks: [],
  };
  return ctx;
}

/** A list's fields and its envelope `bounces` (our SPF check passing it when `spfPass`). */
function list(ctx: Ctx, id: string, post: string, bounces: string, spfPass = true): Ctx {
  ctx.message.headers.push(header('List-Id', `<${id}>`, 97), header('List-Post', post, 98));
  ctx.message.returnPath = bounces;
  ctx.analysis.returnPath = bounces;
  const domain = bounces.slice(bounces.lastIndexOf('@') + 1);
  Object.assign(ctx.analysis.spf, { result: spfPass ? 'pass' : 'none', domain, aligned: false });
  return ctx;
}

function replyTo(ctx: Ctx, address: string, displayName = ''): void {
  ctx.analysis.replyTo = [{ displayName, address, domain: address.slice(address.lastIndexOf('@') + 1) }];
  setHeader(ctx, 'Reply-To', displayName ? `${displayName} <${address}>` : address);
}

/** Forwarded by Google Groups (a built-in ARC sealer) that sealed `record` and changed the body. */
function sealedByGroups(ctx: Ctx, record: string): Ctx {
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
const severities = (ctx: Ctx, id: string) =>
  findings(ctx)
    .filter((f) => f.id === id)
    .map((f) => f.severity);

describe('reply-to-other-org: an announce list’s Reply-To to its discussion list (List-Post: NO)', () => {
  const announce = (bounces = 'announce-bounces@lists.example.org', spfPass = true) =>
    list(restored(replayed(), '[Announce] '), 'announce.lists.example.org', 'NO', bounces, spfPass);

  it('genuine: at the List-Id’s host, the list’s envelope there passing SPF: low, unverified', () => {
    const ctx = announce();
    replyTo(ctx, 'devel@lists.example.org');
    expect(severity(ctx, 'reply-to-other-org')).toBe('low');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'unverified', rule: 'changed-by-list' });
  });

  it('a replay: an envelope elsewhere, no SPF pass there, or a Reply-To off the host stays medium', () => {
    const elsewhere = announce('announce-bounces@mail.attacker.example');
    replyTo(elsewhere, 'devel@lists.example.org');
    expect(severity(elsewhere, 'reply-to-other-org')).toBe('medium');
    const noSpf = announce('announce-bounces@lists.example.org', false);
    replyTo(noSpf, 'devel@lists.example.org');
    expect(severity(noSpf, 'reply-to-other-org')).toBe('medium');
    const offHost = announce();
    replyTo(offHost, 'devel@example.org');
    expect(severity(offHost, 'reply-to-other-org')).toBe('medium');
    expect(verdictOf(offHost).verdict).toBe('suspicious');
  });
});

describe('reply-to-other-org: a Google Group’s posting address as Reply-To', () => {
  const group = () =>
    list(
      restored(replayed(), '[hikers] ', 217),
      'hikers.googlegroups.com',
      '<https://groups.google.com/group/hikers/post>, <mailto:hikers@googlegroups.com>',
      'hikers+bncBDL3ZMA@googlegroups.com',
    );
  const RECORD = 'googlegroups.com; dkim=pass header.d=northbank.example header.s=sel1';

  it('genuine: the group sealed the author’s pass: low (no free-mail part), unverified', () => {
    const ctx = sealedByGroups(group(), RECORD);
    replyTo(ctx, 'hikers@googlegroups.com');
    expect(severity(ctx, 'reply-to-other-org')).toBe('low');
    expect(verdictOf(ctx).verdict).toBe('unverified');
  });

  it('genuine: the group’s own signature covers its Reply-To beside the restored one: low', () => {
    const ctx = group();
    ctx.analysis.dkim.push({
      ...ctx.analysis.dkim[0]!,
      result: 'pass',
      cause: null,
      domain: 'googlegroups.com',
      selector: '20230601',
      aligned: false,
      listRestore: undefined,
      line: 'DKIM-Signature: v=1; a=rsa-sha256; d=googlegroups.com; s=20230601; h=list-post:list-id:reply-to:subject:from; bh=x=; b=y=',
    });
    replyTo(ctx, 'hikers@googlegroups.com');
    expect(severity(ctx, 'reply-to-other-org')).toBe('low');
  });

  it('a replayer’s hand-written List-Post at a sign-up domain (no seal, no group signature): medium', () => {
    const ctx = group();
    replyTo(ctx, 'hikers@googlegroups.com');
    expect(severity(ctx, 'reply-to-other-org')).toBe('medium');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
    // Sealed, but replies to another group than List-Post's.
    const other = sealedByGroups(group(), RECORD);
    replyTo(other, 'northbank-help@googlegroups.com');
    expect(severity(other, 'reply-to-other-org')).toBe('medium');
  });
});

describe('reply-to-other-org: a List-Post the replayer wrote, under the From’s name', () => {
  const dressed = () =>
    list(
      restored(replayed()),
      'northbank-cards.lists.attacker.example',
      '<mailto:northbank.cards@lists.attacker.example>',
      'customers-bounces@lists.attacker.example',
      false,
    );

  it('probe21: "Northbank Card Services" (the From’s organisation) is no list’s own: medium, suspicious', () => {
    const ctx = dressed();
    replyTo(ctx, 'northbank.cards@lists.attacker.example', 'Northbank Card Services');
    expect(severity(ctx, 'reply-to-other-org')).toBe('medium');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('the From’s own display name repeated is no list’s own either', () => {
    const ctx = dressed();
    setFrom(ctx, 'Card Services', 'alerts@northbank.example');
    replyTo(ctx, 'northbank.cards@lists.attacker.example', 'Card Services');
    expect(severity(ctx, 'reply-to-other-org')).toBe('medium');
  });

  it('genuine: the bare posting address, or the list’s own name, stays low', () => {
    const bare = dressed();
    replyTo(bare, 'northbank.cards@lists.attacker.example');
    expect(severity(bare, 'reply-to-other-org')).toBe('low');
    const named = dressed();
    replyTo(named, 'northbank.cards@lists.attacker.example', 'Card holders list');
    expect(severity(named, 'reply-to-other-org')).toBe('low');
    expect(verdictOf(named).rule).toBe('changed-by-list');
  });
});

describe('date-mismatch: an old signature verified once a tag or a list’s footer is undone', () => {
  const OLD = '2026-01-10T09:00:00Z';

  it('probe21: a seven-week-old notice tagged [EXTERNAL] is a replay: medium, suspicious', () => {
    const ctx = restored(replayed(thin(OLD)), '[EXTERNAL] ', 0);
    ctx.analysis.date = '2026-01-10T09:00:00.000Z';
    expect(severities(ctx, 'date-mismatch')).toEqual(['medium']);
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('genuine: a list post signed an hour before arrival is no replay', () => {
    const ctx = restored(replayed(thin('2026-03-02T09:00:00Z')), '[Devel] ');
    expect(severities(ctx, 'date-mismatch')).toEqual([]);
  });

  it('a signature only a gateway recorded passing is not dated (its quarantine moves arrival)', () => {
    const ctx = replayed(thin(OLD));
    ctx.analysis.date = '2026-01-10T09:00:00.000Z';
    ctx.analysis.gateway = {
      trusted: false,
      name: 'Mimecast',
      ip: '198.51.100.151',
      host: 'eu-smtp-delivery-151.mimecast.com',
      hopIndexes: [0],
      offer: 'mimecast.com',
      resultsLines: [
        'Authentication-Results: relay.mimecast.com; dkim=pass header.d=northbank.example header.s=sel1; spf=pass smtp.mailfrom=bounce@attacker.example; dmarc=pass (policy=reject) header.from=northbank.example',
      ],
      recordedDmarc: 'pass',
    };
    expect(severities(ctx, 'date-mismatch')).not.toContain('medium');
  });
});

describe('sender-other-org beside a restored or recorded pass', () => {
  const SENDER = 'Northbank Fraud Desk <fraud-desk@cardcheck-help.example>';

  it('probe21: a Sender added to a replay tagged [EXTERNAL]: medium, suspicious', () => {
    const ctx = restored(replayed(), '[EXTERNAL] ', 0);
    setHeader(ctx, 'Sender', SENDER);
    expect(severity(ctx, 'sender-other-org')).toBe('medium');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('a Sender beside a plain DMARC failure stays low (the failure already says it)', () => {
    const ctx = replayed();
    setHeader(ctx, 'Sender', SENDER);
    expect(severity(ctx, 'sender-other-org')).toBe('low');
  });

  it('genuine: a list’s Sender behind a gateway (our SPF check fails there) stays low', () => {
    // rw24-list-prefix-gateway-suffix-external: Mailman's Sender, read behind an unnamed Mimecast.
    const listed = () =>
      list(
        restored(replayed(), '[Devel] [EXTERNAL]'),
        'devel.lists.example.org',
        '<mailto:devel@lists.example.org>',
        'devel-bounces+robin=reader.example@lists.example.org',
        false,
      );
    const ctx = listed();
    setHeader(ctx, 'Sender', '"Devel" <devel-bounces@lists.example.org>');
    expect(severity(ctx, 'sender-other-org')).toBe('low');
    expect(verdictOf(ctx).rule).toBe('changed-by-list');
    // Under the From's organisation's name, or off the envelope's domain, it is no list's own.
    const named = listed();
    setHeader(named, 'Sender', '"Northbank Devel" <devel-bounces@lists.example.org>');
    expect(severity(named, 'sender-other-org')).toBe('medium');
    const offEnvelope = listed();
    setHeader(offEnvelope, 'Sender', '"Devel" <devel-bounces@example.org>');
    expect(severity(offEnvelope, 'sender-other-org')).toBe('medium');
  });

  it('genuine: a list’s Sender its SPF pass vouches for raises nothing', () => {
    const ctx = list(
      restored(replayed(), '[Devel] '),
      'devel.lists.example.org',
      '<mailto:devel@lists.example.org>',
      'devel-bounces@lists.example.org',
    );
    setHeader(ctx, 'Sender', '"Devel" <devel-bounces@lists.example.org>');
    expect(severity(ctx, 'sender-other-org')).toBeUndefined();
    expect(verdictOf(ctx).rule).toBe('changed-by-list');
  });
});

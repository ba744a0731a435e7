// The strict checks in the engine's path (checkDkimAndArc): each with the message that bends
// mailauth's lenient mode and the legitimate message that must still pass.
import { describe, expect, it } from 'vitest';
import { checkDkimAndArc } from '../../../lib/auth/arc';
import { sealersInHeaders } from '../../../lib/auth/arc-strict';
import { checkDkim } from '../../../lib/auth/dkim';
import { type ZoneData, ZoneResolver } from '../../../lib/dns/zone';
import { corpusKeys } from '../../helpers/corpus';
import { arcSetRaw, type Canon, dkimRaw } from '../../helpers/raw-sign';

const NAMES = ['from', 'to', 'subject', 'date', 'message-id'];
const msg = (extra = '') =>
  `From: Robin <robin@example.com>\r\nTo: a@example.net\r\nSubject: Hello\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\nMessage-ID: <1@example.com>\r\n${extra}\r\nHi there.\r\n`;
const keys = (extra: ZoneData = {}): ZoneResolver =>
  new ZoneResolver({
    'k1._domainkey.example.com': { TXT: [corpusKeys().rsaTxt] },
    'ts._domainkey.example.com': { TXT: [`${corpusKeys().rsaTxt}; t=s`] },
    'ty._domainkey.example.com': { TXT: [`${corpusKeys().rsaTxt}; t=y:s`] },
    'arc._domainkey.lists.example.org': { TXT: [corpusKeys().rsaTxt] },
    ...extra,
  });
const dkim = (raw: string, tags: (bh: string) => string, names = NAMES) =>
  dkimRaw(raw, tags, names, corpusKeys().rsaPem);
const run = (raw: string) => checkDkimAndArc(raw, { resolver: keys(), fromDomain: 'example.com' });

describe('DKIM: t=s (RFC 6376 §3.6.1)', () => {
  const signWith = (s: string, i: string) =>
    dkim(
      msg(),
      (bh) =>
        `v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; i=${i}; s=${s}; h=${NAMES.join(':')}; bh=${bh}; b=`,
    );

  it('i= in d= itself passes, with t=s and with t=y:s', async () => {
    expect((await run(signWith('ts', 'robin@example.com'))).dkim[0]).toMatchObject({ result: 'pass' });
    expect((await run(signWith('ty', '@example.com'))).dkim[0]).toMatchObject({ result: 'pass' });
  });

  it('i= in a subdomain is refused: permerror, never a pass, never temporary', async () => {
    for (const s of ['ts', 'ty']) {
      const [d] = (await run(signWith(s, 'robin@mail.example.com'))).dkim;
      expect(d).toMatchObject({ result: 'permerror', domain: 'example.com' });
      expect(d!.info).toMatch(/t=s/);
    }
  });

  it('without t=s a subdomain i= is fine (RFC 6376 §3.5)', async () => {
    expect((await run(signWith('k1', 'robin@mail.example.com'))).dkim[0]).toMatchObject({ result: 'pass' });
  });

  it('checkDkim applies the same rules as the engine path', async () => {
    const [d] = await checkDkim(signWith('ts', 'robin@mail.example.com'), {
      resolver: keys(),
      fromDomain: 'example.com',
    });
    expect(d!.result).toBe('permerror');
  });
});

describe('DKIM: tag-list grammar (RFC 6376 §3.2, §3.5)', () => {
  const tags = (mid: string) => (bh: string) =>
    `v=1; a=rsa-sha256; c=relaxed/relaxed; ${mid}; h=${NAMES.join(':')}; bh=${bh}; b=`;

  it.each([
    ['a duplicated d=', 'd=example.com; s=k1; d=example.com'],
    ['D= beside d=', 'd=example.com; s=k1; D=example.com'],
    ['an empty ;; segment', 'd=example.com;; s=k1'],
    ['a _= tag', 'd=example.com; s=k1; _=x'],
  ])('%s makes a cryptographically good signature permerror', async (_what, mid) => {
    const [d] = (await run(dkim(msg(), tags(mid)))).dkim;
    expect(d).toMatchObject({ result: 'permerror', cause: 'malformed' });
    expect(d!.line).toContain('DKIM-Signature');
  });

  it('the same signature, well formed, passes', async () => {
    expect((await run(dkim(msg(), tags('d=example.com; s=k1')))).dkim[0]!.result).toBe('pass');
  });
});

describe('DKIM: an unsigned copy of a signed single field (RFC 6376 §8.15)', () => {
  const good = dkim(
    msg(),
    (bh) => `v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=k1; h=${NAMES.join(':')}; bh=${bh}; b=`,
  );

  it('a Subject added on top refuses the signature', async () => {
    const [d] = (await run(`Subject: Urgent\r\n${good}`)).dkim;
    expect(d!.result).toBe('permerror');
    // Its own cause: a provider's pass of that signature is not taken over it (red-team round 215).
    expect(d!.cause).toBe('field-added');
    expect(d!.info).toMatch(/2 subject header fields/);
  });

  it('a copy on top repeating a signed field’s words is no addition (ezmlm, PHP mail(), mailgun-ruby)', async () => {
    // The signed To is `To: a@example.net`; the same words spaced and folded otherwise read as one.
    expect((await run(`To:   a@example.net \r\n${good}`)).dkim[0]!.result).toBe('pass');
    expect((await run(`To:\r\n a@example.net\r\n${good}`)).dkim[0]!.result).toBe('pass');
    expect((await run(`To: a@example.net, ap@example.net\r\n${good}`)).dkim[0]).toMatchObject({
      result: 'permerror',
      cause: 'field-added',
    });
  });

  it('an over-signed field (h= lists it twice) may appear twice; an unsigned Received may be added', async () => {
    const twice = dkim(
      msg('Cc: b@example.net\r\nCc: c@example.net\r\n'),
      (bh) =>
        `v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=k1; h=${NAMES.join(':')}:cc:cc; bh=${bh}; b=`,
      [...NAMES, 'cc', 'cc'],
    );
    expect((await run(twice)).dkim[0]!.result).toBe('pass');
    expect(
      (await run(`Received: from x by y; Fri, 20 Nov 2026 10:00:05 +0000\r\n${good}`)).dkim[0]!.result,
    ).toBe('pass');
  });

  it('h= is counted as the verifier reads it: white space inside it is dropped, even in a name', async () => {
    // mailauth removes every white-space character from h=, so "c<fold>c" covers the second Cc
    // and the signature verifies over both; this rule must count the same two, not call one added.
    const folded = dkim(
      msg('Cc: b@example.net\r\nCc: c@example.net\r\n'),
      (bh) =>
        `v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=k1; h=${NAMES.join(':')}:cc:c\r\n\tc; bh=${bh}; b=`,
      [...NAMES, 'cc', 'cc'],
    );
    expect((await run(folded)).dkim[0]!.result).toBe('pass');
  });

  it('a Subject added on top of a signature that fails on its body hash is refused too', async () => {
    // A list footer undone or Exchange Online's record of a pass would excuse the hash failure; the
    // message as signed never had two Subject fields (probe6-eop-banner-added-subject).
    const changed = good.replace('Hi there.', 'CAUTION: external sender.\r\n\r\nHi there.');
    expect((await run(changed)).dkim[0]).toMatchObject({ result: 'fail', cause: 'body-hash-mismatch' });
    const [d] = (await run(`Subject: Urgent\r\n${changed}`)).dkim;
    expect(d!.result).toBe('permerror');
    expect(d!.info).toMatch(/2 subject header fields/);
  });

  it('a field the signature does not cover at all is not this rule (Reply-To twice, unsigned)', async () => {
    const raw = `Reply-To: a@example.org\r\nReply-To: b@example.org\r\n${good}`;
    expect((await run(raw)).dkim[0]!.result).toBe('pass');
  });
});

describe('ARC: the newest AMS without c= is simple/simple (RFC 6376 §3.5, RFC 8617 §4.1.2)', () => {
  const sealed = (canon: Canon, cTag: string) =>
    arcSetRaw(msg(), {
      aar: 'i=1; lists.example.org; dkim=pass header.d=example.com',
      ams: (bh) => `i=1; a=rsa-sha256; ${cTag}d=lists.example.org; s=arc; h=${NAMES.join(':')}; bh=${bh}; b=`,
      amsNames: NAMES,
      amsCanon: canon,
      seal: 'i=1; a=rsa-sha256; cv=none; d=lists.example.org; s=arc; b=',
      pem: corpusKeys().rsaPem,
    });

  it('no c=, signed simple/simple: pass', async () => {
    expect((await run(sealed('simple', ''))).arc).toMatchObject({
      result: 'pass',
      sealers: ['lists.example.org'],
    });
  });

  it('no c=, signed relaxed/relaxed: fail, which mailauth passes by retrying relaxed', async () => {
    const { arc } = await run(sealed('relaxed', ''));
    expect(arc.result).toBe('fail');
    expect(arc.info).toMatch(/no c=, so it is simple\/simple/);
  });

  it('c=relaxed/relaxed stated, signed relaxed: pass', async () => {
    expect((await run(sealed('relaxed', 'c=relaxed/relaxed; '))).arc.result).toBe('pass');
  });

  it('a well-formed seal with a trailing ";" passes; with a duplicated tag it fails', async () => {
    const seal = (tags: string) =>
      arcSetRaw(msg(), {
        aar: 'i=1; lists.example.org; dkim=pass header.d=example.com',
        ams: (bh) =>
          `i=1; a=rsa-sha256; c=relaxed/relaxed; d=lists.example.org; s=arc; h=${NAMES.join(':')}; bh=${bh}; b=`,
        amsNames: NAMES,
        seal: tags,
        pem: corpusKeys().rsaPem,
      });
    expect((await run(seal('i=1; a=rsa-sha256; cv=none; d=lists.example.org; s=arc; b=;'))).arc.result).toBe(
      'pass',
    );
    const dup = await run(seal('i=1; a=rsa-sha256; cv=none; d=lists.example.org; s=arc; s=arc; b='));
    expect(dup.arc.result).toBe('fail');
    expect(dup.arc.info).toMatch(/duplicate tag "s"/);
  });
});

describe('sealers read from the headers (offline, or when only the provider validated the chain)', () => {
  const seal = (v: string, index: number) => ({
    index,
    name: 'ARC-Seal',
    key: 'arc-seal',
    value: v,
    rawValue: v,
    line: `ARC-Seal: ${v}`,
  });
  it("names each instance's sealer in order for a well-formed chain", () => {
    expect(
      sealersInHeaders([
        seal('i=2; a=rsa-sha256; cv=pass; d=mimecast.com; s=arc; t=1; b=AAAA', 0),
        seal('i=1; a=rsa-sha256; cv=none; d=lists.example.org; s=arc; t=1; b=AAAA', 1),
      ]),
    ).toEqual(['lists.example.org', 'mimecast.com']);
  });
  it.each([
    [
      "a second d= (the verifier used the attacker's)",
      'i=1; a=rsa-sha256; cv=none; d=mimecast.com; d=attacker.example; s=arc; t=1; b=AAAA',
    ],
    ['d= and D=', 'i=1; a=rsa-sha256; cv=none; d=mimecast.com; D=attacker.example; s=arc; t=1; b=AAAA'],
  ])('names nobody when a seal is no valid tag-list: %s', (_, v) => {
    expect(sealersInHeaders([seal(v, 0)])).toEqual([]);
  });
  it('names nobody when an instance repeats or 1..n has a gap', () => {
    const a = 'a=rsa-sha256; cv=none; d=mimecast.com; s=arc; t=1; b=AAAA';
    expect(sealersInHeaders([seal(`i=1; ${a}`, 0), seal(`i=1; ${a}`, 1)])).toEqual([]);
    expect(sealersInHeaders([seal(`i=2; ${a}`, 0)])).toEqual([]);
  });
});

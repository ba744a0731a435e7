import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lastByHost, parseAuthResults, providerResults, stalwartMark } from '../../../lib/auth/authresults';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';

const headersOf = (raw: string | Uint8Array) => parseMessage(raw).headers;
const msg = (lines: string[]) => `${lines.join('\r\n')}\r\n\r\nbody`;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url));

describe('RFC 8601 Appendix B examples', () => {
  it('RFC 8601 B.1 trivial case: no header, no provider results', () => {
    const parsed = parseAuthResults(headersOf(msg(['From: sender@example.com', 'Subject: hi'])), [
      'example.org',
    ]);
    expect(parsed).toEqual([]);
    expect(providerResults(parsed)).toBeNull();
  });

  it('RFC 8601 B.2 service provided, no authentication done ("none", version 1)', () => {
    const [h] = parseAuthResults(headersOf(msg(['Authentication-Results: example.org 1; none'])), [
      'example.org',
    ]);
    expect(h).toMatchObject({
      authservId: 'example.org',
      version: 1,
      results: [],
      malformed: false,
      trusted: true,
    });
  });

  it('RFC 8601 B.3 service provided, authentication done', () => {
    const raw = msg([
      'Authentication-Results: example.com;',
      '          spf=pass smtp.mailfrom=example.net',
      'Received: from dialup-1-2-3-4.example.net (dialup-1-2-3-4.example.net [192.0.2.200])',
      '          by mail-router.example.com (8.11.6/8.11.6) with ESMTP id g1G0r1kA003489;',
      '          Fri, Feb 15 2002 17:19:07 -0800',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['example.com']);
    expect(parsed[0]).toMatchObject({
      authservId: 'example.com',
      version: null,
      trusted: true,
      forged: false,
      results: [{ method: 'spf', result: 'pass', reason: null, props: { 'smtp.mailfrom': 'example.net' } }],
    });
    expect(providerResults(parsed)?.spf).toBe('pass');
  });

  it('RFC 8601 B.4 several authentications by one MTA, two headers', () => {
    const raw = msg([
      'Authentication-Results: example.com;',
      '          auth=pass (cram-md5) smtp.auth=sender@example.net;',
      '          spf=pass smtp.mailfrom=example.net',
      'Authentication-Results: example.com; iprev=pass',
      '          policy.iprev=192.0.2.200',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['example.com']);
    expect(parsed.map((h) => h.trusted)).toEqual([true, true]);
    expect(parsed[0]?.results.map((r) => `${r.method}=${r.result}`)).toEqual(['auth=pass', 'spf=pass']);
    expect(parsed[0]?.results[0]?.props).toEqual({ 'smtp.auth': 'sender@example.net' });
    expect(parsed[1]?.results[0]).toMatchObject({
      method: 'iprev',
      result: 'pass',
      props: { 'policy.iprev': '192.0.2.200' },
    });
  });

  it('RFC 8601 B.5 several authentications by different MTAs of the same ADMD', () => {
    const raw = msg([
      'Authentication-Results: example.com;',
      '          dkim=pass (good signature) header.d=example.com',
      'Received: from mail-router.example.com (mail-router.example.com [192.0.2.1])',
      '          by auth-checker.example.com (8.11.6/8.11.6) with ESMTP id i7PK0sH7021929;',
      '          Fri, Feb 15 2002 17:19:22 -0800',
      'Authentication-Results: example.com;',
      '          auth=pass (cram-md5) smtp.auth=sender@example.com;',
      '          spf=fail smtp.mailfrom=example.com',
      'Received: from dialup-1-2-3-4.example.net (dialup-1-2-3-4.example.net [192.0.2.200])',
      '          by mail-router.example.com (8.11.6/8.11.6) with ESMTP id g1G0r1kA003489;',
      '          Fri, Feb 15 2002 17:19:07 -0800',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['example.com']);
    expect(parsed.map((h) => [h.trusted, h.forged])).toEqual([
      [true, false],
      [true, false],
    ]);
    const provider = providerResults(parsed);
    expect(provider?.dkim).toEqual([{ result: 'pass', domain: 'example.com', selector: null }]);
    // Both headers are the ADMD's own, above its proven entry hop: the method the top one lacks
    // (spf) is read from the one below, as B.5 describes; a sender's header never joins (it sits
    // below the entry line: authresults-entry.test.ts).
    expect(provider?.spf).toBe('fail');
    expect(provider?.lines).toHaveLength(2);
    // Both are above the entry hop (by mail-router.example.com), one of the receiver's hosts.
    expect(provider?.proven).toBe(true);
  });

  it('RFC 8601 B.6 multi-tiered: another ADMD’s header below is kept but not trusted', () => {
    const raw = msg([
      'Authentication-Results: example.com;',
      '      dkim=pass reason="good signature"',
      '        header.i=@mail-router.example.net;',
      '      dkim=fail reason="bad signature"',
      '        header.i=@newyork.example.com',
      'Received: from mail-router.example.net (mail-router.example.net [192.0.2.250])',
      '          by chicago.example.com (8.11.6/8.11.6) for <recipient@chicago.example.com>',
      '          with ESMTP id i7PK0sH7021929; Fri, Feb 15 2002 17:19:22 -0800',
      'Authentication-Results: example.net;',
      '      dkim=pass (good signature) header.i=@newyork.example.com',
      'Received: from smtp.newyork.example.com (smtp.newyork.example.com [192.0.2.220])',
      '          by mail-router.example.net (8.11.6/8.11.6) with ESMTP id g1G0r1kA003489;',
      '          Fri, Feb 15 2002 17:19:07 -0800',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['example.com']);
    expect(parsed.map((h) => [h.authservId, h.trusted, h.forged])).toEqual([
      ['example.com', true, false],
      ['example.net', false, false],
    ]);
    expect(parsed[0]?.results.map((r) => [r.result, r.reason, r.props['header.i']])).toEqual([
      ['pass', 'good signature', '@mail-router.example.net'],
      ['fail', 'bad signature', '@newyork.example.com'],
    ]);
    expect(providerResults(parsed)?.dkim.map((d) => d.domain)).toEqual([
      'mail-router.example.net',
      'newyork.example.com',
    ]);
  });

  it('RFC 8601 B.7 comment-heavy example', () => {
    const raw = msg([
      'Authentication-Results: foo.example.net (foobar) 1 (baz);',
      '    dkim (Because I like it) / 1 (One yay) = (wait for it) fail',
      '      policy (A dot can go here) . (like that) expired',
      "      (this surprised me) = (as I wasn't expecting it) 1362471462",
    ]);
    const [h] = parseAuthResults(headersOf(raw), ['foo.example.net']);
    expect(h).toMatchObject({ authservId: 'foo.example.net', version: 1, malformed: false });
    expect(h?.results).toHaveLength(1);
    expect(h?.results[0]).toMatchObject({
      method: 'dkim',
      result: 'fail',
      props: { 'policy.expired': '1362471462' },
    });
  });
});

describe('trust by position', () => {
  it('Gmail-shaped delivery: the provider’s header is trusted, one below the sender’s hop is forged, ARC-A-R is ignored', () => {
    const parsed = parseAuthResults(headersOf(fixture('gmail-delivered.eml')), ['MX.Google.com']);
    expect(parsed).toHaveLength(2);
    expect(parsed.map((h) => [h.trusted, h.forged])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(parsed[1]?.line).toBe(
      'Authentication-Results: mx.google.com; dmarc=pass header.from=bank.example',
    );
    const provider = providerResults(parsed);
    expect(provider).toMatchObject({
      authservId: 'mx.google.com',
      spf: 'pass',
      dkim: [{ result: 'pass', domain: 'example.org', selector: 'sel1' }],
      dmarc: { result: 'pass', policy: 'reject', domain: 'example.org' },
      arc: null,
    });
    expect(provider?.lines).toHaveLength(1);
  });

  it('an untrusted header ends the run: a trusted id below it is forged', () => {
    const raw = msg([
      'Authentication-Results: mx.example.com; spf=fail smtp.mailfrom=example.org',
      'Authentication-Results: filter.example.net; spf=pass smtp.mailfrom=example.org',
      'Authentication-Results: mx.example.com; dmarc=pass header.from=example.org',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['mx.example.com']);
    expect(parsed.map((h) => [h.trusted, h.forged])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(providerResults(parsed)).toMatchObject({ spf: 'fail', dmarc: null });
  });

  it('untrusted headers above the provider’s do not hide it', () => {
    const raw = msg([
      'Authentication-Results: local-filter.example.net; none',
      'Authentication-Results: mx.example.com; dmarc=fail (p=QUARANTINE) header.from=example.org',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['mx.example.com']);
    expect(parsed.map((h) => h.trusted)).toEqual([false, true]);
    expect(providerResults(parsed)?.dmarc).toEqual({
      result: 'fail',
      policy: 'quarantine',
      domain: 'example.org',
    });
  });

  it('the engine’s already parsed Received hops give the same trust as parsing them again', () => {
    for (const [name, ids] of [
      ['gmail-delivered.eml', ['MX.Google.com']],
      ['outlook-delivered.eml', ['mx.example.com']],
    ] as const) {
      const headers = headersOf(fixture(name));
      const hops = parseReceivedChain(headers);
      expect(hops.length).toBeGreaterThan(0);
      expect(parseAuthResults(headers, [...ids], hops)).toEqual(parseAuthResults(headers, [...ids]));
    }
    // The hops decide: with no receiver hop, the entry is the topmost hop with a public address,
    // and the header below it is still the sender's; the one kept is no longer proven (whether
    // Gmail wrote the entry line is read from the line itself: its last by clause).
    const headers = headersOf(fixture('gmail-delivered.eml'));
    const hops = parseReceivedChain(headers).map((h) => ({ ...h, by: 'elsewhere.example.net' }));
    const moved = parseAuthResults(headers, ['MX.Google.com'], hops);
    expect(moved.map((h) => h.forged)).toEqual([false, true]);
    expect(moved[0]?.proven).toBe(false);
    expect(parseAuthResults(headers, ['MX.Google.com'])[0]?.proven).toBe(true);
  });

  it('no trusted ids: nothing is trusted, nothing is forged', () => {
    const parsed = parseAuthResults(headersOf(fixture('gmail-delivered.eml')), []);
    expect(parsed.every((h) => !h.trusted && !h.forged)).toBe(true);
    expect(providerResults(parsed)).toBeNull();
  });

  it('policy.dmarc, arc and older result words map to RFC 8601 words', () => {
    const raw = msg([
      'Authentication-Results: mx.example.com; spf=hardfail smtp.mailfrom=a@example.org;',
      ' dkim=pass header.d=Example.ORG header.s=s1 header.b="abc=="; arc=pass;',
      ' dmarc=fail policy.dmarc=reject header.from=example.org; x-custom=weird',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['mx.example.com']);
    expect(parsed[0]?.results[1]?.props['header.b']).toBe('abc==');
    expect(providerResults(parsed)).toMatchObject({
      spf: 'fail',
      dkim: [{ result: 'pass', domain: 'example.org', selector: 's1' }],
      arc: 'pass',
      dmarc: { result: 'fail', policy: 'reject' },
    });
  });
});

describe('malformed headers are kept, flagged and never throw', () => {
  const one = (value: string) =>
    parseAuthResults(headersOf(msg([`Authentication-Results: ${value}`])), ['mx.example.com'])[0];

  it('Microsoft-style header without an authserv-id: results read, not attributable', () => {
    const parsed = parseAuthResults(headersOf(fixture('outlook-delivered.eml')), ['mx.example.com']);
    expect(parsed[0]).toMatchObject({ authservId: '', malformed: true, trusted: false, forged: false });
    expect(parsed[0]?.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      'spf=pass',
      'dkim=none',
      'dmarc=bestguesspass',
      'compauth=pass',
    ]);
    expect(parsed[0]?.results[3]?.reason).toBe('109');
  });

  it.each([
    ['unbalanced comment', 'mx.example.com; spf=pass (oops smtp.mailfrom=a@example.org'],
    ['unterminated quote', 'mx.example.com; dkim=pass reason="never closed'],
    ['no results at all', 'mx.example.com'],
    ['a bare word instead of method=result', 'mx.example.com; garbage'],
    ['an empty result', 'mx.example.com; spf= smtp.mailfrom=a@example.org'],
    ['a non-numeric version', 'mx.example.com v2; spf=pass'],
  ])('%s', (_label, value) => {
    const h = one(value);
    expect(h?.malformed).toBe(true);
    expect(h?.line).toBe(`Authentication-Results: ${value}`);
  });

  describe('an RFC 5321 address literal copied raw is one token in the second reading (probe45)', () => {
    const results = (value: string) => one(value)?.results.map((r) => `${r.method}=${r.result}`);
    it('a "(" inside it no longer erases the receiver’s header: its fail is read, malformed, without passes', () => {
      const v =
        'mx.reader.example; spf=fail (mx.reader.example: domain of bounce@[x:(] does not designate 198.51.100.66 as permitted sender) smtp.mailfrom=bounce@[x:(]; dkim=pass header.d=other.example; dmarc=fail (p=reject) header.from=northbank.example';
      expect(one(v)?.malformed).toBe(true);
      expect(results(v)).toEqual(['spf=fail', 'dmarc=fail']);
    });
    it('a ";arc=pass;" inside it is left out when the receiver wrote no arc= word of its own', () => {
      const lit = 'bounce@[x:y;arc=pass;spf=pass(z)z=]';
      const v = `mx.reader.example; spf=fail (sender ${lit} not permitted) smtp.mailfrom=${lit}; dmarc=fail (p=reject) header.from=northbank.example`;
      expect(one(v)?.malformed).toBe(true);
      expect(results(v)).not.toContain('arc=pass');
      expect(results(v)).toContain('dmarc=fail');
    });
    it('a genuine literal HELO beside genuine passes changes nothing (Fastmail’s smtp.helo=[192.0.2.150])', () => {
      const v =
        'mx.reader.example; spf=pass smtp.mailfrom=news@shop.example smtp.helo=[192.0.2.150]; dkim=pass header.d=shop.example; dmarc=pass header.from=shop.example';
      expect(one(v)?.malformed).toBe(false);
      expect(results(v)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass']);
      const at =
        'mx.reader.example; spf=pass (domain of news@[192.0.2.150] designates it) smtp.mailfrom=news@[192.0.2.150]; dmarc=pass header.from=shop.example';
      expect(one(at)?.malformed).toBe(false);
      expect(results(at)).toEqual(['spf=pass', 'dmarc=pass']);
    });
    it('where no reading balances (an unclosed or over-long literal, a bare "(" an MTA took), the receiver’s fail is recovered, never a pass (probe46)', () => {
      const rspamd = (env: string) =>
        `mx.example.com; dkim=none; dmarc=fail reason="No valid SPF" header.from=northbank.example (policy=reject); arc=pass; spf=pass (mx.example.com: domain of ${env} designates 198.51.100.66 as permitted sender) smtp.mailfrom=${env}`;
      for (const env of [`bounce@[x:${'q'.repeat(300)}(]`, 'bounce@[x:(', 'x)(@attacker.example']) {
        const h = one(rspamd(env));
        expect(h).toMatchObject({ authservId: 'mx.example.com', malformed: true, trusted: true });
        expect(results(rspamd(env))).toEqual(['dmarc=fail']);
      }
      // A head that is not a plain authserv-id is no one's: nothing is recovered.
      expect(one('mx.example.com (x; dmarc=fail')?.results).toEqual([]);
    });
    it('hostile: 30,000 unclosed literals finish quickly', () => {
      const start = performance.now();
      one(`mx.example.com; spf=fail (${'a@[xx'.repeat(6_000)}) ${'@['.repeat(10_000)}; dmarc=fail`);
      expect(performance.now() - start).toBeLessThan(5_000);
    });
  });

  describe('Stalwart writes its header right below its own Received line (rw45)', () => {
    const stalwart = (extraAbove: string[] = [], by = 'mx.example.com (Stalwart SMTP)') =>
      parseAuthResults(
        headersOf(
          msg([
            ...extraAbove,
            `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by ${by} with ESMTPS id 2142C9; Fri, 20 Nov 2026 10:00:05 +0000`,
            'Authentication-Results: mx.example.com; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example',
            'Authentication-Results: mx.example.com; dmarc=pass header.from=northbank.example',
            'From: a@northbank.example',
          ]),
        ),
        ['mx.example.com'],
      );
    it('the first header below its line is its own; a second one there is forged', () => {
      const [own, second] = stalwart();
      expect(own).toMatchObject({ trusted: true, forged: false });
      expect(second).toMatchObject({ trusted: false, forged: true });
    });
    it('the mark only as the line’s own by clause: not in a comment or quoted string after it (probe52)', () => {
      // Exim prints the sender's quoted envelope after its by clause.
      const exim = `mx.example.com with esmtps (Exim 4.96) (envelope-from <"x by mx.example.com (Stalwart SMTP) y"@attacker.example>)`;
      expect(stalwart([], exim)[0]).toMatchObject({ trusted: false, forged: true });
      expect(stalwartMark(`from a (b [192.0.2.1]) by ${exim}`)).toBe(false);
      expect(stalwartMark('from a (x by mx.example.com (Stalwart SMTP)) by mx.example.com (Postfix)')).toBe(
        false,
      );
      expect(stalwartMark('from "by mx (Stalwart SMTP)" by mx.example.com (Exim)')).toBe(false);
      expect(
        stalwartMark('from a (b [192.0.2.1])\r\n\tby mx.example.com (Stalwart SMTP) with ESMTPS id 1'),
      ).toBe(true);
      expect(stalwartMark('from a (b [192.0.2.1]) by mx.example.com (stalwart smtp) with LMTP')).toBe(true);
    });
    it('not for another MTA, nor when its own header sits above its line', () => {
      expect(stalwart([], 'mx.example.com (Postfix)')[0]).toMatchObject({ trusted: false, forged: true });
      const above = stalwart([
        'Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=northbank.example',
      ]);
      expect(above[0]).toMatchObject({ trusted: true });
      expect(above[1]).toMatchObject({ trusted: false, forged: true });
    });
  });

  describe('Postfix’s and Sendmail’s milters write under their own Received line (real-mail rounds 169, 170)', () => {
    const BOX = 'mail.hollis-kade.example';
    const entry = `Received: from mx.perceval.example (mx.perceval.example [198.51.100.169]) by ${BOX} (Postfix) with ESMTPS id 1FE8; Fri, 20 Nov 2026 09:41:48 +0000`;
    const lmtp = `Received: from ${BOX} by ${BOX} with LMTP id kP3x (envelope-from <t@perceval.example>) for <anna@hollis-kade.example>; Fri, 20 Nov 2026 09:41:49 +0000`;
    const reinjection = `Received: from localhost.localdomain (localhost.localdomain [127.0.0.1]) by ${BOX} (Postfix) with ESMTP id 6887; Fri, 20 Nov 2026 09:41:48 +0000`;
    const row = (r: string) => `Authentication-Results: ${BOX}; ${r}`;
    const parse = (lines: string[]) =>
      parseAuthResults(headersOf(msg([...lines, 'From: t@perceval.example'])), [BOX]);
    it('the run right under the entry line is marked, never trusted, still forged', () => {
      const rs = parse([
        lmtp,
        entry,
        row('arc=none'),
        'ARC-Seal: i=1; a=rsa-sha256; d=hollis-kade.example; s=a; cv=none; b=x',
        row('dmarc=pass header.from=perceval.example'),
        row('dkim=pass header.d=perceval.example'),
      ]);
      expect(rs.map((r) => [r.trusted, r.forged, r.underOwnEntry])).toEqual([
        [false, true, true],
        [false, true, true],
        [false, true, true],
      ]);
    });
    it('the run ends at another id’s row or another Received line', () => {
      const other = parse([
        entry,
        'Authentication-Results: mx.perceval.example; dkim=pass',
        row('dmarc=pass'),
      ]);
      expect(other.map((r) => r.underOwnEntry)).toEqual([undefined, undefined]);
      expect(other[1]).toMatchObject({ forged: true });
      const hop = parse([
        entry,
        'Received: from a (b [192.0.2.9]) by mx.perceval.example (Postfix) with ESMTP id 2; Fri, 20 Nov 2026 09:40:00 +0000',
        row('dmarc=pass'),
      ]);
      expect(hop[0]).toMatchObject({ forged: true });
      expect(hop[0]?.underOwnEntry).toBeUndefined();
    });
    it('not under another MTA’s line, nor when the box’s trusted row sits right above its entry', () => {
      const exim = entry.replace('(Postfix) with ESMTPS', 'with esmtps (Exim 4.96)');
      expect(parse([exim, row('dmarc=pass')])[0]?.underOwnEntry).toBeUndefined();
      // Sendmail hides its line from milters too (real-mail round 170); its submission line does not count.
      const sendmail = entry.replace('(Postfix) with ESMTPS', '(8.17.1/8.17.1) with ESMTPS');
      expect(parse([sendmail, row('dmarc=pass')])[0]?.underOwnEntry).toBe(true);
      const submit = entry.replace('(Postfix) with ESMTPS', '(8.17.1/8.17.1/Submit)');
      expect(parse([submit, row('dmarc=pass')])[0]?.underOwnEntry).toBeUndefined();
      // trust-fill-missing-dmarc: this box writes above its entry line, so a row below is the sender's.
      const above = parse([row('spf=fail smtp.mailfrom=perceval.example'), entry, row('dmarc=pass')]);
      expect(above[0]).toMatchObject({ trusted: true });
      expect(above[1]).toMatchObject({ forged: true });
      expect(above[1]?.underOwnEntry).toBeUndefined();
    });
    it('not for a row under the name of another host whose own line is above the entry (round 179, D)', () => {
      const inner = `Received: from gw.hollis-kade.example (gw.hollis-kade.example [203.0.113.30]) by store.hollis-kade.example (Postfix) with ESMTP id 9; Fri, 20 Nov 2026 09:41:49 +0000`;
      const rs = parseAuthResults(
        headersOf(
          msg([
            inner,
            entry,
            'Authentication-Results: store.hollis-kade.example; dmarc=pass',
            'From: t@perceval.example',
          ]),
        ),
        [BOX, 'store.hollis-kade.example'],
        undefined,
        1,
      );
      expect(rs[0]).toMatchObject({ forged: true });
      expect(rs[0]?.underOwnEntry).toBeUndefined();
    });
    it('a trusted row under the box’s own re-injection line (a content filter) does not stop it', () => {
      const rs = parse([
        lmtp,
        reinjection,
        row('dkim=pass header.d=perceval.example'),
        entry,
        row('dmarc=pass'),
      ]);
      expect(rs[0]).toMatchObject({ trusted: true });
      expect(rs[1]).toMatchObject({ trusted: false, forged: true, underOwnEntry: true });
    });
  });

  it('a Gmail header right below an entry line Gmail did not write is the sender’s (round 179: a POP3 fetch)', () => {
    const lines = (by: string) => [
      'Received: from hostbox.example by mx.google.com with POP3 id x; Fri, 20 Nov 2026 09:45:00 -0800 (PST)',
      `Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by ${by} with ESMTPS id 1; Fri, 20 Nov 2026 17:41:48 +0000`,
      'Authentication-Results: mx.google.com; dkim=pass header.i=@northbank.example; spf=pass; dmarc=pass header.from=northbank.example',
      'From: a@northbank.example',
    ];
    const fetched = parseAuthResults(
      headersOf(msg(lines('mail.hostbox.example (Postfix)'))),
      ['mx.google.com'],
      undefined,
      1,
    );
    expect(fetched[0]).toMatchObject({ trusted: false, forged: true });
    const own = parseAuthResults(headersOf(msg(lines('mx.google.com'))), ['mx.google.com'], undefined, 1);
    expect(own[0]).toMatchObject({ trusted: true });
  });

  it('a Received line’s last by clause is the receiver’s, not a HELO’s words (round 180)', () => {
    expect(
      lastByHost('from mail.x (mail.x. [192.0.2.1]) by mx.google.com with ESMTPS id a1 for <b@c>; date'),
    ).toBe('mx.google.com');
    expect(
      lastByHost(
        'from x by mx.google.com with ESMTPS id q1 (h [192.0.2.9]) by mail.hostbox.example (Postfix) with ESMTP id Z',
      ),
    ).toBe('mail.hostbox.example');
    expect(
      lastByHost('from a (b [192.0.2.1]) by mx.example.com (envelope-from <"x by mx.google.com"@e.example>)'),
    ).toBe('mx.example.com');
    expect(lastByHost('from a (b by mx.google.com) with SMTP')).toBeNull();
  });

  describe('a HELO that writes into the receiver’s header (probe47)', () => {
    const delivery = (helo: string) =>
      parseAuthResults(
        headersOf(
          msg([
            `Authentication-Results: mx.example.com; spf=none (mx.example.com: domain of ${helo} has no SPF policy) smtp.helo=${helo}; dkim=none`,
            `Received: from ${helo} (mail.attacker.example [198.51.100.66]) by mx.example.com (Postfix) with ESMTPS id 4Z; Fri, 20 Nov 2026 10:00:05 +0000`,
            'From: a@northbank.example',
          ]),
        ),
        ['mx.example.com'],
      );
    it('a ";" in the HELO the receiver printed: no pass of its header is taken, its failures are', () => {
      const h = delivery('x;dmarc=pass header.from=northbank.example;arc=fail')[0];
      expect(h).toMatchObject({ trusted: true, malformed: true });
      expect(h?.results.map((r) => `${r.method}=${r.result}`)).toEqual(['spf=none', 'arc=fail', 'dkim=none']);
    });
    it('rspamd’s quoting closed early by a backslash, and a quote or ")" alike', () => {
      for (const helo of [
        'a\\";dmarc=pass',
        'a");dmarc=pass',
        'a)x;dmarc=pass',
        'a(b);dmarc=pass',
        'a([198.51.100.66]);dmarc=pass',
      ])
        expect(delivery(helo)[0]?.results.some((r) => r.result === 'pass')).toBe(false);
    });
    it('over IPv6, where Postfix prints the client [IPv6:…] (probe50)', () => {
      const h = parseAuthResults(
        headersOf(
          msg([
            'Authentication-Results: mx.example.com; spf=none smtp.helo=a(b);dmarc=pass header.from=northbank.example',
            'Received: from a(b);dmarc=pass header.from=northbank.example (mail.attacker.example [IPv6:2001:db8:66::25]) by mx.example.com (Postfix) with ESMTPS id 4Z; Fri, 20 Nov 2026 10:00:05 +0000',
            'From: a@northbank.example',
          ]),
        ),
        ['mx.example.com'],
      )[0];
      expect(h?.results.some((r) => r.result === 'pass')).toBe(false);
    });
    it('genuine HELOs (a host name, an address literal, an IPv6 literal) change nothing', () => {
      for (const helo of [
        'mail.northbank.example',
        '[192.0.2.1]',
        '[IPv6:2001:db8::1]',
        'My-PC',
        'localhost',
      ]) {
        const h = parseAuthResults(
          headersOf(
            msg([
              `Authentication-Results: mx.example.com; spf=pass smtp.helo=${helo}; dmarc=pass header.from=northbank.example`,
              `Received: from ${helo} (mail.northbank.example [192.0.2.10]) by mx.example.com (Postfix) with ESMTPS id 4Z; Fri, 20 Nov 2026 10:00:05 +0000`,
              'From: a@northbank.example',
            ]),
          ),
          ['mx.example.com'],
        )[0];
        expect(h).toMatchObject({ trusted: true, malformed: false });
        expect(h?.results.map((r) => r.result)).toEqual(['pass', 'pass']);
      }
    });
  });

  it('a malformed trusted header still counts as trusted for what it could read', () => {
    const h = one('mx.example.com; spf=pass smtp.mailfrom=a@example.org; junk');
    expect(h).toMatchObject({ trusted: true, malformed: true });
    expect(h?.results).toHaveLength(1);
  });

  it('hostile: a 1 MB header and 100,000 dots finish quickly', () => {
    const start = performance.now();
    one(`mx.example.com; spf=pass ${'a.'.repeat(100_000)}= ${' '.repeat(100_000)}x`);
    one(`mx.example.com; ${'('.repeat(500_000)}`);
    one(`mx.example.com; ${'"'.repeat(3)}${'x=y '.repeat(250_000)}`);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('authserv-id families (*.suffix)', () => {
  it('trusts any cluster of the family at the top and marks a lower copy as forged', () => {
    const raw = [
      'Authentication-Results: atlas-unlisted.v9-mail-prod9-xx1.omega.yahoo.com; dmarc=fail header.from=bank.example',
      'Received: from relay.attacker.example (relay.attacker.example [203.0.113.9]) by atlas-unlisted.v9-mail-prod9-xx1.omega.yahoo.com; Tue, 3 Mar 2026 10:00:05 +0000',
      'Received: from laptop (unknown [198.51.100.4]) by relay.attacker.example; Tue, 3 Mar 2026 10:00:01 +0000',
      'Authentication-Results: atlas206.free.mail.ne1.yahoo.com; dmarc=pass header.from=bank.example',
      'From: a@bank.example',
      '',
      'x',
    ].join('\r\n');
    const parsed = parseAuthResults(parseMessage(raw).headers, ['*.yahoo.com']);
    expect(parsed.map((h) => [h.trusted, h.forged])).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});

describe('providers that write one header per delivery (Gmail, Yahoo)', () => {
  // Gmail's layout: its entry hop, Received-SPF and its one header; the message's own headers follow.
  const gmailTop = [
    'Received: from mail.evil.example (mail.evil.example. [203.0.113.9]) by mx.google.com with ESMTPS id y; Tue, 3 Mar 2026 10:00:05 -0800',
    'Received-SPF: pass (google.com: domain of bounce@evil.example designates 203.0.113.9 as permitted sender) client-ip=203.0.113.9;',
    'Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=bounce@evil.example; dmarc=fail (p=REJECT) header.from=paypal.com',
  ];

  it('does not count a second Gmail header right under the real one: the sender wrote it (forged)', () => {
    const raw = msg([
      ...gmailTop,
      'Authentication-Results: mx.google.com; dkim=pass header.i=@paypal.com header.s=pp; arc=pass',
      'From: PayPal <service@paypal.com>',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['mx.google.com']);
    // Issue 16: below Gmail's entry line only its own first header is Gmail's.
    expect(parsed.map((h) => [h.trusted, h.forged])).toEqual([
      [true, false],
      [false, true],
    ]);
    const provider = providerResults(parsed)!;
    expect(provider.dkim).toEqual([]);
    expect(provider.arc).toBeNull();
    expect(provider.dmarc?.result).toBe('fail');
  });

  it('does not count, nor call forged, the header of an earlier Gmail delivery of a forwarded message', () => {
    const raw = msg([
      'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id z; Tue, 3 Mar 2026 10:01:00 -0800',
      'Authentication-Results: mx.google.com; dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=fwd@gmail.com; dmarc=pass header.from=example.org',
      'Received: by 2002:a05:6a10:1:b0:5a:1 with SMTP id x; Tue, 3 Mar 2026 10:00:59 -0800',
      'Received: from mail.example.org (mail.example.org. [198.51.100.7]) by mx.google.com with ESMTPS id w; Tue, 3 Mar 2026 10:00:05 -0800',
      'Authentication-Results: mx.google.com; dkim=pass header.i=@example.org; spf=pass smtp.mailfrom=a@example.org; dmarc=pass header.from=example.org',
      'From: a@example.org',
    ]);
    const parsed = parseAuthResults(headersOf(raw), ['mx.google.com']);
    expect(parsed.map((h) => [h.trusted, h.forged])).toEqual([
      [true, false],
      [false, false],
    ]);
  });

  it('applies to the whole Yahoo family, and not to providers that write several headers', () => {
    const yahoo = msg([
      'Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com; dmarc=fail header.from=bank.example',
      'Authentication-Results: atlas-production.v2-mail-prod1-bf1.omega.yahoo.com; dmarc=pass header.from=bank.example',
      'From: a@bank.example',
    ]);
    const y = parseAuthResults(headersOf(yahoo), ['*.yahoo.com']);
    expect(y.map((h) => h.trusted)).toEqual([true, false]);
    expect(providerResults(y)?.dmarc?.result).toBe('fail');
    // RFC 8601 B.4: one MTA of a self-hosted ADMD writes two headers; both stay trusted.
    const selfHosted = msg([
      'Authentication-Results: mx.example.org; dkim=pass header.d=example.com',
      'Authentication-Results: mx.example.org; dmarc=pass header.from=example.com',
      'From: a@example.com',
    ]);
    expect(parseAuthResults(headersOf(selfHosted), ['mx.example.org']).map((h) => h.trusted)).toEqual([
      true,
      true,
    ]);
  });
});

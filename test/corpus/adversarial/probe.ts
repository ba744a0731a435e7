// Red-team probes (December 2026), written by an attacker who has read lib/ and everything the
// other makers already cover: From fields that parse one way here and another in a mail app
// (look-alike dots, bare CR, comments, obsolete routes), DKIM replays (l=, thin h=), organisational
// domains under the PSL's private section, DMARC record edge cases (np=, duplicate records, deep
// subdomains), SPF ptr with an attacker-set PTR, and forged trace fields (Received-SPF,
// Authentication-Results with a re-cased or commented authserv-id) below the entry hop.

import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { dkimRaw } from '../../helpers/raw-sign';
import { ARGS, ATTACKER_IP, attackerMail, authenticZone, BANK, fromAttacker, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

export async function make(write: CaseWriter): Promise<void> {
  const { unsigned, authenticated } = attackerMail(write);

  // ---- From fields that read as the bank in a mail app but name another domain for the checks
  unsigned({
    name: 'probe-from-fullwidth-dot',
    about:
      'From security@northbank．example (U+FF0E FULLWIDTH FULL STOP): a mail app draws the bank’s domain, IDNA maps the dot to ".", and the checks ask _dmarc for a name that cannot exist',
    class: 'probe-from-unicode-dot',
    from: 'Northbank Security <security@northbank\uff0eexample>',
    expect: { verdict: 'spoofed', findings: ['from-unparseable'], fields: { 'dmarc.result': 'fail' } },
  });
  unsigned({
    name: 'probe-from-ideographic-dot',
    about: 'From security@northbank。example (U+3002 IDEOGRAPHIC FULL STOP), another dot IDNA maps to "."',
    class: 'probe-from-unicode-dot',
    from: 'Northbank Security <security@northbank\u3002example>',
    expect: { verdict: 'spoofed', findings: ['from-unparseable'], fields: { 'dmarc.result': 'fail' } },
  });
  unsigned({
    name: 'probe-from-zero-width-in-domain',
    about:
      'A zero-width space inside the From domain (northbank.exam\u200bple): drawn as the bank, asked as another name',
    class: 'probe-from-unicode-dot',
    from: 'Northbank Security <security@northbank.exam\u200bple>',
    expect: { verdict: 'spoofed', findings: ['from-unparseable'] },
  });
  await authenticated({
    name: 'probe-from-cyrillic-idn-u-label',
    about:
      'From service@pаypal.com with a Cyrillic а, written in Unicode (RFC 6532); the attacker’s punycode domain xn--pypal-4ve.com authenticates in full',
    class: 'probe-idn',
    from: 'PayPal <service@p\u0430ypal.com>',
    domain: 'xn--pypal-4ve.com',
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
  await authenticated({
    name: 'probe-from-cyrillic-idn-a-label',
    about: 'The same look-alike written as its A-label, service@xn--pypal-4ve.com, fully authenticated',
    class: 'probe-idn',
    from: 'PayPal <service@xn--pypal-4ve.com>',
    domain: 'xn--pypal-4ve.com',
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
  await authenticated({
    name: 'probe-from-comment-brand-address',
    about:
      'From: service@attacker.example (service@paypal.com): old mail apps show the comment as the name, the checks pass for the attacker',
    class: 'probe-from-syntax',
    from: 'service@attacker.example (service@paypal.com)',
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });
  await authenticated({
    name: 'probe-from-encoded-name-brand-address',
    about: 'A display name that is an encoded-word decoding to "PayPal <service@paypal.com>"',
    class: 'probe-from-syntax',
    from: '=?utf-8?Q?PayPal_=3Cservice=40paypal=2Ecom=3E?= <x@attacker.example>',
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });
  await authenticated({
    name: 'probe-from-obsolete-route',
    about:
      'An obsolete source route in From (RFC 5322 §4.4): <@northbank.example:security@attacker.example>, hoping an app shows the route’s domain',
    class: 'probe-from-syntax',
    from: 'Northbank Security <@northbank.example:security@attacker.example>',
    expect: { verdict: 'suspicious', findings: ['from-unparseable'] },
  });
  await authenticated({
    name: 'probe-from-bare-cr-second-from',
    about:
      'A bare CR inside the signed Subject hides a second "From:" line: parsers that end lines at CR see the bank as author, the checks see one From (the attacker)',
    class: 'probe-header-syntax',
    from: 'Alerts <alerts@attacker.example>',
    extra: ['X-Campaign: 7\rFrom: Northbank Security <security@northbank.example>'],
    expect: { verdict: 'spoofed', findings: ['multiple-from'], fields: { 'dmarc.result': 'fail' } },
  });
  await authenticated({
    name: 'probe-from-space-before-colon',
    about: 'A second author field written "From : …" (obsolete syntax, RFC 5322 §4.5) above the signed From',
    class: 'probe-header-syntax',
    from: 'Alerts <alerts@attacker.example>',
    top: ['From : Northbank Security <security@northbank.example>'],
    expect: { verdict: 'spoofed', findings: ['multiple-from'] },
  });
  await authenticated({
    name: 'probe-from-nul-in-name',
    about:
      'A second From whose name carries a NUL byte ("Fr\\0om:"): C parsers stop at the NUL, others drop it',
    class: 'probe-header-syntax',
    from: 'Alerts <alerts@attacker.example>',
    top: ['Fr\0om: Northbank Security <security@northbank.example>'],
    expect: { verdict: 'spoofed', findings: ['multiple-from', 'nul-bytes'] },
  });
  await authenticated({
    name: 'probe-sender-is-bank',
    about:
      'Authenticated attacker mail with Sender: the bank; Outlook draws "Northbank on behalf of …", so the bank’s name leads. Neither SPF nor DKIM passes for the bank: sender-other-org (was "authenticated" before that rule)',
    class: 'probe-sender',
    from: 'Alerts <alerts@attacker.example>',
    extra: ['Sender: Northbank Security <security@northbank.example>'],
    expect: { verdict: 'suspicious', findings: ['sender-other-org'] },
  });

  await authenticated({
    name: 'probe-from-mailsploit-local-part',
    about:
      'Mailsploit (2017): the local part is an encoded-word that decodes to "security@northbank.example" and a NUL; apps that decode inside addresses show the bank, the checks pass for the attacker',
    class: 'probe-from-syntax',
    from: `Northbank Security <=?utf-8?b?${Buffer.from('security@northbank.example\0').toString('base64')}?=@attacker.example>`,
    expect: { verdict: 'suspicious', findings: ['from-local-part-address'] },
  });
  await authenticated({
    name: 'probe-from-encoded-word-domain',
    about:
      'An encoded-word as the From domain, <security@=?utf-8?Q?northbank=2Eexample?=>: apps that decode it everywhere show the bank',
    class: 'probe-from-syntax',
    from: 'Northbank Security <security@=?utf-8?Q?northbank=2Eexample?=>',
    expect: { verdict: 'spoofed', findings: ['from-unparseable'] },
  });
  await authenticated({
    name: 'probe-from-cfws-in-address',
    about:
      'Obsolete spaces and a comment inside the address, <security @ (bank) northbank.example>: since red-team round 165 the comment and spaces are dropped (RFC 5322 §4.4) and the bank’s own DMARC fails',
    class: 'probe-from-syntax',
    from: 'Northbank Security <security @ (bank) northbank.example>',
    expect: { verdict: 'spoofed', findings: ['dmarc-fail'], fields: { 'from.domain': 'northbank.example' } },
  });
  write('probe-from-i-tag-bank', {
    eml: onTop(
      dkimRaw(
        submitted({
          from: 'Northbank Security <security@northbank.example>',
          subject: 'Verify your account now',
        }),
        (bh) =>
          `v=1; a=rsa-sha256; c=relaxed/relaxed; d=attacker.example; i=security@northbank.example; s=s1; t=1795168800; h=from:to:subject:date:message-id; bh=${bh}; b=`,
        ['from', 'to', 'subject', 'date', 'message-id'],
        corpusKeys().rsaPem,
      ),
      'Return-Path: <bounce@attacker.example>',
      fromAttacker('attacker.example'),
    ),
    zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP) },
    meta: {
      about:
        'The attacker’s own signature (d=attacker.example) with i=security@northbank.example, hoping i= is read as the signer',
      class: 'probe-dkim-identity',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
    },
  });
  await authenticated({
    name: 'probe-suffix-in-middle',
    about:
      'security@acmebank.co.uk.attacker.example: a whole registrable name with its public suffix as labels of the attacker’s domain, for a name HeaderLens does not know (not a brand, the reader’s or a remembered one): lookalike-domain, “starts with the name of another domain” (was "authenticated" before that check)',
    class: 'probe-org-domain',
    from: 'Acme Bank <security@acmebank.co.uk.attacker.example>',
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });

  // ---- Organisational domains
  await authenticated({
    name: 'probe-brand-as-subdomain',
    about:
      'service@paypal.com.attacker.example: the brand’s whole domain as labels under the attacker’s, all aligned',
    class: 'probe-org-domain',
    from: 'PayPal <service@paypal.com.attacker.example>',
    domain: 'attacker.example',
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
  {
    const signed = await signCorpus(
      submitted({ from: 'Northbank <alerts@northbank.eu.org>', subject: 'Statement ready' }),
      { domain: 'attacker.eu.org', selector: 's1' },
    );
    write('probe-psl-private-sibling', {
      eml: onTop(signed, 'Return-Path: <bounce@attacker.eu.org>', fromAttacker('attacker.eu.org')),
      zone: {
        'northbank.eu.org': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
        '_dmarc.northbank.eu.org': { TXT: ['v=DMARC1; p=reject'] },
        ...authenticZone('attacker.eu.org', ATTACKER_IP),
      },
      meta: {
        about:
          'eu.org is a public suffix in the PSL’s private section: a signature by a sibling, attacker.eu.org, hoping relaxed alignment reads both as eu.org',
        class: 'probe-org-domain',
        args: ARGS,
        expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
      },
    });
  }

  // ---- DMARC record edge cases
  unsigned({
    name: 'probe-dmarc-deep-subdomain',
    about: 'A From nine labels under a p=reject bank, past the DMARC tree walk’s eight-label shortcut',
    class: 'probe-dmarc-policy',
    from: 'Northbank <security@a.b.c.d.e.f.g.h.northbank.example>',
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });
  unsigned({
    name: 'probe-dmarc-np-nonexistent',
    about:
      'A made-up subdomain of a bank that publishes sp=none for its real subdomains and np=reject for names that do not exist (RFC 9989 §4.7)',
    class: 'probe-dmarc-policy',
    from: 'Northbank <security@verify.northbank.example>',
    zone: {
      ...BANK,
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject; sp=none; np=reject'] },
    },
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail', 'dmarc.policy': 'reject' } },
  });
  unsigned({
    name: 'probe-dmarc-two-records',
    about:
      'Spoofs a bank that published two DMARC records (p=reject and p=none): RFC 7489 §6.6.3 says no policy, so never authenticated, and no reason to call it spoofed',
    class: 'probe-dmarc-policy',
    from: 'Northbank <security@northbank.example>',
    zone: {
      ...BANK,
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject', 'v=DMARC1; p=none'] },
    },
    expect: { verdict: 'unverified', fields: { 'dmarc.result': 'none' } },
  });
  unsigned({
    name: 'probe-dmarc-record-case',
    about: 'A bank whose record is written "v=DMARC1; p=REJECT" in capitals: the policy still applies',
    class: 'probe-dmarc-policy',
    from: 'Northbank <security@northbank.example>',
    zone: { ...BANK, '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=REJECT; sp=REJECT'] } },
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });

  // ---- SPF
  unsigned({
    name: 'probe-spf-ptr-attacker-reverse',
    about:
      'The bank’s SPF uses ptr:northbank.example; the attacker sets its address’s PTR to mail.northbank.example (no A record leads back) and sends as the bank',
    class: 'probe-spf',
    envelope: 'security@northbank.example',
    from: 'Northbank <security@northbank.example>',
    zone: {
      'northbank.example': { TXT: ['v=spf1 ptr:northbank.example -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
      '66.100.51.198.in-addr.arpa': { PTR: ['mail.northbank.example'] },
      'mail.northbank.example': { A: ['192.0.2.10'] },
    },
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail', 'spf.result': 'fail' } },
  });

  // ---- DKIM replays of genuine bank mail
  {
    const body = 'Your statement for November is ready in online banking.\r\n';
    const genuine = await signCorpus(
      submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your statement is ready', body }),
      { domain: 'northbank.example', selector: 'nb1', maxBodyLength: body.length },
    );
    write('probe-dkim-l-appended', {
      eml: onTop(
        `${genuine}\r\nAction needed: confirm your card at https://northbank.example.attacker.example/confirm\r\n`,
        'Return-Path: <alerts@northbank.example>',
        fromAttacker('attacker.example'),
      ),
      zone: { ...BANK, 'nb1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } },
      meta: {
        about: 'A genuine bank signature with l= replayed with a phishing paragraph after the signed length',
        class: 'probe-dkim-replay',
        args: ARGS,
        expect: { verdict: 'suspicious', findings: ['dkim-body-length'], fields: { 'dmarc.result': 'pass' } },
      },
    });
    const thin = await signCorpus(
      submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your statement is ready', body }),
      { domain: 'northbank.example', selector: 'nb1', headerList: ['from', 'date', 'message-id'] },
    );
    // The signed Subject and To stay; the attacker adds a Reply-To nobody signed.
    write('probe-dkim-thin-h-reply-to', {
      eml: onTop(
        thin.replace(
          'Subject: Your statement is ready',
          'Reply-To: Northbank Help <help@attacker.example>\r\nSubject: Your statement is ready',
        ),
        'Return-Path: <alerts@northbank.example>',
        fromAttacker('attacker.example'),
      ),
      zone: { ...BANK, 'nb1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } },
      meta: {
        about:
          'A genuine bank signature covering only From, Date and Message-ID, replayed with an unsigned Reply-To at the attacker',
        class: 'probe-dkim-replay',
        args: ARGS,
        expect: {
          verdict: 'suspicious',
          findings: ['reply-to-other-org'],
          fields: { 'dmarc.result': 'pass' },
        },
      },
    });
  }

  {
    // A genuine bank notice signed a year ago, replayed now from the attacker's server.
    const old = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your card has been blocked',
        date: 'Mon, 17 Nov 2025 09:00:00 +0000',
      }),
      { domain: 'northbank.example', selector: 'nb1', signTime: new Date('2025-11-17T09:00:00Z') },
    );
    write('probe-dkim-year-old-replay', {
      eml: onTop(old, 'Return-Path: <alerts@northbank.example>', fromAttacker('attacker.example')),
      zone: { ...BANK, 'nb1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } },
      meta: {
        about:
          'A genuine bank notice signed (t=, signed Date) a year before it arrives, replayed unchanged from the attacker’s server',
        class: 'probe-dkim-replay',
        args: ARGS,
        expect: { verdict: 'suspicious', findings: ['date-mismatch'], fields: { 'dmarc.result': 'pass' } },
      },
    });
  }

  // ---- The receiver's own Received line, with a HELO written to be read as the client address
  write('probe-helo-mapped-literal', {
    eml: onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        subject: 'Verify your account now',
      }),
      'Return-Path: <security@northbank.example>',
      received({ helo: '[IPv6:::ffff:192.0.2.10]', ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: BANK,
    meta: {
      about:
        'HELO [IPv6:::ffff:192.0.2.10], the bank’s address as an IPv4-mapped IPv6 literal, hoping the Received parser takes it for the client',
      class: 'probe-received-ip',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'origin.ip': ATTACKER_IP } },
    },
  });
  write('probe-helo-leading-zero-literal', {
    eml: onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        subject: 'Verify your account now',
      }),
      'Return-Path: <security@northbank.example>',
      received({ helo: '[192.000.002.010]', ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: BANK,
    meta: {
      about: 'HELO [192.000.002.010], the bank’s address with leading zeros, hoping it is read as the client',
      class: 'probe-received-ip',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'origin.ip': ATTACKER_IP } },
    },
  });

  // ---- Forged provider results that repeat what HeaderLens finds, plus one claim it does not
  // (a header that only agrees is noted at low: Proton Mail and Coremail write theirs there)
  for (const [name, about, claim] of [
    [
      'probe-authres-agrees-plus-bank-dkim',
      'Mail the attacker’s domain authenticates, with a forged Authentication-Results under the entry hop that states its true results and adds dkim=pass header.d=northbank.example',
      'spf=pass smtp.mailfrom=attacker.example; dkim=pass header.d=attacker.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=attacker.example',
    ],
    [
      'probe-authres-agrees-plus-own-method',
      'The same with the true results and a made-up method (x-bank-verified=pass) a mail app might show',
      'spf=pass smtp.mailfrom=attacker.example; dmarc=pass header.from=attacker.example; x-bank-verified=pass',
    ],
    [
      'probe-authres-agrees-other-identity',
      'The true SPF result stated for another identity (spf=pass smtp.mailfrom=northbank.example)',
      'spf=pass smtp.mailfrom=northbank.example; dmarc=pass header.from=attacker.example',
    ],
  ] as const)
    await authenticated({
      name,
      about,
      class: 'probe-forged-trace',
      from: 'Account Team <team@attacker.example>',
      extra: [`Authentication-Results: ${RECEIVER}; ${claim}`],
      expect: { verdict: 'suspicious', findings: ['forged-auth-results'] },
    });

  // ---- Trace fields forged below the entry hop (offline: no DNS to re-check with)
  const below = (name: string, about: string, lines: string[], findings: string[] = []) =>
    write(name, {
      eml: onTop(
        // The forged lines sit under the entry Received line, where the attacker writes.
        onTop(
          submitted({
            from: 'Northbank Security <security@northbank.example>',
            subject: 'Verify your account now',
          }),
          ...lines,
        ),
        'Return-Path: <security@northbank.example>',
        fromAttacker('attacker.example'),
      ),
      meta: { about, class: 'probe-forged-trace', args: ARGS, expect: { verdict: 'unverified', findings } },
    });
  below(
    'probe-received-spf-below-entry',
    'A Received-SPF: Pass naming the receiver and the bank’s own address, written under the entry hop',
    [
      'Received-SPF: Pass (mx.reader.example: domain of security@northbank.example designates 192.0.2.10 as permitted sender) client-ip=192.0.2.10; envelope-from=security@northbank.example; helo=mail.northbank.example;',
    ],
  );
  below(
    'probe-authres-id-recased-below-entry',
    'A forged Authentication-Results under the entry hop with the receiver’s id in capitals (MX.READER.EXAMPLE)',
    [
      'Authentication-Results: MX.READER.EXAMPLE; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example',
    ],
    ['forged-auth-results'],
  );
  below(
    'probe-authres-id-comment-below-entry',
    'A forged Authentication-Results under the entry hop whose id hides behind a comment and a trailing dot',
    [
      'Authentication-Results: (receiver) mx.reader.example.; spf=pass smtp.mailfrom=northbank.example; dmarc=pass header.from=northbank.example',
    ],
    ['forged-auth-results'],
  );
}

// Red-team probes, second round (December 2026), by an attacker who has read lib/ and the first
// round (probe.ts): From fields folded, grouped or quoted so that a mail app and the checks read
// different authors; display names that decode to addresses by other routes (adjacent encoded-words,
// RFC 2231 language tags); Sender tricks; Return-Path with a route or a quoted "@"; DMARC records
// written with the spaces RFC 7489 allows; strict alignment against a subdomain the attacker holds;
// an SPF record that ends in +all or covers the whole address space; forged ARC sets under a
// built-in sealer's name; Received fields broken by a CRLF in the HELO, very long, or by the
// thousand; a genuine bank message attached as message/rfc822; a look-alike Reply-To on a replay.

import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { arcSetRaw, dkimRaw } from '../../helpers/raw-sign';
import {
  ARGS,
  ATTACKER_IP,
  attackerMail,
  authenticZone,
  BANK,
  fromAttacker,
  NOT_TRUSTED,
  RECEIVER,
} from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/**
 * Probes HeaderLens gets wrong today, with the verdict they should get: written out by `makeAll`
 * only (the README's "What still fools HeaderLens" says why each is not fixed). Take a name out
 * when its fix lands, and `npm run corpus` adds the case.
 * - probe2-from-name-is-bank-domain: a display name that is another organisation's bare domain.
 *   Flagging it would flag ordinary mail too: web-form and shop notices name the customer's site
 *   ("example.com" <form-submission@squarespace.info>) from the service's own domain.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>(['probe2-from-name-is-bank-domain']);

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

/** Every probe, the pending ones included. */
export async function makeAll(write: CaseWriter): Promise<void> {
  const { unsigned, authenticated } = attackerMail(write);

  // ---- From fields: folding, groups, quoted names
  await authenticated({
    name: 'probe2-from-fold-looks-like-header',
    about:
      'A folded From whose continuation line reads "From: Northbank Security <security@northbank.example>": one field to RFC 5322, a second author to a parser that trims each line',
    class: 'probe2-from-syntax',
    from: 'Alerts <alerts@attacker.example>\r\n From: Northbank Security <security@northbank.example>',
    expect: { ...NOT_TRUSTED, findings: ['from-unparseable'] },
  });
  await authenticated({
    name: 'probe2-from-fold-inside-address',
    about:
      'The attacker’s address folded across two lines with a second mailbox after a comma on the continuation: "<alerts@attacker.example>,\\r\\n\\tNorthbank Security <security@northbank.example>"',
    class: 'probe2-from-syntax',
    from: 'Alerts <alerts@attacker.example>,\r\n\tNorthbank Security <security@northbank.example>',
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });
  await authenticated({
    name: 'probe2-from-empty-group-named-bank',
    about:
      'An empty group named as the bank before the attacker’s mailbox, From: "Northbank Security": ;, <alerts@attacker.example>: apps that show the group name show the bank',
    class: 'probe2-from-syntax',
    from: '"Northbank Security": ;, <alerts@attacker.example>',
    expect: { ...NOT_TRUSTED, findings: ['from-unparseable'] },
  });
  await authenticated({
    name: 'probe2-from-mailbox-then-undisclosed',
    about:
      'The attacker’s mailbox followed by "undisclosed-recipients:;" in From (a group with no members, RFC 6854), hoping the group hides it from the several-addresses check',
    class: 'probe2-from-syntax',
    from: 'Northbank Security <alerts@attacker.example>, undisclosed-recipients:;',
    expect: { ...NOT_TRUSTED, findings: ['from-unparseable'] },
  });
  unsigned({
    name: 'probe2-from-group-with-bank-member',
    about:
      'From: a group "Northbank:" whose only member is the bank, unsigned from the attacker’s server: the checks must still ask the bank’s DMARC',
    class: 'probe2-from-syntax',
    from: 'Northbank: Northbank Security <security@northbank.example>;',
    expect: { verdict: ['spoofed', 'suspicious'], findings: ['from-unparseable'] },
  });
  await authenticated({
    name: 'probe2-from-quoted-name-brackets',
    about:
      'A quoted display name holding the bank’s address in angle brackets, "Alerts <security@northbank.example>" <alerts@attacker.example>: a parser that takes the first <…> reads the bank',
    class: 'probe2-from-name',
    from: '"Alerts <security@northbank.example>" <alerts@attacker.example>',
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });
  await authenticated({
    name: 'probe2-from-quoted-name-escaped-quote',
    about:
      'A quoted display name with escaped quotes around the bank’s address, "Northbank \\"security@northbank.example\\"" <alerts@attacker.example>',
    class: 'probe2-from-name',
    from: '"Northbank \\"security@northbank.example\\"" <alerts@attacker.example>',
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });
  await authenticated({
    name: 'probe2-from-adjacent-encoded-words',
    about:
      'A display name of two adjacent encoded-words, =?utf-8?Q?security=40north?= =?utf-8?Q?bank=2Eexample?=: RFC 2047 §6.2 drops the space between them, so apps draw "security@northbank.example"',
    class: 'probe2-from-name',
    from: '=?utf-8?Q?security=40north?= =?utf-8?Q?bank=2Eexample?= <alerts@attacker.example>',
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });
  await authenticated({
    name: 'probe2-from-encoded-word-language-tag',
    about:
      'An encoded-word with an RFC 2231 language tag, =?utf-8*en?B?…?= decoding to "security@northbank.example" (Thunderbird and libmime decode it)',
    class: 'probe2-from-name',
    from: `=?utf-8*en?B?${Buffer.from('security@northbank.example').toString('base64')}?= <alerts@attacker.example>`,
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });
  await authenticated({
    name: 'probe2-from-name-is-bank-domain',
    about:
      'A display name that is the bank’s bare domain, "northbank.example" <alerts@attacker.example>: phone apps show only the name',
    class: 'probe2-from-name',
    from: '"northbank.example" <alerts@attacker.example>',
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });
  unsigned({
    name: 'probe2-from-trailing-dot-domain',
    about:
      'From security@northbank.example. (a trailing root dot), unsigned: the app draws the bank, a DMARC lookup for "_dmarc.northbank.example.." may find nothing',
    class: 'probe2-from-syntax',
    from: 'Northbank Security <security@northbank.example.>',
    expect: { verdict: 'spoofed' },
  });

  // ---- Sender
  await authenticated({
    name: 'probe2-sender-trailing-dot',
    about:
      'Sender: the bank with a trailing root dot (security@northbank.example.), hoping the organisation of "northbank.example." is unknown and sender-other-org stays quiet; Outlook draws the bank "on behalf of"',
    class: 'probe2-sender',
    from: 'Alerts <alerts@attacker.example>',
    extra: ['Sender: Northbank Security <security@northbank.example.>'],
    expect: { verdict: 'suspicious', findings: ['sender-other-org'] },
  });
  await authenticated({
    name: 'probe2-sender-bank-prefix-of-attacker',
    about:
      'Sender: security@northbank.co.uk.attacker.example, a name in the attacker’s own organisation (its SPF and DKIM pass, so sender-other-org has nothing to say) that starts with a whole bank domain; Outlook leads with it: lookalike-domain on the Sender (was "authenticated" before Sender was read for look-alikes)',
    class: 'probe2-sender',
    from: 'Alerts <alerts@attacker.example>',
    extra: ['Sender: Northbank Security <security@northbank.co.uk.attacker.example>'],
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });

  // ---- Return-Path
  unsigned({
    name: 'probe2-return-path-quoted-at',
    about:
      'Return-Path <"bounce@northbank.example"@attacker.example>: the envelope domain is the attacker’s (SPF passes there, unaligned); a parser splitting at the first "@" would read the bank',
    class: 'probe2-return-path',
    from: 'Northbank Security <security@northbank.example>',
    envelope: '"bounce@northbank.example"@attacker.example',
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });
  unsigned({
    name: 'probe2-return-path-source-route',
    about:
      'Return-Path <@northbank.example:bounce@attacker.example> (an obsolete source route naming the bank): the envelope domain is still the attacker’s',
    class: 'probe2-return-path',
    from: 'Northbank Security <security@northbank.example>',
    envelope: '@northbank.example:bounce@attacker.example',
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });
  write('probe2-return-path-second-below', {
    eml: onTop(
      onTop(
        submitted({
          from: 'Northbank Security <security@northbank.example>',
          subject: 'Verify your account now',
        }),
        'Return-Path: <security@northbank.example>',
        'Received-SPF: Pass (mx.reader.example: domain of security@northbank.example designates 192.0.2.10 as permitted sender) client-ip=192.0.2.10;',
      ),
      'Return-Path: <bounce@attacker.example>',
      fromAttacker('attacker.example'),
    ),
    zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP) },
    meta: {
      about:
        'A second Return-Path (the bank’s) and a Received-SPF pass written under the entry hop, below the receiver’s own Return-Path for the attacker’s envelope',
      class: 'probe2-return-path',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
    },
  });

  // ---- DMARC records and alignment
  for (const [name, record, about] of [
    [
      'probe2-dmarc-spaces-around-equals',
      'v=DMARC1 ; p = reject ; adkim = s',
      'The bank’s record written with the spaces RFC 7489 §6.4 allows around "=" and ";" (v=DMARC1 ; p = reject): a parser that wants "p=" would see no policy',
    ],
    [
      'probe2-dmarc-testing-flag',
      'v=DMARC1; p=reject; t=y',
      'The bank publishes p=reject with DMARCbis’s t=y (testing): a receiver may treat it one step milder (quarantine), still a failure to report',
    ],
  ] as const)
    unsigned({
      name,
      about,
      class: 'probe2-dmarc-policy',
      from: 'Northbank Security <security@northbank.example>',
      zone: { ...BANK, '_dmarc.northbank.example': { TXT: [record] } },
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
    });
  {
    // A subdomain the attacker took over (its NS delegation points at a lapsed DNS host): DKIM
    // and SPF pass for promo.northbank.example. The bank asks for strict alignment.
    const takeover = {
      'promo.northbank.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
      's1._domainkey.promo.northbank.example': { TXT: [corpusKeys().rsaTxt] },
    };
    // Relaxed alignment passes such a subdomain by design (RFC 7489 §3.1): only strict stops it.
    const signed = await signCorpus(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        subject: 'Verify your account now',
      }),
      { domain: 'promo.northbank.example', selector: 's1' },
    );
    write('probe2-strict-alignment-taken-subdomain', {
      eml: onTop(
        signed,
        'Return-Path: <bounce@promo.northbank.example>',
        fromAttacker('promo.northbank.example'),
      ),
      zone: {
        ...BANK,
        '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject; adkim=s; aspf=s'] },
        ...takeover,
      },
      meta: {
        about:
          'A subdomain of the bank taken over by the attacker (DKIM d= and SPF pass for promo.northbank.example) signing From security@northbank.example, while the bank publishes adkim=s; aspf=s: neither is aligned',
        class: 'probe2-dmarc-alignment',
        args: ARGS,
        expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
      },
    });
  }

  // ---- SPF records that pass everyone
  for (const [name, spf, about] of [
    [
      'probe2-bank-spf-plus-all',
      'v=spf1 ip4:192.0.2.0/24 +all',
      'The bank’s SPF ends in +all (a misconfiguration): the attacker sends as the bank from anywhere, SPF passes aligned and DMARC passes',
    ],
    [
      'probe2-bank-spf-split-internet',
      'v=spf1 ip4:0.0.0.0/1 ip4:128.0.0.0/1 -all',
      'The bank’s SPF lists the whole IPv4 space as two /1 halves (no +all in sight): every sender passes aligned',
    ],
  ] as const)
    unsigned({
      name,
      about,
      class: 'probe2-broad-spf',
      from: 'Northbank Security <security@northbank.example>',
      envelope: 'security@northbank.example',
      zone: { ...BANK, 'northbank.example': { TXT: [spf] } },
      expect: { verdict: 'suspicious', findings: ['broad-spf'], fields: { 'dmarc.result': 'pass' } },
    });

  // ---- DKIM oversigning
  {
    const body = 'Your statement for November is ready in online banking.\r\n';
    const genuine = submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement',
      body,
    });
    const names = ['from', 'from', 'subject', 'subject', 'date', 'to', 'message-id'];
    const oversigned = dkimRaw(
      genuine,
      (bh) =>
        `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=nb1; t=1795168800; h=from:from:subject:subject:date:to:message-id; bh=${bh}; b=`,
      names,
      corpusKeys().rsaPem,
    );
    write('probe2-dkim-oversigned-from-added', {
      eml: onTop(
        oversigned.replace(
          'From: Northbank <alerts@northbank.example>',
          'From: Northbank Security <security@attacker.example>\r\nFrom: Northbank <alerts@northbank.example>',
        ),
        'Return-Path: <bounce@attacker.example>',
        fromAttacker('attacker.example'),
      ),
      zone: {
        ...BANK,
        'nb1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] },
        ...authenticZone('attacker.example', ATTACKER_IP),
      },
      meta: {
        about:
          'A genuine bank signature that oversigns From and Subject (h=from:from:…) replayed with a second From added: the signature no longer verifies, and two authors stand',
        class: 'probe2-dkim-replay',
        args: ARGS,
        expect: { verdict: 'spoofed', findings: ['multiple-from'] },
      },
    });
  }

  // ---- Reply-To look-alike on a replay
  {
    const thin = await signCorpus(
      submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your card needs attention' }),
      { domain: 'northbank.example', selector: 'nb1', headerList: ['from', 'date', 'message-id'] },
    );
    write('probe2-reply-to-idn-lookalike', {
      eml: onTop(
        thin.replace(
          'Subject: Your card needs attention',
          'Reply-To: Northbank Help <help@n\u043erthbank.example>\r\nSubject: Your card needs attention',
        ),
        'Return-Path: <alerts@northbank.example>',
        fromAttacker('attacker.example'),
      ),
      zone: { ...BANK, 'nb1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } },
      meta: {
        about:
          'A genuine bank signature covering only From, Date and Message-ID, replayed with an unsigned Reply-To at a Cyrillic look-alike of the bank (nоrthbank.example, U+043E) written in UTF-8',
        class: 'probe2-reply-to',
        args: ARGS,
        expect: {
          verdict: 'suspicious',
          findings: ['reply-to-other-org'],
          fields: { 'dmarc.result': 'pass' },
        },
      },
    });
  }

  // ---- ARC sets forged below the entry hop
  {
    const spoof = submitted({
      from: 'Northbank Security <security@northbank.example>',
      subject: 'Verify your account now',
      extraHeaders: ['List-Id: <alerts.northbank.example>'],
    });
    const forgedGoogle = arcSetRaw(spoof, {
      aar: 'i=1; mx.google.com; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=northbank.example; dmarc=pass header.from=northbank.example',
      ams: (bh) =>
        `i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605; t=1795168800; h=from:to:subject:date:message-id; bh=${bh}; b=`,
      amsNames: ['from', 'to', 'subject', 'date', 'message-id'],
      seal: 'i=1; a=rsa-sha256; t=1795168800; cv=none; d=google.com; s=arc-20240605; b=',
      pem: corpusKeys().rsaPem,
    });
    write('probe2-arc-forged-google-seal', {
      eml: onTop(forgedGoogle, 'Return-Path: <bounce@attacker.example>', fromAttacker('attacker.example')),
      // google.com's real key is not the attacker's: the record holds another key.
      zone: {
        ...BANK,
        ...authenticZone('attacker.example', ATTACKER_IP),
        'arc-20240605._domainkey.google.com': { TXT: [corpusKeys().ed25519Txt] },
      },
      meta: {
        about:
          'An ARC set claiming d=google.com (a built-in sealer) that records dmarc=pass for the bank, written by the attacker without Google’s key, below the entry hop',
        class: 'probe2-arc-forged',
        args: ARGS,
        expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
      },
    });

    for (const [name, sealer, about] of [
      [
        'probe2-arc-own-seal-google-authserv',
        'attacker.example',
        'The attacker seals with its own key (d=attacker.example, valid) an AAR whose authserv-id is mx.google.com and records dmarc=pass for the bank',
      ],
      [
        'probe2-arc-own-seal-google-prefix',
        'google.com.attacker.example',
        'A valid ARC set by d=google.com.attacker.example, a name that starts with the built-in sealer google.com, recording dmarc=pass for the bank',
      ],
    ] as const) {
      const sealed = await sealCorpus(spoof, {
        domain: sealer,
        cv: 'none',
        authResults:
          'mx.google.com; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=northbank.example; dmarc=pass header.from=northbank.example',
      });
      write(name, {
        eml: onTop(sealed, 'Return-Path: <bounce@attacker.example>', fromAttacker('attacker.example')),
        zone: {
          ...BANK,
          ...authenticZone('attacker.example', ATTACKER_IP),
          ...keyZone([`arc._domainkey.${sealer}`]),
        },
        meta: {
          about,
          class: 'probe2-arc-forged',
          args: ARGS,
          expect: { ...NOT_TRUSTED, absentFindings: ['arc-forwarded'] },
        },
      });
    }
  }

  // ---- Received fields
  {
    // A receiver that records the HELO argument raw, CRLF and all: the attacker's HELO ends the
    // Received field early and starts an Authentication-Results field in the receiver's name.
    const helo =
      'mail.northbank.example\r\nAuthentication-Results: mx.reader.example; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example; x-hop=pass';
    write('probe2-received-helo-crlf-injection', {
      eml: onTop(
        submitted({
          from: 'Northbank Security <security@northbank.example>',
          subject: 'Verify your account now',
        }),
        'Return-Path: <security@northbank.example>',
        `Received: from ${helo}\r\n\t(unknown [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Qx1Yz0abc; Fri, 20 Nov 2026 10:00:05 +0000`,
      ),
      zone: BANK,
      meta: {
        about:
          'A CRLF in the HELO as recorded by a careless receiver: the entry Received field ends after "from mail.northbank.example" and the rest of it (client address, "by" the receiver) is folded into an Authentication-Results field naming the receiver and passing the bank',
        class: 'probe2-received-injection',
        args: ARGS,
        expect: { verdict: 'spoofed', findings: ['forged-auth-results'] },
      },
    });
    write('probe2-received-helo-crlf-injection-offline', {
      eml: onTop(
        submitted({
          from: 'Northbank Security <security@northbank.example>',
          subject: 'Verify your account now',
        }),
        'Return-Path: <security@northbank.example>',
        `Received: from ${helo}\r\n\t(unknown [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Qx1Yz0abc; Fri, 20 Nov 2026 10:00:05 +0000`,
      ),
      meta: {
        about:
          'The same CRLF-in-HELO injection read offline: the injected Authentication-Results is the only provider header and must not be taken for the receiver’s (it was: "authenticated" before a Received line naming no receiving host ended the trusted region)',
        class: 'probe2-received-injection',
        args: ARGS,
        expect: { verdict: 'unverified', findings: ['forged-auth-results'] },
      },
    });

    const long = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by ${RECEIVER} (Postfix) with ESMTPS id ${'A'.repeat(70_000)}; Fri, 20 Nov 2026 10:00:04 +0000`;
    write('probe2-received-70k-below-entry', {
      eml: onTop(
        onTop(
          submitted({
            from: 'Northbank Security <security@northbank.example>',
            subject: 'Verify your account now',
          }),
          long,
        ),
        'Return-Path: <security@northbank.example>',
        fromAttacker('attacker.example'),
      ),
      zone: BANK,
      meta: {
        about:
          'A 70 KB Received field under the entry hop claiming the receiver took the message from the bank’s own address',
        class: 'probe2-received-injection',
        args: ARGS,
        expect: { verdict: 'spoofed', fields: { 'origin.ip': ATTACKER_IP } },
      },
    });

    const many = Array.from(
      { length: 1_100 },
      (_, i) =>
        `Received: from hop${i + 1}.northbank.example (hop${i + 1}.northbank.example [192.0.2.${(i % 250) + 1}]) by ${i === 0 ? RECEIVER : `hop${i}.northbank.example`} with ESMTP id h${i}; Fri, 20 Nov 2026 10:00:04 +0000`,
    );
    write('probe2-received-1100-below-entry', {
      eml: onTop(
        onTop(
          submitted({
            from: 'Northbank Security <security@northbank.example>',
            subject: 'Verify your account now',
          }),
          ...many,
        ),
        'Return-Path: <security@northbank.example>',
        fromAttacker('attacker.example'),
      ),
      zone: BANK,
      meta: {
        about:
          '1,100 Received fields under the entry hop, the first claiming the receiver took the message from the bank’s network, hoping the chain is cut below the real entry',
        class: 'probe2-received-injection',
        args: ARGS,
        expect: { verdict: 'spoofed', fields: { 'origin.ip': ATTACKER_IP } },
      },
    });
  }

  // ---- A genuine bank message attached to a spoof
  {
    const genuine = await signCorpus(
      submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your statement is ready' }),
      { domain: 'northbank.example', selector: 'nb1' },
    );
    const boundary = 'b1_attach_7f3a';
    const outer = [
      'From: Northbank Security <security@northbank.example>',
      'To: Robin Reader <robin@reader.example>',
      'Subject: Your statement is ready',
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      'Message-ID: <outer.7f3a@attacker.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please confirm your card at https://northbank.example.attacker.example/confirm',
      `--${boundary}`,
      'Content-Type: message/rfc822',
      'Content-Disposition: inline',
      '',
      genuine,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    write('probe2-attached-genuine-rfc822', {
      eml: onTop(outer, 'Return-Path: <security@northbank.example>', fromAttacker('attacker.example')),
      zone: { ...BANK, 'nb1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } },
      meta: {
        about:
          'An unsigned spoof in the bank’s name carrying a genuine, signed bank message as an inline message/rfc822 part: the signature inside the part must not count for the outer message',
        class: 'probe2-attached-message',
        args: ARGS,
        expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
      },
    });
    write('probe2-top-level-rfc822-signed-inside', {
      eml: onTop(
        [
          'From: Northbank Security <security@northbank.example>',
          'To: Robin Reader <robin@reader.example>',
          'Subject: Your statement is ready',
          'Date: Fri, 20 Nov 2026 10:00:00 +0000',
          'Message-ID: <outer.7f3b@attacker.example>',
          'MIME-Version: 1.0',
          'Content-Type: message/rfc822',
          '',
          genuine,
        ].join('\r\n'),
        'Return-Path: <security@northbank.example>',
        fromAttacker('attacker.example'),
      ),
      zone: { ...BANK, 'nb1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } },
      meta: {
        about:
          'A whole message whose body is a genuine, signed bank message (Content-Type: message/rfc822 at the top), the outer From the bank’s and unsigned',
        class: 'probe2-attached-message',
        args: ARGS,
        expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
      },
    });
  }

  // ---- Round 3: null senders, two angle addresses, split TXT strings, an encoded Sender
  write('probe2-null-sender-helo-forged-below', {
    eml: onTop(
      onTop(
        submitted({
          from: 'Northbank Security <security@northbank.example>',
          subject: 'Verify your account now',
        }),
        'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby relay.northbank.example (Postfix) with ESMTPS id 4Qx0; Fri, 20 Nov 2026 10:00:03 +0000',
      ),
      'Return-Path: <>',
      fromAttacker('attacker.example'),
    ),
    zone: {
      ...BANK,
      ...authenticZone('attacker.example', ATTACKER_IP),
      'mail.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
    },
    meta: {
      about:
        'A null envelope sender (SPF then checks the HELO, RFC 7208 §2.3) with a Received line under the entry claiming the bank’s own server and HELO: the HELO checked must be the one the receiver recorded (the attacker’s)',
      class: 'probe2-return-path',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail', 'origin.ip': ATTACKER_IP } },
    },
  });
  write('probe2-null-sender-helo-bank-domain', {
    eml: onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        subject: 'Verify your account now',
      }),
      'Return-Path: <>',
      received({ helo: 'northbank.example', ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: BANK,
    meta: {
      about:
        'A null envelope sender with HELO northbank.example (the bank’s own domain as the client name): SPF on the HELO identity is the bank’s record, and the attacker’s address is not in it',
      class: 'probe2-return-path',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
    },
  });
  await authenticated({
    name: 'probe2-from-two-angle-addresses',
    about:
      'From: Northbank Security <security@northbank.example> <alerts@attacker.example>: two angle addresses in one mailbox; some parsers take the first (the bank), others the last (the attacker, who authenticates)',
    class: 'probe2-from-syntax',
    from: 'Northbank Security <security@northbank.example> <alerts@attacker.example>',
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe2-from-nul-before-real-address',
    about:
      'From: Northbank <security@northbank.example>\\0<alerts@attacker.example>: a C string ends at the NUL and shows the bank; the rest of the value is the attacker’s authenticated address',
    class: 'probe2-from-syntax',
    from: 'Northbank <security@northbank.example>\0<alerts@attacker.example>',
    expect: NOT_TRUSTED,
  });
  unsigned({
    name: 'probe2-dmarc-record-split-strings',
    about:
      'The bank’s DMARC record published as two character-strings in one TXT record ("v=DMARC1; p=re" "ject"): RFC 7489 §6.6.3 / RFC 7208 §3.3 join them without a space, so the policy is reject',
    class: 'probe2-dmarc-policy',
    from: 'Northbank Security <security@northbank.example>',
    zone: { ...BANK, '_dmarc.northbank.example': { TXT: [['v=DMARC1; p=re', 'ject']] } },
    expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
  });
  await authenticated({
    name: 'probe2-sender-encoded-word-address',
    about:
      'Sender whose display name is an encoded-word decoding to "security@northbank.example" (Outlook draws the Sender first), the mailbox the attacker’s own',
    class: 'probe2-sender',
    from: 'Alerts <alerts@attacker.example>',
    extra: [
      `Sender: =?utf-8?B?${Buffer.from('security@northbank.example').toString('base64')}?= <bounce@attacker.example>`,
    ],
    expect: { verdict: 'suspicious', findings: ['sender-other-org'] },
  });
  write('probe2-helo-bank-literal-rdns-bank', {
    eml: onTop(
      submitted({
        from: 'Northbank Security <security@northbank.example>',
        subject: 'Verify your account now',
      }),
      'Return-Path: <security@northbank.example>',
      received({ helo: '[192.0.2.10]', rdns: 'mail.northbank.example', ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: { ...BANK, '66.100.51.198.in-addr.arpa': { PTR: ['mail.northbank.example'] } },
    meta: {
      about:
        'HELO [192.0.2.10] (the bank’s address as a plain literal) and a PTR for the attacker’s address set to mail.northbank.example, so the receiver records "from [192.0.2.10] (mail.northbank.example [198.51.100.66])"',
      class: 'probe2-received-ip',
      args: ARGS,
      expect: { verdict: 'spoofed', fields: { 'origin.ip': ATTACKER_IP, 'spf.result': 'fail' } },
    },
  });
  {
    // The HELO's CRLFs forge a whole entry line for the bank's own address under the receiver's
    // name, and park the receiver's real record in a junk field.
    const helo =
      'a\r\nReceived: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby mx.reader.example (Postfix) with ESMTPS id 4Qx1Yz0abd; Fri, 20 Nov 2026 10:00:05 +0000\r\nX-Note: x';
    write('probe2-received-helo-crlf-forged-entry', {
      eml: onTop(
        submitted({
          from: 'Northbank Security <security@northbank.example>',
          subject: 'Verify your account now',
        }),
        'Return-Path: <security@northbank.example>',
        `Received: from ${helo}\r\n\t(unknown [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Qx1Yz0abc; Fri, 20 Nov 2026 10:00:05 +0000`,
      ),
      zone: BANK,
      meta: {
        about:
          'A CRLF-carrying HELO recorded raw that ends the receiver’s Received line after "from a", writes a whole Received line "from mail.northbank.example ([192.0.2.10]) by mx.reader.example" under it, and leaves the receiver’s real record (the attacker’s address) in a junk field: the forged line looks like the entry hop from the bank’s own server (it was taken for it: "authenticated" before a Received line with a sending side and no "by" became unreadable, which ends the walk for the entry with no address)',
        class: 'probe2-received-injection',
        args: ARGS,
        expect: { verdict: 'spoofed', findings: ['received-unreadable'], fields: { 'origin.ip': null } },
      },
    });
  }
  // ---- Whole-script homographs (every letter Cyrillic: no mixed-script signal)
  for (const [name, from, domain, about] of [
    [
      'probe2-from-whole-script-cyrillic-apple',
      'Apple <id@\u0430\u0440\u0440\u04cf\u0435.com>',
      'xn--80ak6aa92e.com',
      'From id@аррӏе.com, every letter Cyrillic (а р р ӏ е), written in UTF-8; the attacker’s xn--80ak6aa92e.com authenticates in full. No letter mixes scripts, so only the confusable skeleton can see "apple"',
    ],
    [
      'probe2-from-whole-script-cyrillic-paypal-a-label',
      'PayPal <service@xn--80aa0cbo65f.com>',
      'xn--80aa0cbo65f.com',
      'From service@xn--80aa0cbo65f.com (раураӏ.com with a palochka for the l, all Cyrillic) written as its A-label, fully authenticated',
    ],
  ] as const)
    await authenticated({
      name,
      about,
      class: 'probe2-idn',
      from,
      domain,
      expect: { verdict: ['suspicious', 'spoofed'], findings: ['lookalike-domain'] },
    });
}

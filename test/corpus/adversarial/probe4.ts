// Red-team probes, fourth round (December 2026), by an attacker who has read lib/ and rounds 1-3
// (probe.ts, probe2.ts, probe3.ts): DKIM corners the earlier rounds left (rsa-sha1, l=0, a second
// Content-Type over an l= body, h= without From, z=), From fields that a mail app or IDNA maps to
// the bank (full-width letters, the Kelvin sign, characters UTS #46 ignores) and field names
// written oddly (FROM:, "From\t:"), invisible marks that are not format characters in display
// names, Resent-*, DMARC records written with upper-case tag names or with v= not first, Received
// lines whose reverse name or Exim HELO carries an address literal, a HELO carrying a bare CR, ARC
// sets that cannot start a chain, Google's shared SPF include used by another Workspace tenant, a
// dangling DKIM CNAME, the reader's own domain spoofed where it has no DMARC, and very deep MIME.
// Three came out wrong and are fixed in lib/ (each probe's meta says what it read before): a PTR
// record printed raw that put the bank's address first in the receiver's comment (lib/message/
// received.ts), a From domain in full-width letters (lib/auth/dmarc.ts), and Google Workspace's
// shared SPF include (lib/findings/auth-state.ts). Three were kept as they come out, with a note:
// probe4-resent-from-bank, probe4-own-domain-no-dmarc-spf-fail (suspicious since red-team round 85),
// probe4-dkim-dangling-selector-cname.

import { createHash, sign } from 'node:crypto';
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { arcSetRaw, dkimRaw, relaxedBody, relaxedHeader } from '../../helpers/raw-sign';
import {
  ATTACKER_IP,
  attackerMail,
  authenticZone,
  BANK,
  BANK_FROM,
  BANK_IP,
  BANK_KEY,
  KEY,
  probeDelivery,
  ptr,
  RECEIVER,
  SPOOFED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/**
 * A DKIM-Signature with a=rsa-sha1 (RFC 6376 §3.3.1; RFC 8301 §3.1 forbids verifying it): the
 * body hashed with SHA-1, the signed fields (bottom-up, relaxed) and the field itself signed with
 * RSA-SHA1. The corpus key stands for a key the bank still signs old mail with.
 */
function dkimSha1(raw: string, tags: (bh: string) => string, names: string[]): string {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, end);
  const body = raw.slice(end + 4);
  const bh = createHash('sha1').update(relaxedBody(body), 'utf8').digest('base64');
  const fields: string[] = [];
  for (const line of head.split('\r\n')) {
    if (/^[ \t]/.test(line) && fields.length > 0) fields[fields.length - 1] += `\r\n${line}`;
    else fields.push(line);
  }
  const used = new Set<number>();
  const picked: string[] = [];
  for (const name of names) {
    for (let i = fields.length - 1; i >= 0; i--) {
      const f = fields[i]!;
      if (used.has(i) || f.slice(0, f.indexOf(':')).trim().toLowerCase() !== name) continue;
      used.add(i);
      picked.push(f);
      break;
    }
  }
  const value = tags(bh);
  const data = [
    ...picked.map((f) => `${relaxedHeader(f)}\r\n`),
    relaxedHeader(`DKIM-Signature: ${value}`),
  ].join('');
  const b = sign('sha1', Buffer.from(data, 'utf8'), corpusKeys().rsaPem).toString('base64');
  return `DKIM-Signature: ${value}${b}\r\n${raw}`;
}

export async function make(write: CaseWriter): Promise<void> {
  const { unsigned, authenticated } = attackerMail(write);

  /** A whole case: `raw` (the sender's part) under `entry` (the receiver's line) and a Return-Path. */
  const deliver = probeDelivery(write);

  // ---- DKIM corners
  {
    const raw = submitted({ from: BANK_FROM, subject: 'Unusual sign-in to your account' });
    deliver({
      name: 'probe4-dkim-rsa-sha1-bank',
      about:
        'A signature by the bank’s own key with a=rsa-sha1 (a chosen-prefix collision on an old SHA-1 signed notice, or a bank that still signs with SHA-1): RFC 8301 §3.1 says verifiers must not take rsa-sha1 as a pass, so it cannot align DMARC',
      class: 'probe4-dkim-sha1',
      raw: dkimSha1(
        raw,
        (bh) =>
          `v=1; a=rsa-sha1; c=relaxed/relaxed; d=northbank.example; s=nb1; t=1795168800; h=from:to:subject:date:message-id; bh=${bh}; b=`,
        ['from', 'to', 'subject', 'date', 'message-id'],
      ),
      zone: BANK_KEY,
      expect: SPOOFED,
    });
  }
  {
    // The bank's signature with l=0: it covers the headers and none of the body.
    const genuine = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your statement is ready',
        body: '',
      }),
      { domain: 'northbank.example', selector: 'nb1', maxBodyLength: 0 },
    );
    deliver({
      name: 'probe4-dkim-l-zero-whole-body',
      about:
        'A genuine bank signature with l=0 (no body byte signed) replayed with a whole body of the attacker’s: "confirm your card" and a link',
      class: 'probe4-dkim-length',
      raw: `${genuine}Your card is blocked. Confirm it at https://northbank.example.attacker.example/confirm\r\n`,
      envelope: 'alerts@northbank.example',
      zone: BANK_KEY,
      expect: { verdict: ['suspicious', 'spoofed'], findings: ['dkim-body-length'] },
    });
  }
  {
    // l= covers the bank's text/plain body; the attacker puts a multipart Content-Type above the
    // signed one (DKIM verifies the bottom one) and appends parts after the signed length, which a
    // mail app reading the first Content-Type shows instead of the bank's text.
    const body = 'Your statement for November is ready in online banking.\r\n';
    const genuine = await signCorpus(
      submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your statement is ready', body }),
      {
        domain: 'northbank.example',
        selector: 'nb1',
        maxBodyLength: body.length,
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'content-type', 'mime-version'],
      },
    );
    deliver({
      name: 'probe4-dkim-l-second-content-type',
      about:
        'A genuine bank signature with l= (covering Content-Type) replayed with a second, unsigned "Content-Type: multipart/mixed; boundary=…" added on top and a phishing HTML part after the signed length: the app reads the top Content-Type, DKIM the bottom one',
      class: 'probe4-dkim-length',
      raw: `Content-Type: multipart/mixed; boundary="zz"\r\n${genuine}--zz\r\nContent-Type: text/html\r\n\r\n<a href="https://northbank.example.attacker.example/">Confirm your card</a>\r\n--zz--\r\n`,
      envelope: 'alerts@northbank.example',
      zone: BANK_KEY,
      expect: { verdict: ['suspicious', 'spoofed'], findings: ['dkim-body-length'] },
    });
  }
  {
    // A bank signer misconfigured to leave From out of h=: the attacker replays the signed notice
    // with a From of its choosing in the bank's domain (a display name and mailbox that read as the
    // fraud team).
    const genuine = dkimRaw(
      submitted({ from: 'Northbank <newsletter@northbank.example>', subject: 'Security notice' }),
      (bh) =>
        `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=nb1; t=1795168800; h=to:subject:date:message-id; bh=${bh}; b=`,
      ['to', 'subject', 'date', 'message-id'],
      corpusKeys().rsaPem,
    );
    deliver({
      name: 'probe4-dkim-h-omits-from',
      about:
        'A bank signature whose h= leaves From out (RFC 6376 §5.4: From must be signed, a signature without it is invalid), replayed with From: "Northbank Fraud Team" <fraud@northbank.example> written by the attacker',
      class: 'probe4-dkim-h',
      raw: genuine.replace(
        'From: Northbank <newsletter@northbank.example>',
        'From: Northbank Fraud Team <fraud@northbank.example>',
      ),
      envelope: 'bounce@attacker.example',
      zone: BANK_KEY,
      expect: SPOOFED,
    });
  }
  {
    const raw = submitted({ from: BANK_FROM, subject: 'Unusual sign-in to your account' });
    deliver({
      name: 'probe4-dkim-z-copied-bank-headers',
      about:
        'The attacker’s own valid signature (d=attacker.example) with z= copied header fields (RFC 6376 §3.5) claiming "From:security@northbank.example" was signed, hoping z= is read as what was signed',
      class: 'probe4-dkim-z',
      raw: dkimRaw(
        raw,
        (bh) =>
          `v=1; a=rsa-sha256; c=relaxed/relaxed; d=attacker.example; s=s1; t=1795168800; h=from:to:subject:date:message-id; z=From:security=40northbank.example|DKIM-Signature:d=3Dnorthbank.example; bh=${bh}; b=`,
        ['from', 'to', 'subject', 'date', 'message-id'],
        corpusKeys().rsaPem,
      ),
      expect: SPOOFED,
    });
  }

  // ---- From field names written oddly, above the attacker's signed From
  for (const [name, field, about] of [
    [
      'probe4-from-uppercase-field-name',
      'FROM: Northbank Security <security@northbank.example>',
      'A second author field written "FROM:" in capitals above the signed From (field names are case-insensitive, RFC 5322 §1.2.2): a parser matching "From:" exactly sees one author',
    ],
    [
      'probe4-from-tab-before-colon',
      'From\t: Northbank Security <security@northbank.example>',
      'A second author field written "From<TAB>:" (obsolete WSP before the colon, RFC 5322 §4.5) above the signed From',
    ],
  ] as const)
    await authenticated({
      name,
      about,
      class: 'probe4-from-field-name',
      from: 'Alerts <alerts@attacker.example>',
      top: [field],
      expect: { verdict: 'spoofed', findings: ['multiple-from'] },
    });

  // ---- From domains that a mail app draws, and IDNA (UTS #46) maps, as the bank
  for (const [name, domain, about] of [
    [
      'probe4-from-fullwidth-letters-domain',
      '\uff4e\uff4f\uff52\uff54\uff48\uff42\uff41\uff4e\uff4b.example',
      'From security@ｎｏｒｔｈｂａｎｋ.example in full-width letters (RFC 6532 UTF-8): NFKC and IDNA map it to the bank’s name, a lookup of the bytes as written finds no policy (it read "unverified", DMARC asked of xn--mi7cbrolddys.example, before the IDNA-mapped name was checked)',
    ],
    [
      'probe4-from-kelvin-sign-domain',
      'northban\u212a.example',
      'From security@northbanK.example whose K is U+212A KELVIN SIGN: drawn as the bank, mapped by IDNA to northbank.example',
    ],
    [
      'probe4-from-soft-hyphen-domain',
      'north\u00adbank.example',
      'A soft hyphen (U+00AD, invisible, ignored by UTS #46) inside the From domain: drawn and mapped as northbank.example',
    ],
    [
      'probe4-from-cgj-domain',
      'northbank\u034f.example',
      'A combining grapheme joiner (U+034F: invisible, a mark rather than a format character, ignored by UTS #46) at the end of the From domain’s first label',
    ],
    [
      'probe4-from-variation-selector-domain',
      'northb\ufe00ank.example',
      'A variation selector (U+FE00: invisible, a mark, ignored by UTS #46) inside the From domain',
    ],
  ] as const)
    unsigned({
      name,
      about,
      class: 'probe4-from-idna-mapped',
      from: `Northbank Security <security@${domain}>`,
      expect: { verdict: 'spoofed' },
    });

  // ---- Display names with invisible marks that are not format characters (Cf)
  for (const [name, display, about] of [
    [
      'probe4-name-cgj-address',
      'security@northbank\u034f.example',
      'The display name is security@northbank.example with a combining grapheme joiner (U+034F, invisible, category Mn) before the dot, so that a rule removing format characters still sees no address',
    ],
    [
      'probe4-name-variation-selector-address',
      'security\ufe0f@northbank.example',
      'The display name is security@northbank.example with a variation selector (U+FE0F, invisible, category Mn) after the mailbox',
    ],
    [
      'probe4-name-hangul-filler-address',
      'security@northbank.\u3164example',
      'The display name is security@northbank.example with a Hangul filler (U+3164, drawn blank or not at all, category Lo) after the dot',
    ],
  ] as const)
    await authenticated({
      name,
      about,
      class: 'probe4-name-invisible',
      from: `"${display}" <alerts@attacker.example>`,
      expect: { verdict: 'suspicious', findings: ['display-name-address'] },
    });
  await authenticated({
    name: 'probe4-name-rlo-reversed-address',
    about:
      'A display name that is the bank’s address written backwards after a right-to-left override (U+202E "elpmaxe.knabhtron@ytiruces"): drawn as security@northbank.example',
    class: 'probe4-name-invisible',
    from: '"\u202eelpmaxe.knabhtron@ytiruces" <alerts@attacker.example>',
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  });

  // ---- A mixed-script look-alike of a name HeaderLens does not know
  for (const [name, domain, about] of [
    [
      'probe4-from-mixed-script-unknown-bank',
      'n\u043erthbank.example',
      'From security@nоrthbank.example with one Cyrillic о among Latin letters (written in UTF-8), the attacker’s xn--nrthbank-nbh.example authenticating in full; the bank is no brand HeaderLens knows, but a label mixing Latin and Cyrillic is a homograph by itself (browsers show such names as punycode)',
    ],
    [
      'probe4-from-mixed-script-unknown-bank-a-label',
      'xn--nrthbank-nbh.example',
      'The same mixed-script look-alike written as its A-label, security@xn--nrthbank-nbh.example, authenticating in full',
    ],
  ] as const)
    await authenticated({
      name,
      about,
      class: 'probe4-idn-mixed-script',
      from: `Northbank Security <security@${domain}>`,
      domain: 'xn--nrthbank-nbh.example',
      expect: { verdict: ['suspicious', 'spoofed'] },
    });

  // ---- Resent-*
  await authenticated({
    name: 'probe4-resent-from-bank',
    about:
      'The attacker’s authenticated mail with Resent-From and Resent-Sender naming the bank (RFC 5322 §3.6.6), as if the bank had re-sent it: some clients show "Resent-From" beside the author. Kept as it comes out ("authenticated", true for the author’s domain): Exchange and mail clients write Resent-From for another organisation’s mailbox on every redirect, so flagging it would flag ordinary redirected mail, and the common webmails (Gmail, Outlook, Yahoo) do not show it; see README "What still fools"',
    class: 'probe4-resent',
    from: 'Alerts <alerts@attacker.example>',
    extra: [
      'Resent-From: Northbank Security <security@northbank.example>',
      'Resent-Sender: security@northbank.example',
      'Resent-Date: Fri, 20 Nov 2026 10:00:01 +0000',
      'Resent-Message-ID: <resent.7f3a@northbank.example>',
    ],
    expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } },
  });
  {
    const raw = await signCorpus(
      submitted({
        from: BANK_FROM,
        subject: 'Unusual sign-in to your account',
        extraHeaders: [
          'Resent-From: Alerts <alerts@attacker.example>',
          'Resent-Sender: alerts@attacker.example',
          'Resent-Date: Fri, 20 Nov 2026 10:00:01 +0000',
        ],
      }),
      { domain: 'attacker.example', selector: 's1' },
    );
    deliver({
      name: 'probe4-resent-from-attacker-over-bank',
      about:
        'The bank’s From with Resent-From and Resent-Sender the attacker’s own authenticated address (Sender ID’s PRA reads Resent-Sender first): DMARC is about From, RFC 7489 §3.1.1',
      class: 'probe4-resent',
      raw,
      expect: SPOOFED,
    });
  }

  // ---- DMARC records
  for (const [name, records, about, expect] of [
    [
      'probe4-dmarc-uppercase-tag-names',
      ['V=DMARC1; P=REJECT'],
      'The bank’s record written "V=DMARC1; P=REJECT": RFC 7489 §6.4’s ABNF writes the tag names as quoted strings, which ABNF matches case-insensitively, so this is p=reject',
      SPOOFED,
    ],
    [
      'probe4-dmarc-spf-record-beside',
      ['v=spf1 -all', 'v=DMARC1; p=reject'],
      'An SPF record published at _dmarc next to the bank’s DMARC record: records not starting with v=DMARC1 are discarded (RFC 7489 §6.6.3), the one DMARC record applies',
      SPOOFED,
    ],
    [
      'probe4-dmarc-version-not-first',
      ['p=reject; v=DMARC1'],
      'The bank’s record with v=DMARC1 not first ("p=reject; v=DMARC1"): RFC 7489 §6.3 has receivers discard it, so no policy applies; never authenticated, and not provably forged',
      { verdict: 'unverified', fields: { 'dmarc.result': 'none' } },
    ],
  ] as const)
    unsigned({
      name,
      about,
      class: 'probe4-dmarc-record',
      from: BANK_FROM,
      zone: {
        ...BANK,
        ...authenticZone('attacker.example', ATTACKER_IP),
        '_dmarc.northbank.example': { TXT: records },
      },
      expect,
    });

  // ---- The receiver's entry line: address literals the attacker can put into it
  const bankEnvelope = 'security@northbank.example';
  const spoofRaw = () => submitted({ from: BANK_FROM, subject: 'Unusual sign-in to your account' });
  deliver({
    name: 'probe4-received-rdns-bracket-literal',
    about:
      'The attacker sets its address’s PTR to "[192.0.2.10]" (any bytes are legal in a DNS label) and a receiver that prints the reverse name unchecked writes "from mail.northbank.example ([192.0.2.10] [198.51.100.66])": two literals, the client is the last (it read "authenticated", SPF passing for the bank’s address, before the receiver’s literal at the end of the comment counted)',
    class: 'probe4-received-ip',
    raw: spoofRaw(),
    envelope: bankEnvelope,
    entry: received({ helo: 'mail.northbank.example', rdns: '[192.0.2.10]', ip: ATTACKER_IP, by: RECEIVER }),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'origin.ip': ATTACKER_IP } },
  });
  deliver({
    name: 'probe4-received-exim-helo-literal',
    about:
      'An Exim receiver’s line for a client with no reverse name, "from [198.51.100.66] (helo=[192.0.2.10])": the bank’s address as the HELO literal after the client’s',
    class: 'probe4-received-ip',
    raw: spoofRaw(),
    envelope: bankEnvelope,
    entry: `Received: from [${ATTACKER_IP}] (helo=[${BANK_IP}])\r\n\tby ${RECEIVER} with esmtp (Exim 4.96)\r\n\t(envelope-from <${bankEnvelope}>)\r\n\tid 1tDx7Q-000abc-2X\r\n\tfor robin@reader.example; Fri, 20 Nov 2026 10:00:05 +0000`,
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'origin.ip': ATTACKER_IP } },
  });
  deliver({
    name: 'probe4-received-rdns-exim-helo-shape',
    about:
      'HELO [192.0.2.10] and a PTR of "x helo=y" printed raw: the receiver writes "from [192.0.2.10] (x helo=y [198.51.100.66])", which reads like Exim’s "from [IP] (helo=HELO)" with the bank’s address as the client (it was read so, and SPF checked the bank’s address, before an address after "helo=" made such a line unreadable)',
    class: 'probe4-received-ip',
    raw: spoofRaw(),
    envelope: bankEnvelope,
    entry: received({ helo: `[${BANK_IP}]`, rdns: 'x helo=y', ip: ATTACKER_IP, by: RECEIVER }),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'origin.ip': null } },
  });
  deliver({
    name: 'probe4-received-mapped-ipv6-client',
    about:
      'A dual-stack receiver that records the IPv4 client in IPv4-mapped form, [IPv6:::ffff:198.51.100.66]: SPF must check 198.51.100.66 against the bank’s ip4: terms (RFC 7208 §5: an IPv4-mapped address is IPv4)',
    class: 'probe4-received-ip',
    raw: spoofRaw(),
    envelope: bankEnvelope,
    entry: received({ helo: 'mail.northbank.example', ip: `::ffff:${ATTACKER_IP}`, by: RECEIVER }),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'spf.result': 'fail' } },
  });
  deliver({
    name: 'probe4-received-rdns-link-local-zone-id',
    about:
      'The attacker’s PTR reads "[IPv6:fe80::1%eth0]" (a link-local literal with a zone id) and a hop from the bank’s own address is written below the entry: a parser taking the first literal would call the entry hop internal and walk down to the forged one (it read "authenticated" before the receiver’s literal at the end of the comment counted)',
    class: 'probe4-received-ip',
    raw: onTop(
      spoofRaw(),
      received({
        helo: 'mail.northbank.example',
        rdns: 'mail.northbank.example',
        ip: BANK_IP,
        by: 'relay.reader.example',
        date: 'Fri, 20 Nov 2026 10:00:04 +0000',
      }),
    ),
    envelope: bankEnvelope,
    entry: received({
      helo: 'relay.reader.example',
      rdns: '[IPv6:fe80::1%eth0]',
      ip: ATTACKER_IP,
      by: RECEIVER,
    }),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'origin.ip': ATTACKER_IP } },
  });
  {
    // A receiver that accepts a bare CR inside the HELO argument (SMTP smuggling research, 2023)
    // and records it raw: parsers that end lines at a bare CR see new fields above the entry line.
    const authres =
      'Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example';
    for (const [name, helo, about, offline] of [
      [
        'probe4-received-helo-bare-cr-authres',
        `mail.northbank.example\r${authres}\rX-Hop: x`,
        'A HELO carrying bare CRs, recorded raw: to a parser that ends lines at CR the entry line ends after the HELO and an Authentication-Results in the receiver’s name, passing the bank, sits above it',
        false,
      ],
      [
        'probe4-received-helo-bare-cr-authres-offline',
        `mail.northbank.example\r${authres}\rX-Hop: x`,
        'The same bare-CR HELO read offline: the Authentication-Results it carries must not count as the receiver’s (HeaderLens ends lines at CRLF only, so it stays text inside the Received field, and the bare CR is a message problem)',
        true,
      ],
      [
        'probe4-received-helo-bare-cr-forged-entry',
        `a\rReceived: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\tby ${RECEIVER} (Postfix) with ESMTPS id 4Qx1Yz0abd; Fri, 20 Nov 2026 10:00:05 +0000\rX-Note: x`,
        'A HELO carrying bare CRs that, read with CR as a line end, writes a whole entry line from the bank’s own address "by mx.reader.example" under a receiver line cut short after "from a"',
        false,
      ],
    ] as const)
      deliver({
        name,
        about,
        class: 'probe4-received-injection',
        raw: spoofRaw(),
        envelope: bankEnvelope,
        entry: `Received: from ${helo}\r\n\t(unknown [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Qx1Yz0abc; Fri, 20 Nov 2026 10:00:05 +0000`,
        zone: offline ? null : {},
        expect: offline ? NOT_TRUSTED_OFFLINE : SPOOFED,
      });
  }

  // ---- Forged provider results below the entry, written oddly
  for (const [name, line, about] of [
    [
      'probe4-authres-id-folded',
      'Authentication-Results:\r\n mx.reader.example\r\n ; spf=pass smtp.mailfrom=northbank.example; dmarc=pass header.from=northbank.example',
      'A forged Authentication-Results under the entry hop whose authserv-id sits alone on a folded line, the results on the next',
    ],
    [
      'probe4-authres-id-version',
      'Authentication-Results: mx.reader.example 1; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example',
      'A forged Authentication-Results under the entry hop with the receiver’s id followed by a version number (RFC 8601 §2.2 "authserv-id [ CFWS authres-version ]")',
    ],
  ] as const)
    deliver({
      name,
      about,
      class: 'probe4-forged-trace',
      raw: onTop(spoofRaw(), line),
      envelope: bankEnvelope,
      zone: null,
      expect: { verdict: 'unverified', findings: ['forged-auth-results'] },
    });

  // ---- ARC sets that cannot start a chain (RFC 8617 §5.2: i=1 first, cv=none only at i=1)
  for (const [name, instance, cv, about] of [
    [
      'probe4-arc-chain-starts-at-i2',
      2,
      'pass',
      'One ARC set of the attacker’s own, numbered i=2 with cv=pass (there is no i=1), recording dmarc=pass for the bank',
    ],
    [
      'probe4-arc-i1-cv-pass',
      1,
      'pass',
      'One ARC set of the attacker’s own, i=1 but cv=pass (the first set must say cv=none), recording dmarc=pass for the bank',
    ],
  ] as const) {
    const sealed = arcSetRaw(spoofRaw(), {
      aar: `i=${instance}; attacker.example; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example`,
      ams: (bh) =>
        `i=${instance}; a=rsa-sha256; c=relaxed/relaxed; d=attacker.example; s=arc; t=1795168810; h=from:to:subject:date:message-id; bh=${bh}; b=`,
      amsNames: ['from', 'to', 'subject', 'date', 'message-id'],
      seal: `i=${instance}; a=rsa-sha256; t=1795168810; cv=${cv}; d=attacker.example; s=arc; b=`,
      pem: corpusKeys().rsaPem,
    });
    deliver({
      name,
      about,
      class: 'probe4-arc-structure',
      raw: sealed,
      zone: { 'arc._domainkey.attacker.example': KEY() },
      expect: { ...SPOOFED, absentFindings: ['arc-forwarded'] },
    });
  }

  // ---- Leniency the attacker can reach
  unsigned({
    name: 'probe4-bulk-headers-unsigned',
    about:
      'An unsigned bank spoof dressed as an ESP newsletter (List-Unsubscribe with List-Unsubscribe-Post one-click, Precedence: bulk, Feedback-ID, X-Campaign), hoping bulk mail is read more leniently',
    class: 'probe4-list-leniency',
    from: BANK_FROM,
    extra: [
      'List-Unsubscribe: <https://northbank.example.attacker.example/u/123>, <mailto:unsub@attacker.example>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      'Precedence: bulk',
      'Feedback-ID: 123:456:newsletter:northbank',
      'X-Campaign: nov-2026',
    ],
    expect: SPOOFED,
  });
  {
    // A Google Workspace tenant of the attacker's sends through Google's SMTP relay ("any
    // addresses" allowed) with the bank's address as envelope sender: the bank's SPF includes
    // _spf.google.com because the bank uses Workspace too, so SPF passes aligned. Google signs with
    // the tenant's default key, named after the attacker's own primary domain.
    const raw = await signCorpus(spoofRaw(), {
      domain: 'attacker-example.20230601.gappssmtp.com',
      selector: '20230601',
    });
    deliver({
      name: 'probe4-google-shared-spf-other-tenant',
      about:
        'The attacker’s own Google Workspace tenant relays the spoof through Google (smtp-relay, "any addresses") with envelope security@northbank.example; the bank’s SPF includes _spf.google.com, so SPF passes aligned and DMARC passes, while the only signature is Google’s default key for the attacker’s tenant (d=attacker-example.20230601.gappssmtp.com). It read "authenticated" before Google’s include counted as shared like Microsoft 365’s: now "unverified", as a tenant that has not set up DKIM is',
      class: 'probe4-shared-spf',
      raw,
      envelope: bankEnvelope,
      entry: received({
        helo: 'mail-sor-f69.google.com',
        rdns: 'mail-sor-f69.google.com',
        ip: '209.85.220.69',
        by: RECEIVER,
      }),
      zone: {
        'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.google.com -all'] },
        '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
        '20230601._domainkey.attacker-example.20230601.gappssmtp.com': KEY(),
        ...ptr('209.85.220.69', 'mail-sor-f69.google.com'),
      },
      expect: { verdict: 'unverified', fields: { 'spf.result': 'pass', 'spf.aligned': true } },
    });
  }
  {
    // The bank once sent through an ESP and left its selector delegated by CNAME to a name under
    // the ESP's old domain, which lapsed and the attacker registered: the key is the attacker's.
    const raw = await signCorpus(spoofRaw(), { domain: 'northbank.example', selector: 'esp1' });
    deliver({
      name: 'probe4-dkim-dangling-selector-cname',
      about:
        'The bank’s selector esp1._domainkey.northbank.example is a CNAME left pointing at an ESP domain that lapsed (esp1.dkim.old-esp.example); the attacker registered it and published its own key there, so the spoof carries a bank signature that verifies. DNS says "signed by the bank": HeaderLens cannot tell a taken-over delegation from a working one (ESPs delegate selectors by CNAME to names of their own: SendGrid, Mailchimp, Microsoft 365), so it reads "authenticated"; see README "What still fools"',
      class: 'probe4-dns-takeover',
      raw,
      zone: {
        'esp1._domainkey.northbank.example': { CNAME: ['esp1.dkim.old-esp.example'] },
        'esp1.dkim.old-esp.example': KEY(),
      },
      expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } },
    });
  }
  unsigned({
    name: 'probe4-own-domain-no-dmarc-spf-fail',
    about:
      'CEO fraud against the reader’s own organisation, which publishes "v=spf1 ip4:203.0.113.0/24 -all" and no DMARC record: From and envelope ceo@reader.example, sent from the attacker’s server; SPF fails aligned with From. Read "unverified" until 2026-12-05, kept so as organisations without DMARC are those whose HR and ticket systems send as them from servers their SPF does not list; since red-team round 85 "suspicious" (own-domain-unauthenticated): the reader named the organisation as his own, and its SPF ends in -all, which already refuses such a system at most receivers',
    class: 'probe4-own-domain',
    from: 'Dana CEO <ceo@reader.example>',
    envelope: 'ceo@reader.example',
    zone: {
      ...authenticZone('attacker.example', ATTACKER_IP),
      'reader.example': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
    },
    args: ['--recipient-domain', 'reader.example'],
    expect: {
      verdict: 'suspicious',
      findings: ['spf-fail', 'own-domain-unauthenticated'],
      fields: { 'spf.result': 'fail' },
    },
  });

  // ---- Size and depth
  {
    const depth = 3000;
    const open = Array.from(
      { length: depth },
      (_, i) => `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`,
    ).join('');
    const close = Array.from({ length: depth + 1 }, (_, i) => `--b${depth - i}--\r\n`).join('');
    const raw = [
      `From: ${BANK_FROM}`,
      'To: Robin Reader <robin@reader.example>',
      'Subject: Unusual sign-in to your account',
      'Date: Fri, 20 Nov 2026 10:00:00 +0000',
      'Message-ID: <deep.1@attacker.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b0"',
      '',
      `${open}--b${depth}\r\nContent-Type: text/plain\r\n\r\nConfirm your card.\r\n${close}`,
    ].join('\r\n');
    deliver({
      name: 'probe4-mime-deep-nesting',
      about:
        'An unsigned bank spoof whose body is 3,000 nested multipart/mixed parts, hoping a recursive MIME walk (list footers, attached messages) overflows the stack and the analysis gives up',
      class: 'probe4-size',
      raw,
      envelope: bankEnvelope,
      expect: SPOOFED,
    });
  }
}

/** Offline, nothing but the sender's headers: nothing is trusted, and the bare CR is reported. */
const NOT_TRUSTED_OFFLINE: CaseExpectation = {
  verdict: 'unverified',
  findings: ['message-problem'],
};

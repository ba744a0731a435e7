// Red-team probes, fifth round (December 2026), by an attacker who has read lib/ and rounds 1-4
// (probe.ts … probe4.ts), aimed at what changed last: Exchange Online's own record excusing a DKIM
// hash failure (changed-after-entry, lib/findings/receiver-record.ts), the Outlook profile's entry
// walk (lib/message/origin-exchange.ts), the Received parser's clause reading (a reverse name or a
// HELO holding ")" and a keyword, printed raw by the receiver), Google Workspace's default
// signature as proof of tenancy (lib/findings/auth-state.ts), and the provider's results placed
// between the entry and the Received line above it. Every case's meta says what it read before a
// fix, where one was needed.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders, EXTERNAL_BANNER as CAUTION, prependBody } from '../edits';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_FROM,
  BANK_IP,
  BANK_KEY,
  eopReplayPass,
  eopSpoofResults,
  genuineBankNotice,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  probeDelivery,
  ptr,
  RECEIVER,
  SPOOFED,
  withAttackerText,
} from '../kit';
import { eopEntry, eopResults, exchangeMailboxHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const BANK_ENVELOPE = 'security@northbank.example';
/** A hop the sender writes below the entry: the bank's own server handing the message on. */
const forgedBankHop = (by = 'relay.reader.example') =>
  received({
    helo: 'mail.northbank.example',
    rdns: 'mail.northbank.example',
    ip: BANK_IP,
    by,
    date: 'Fri, 20 Nov 2026 10:00:04 +0000',
  });

/** A Postfix entry line whose HELO and reverse name are printed as the client gave them. */
const rawEntry = (helo: string, rdns: string) => received({ helo, rdns, ip: ATTACKER_IP, by: RECEIVER });

/** An EOP entry line whose HELO is printed as the client gave it (Exchange writes no reverse name). */
const rawEopEntry = (helo: string, ip = ATTACKER_IP, frontend?: string) => eopEntry(helo, ip, frontend);

/** EOP's results claiming the bank passed: what the attacker wants read as EOP's. */
const FORGED_EOP_PASS =
  'Authentication-Results: spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=northbank.example; dkim=pass (signature was verified)\r\n header.d=northbank.example;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100';

export async function make(write: CaseWriter): Promise<void> {
  const spoofRaw = (extra?: string[]) =>
    submitted({ from: BANK_FROM, subject: 'Unusual sign-in to your account', extraHeaders: extra });

  /** A whole case: `raw` (the sender's part) under `entry` (the receiver's line) and a Return-Path. */
  const deliver = probeDelivery(write, BANK_ENVELOPE);

  /**
   * An Exchange Online delivery: the reader's tenant's hops, then `top` (EOP's results and its
   * entry line, as EOP wrote them), then the sender's part. Return-Path at the bottom, as Exchange
   * appends it among the sender's headers.
   */
  const outlook = (p: {
    name: string;
    about: string;
    class: string;
    raw: string;
    top: string[];
    expect: CaseExpectation;
    envelope?: string;
    zone?: Record<string, unknown>;
    args?: string[];
  }) =>
    write(p.name, {
      eml: onTop(
        appendHeaders(p.raw, `Return-Path: <${p.envelope ?? BANK_ENVELOPE}>`),
        ...exchangeMailboxHops(),
        ...p.top,
      ),
      zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP), ...p.zone },
      meta: { about: p.about, class: p.class, args: p.args ?? OUTLOOK, expect: p.expect },
    });

  // ---- Received: a reverse name or HELO with ")" and a keyword, printed raw by the receiver
  const bankHopBelow = (name: string, about: string, entry: string) =>
    deliver({
      name,
      about,
      class: 'probe5-received-clause',
      raw: onTop(spoofRaw(), forgedBankHop(RECEIVER)),
      entry,
      expect: { ...SPOOFED, absentFindings: ['dmarc-pass'] },
    });
  bankHopBelow(
    'probe5-received-rdns-close-paren',
    'The attacker’s PTR record is "x)" and the receiver prints it raw: "from mail.northbank.example (x) [198.51.100.66]) by mx.reader.example": the receiver’s literal falls outside the comment, the hop has no address, and a walk that passes over address-less hops takes the forged bank hop below (it read "authenticated", SPF passing for 192.0.2.10, before a ")" left in the from clause made the line unreadable)',
    rawEntry('mail.northbank.example', 'x)'),
  );
  bankHopBelow(
    'probe5-received-rdns-paren-second-by',
    'PTR "x [192.0.2.10]) by mx.reader.example (z": the receiver writes "from h (x [192.0.2.10]) by mx.reader.example (z [198.51.100.66]) by mx.reader.example (Postfix)": the bank’s address ends the from clause’s last comment and the receiver’s own record lands in a by clause the PTR opened (it read "authenticated" before a second by clause made the line unreadable)',
    rawEntry('mail.northbank.example', `x [${BANK_IP}]) by ${RECEIVER} (z`),
  );
  bankHopBelow(
    'probe5-received-rdns-paren-with-clause',
    'PTR "x [192.0.2.10]) with y (z": "from h (x [192.0.2.10]) with y (z [198.51.100.66]) by mx.reader.example": the receiver’s record lands in a with clause opened before by (it read "authenticated" before a clause between from and by made the line unreadable)',
    rawEntry('mail.northbank.example', `x [${BANK_IP}]) with y (z`),
  );
  bankHopBelow(
    'probe5-received-rdns-paren-for-clause',
    'PTR "[10.9.8.7]) for <a@b.example> (z": the from clause’s only comment holds a private address, the hop reads as the receiver’s own internal hand-off, and the walk goes down to the forged bank hop (it read "authenticated" before a clause between from and by made the line unreadable)',
    rawEntry('mail.northbank.example', '[10.9.8.7]) for <a@b.example> (z'),
  );
  bankHopBelow(
    'probe5-received-helo-with-clause',
    'A HELO "x (192.0.2.10) with y" printed as sent (spaces and parentheses kept): "from x (192.0.2.10) with y (unknown [198.51.100.66]) by mx.reader.example": the from clause’s last comment is the bank’s address (it read "authenticated" before a clause between from and by made the line unreadable)',
    rawEntry(`x (${BANK_IP}) with y`, 'unknown'),
  );
  bankHopBelow(
    'probe5-received-helo-by-unclosed',
    'A HELO "[10.9.8.7] by mx.reader.example (z" printed as sent: the HELO’s by clause opens a comment that swallows the receiver’s record and its real by, the from word is a private literal, and the walk passes the hop as internal down to the forged bank hop (it read "authenticated" before a comment left open in the by clause made the line unreadable)',
    rawEntry(`[10.9.8.7] by ${RECEIVER} (z`, 'unknown'),
  );
  deliver({
    name: 'probe5-received-helo-glued-close-paren',
    about:
      'A HELO "x (192.0.2.10)by" glued to the keyword: "by" after ")" is part of the HELO, so the receiver’s own comment after it stays the from clause’s last and the client is 198.51.100.66',
    class: 'probe5-received-clause',
    raw: spoofRaw(),
    entry: rawEntry(`x (${BANK_IP})by`, 'unknown'),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'origin.ip': ATTACKER_IP } },
  });
  deliver({
    name: 'probe5-received-rdns-ipv6-zone-close-paren',
    about:
      'A PTR of "[IPv6:2001:db8::10]) (x" printed raw: two comments, the receiver’s record last, so the IPv6 literal the PTR carries is not the client (the bank has no IPv6 terms anyway; what matters is that the address SPF checks is the receiver’s)',
    class: 'probe5-received-clause',
    raw: spoofRaw(),
    entry: rawEntry('mail.northbank.example', '[IPv6:2001:db8::10]) (x'),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'origin.ip': ATTACKER_IP } },
  });

  // ---- The Outlook profile's entry walk
  outlook({
    name: 'probe5-eop-helo-with-clause-bank-ip',
    about:
      'Exchange Online prints the client’s EHLO argument as sent: EHLO "x (192.0.2.10) with y" gives "from x (192.0.2.10) with y (198.51.100.66) by BL02EPF00029927.mail.protection.outlook.com", so the bank’s address ends the from clause (it read "authenticated", SPF passing for 192.0.2.10, before a clause between from and by made the line unreadable)',
    class: 'probe5-eop-entry',
    raw: spoofRaw(),
    top: [...eopSpoofResults(), rawEopEntry(`x (${BANK_IP}) with y`)],
    expect: { ...NOT_TRUSTED, absentFindings: ['dmarc-pass'] },
  });
  outlook({
    name: 'probe5-eop-helo-exim-shape-forged-frontend',
    about:
      'EHLO "a (helo=b)" printed as sent: "from a (helo=b) (198.51.100.66) by …mail.protection.outlook.com" reads like Exim’s record with an address after helo=, so the line is unreadable; the Outlook walk took an unreadable line received by an Exchange host as Microsoft’s own hand-off and went down to the sender’s forged EOP entry from the bank’s address, with forged id-less results above it (it read "authenticated" before an unreadable line ended the Exchange walk as the entry)',
    class: 'probe5-eop-entry',
    raw: onTop(spoofRaw(), FORGED_EOP_PASS, eopEntry('mail.northbank.example', BANK_IP, 'DM6PR08CA0001')),
    top: [...eopSpoofResults(), rawEopEntry('a (helo=b)')],
    expect: { ...NOT_TRUSTED, absentFindings: ['dmarc-pass'], fields: { 'origin.ip': null } },
  });
  outlook({
    name: 'probe5-eop-helo-exim-shape-alone',
    about:
      'The same unreadable EOP entry with nothing below it: the walk found only Exchange-written lines and called the message mail inside the organisation (no origin, insideReceiver), which reads "unverified" for a p=reject bank’s spoof',
    class: 'probe5-eop-entry',
    raw: spoofRaw(),
    top: [...eopSpoofResults(), rawEopEntry('a (helo=b)')],
    expect: { ...NOT_TRUSTED, fields: { 'origin.insideReceiver': undefined } },
  });
  outlook({
    name: 'probe5-eop-helo-by-unclosed-internal',
    about:
      'EHLO "[10.9.8.7] by x.namprd02.prod.outlook.com (z": the from word is a private literal, the by clause an Exchange host, and an open comment swallows EOP’s own record; the walk took it for Microsoft’s internal hand-off and went down to a forged EOP entry from the bank’s address (it read "authenticated" before a comment left open in the by clause made the line unreadable)',
    class: 'probe5-eop-entry',
    raw: onTop(spoofRaw(), FORGED_EOP_PASS, eopEntry('mail.northbank.example', BANK_IP, 'DM6PR08CA0001')),
    top: [...eopSpoofResults(), rawEopEntry('[10.9.8.7] by BN0PR02CA0001.namprd02.prod.outlook.com (z')],
    expect: { ...NOT_TRUSTED, absentFindings: ['dmarc-pass'] },
  });
  outlook({
    name: 'probe5-eop-ipv6-client',
    about:
      'The attacker connects over IPv6 (2001:db8:66::1) and EOP records "from mail.northbank.example (2001:db8:66::1)": a bare IPv6 address in Exchange’s comment is the client, not something to skip',
    class: 'probe5-eop-entry',
    raw: spoofRaw(),
    top: [...eopSpoofResults('2001:db8:66::1'), eopEntry('mail.northbank.example', '2001:db8:66::1')],
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'origin.ip': '2001:db8:66::1' } },
  });
  outlook({
    name: 'probe5-eop-helo-exchange-internal-name',
    about:
      'EHLO "BN0PR02CA0001.namprd02.prod.outlook.com" from the attacker’s public address: an Exchange internal name as HELO does not make the EOP entry a hand-off inside Microsoft',
    class: 'probe5-eop-entry',
    raw: onTop(spoofRaw(), FORGED_EOP_PASS, eopEntry('mail.northbank.example', BANK_IP, 'DM6PR08CA0001')),
    top: [...eopSpoofResults(), eopEntry('BN0PR02CA0001.namprd02.prod.outlook.com', ATTACKER_IP)],
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'origin.ip': ATTACKER_IP } },
  });

  // ---- changed-after-entry: EOP's record above its entry line
  {
    // A genuine bank notice, signed, which the attacker replays with its own text.
    const genuine = await genuineBankNotice();
    const tampered = withAttackerText(genuine);
    const eopFail = eopSpoofResults(
      ATTACKER_IP,
      'dkim=fail (body hash did not verify)\r\n header.d=northbank.example',
    );
    outlook({
      name: 'probe5-eop-fake-frontend-below-real',
      about:
        'A replayed bank signature over a new body: EOP recorded dkim=fail above the real entry; below it the sender writes a second "by …mail.protection.outlook.com" entry from the bank’s address with an id-less pass record directly above it, hoping the walk or the record reader picks the lower pair',
      class: 'probe5-changed-after-entry',
      raw: onTop(tampered, FORGED_EOP_PASS, eopEntry('mail.northbank.example', BANK_IP, 'DM6PR08CA0001')),
      top: [...eopFail, eopEntry('mail.attacker.example', ATTACKER_IP)],
      envelope: 'alerts@northbank.example',
      zone: BANK_KEY,
      expect: { ...SPOOFED, absentFindings: ['changed-after-entry'] },
    });
    outlook({
      name: 'probe5-eop-two-tenants-forward',
      about:
        'Forwarding between tenants, forged: the reader’s EOP (top) took the message from a Microsoft outbound address and recorded dkim=fail; below, a first tenant’s EOP delivery with an id-less record of dkim=pass and dmarc=pass for the bank, as if the body changed only between the tenants',
      class: 'probe5-changed-after-entry',
      raw: onTop(tampered, FORGED_EOP_PASS, eopEntry('mail.northbank.example', BANK_IP, 'CO1NAM11FT010')),
      top: [
        ...eopSpoofResults(
          '40.107.220.100',
          'dkim=fail (body hash did not verify)\r\n header.d=northbank.example',
        ),
        eopEntry('NAM11-CO1-obe.outbound.protection.outlook.com', '40.107.220.100'),
      ],
      envelope: 'alerts@northbank.example',
      zone: BANK_KEY,
      expect: { ...SPOOFED, absentFindings: ['changed-after-entry'] },
    });
    outlook({
      name: 'probe5-eop-authres-in-entry-helo',
      about:
        'EHLO carrying CRLF and an id-less "Authentication-Results: … dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example", recorded raw in EOP’s entry line: the entry line ends after "from x" (no by), and the results stand under it, not above an EOP entry',
      class: 'probe5-changed-after-entry',
      raw: tampered,
      top: [...eopFail, rawEopEntry(`x\r\n${FORGED_EOP_PASS}`)],
      envelope: 'alerts@northbank.example',
      zone: BANK_KEY,
      expect: { ...NOT_TRUSTED, absentFindings: ['changed-after-entry'] },
    });
    outlook({
      name: 'probe5-eop-authres-in-received-spf-helo',
      about:
        'EHLO carrying CRLF recorded raw in EOP’s Received-SPF (helo=…) but not in its entry line: an id-less pass record for the bank then sits between Received-SPF and the entry, nearer the entry than EOP’s own dkim=fail record (it read "unverified", changed-after-entry, before two id-less records above one entry excused nothing)',
      class: 'probe5-changed-after-entry',
      raw: tampered,
      top: [
        eopFail[0]!,
        `Received-SPF: Fail (protection.outlook.com: domain of northbank.example does not designate\r\n 198.51.100.66 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=198.51.100.66; helo=x\r\n${FORGED_EOP_PASS}`,
        eopEntry('x', ATTACKER_IP),
      ],
      envelope: 'alerts@northbank.example',
      zone: BANK_KEY,
      expect: { ...SPOOFED, absentFindings: ['changed-after-entry'] },
    });
    outlook({
      name: 'probe5-eop-pass-for-subdomain-signer',
      about:
        'EOP recorded dkim=pass for a signature of news.northbank.example (a genuine bank newsletter’s, replayed alongside) and dmarc=pass; the signature our check fails is northbank.example’s own over the attacker’s body: a pass for another signer excuses nothing',
      class: 'probe5-changed-after-entry',
      raw: await signCorpus(tampered, { domain: 'news.northbank.example', selector: 'nb1' }),
      top: [
        ...eopResults({
          ip: ATTACKER_IP,
          mailfrom: 'northbank.example',
          spf: 'fail',
          dkim: 'dkim=pass (signature was verified)\r\n header.d=news.northbank.example',
          dmarc: 'pass',
          from: 'northbank.example',
          compauth: 'pass reason=100',
        }),
        eopEntry('mail.attacker.example', ATTACKER_IP),
      ],
      envelope: 'alerts@northbank.example',
      zone: { ...BANK_KEY, 'nb1._domainkey.news.northbank.example': KEY() },
      // The subdomain's signature verifies for us too (relaxed alignment): DMARC passes honestly.
      expect: { notVerdict: ['spoofed'], absentFindings: ['changed-after-entry'] },
    });
  }
  {
    // Replays of a genuine bank notice into a tenant whose mail-flow rule adds an external banner
    // after EOP checked it: EOP's pass is genuine, the body changed after it; the replay's own
    // marks must still count.
    const genuine = await genuineBankNotice(['from', 'to', 'subject', 'date', 'message-id']);
    const eopPass = eopReplayPass();
    outlook({
      name: 'probe5-eop-banner-replay-reply-to',
      about:
        'A genuine bank notice replayed from the attacker’s server with an unsigned Reply-To: <help@attacker.example> added on top; EOP recorded the bank’s DKIM pass, then the tenant’s banner broke the body hash: the excuse for the banner must not hide the replayed Reply-To at another organisation. The signature EOP saw pass vouches as it did on the unchanged message (reply-to-other-org medium, as without the banner), so it reads "suspicious"',
      class: 'probe5-changed-after-entry',
      raw: prependBody(`Reply-To: Northbank Help <help@attacker.example>\r\n${genuine}`, CAUTION),
      top: [...eopPass, eopEntry('mail.attacker.example', ATTACKER_IP)],
      envelope: 'bounce@attacker.example',
      zone: BANK_KEY,
      expect: { verdict: 'suspicious', findings: ['changed-after-entry', 'reply-to-other-org'] },
    });
    const old = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your statement is ready',
        date: 'Fri, 16 Oct 2026 10:00:00 +0000',
        body: 'Your October statement is ready in online banking.\r\n',
      }),
      { domain: 'northbank.example', selector: 'nb1', signTime: new Date('2026-10-16T10:00:00Z') },
    );
    outlook({
      name: 'probe5-eop-banner-replay-old-signature',
      about:
        'A bank notice signed five weeks earlier, replayed from the attacker’s server into a tenant that adds a banner: EOP records the pass, the banner breaks the hash; the replay’s age (date-mismatch, medium) must still count: "suspicious"',
      class: 'probe5-changed-after-entry',
      raw: prependBody(old, CAUTION),
      top: [...eopPass, eopEntry('mail.attacker.example', ATTACKER_IP)],
      envelope: 'bounce@attacker.example',
      zone: BANK_KEY,
      expect: { verdict: 'suspicious', findings: ['changed-after-entry', 'date-mismatch'] },
    });
    outlook({
      name: 'probe5-eop-banner-webmail-gmail',
      about:
        'The banner case read with the Gmail profile (a Microsoft 365 mailbox opened through another app, or the attacker steering the profile): EOP’s record counts only with the Outlook profile',
      class: 'probe5-changed-after-entry',
      raw: prependBody(
        genuine.replace('online banking.', 'online banking: https://northbank.example.attacker.example/'),
        CAUTION,
      ),
      top: [...eopPass, eopEntry('mail.attacker.example', ATTACKER_IP)],
      envelope: 'bounce@attacker.example',
      zone: BANK_KEY,
      args: ['--webmail', 'gmail'],
      expect: { ...NOT_TRUSTED, absentFindings: ['changed-after-entry'] },
    });
  }

  // ---- Google Workspace's default signature: the tenant's name, dots as hyphens
  {
    const googleEntry = received({
      helo: 'mail-sor-f69.google.com',
      rdns: 'mail-sor-f69.google.com',
      ip: '209.85.220.69',
      by: RECEIVER,
    });
    const googleZone = {
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
      ...ptr('209.85.220.69', 'mail-sor-f69.google.com'),
    };
    const relay = async (from: string, signer: string) =>
      signCorpus(submitted({ from, subject: 'Unusual sign-in to your account' }), {
        domain: signer,
        selector: '20230601',
      });
    deliver({
      name: 'probe5-google-default-signer-subdomain-collision',
      about:
        'The bank sends from alerts@mail.northbank.example through Google Workspace (SPF of mail.northbank.example includes _spf.google.com). The attacker’s own Workspace tenant has the primary domain mail-northbank.example, whose default signature d=mail-northbank-example.20230601.gappssmtp.com is the bank subdomain’s name with dots as hyphens too; it relays with envelope mail.northbank.example (it read "authenticated" before a default signature was taken as the tenant’s only for a two-label name)',
      class: 'probe5-shared-spf',
      raw: await relay(
        'Northbank <alerts@mail.northbank.example>',
        'mail-northbank-example.20230601.gappssmtp.com',
      ),
      envelope: 'alerts@mail.northbank.example',
      entry: googleEntry,
      zone: {
        ...googleZone,
        'mail.northbank.example': { TXT: ['v=spf1 include:_spf.google.com -all'] },
        '20230601._domainkey.mail-northbank-example.20230601.gappssmtp.com': KEY(),
      },
      expect: { verdict: 'unverified', fields: { 'spf.result': 'pass', 'spf.aligned': true } },
    });
    deliver({
      name: 'probe5-google-default-signer-suffix-collision',
      about:
        'A bank at northbank.co.uk on Google Workspace without DKIM of its own; the attacker registers northbank-co.uk, whose tenant’s default signature is d=northbank-co-uk.20230601.gappssmtp.com, exactly the bank’s name with dots as hyphens, and relays with envelope northbank.co.uk (it read "authenticated" before a default signature was taken as the tenant’s only for a two-label name; a public suffix of two labels is needed here, so this case uses .co.uk)',
      class: 'probe5-shared-spf',
      raw: await relay('Northbank <security@northbank.co.uk>', 'northbank-co-uk.20230601.gappssmtp.com'),
      envelope: 'security@northbank.co.uk',
      entry: googleEntry,
      zone: {
        ...googleZone,
        'northbank.co.uk': { TXT: ['v=spf1 include:_spf.google.com -all'] },
        '_dmarc.northbank.co.uk': { TXT: ['v=DMARC1; p=reject'] },
        '20230601._domainkey.northbank-co-uk.20230601.gappssmtp.com': KEY(),
      },
      expect: { verdict: 'unverified', fields: { 'spf.result': 'pass', 'spf.aligned': true } },
    });
    deliver({
      name: 'probe5-google-default-signer-hyphen-bank',
      about:
        'The bank north-bank.example on Workspace without DKIM; the attacker’s tenant signs as north-bank-example.20230601.gappssmtp.com hoping the hyphen lets another primary domain (north.bank-example) claim that name: no registrable domain other than the bank’s maps to it, but no Google signature in this message was made for the bank’s tenant either (the key sits under the attacker’s DNS, which the corpus cannot tell apart): it reads as the bank’s own default signature',
      class: 'probe5-shared-spf',
      raw: await relay(
        'North Bank <security@north-bank.example>',
        'north-bank-example.20230601.gappssmtp.com',
      ),
      envelope: 'security@north-bank.example',
      entry: googleEntry,
      zone: {
        ...googleZone,
        'north-bank.example': { TXT: ['v=spf1 include:_spf.google.com -all'] },
        '_dmarc.north-bank.example': { TXT: ['v=DMARC1; p=reject'] },
        '20230601._domainkey.north-bank-example.20230601.gappssmtp.com': KEY(),
      },
      // Google hands out gappssmtp.com names; a two-label name maps back to one domain only.
      expect: { verdict: 'authenticated' },
    });
    deliver({
      name: 'probe5-google-shared-spf-m365-mixed',
      about:
        'The bank’s SPF includes both Microsoft 365’s and Google’s shared records; the attacker relays through its own Microsoft 365 tenant with the bank as envelope sender and adds a Google-looking default signature for the bank made with its own key under a name it does not control',
      class: 'probe5-shared-spf',
      raw: await relay(BANK_FROM, 'northbank-example.20230601.gappssmtp.com'),
      entry: received({
        helo: 'NAM11-CO1-obe.outbound.protection.outlook.com',
        rdns: 'mail-co1nam11on2100.outbound.protection.outlook.com',
        ip: '40.107.220.100',
        by: RECEIVER,
      }),
      zone: {
        'northbank.example': {
          TXT: ['v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all'],
        },
        'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.107.0.0/16 -all'] },
        '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      },
      expect: { notVerdict: ['authenticated'] },
    });
  }

  // ---- Provider results and the From domain's IDNA mapping
  deliver({
    name: 'probe5-from-idna-ideographic-full-stop',
    about:
      'From security@northbank\u3002example (an ideographic full stop, which UTS #46 maps to ".") so an app draws the bank’s address: the DMARC check must ask for northbank.example, not find no policy',
    class: 'probe5-idna',
    raw: spoofRaw().replace(BANK_FROM, 'Northbank Security <security@northbank\u3002example>'),
    envelope: 'bounce@attacker.example',
    expect: NOT_TRUSTED,
  });
  deliver({
    name: 'probe5-from-idna-fullwidth-dot',
    about:
      'From security@northbank\uff0eexample (a full-width full stop, which UTS #46 maps to ".") so an app draws the bank’s address: the DMARC check must ask for northbank.example',
    class: 'probe5-idna',
    raw: spoofRaw().replace(BANK_FROM, 'Northbank Security <security@northbank\uff0eexample>'),
    envelope: 'bounce@attacker.example',
    expect: NOT_TRUSTED,
  });
}

// Red-team probes, eighth round (December 2026), by an attacker who has read lib/ and rounds 1-7
// (probe.ts … probe7.ts), aimed at what landed last: Exchange Online's record excusing a DKIM
// failure (changed-after-entry, entryVouched in lib/findings/receiver-record.ts) and the list
// restore (changed-by-list) beside replays the strict added-field rule does not see (text after
// l=, a Subject no signature covers); a copy the attacker makes "not byte-exact" in Outlook on the
// web (one byte that is not UTF-8); Forward Email known by its reverse names only
// (lib/relay/providers-esp.ts) and as a trusted ARC sealer the attacker extends; a gateway trusted
// by name at Exchange Online whose other customers send through the same hosts, or whose PTR the
// attacker CNAMEs to it (gatewayReverseNames, lib/engine/origin-walk.ts); approvals scoped with
// --approve-for (approvedFor, sameOwner); a From that spells its free-mailbox Reply-To (spells()
// and brandInLocalPart in lib/findings/reply-to.ts); relays that write a name their customer chose
// (a Google Group's From rewrite, a DocuSign envelope); DMARC's sp= and public-suffix records; and
// the size bounds (a 64 KB From, 1,500 header fields, 21 DKIM signatures; lib/auth/limits.ts,
// lib/auth/dkim.ts). Every case's meta says what a careful analyst wants and, where it differs,
// what it reads today. Not expressible here: the extension's 10 MB hashing bound (a forged bank
// DKIM-Signature over a body past it reads "unverified"; the CLI hashes up to 64 MB).
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { mimecastReceived } from '../gateway-layouts';
import {
  ARGS,
  ATTACKER_IP,
  attackerMail,
  authenticZone,
  BANK,
  eopReplayPass,
  fromAttacker,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { eopEntry, eopResults, exchangeMailboxHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const SPOOFED: CaseExpectation = { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } };
const HOSTED: CaseExpectation = { verdict: 'suspicious', findings: ['hosted-server-relay'] };
const BANK_KEY = { 'nb1._domainkey.northbank.example': KEY() };
const OUTLOOK = ['--webmail', 'outlook'];
/** A rented server on Amazon's network (AS16509 in the bundled data). */
const AWS_IP = '3.120.1.10';
/** Forward Email's mx1, as the legit shape rw8-forwardemail-arc-no-srs-gmail has it (DigitalOcean). */
const FE_IP = '138.197.213.185';
/** Mimecast's US delivery host, as the legit shape rw5-mimecast-to-m365-enhanced-filtering. */
const MC_IP = '170.10.133.124';
const MC_NAME = 'us-smtp-delivery-124.mimecast.com';

const CAUTION =
  'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.\r\n\r\n';
const STATEMENT = 'Your November statement is ready in online banking.\r\n';
const PHISH =
  '\r\nAction needed: your card was used abroad. Confirm it within 24 hours at https://northbank-secure.attacker.example/confirm\r\n';

/** Text put in front of the body (an external-sender banner added by the reader's tenant). */
function prependBody(raw: string, text: string): string {
  const at = raw.indexOf('\r\n\r\n') + 4;
  return raw.slice(0, at) + text + raw.slice(at);
}

/** Header lines put at the bottom of the header block (where Exchange Online writes Return-Path). */
function appendHeaders(raw: string, ...headers: string[]): string {
  const at = raw.indexOf('\r\n\r\n');
  return `${raw.slice(0, at)}\r\n${headers.join('\r\n')}${raw.slice(at)}`;
}

/** Replaces the first header line starting with `prefix` (the attacker's rewrite of an unsigned field). */
function replaceHeader(raw: string, prefix: string, line: string): string {
  const at = raw.indexOf(`\r\n${prefix}`);
  if (at < 0) throw new Error(`no ${prefix} header`);
  const end = raw.indexOf('\r\n', at + 2);
  return `${raw.slice(0, at + 2)}${line}${raw.slice(end)}`;
}

interface Case {
  name: string;
  about: string;
  class: string;
  expect: CaseExpectation;
  args?: string[];
}

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the eighth round's report). Each comment: what it reads, what it should, which rule.
 */
// Every probe of the round that read wrong is fixed (each commit names its probe): l= under
// Exchange Online's pass record, a Subject the vouching signature does not cover, a brand glued
// into a free reply mailbox, sp=none for a subdomain that does not exist, the attacker's own Google
// Group rewriting a bank's From, and a copy made not byte-exact by one non-UTF-8 byte.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

/** Every probe, the pending ones included. */
export async function makeAll(write: CaseWriter): Promise<void> {
  const { unsigned, authenticated } = attackerMail(write);
  const attackerDns = { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP) };

  // ---- Genuine bank notices the attacker received and replays
  /** Signed with l= over the whole body as sent (some bulk senders still write l=). */
  const withLength = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      body: STATEMENT,
    }),
    { domain: 'northbank.example', selector: 'nb1', maxBodyLength: STATEMENT.length },
  );
  /** Signed over From, Date and Message-ID only (the one field RFC 6376 §5.4 requires, and two more). */
  const thin = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      body: STATEMENT,
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: ['from', 'date', 'message-id'] },
  );
  const swappedSubject = replaceHeader(thin, 'Subject:', 'Subject: Card blocked: call +1 555 0100 now');

  // ---- Exchange Online's record of a pass, then the tenant's banner (changed-after-entry)
  const eopPass = eopReplayPass();
  const outlook = (p: Case & { raw: string }) =>
    write(p.name, {
      eml: onTop(
        appendHeaders(p.raw, 'Return-Path: <bounce@attacker.example>'),
        ...exchangeMailboxHops(),
        ...eopPass,
        eopEntry('mail.attacker.example', ATTACKER_IP),
      ),
      zone: { ...attackerDns, ...BANK_KEY },
      meta: { about: p.about, class: p.class, args: p.args ?? OUTLOOK, expect: p.expect },
    });
  outlook({
    name: 'probe8-eop-banner-l-tag-appended',
    about:
      'A genuine bank notice signed with l= (the whole body as sent), replayed from the attacker’s server with a phishing paragraph appended after the signed length, into an Exchange Online tenant that adds an external-sender banner. EOP honours l= and records dkim=pass and dmarc=pass; the banner then breaks the body hash. Sent directly, the same replay reads "suspicious" (dkim-body-length medium: text after l=, probe-dkim-l-appended); here the excuse (changed-after-entry) must not hide that text. Wanted: suspicious',
    class: 'probe8-changed-after-entry',
    raw: prependBody(`${withLength}${PHISH}`, CAUTION),
    expect: NOT_TRUSTED,
  });
  outlook({
    name: 'probe8-eop-banner-thin-h-subject-swapped',
    about:
      'A genuine bank notice whose signature covers From, Date and Message-ID only, replayed from the attacker’s server with its own Subject ("Card blocked: call +1 555 0100 now") in place of the unsigned one, under the tenant’s banner. EOP records the pass (nothing it checks changed); the Subject the reader sees is the attacker’s. Wanted: suspicious, as for a Reply-To no vouching signature covers',
    class: 'probe8-changed-after-entry',
    raw: prependBody(swappedSubject, CAUTION),
    expect: NOT_TRUSTED,
  });

  outlook({
    name: 'probe8-eop-subject-tag-l-tag-appended',
    about:
      'The l= replay with the appended phishing paragraph, into a tenant whose rule tags the Subject "[EXTERNAL] " instead of adding a banner: the body still verifies under l=, the tag breaks the header hash (signature-mismatch), and EOP recorded the pass before the tag. The text after l= is the attacker’s whatever broke the hash afterwards. Wanted: suspicious',
    class: 'probe8-changed-after-entry',
    raw: replaceHeader(`${withLength}${PHISH}`, 'Subject:', 'Subject: [EXTERNAL] Your statement is ready'),
    expect: NOT_TRUSTED,
  });

  // ---- A copy the adapter calls not byte-exact, chosen by the attacker (Outlook on the web)
  {
    // A genuine bank DKIM-Signature lifted from another notice onto the attacker's unsigned spoof:
    // its body hash (and header hash) fail, as a re-encoded copy's would.
    const sigEnd = withLength.search(/\r\n[^ \t]/);
    const lifted = withLength.slice(0, sigEnd + 2);
    const spoof = `${lifted}${submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Card blocked: confirm your details',
      body: 'Your card was used abroad. Confirm it within 24 hours at https://northbank-secure.attacker.example/confirm\r\n',
    })}`;
    const eopFail = eopResults({
      ip: ATTACKER_IP,
      mailfrom: 'northbank.example',
      spf: 'fail',
      dkim: 'dkim=fail (body hash did not verify)\r\n header.d=northbank.example',
      dmarc: 'fail',
      from: 'northbank.example',
      compauth: 'fail reason=000',
    });
    write('probe8-owa-not-exact-lifted-bank-signature', {
      eml: onTop(
        appendHeaders(spoof, 'Return-Path: <alerts@northbank.example>'),
        ...exchangeMailboxHops(),
        ...eopFail,
        eopEntry('mail.attacker.example', ATTACKER_IP),
      ),
      zone: { ...attackerDns, ...BANK_KEY },
      meta: {
        about:
          'An unsigned "Northbank" spoof carrying a genuine bank DKIM-Signature lifted from another notice (its hashes fail), whose body has one byte that is not UTF-8 (a Latin-1 "é" sent 8bit): Outlook on the web’s adapter then calls its copy not byte-exact (decodeMime in lib/webmail/outlook.ts), as --not-byte-exact does here. Our DMARC fail is set aside as "re-encoding could explain it" (reencodingCouldExplain, lib/findings/auth-state.ts) and, with no trusted provider result in Outlook, nothing firm replaces it; yet EOP’s own record directly above its entry line says dkim=fail, dmarc=fail, compauth=fail. The attacker chooses both conditions. Wanted: spoofed',
        class: 'probe8-not-byte-exact',
        args: [...OUTLOOK, '--not-byte-exact'],
        expect: NOT_TRUSTED,
      },
    });
    write('probe8-not-exact-lifted-bank-signature-provider-fail', {
      eml: onTop(
        spoof,
        `Authentication-Results: ${RECEIVER}; dkim=fail (body hash did not verify) header.d=northbank.example header.s=nb1;\r\n spf=fail smtp.mailfrom=alerts@northbank.example; dmarc=fail (p=reject) header.from=northbank.example`,
        'Return-Path: <alerts@northbank.example>',
        fromAttacker('attacker.example'),
      ),
      zone: { ...attackerDns, ...BANK_KEY },
      meta: {
        about:
          'The same lifted signature read from a copy that is not byte-exact at a receiver whose results are trusted (--authserv-id): the receiver’s own firm dmarc=fail above the entry line decides. Wanted: spoofed',
        class: 'probe8-not-byte-exact',
        args: [...ARGS, '--not-byte-exact'],
        expect: SPOOFED,
      },
    });
  }

  // ---- The same replays read directly (Gmail-style receiver trusted by --authserv-id)
  const direct = (p: Case & { raw: string }) =>
    write(p.name, {
      eml: onTop(p.raw, 'Return-Path: <bounce@attacker.example>', fromAttacker('attacker.example')),
      zone: { ...attackerDns, ...BANK_KEY },
      meta: { about: p.about, class: p.class, args: [...ARGS, ...(p.args ?? [])], expect: p.expect },
    });
  direct({
    name: 'probe8-dkim-thin-h-subject-swapped',
    about:
      'The thin signature (h=from:date:message-id) replayed from the attacker’s server with the attacker’s Subject, read directly. DMARC passes on the bank’s DKIM alone (no aligned SPF); the one field a reader reads first after the sender is not the bank’s. The Reply-To rule already treats a field no sole vouching signature covers as a replay risk (replyToUnsigned); the Subject is not checked. Wanted: suspicious',
    class: 'probe8-dkim-replay',
    raw: swappedSubject,
    expect: NOT_TRUSTED,
  });

  // ---- The list restore (changed-by-list) beside text after l=
  const listDress = [
    'List-Id: Northbank customers <customers.lists.attacker.example>',
    'List-Post: <mailto:customers@lists.attacker.example>',
    'List-Unsubscribe: <mailto:customers-leave@lists.attacker.example>',
  ];
  direct({
    name: 'probe8-list-tag-l-tag-appended',
    about:
      'The l= notice replayed with a phishing paragraph after the signed length, dressed as a list post by the attacker (its own List-Id, List-Post, List-Unsubscribe and a "[customers]" subject tag, which breaks the header hash). Undoing the tag makes the bank’s signature verify again (changed-by-list); the text after l= is the attacker’s either way. Sent without the dress it reads "suspicious" (dkim-body-length medium). Wanted: suspicious',
    class: 'probe8-list-restore',
    raw: replaceHeader(
      `${listDress.join('\r\n')}\r\n${withLength}${PHISH}`,
      'Subject:',
      'Subject: [customers] Your statement is ready',
    ),
    expect: NOT_TRUSTED,
  });

  // ---- 21 DKIM signatures: the bank's, last, is past the verification limit
  {
    let raw = replaceHeader(withLength, 'Subject:', 'Subject: Card blocked: call +1 555 0100 now');
    for (let k = 0; k < 20; k++) {
      raw = await signCorpus(raw, { domain: 'attacker.example', selector: 's1' });
    }
    direct({
      name: 'probe8-dkim-21-signatures-bank-last',
      about:
        'A bank notice whose Subject the attacker rewrote (the bank’s signature no longer verifies), under twenty valid signatures of the attacker’s own domain: the bank’s is the 21st, past MAX_DKIM_SIGNATURES, and is never verified. An unverified signature must not hold the DMARC fail back the way an unhashed body does. Wanted: spoofed',
      class: 'probe8-limits',
      raw,
      expect: SPOOFED,
    });
  }

  // ---- Size bounds on the From field and the header count
  await unsigned({
    name: 'probe8-from-field-over-64kb',
    about:
      'Unsigned "Northbank" mail whose From field is 66 KB (a display name of folded padding) over the bank’s address: over MAX_FIELD_BYTES the field is left out of what mailauth sees. DMARC must still be checked for the From the reader sees. Wanted: spoofed',
    class: 'probe8-limits',
    from: `"Northbank ${`${'Security Team '.repeat(60)}\r\n `.repeat(80)}Online Banking" <alerts@northbank.example>`,
    zone: attackerDns,
    expect: { verdict: 'spoofed' },
  });
  await unsigned({
    name: 'probe8-headers-1500-fields-from-last',
    about:
      'Unsigned mail with 1,500 X-Campaign-Id fields above the From (the bank), so the header block is past MAX_FIELDS_AS_IS and mailauth gets a pruned copy: the From must survive the pruning. Wanted: spoofed',
    class: 'probe8-limits',
    from: 'Northbank <alerts@northbank.example>',
    extra: Array.from({ length: 1500 }, (_, k) => `X-Campaign-Id: ${k}`),
    zone: attackerDns,
    expect: SPOOFED,
  });
  await authenticated({
    name: 'probe8-headers-1500-fields-second-from-bank',
    about:
      'The attacker’s authenticated mail (From alerts@attacker.example, signed) with 1,500 X-Campaign-Id fields and then a second From, "Northbank" <alerts@northbank.example>, at the very bottom of the header block: past MAX_FIELDS_AS_IS, where a mail app that shows the last From shows the bank. Wanted: not trusted (two From fields)',
    class: 'probe8-limits',
    from: '"Account team" <alerts@attacker.example>',
    extra: [
      ...Array.from({ length: 1500 }, (_, k) => `X-Campaign-Id: ${k}`),
      'From: Northbank <alerts@northbank.example>',
    ],
    expect: NOT_TRUSTED,
  });

  // ---- Forward Email known by its confirmed names only; the attacker's authenticated mail from AWS
  const attackerSigned = await signCorpus(
    submitted({
      from: '"Account team" <alerts@attacker.example>',
      subject: 'Action required on your account',
    }),
    { domain: 'attacker.example', selector: 's1' },
  );
  const fromAws = (p: Case & { rdns?: string; zone: Record<string, unknown> }) =>
    write(p.name, {
      eml: onTop(
        attackerSigned,
        'Return-Path: <bounce@attacker.example>',
        received({ helo: 'mail.attacker.example', rdns: p.rdns, ip: AWS_IP, by: RECEIVER }),
      ),
      zone: { ...authenticZone('attacker.example', AWS_IP), ...p.zone },
      meta: { about: p.about, class: p.class, args: ARGS, expect: p.expect },
    });
  fromAws({
    name: 'probe8-esp-forwardemail-suffix-in-front',
    about:
      'The attacker’s authenticated mail from a rented AWS address whose PTR is mx1.forwardemail.net.relay-host.example, forward-confirmed in the zone of relay-host.example (another domain of the attacker’s): Forward Email’s name in front of it. Wanted: hosted-server-relay, suspicious',
    class: 'probe8-esp-by-name',
    rdns: 'mx1.forwardemail.net.relay-host.example',
    zone: ptr(AWS_IP, 'mx1.forwardemail.net.relay-host.example'),
    expect: HOSTED,
  });
  fromAws({
    name: 'probe8-esp-forwardemail-glued-label',
    about:
      'PTR mx1.xforwardemail.net, forward-confirmed by the attacker who registered xforwardemail.net: ends in "forwardemail.net" without the dot. Wanted: hosted-server-relay, suspicious',
    class: 'probe8-esp-by-name',
    rdns: 'mx1.xforwardemail.net',
    zone: ptr(AWS_IP, 'mx1.xforwardemail.net'),
    expect: HOSTED,
  });
  fromAws({
    name: 'probe8-esp-forwardemail-ptr-unconfirmed',
    about:
      'The rented address’s PTR says mx1.forwardemail.net (the network lets its tenant write it); that name’s A record holds Forward Email’s own address, not this one. Wanted: hosted-server-relay, suspicious',
    class: 'probe8-esp-by-name',
    zone: {
      [`${AWS_IP.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: ['mx1.forwardemail.net'] },
      'mx1.forwardemail.net': { A: [FE_IP] },
    },
    expect: HOSTED,
  });

  // ---- Forward Email's genuine relay forwarding the attacker's bank spoof to the reader
  {
    const spoof = onTop(
      submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Card blocked' }),
      'Received: from mail.attacker.example (mail.attacker.example [198.51.100.66])\r\n by mx1.forwardemail.net (Forward Email) with ESMTPS id 6741a2b3c4d5e6f7a8b9c0d2\r\n for <alias@fwd.attacker.example>; Fri, 20 Nov 2026 10:00:03 +0000',
    );
    const feAr =
      'mx1.forwardemail.net; dkim=none (message not signed); spf=fail (mx1.forwardemail.net: domain of alerts@northbank.example does not designate 198.51.100.66 as permitted sender) smtp.mailfrom=alerts@northbank.example smtp.helo=mail.attacker.example; dmarc=fail (p=REJECT arc=none) header.from=northbank.example';
    const sealed = await sealCorpus(spoof, {
      domain: 'forwardemail.net',
      selector: 'default',
      cv: 'none',
      authResults: feAr,
    });
    write('probe8-esp-forwardemail-relays-bank-spoof', {
      eml: onTop(
        sealed,
        'Return-Path: <alerts@northbank.example>',
        received({ helo: 'mx1.forwardemail.net', rdns: 'mx1.forwardemail.net', ip: FE_IP, by: RECEIVER }),
      ),
      zone: {
        ...attackerDns,
        ...ptr(FE_IP, 'mx1.forwardemail.net'),
        'default._domainkey.forwardemail.net': KEY(),
      },
      meta: {
        about:
          'The attacker points its own alias domain at Forward Email (free sign-up) and mails its unsigned "Northbank" notice to the alias; Forward Email forwards it to the reader from its confirmed mx1 with the envelope kept and its own ARC seal (a built-in trusted sealer), which records dmarc=fail. A known relay and a trusted seal that recorded the failure excuse nothing. Wanted: spoofed',
        class: 'probe8-esp-by-name',
        args: ARGS,
        expect: SPOOFED,
      },
    });
  }

  // ---- A gateway trusted by name at Exchange Online, whose other customers send through it too
  {
    // The attacker is a Mimecast customer: its outbound mail leaves through the same delivery hosts
    // that hand the reader's inbound mail to Exchange Online ("EchoSpoofing"-style shared relays).
    // Mimecast writes its Received on top of what the attacker handed it; the attacker's forged
    // "relay.mimecast.com; dmarc=pass" record lies below that line.
    const submittedSpoof = onTop(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        to: 'user@reader.example',
        subject: 'Card blocked',
      }),
      'Authentication-Results: relay.mimecast.com; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=alerts@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example',
    );
    const viaMimecast = onTop(
      submittedSpoof,
      mimecastReceived({
        helo: 'mail.attacker.example',
        ip: ATTACKER_IP,
        id: 'us-mta-77-Zq9rT2nWPkG5vL0a1b2c3d-1',
      }),
    );
    const eopFail = eopResults({
      ip: MC_IP,
      mailfrom: 'northbank.example',
      spf: 'fail',
      dkim: 'dkim=none (message not signed)\r\n header.d=none',
      dmarc: 'fail',
      from: 'northbank.example',
      compauth: 'fail reason=000',
    });
    write('probe8-gw-mimecast-customer-outbound-forged-record', {
      eml: onTop(
        appendHeaders(viaMimecast, 'Return-Path: <alerts@northbank.example>'),
        ...exchangeMailboxHops(),
        ...eopFail,
        eopEntry(MC_NAME, MC_IP),
      ),
      zone: { ...attackerDns, ...ptr(MC_IP, MC_NAME) },
      meta: {
        about:
          'The reader’s tenant trusts Mimecast (--trust-gateway mimecast.com). The attacker, a Mimecast customer, sends an unsigned "Northbank" notice out through Mimecast, whose genuine, forward-confirmed delivery host hands it to the reader’s Exchange Online; the attacker wrote a "relay.mimecast.com; dmarc=pass" record for the bank into its own header, which lies below Mimecast’s Received line. A gateway trusted by name carries its other customers’ mail too: only what the gateway wrote above its own line may count. Wanted: spoofed',
        class: 'probe8-gateway-by-name',
        args: ['--webmail', 'outlook', '--trust-gateway', 'mimecast.com'],
        expect: SPOOFED,
      },
    });
  }

  {
    // The same customer route, the attacker's HELO a Mimecast delivery host's own address literal:
    // Mimecast prints the HELO where a receiver prints the client's name, "from <HELO> (<HELO> [IP])".
    const forgedBelow = onTop(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        to: 'user@reader.example',
        subject: 'Card blocked',
      }),
      'Authentication-Results: relay.mimecast.com; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=alerts@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example',
      mimecastReceived({
        helo: 'mail.northbank.example',
        ip: '192.0.2.20',
        id: 'us-mta-412-Hq7rT2nWPkG5vL0a1b2c3d-1',
      }),
    );
    const viaMimecast = onTop(
      forgedBelow,
      mimecastReceived({ helo: `[${MC_IP}]`, ip: ATTACKER_IP, id: 'us-mta-77-Zq9rT2nWPkG5vL0a1b2c3d-1' }),
    );
    write('probe8-gw-mimecast-customer-helo-mimecast-literal', {
      eml: onTop(
        appendHeaders(viaMimecast, 'Return-Path: <alerts@northbank.example>'),
        ...exchangeMailboxHops(),
        ...eopResults({
          ip: MC_IP,
          mailfrom: 'northbank.example',
          spf: 'fail',
          dkim: 'dkim=none (message not signed)\r\n header.d=none',
          dmarc: 'fail',
          from: 'northbank.example',
          compauth: 'fail reason=000',
        }),
        eopEntry(MC_NAME, MC_IP),
      ),
      zone: { ...attackerDns, ...ptr(MC_IP, MC_NAME) },
      meta: {
        about:
          'The Mimecast-customer route again, the attacker’s HELO to Mimecast being "[170.10.133.124]", the delivery host’s own address literal: Mimecast’s genuine line then reads "from [170.10.133.124] ([170.10.133.124] [198.51.100.66])", and below it the attacker forged a Mimecast line for the bank’s own server 192.0.2.20 with a "relay.mimecast.com; dmarc=pass" record. The walk past the trusted gateway must take the client address Mimecast recorded last, not the HELO’s literal. Wanted: spoofed',
        class: 'probe8-gateway-by-name',
        args: ['--webmail', 'outlook', '--trust-gateway', 'mimecast.com'],
        expect: { ...SPOOFED, fields: { ...SPOOFED.fields, 'origin.ip': ATTACKER_IP } },
      },
    });
  }

  // ---- Approvals scoped with --approve-for
  const vendorMail = (p: Case & { from: string; approve: string[]; zone?: Record<string, unknown> }) =>
    write(p.name, {
      eml: onTop(
        submitted({ from: p.from, subject: 'Invoice overdue' }),
        'Return-Path: <bounce@vendor-mail.example>',
        received({ helo: 'mail.vendor-mail.example', ip: AWS_IP, by: RECEIVER }),
      ),
      zone: { ...attackerDns, ...p.zone },
      meta: { about: p.about, class: p.class, args: [...ARGS, ...p.approve], expect: p.expect },
    });
  vendorMail({
    name: 'probe8-approve-for-recased-dotted-vendor-then-bank',
    about:
      'The reader approved a supplier’s cloud server as --approve-for 3.120.1.10=Vendor-Mail.Example. (capitals and a trailing dot, as pasted); the address was later rented by the attacker, which sends an unsigned "Northbank" notice from it. The approval covers the supplier’s organisation only, and no approval excuses a DMARC fail. Wanted: spoofed',
    class: 'probe8-approve-for',
    from: 'Northbank <alerts@northbank.example>',
    approve: ['--approve-for', `${AWS_IP}=Vendor-Mail.Example.`],
    expect: { ...SPOOFED, fields: { ...SPOOFED.fields, 'origin.approved': false } },
  });
  vendorMail({
    name: 'probe8-approve-for-vendor-then-unsigned-brand',
    about:
      'The same recycled, approved address sends unsigned mail named "PayPal" from service@paypal-billing.example, a domain with no DMARC record: the approval was given for the supplier, so the rented server must still count as one. Wanted: suspicious (unauthenticated hosted server, the brand in the name)',
    class: 'probe8-approve-for',
    from: '"PayPal" <service@paypal-billing.example>',
    approve: ['--approve-for', `${AWS_IP}=vendor-mail.example`],
    expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'], fields: { 'origin.approved': false } },
  });

  // ---- A From that spells its free-mailbox Reply-To, the brand hidden from the word check
  await authenticated({
    name: 'probe8-spells-brand-glued-local-part',
    about:
      'From "Account service" <paypalsupport-gmail.com@attacker.example> (authenticated), Reply-To paypalsupport@gmail.com: the reply mailbox names PayPal glued to another word, which a word-by-word brand check does not split. Round 7 made a reply address naming a brand medium; wanted: suspicious',
    class: 'probe8-reply-to-spelled',
    from: '"Account service" <paypalsupport-gmail.com@attacker.example>',
    extra: ['Reply-To: paypalsupport@gmail.com'],
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe8-spells-gmail-dotted-brand',
    about:
      'From "Account service" <pay.pal-gmail.com@attacker.example>, Reply-To pay.pal@gmail.com: Gmail ignores dots in its local parts, so this is the mailbox paypal@gmail.com (which round 7 flags), and the reader sees "pay.pal". Wanted: suspicious',
    class: 'probe8-reply-to-spelled',
    from: '"Account service" <pay.pal-gmail.com@attacker.example>',
    extra: ['Reply-To: pay.pal@gmail.com'],
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe8-spells-brand-digit-local-part',
    about:
      'From "Account service" <paypa1-help-gmail.com@attacker.example>, Reply-To paypa1-help@gmail.com: the brand with a digit for a letter in the reply mailbox. Wanted: suspicious',
    class: 'probe8-reply-to-spelled',
    from: '"Account service" <paypa1-help-gmail.com@attacker.example>',
    extra: ['Reply-To: paypa1-help@gmail.com'],
    expect: NOT_TRUSTED,
  });

  // ---- Addresses in the display name written with compatibility characters
  await authenticated({
    name: 'probe8-name-fullwidth-at-bank-address',
    about:
      'The attacker’s authenticated mail named "security＠northbank.example" (FULLWIDTH COMMERCIAL AT, U+FF20), which mail apps draw as an address. Wanted: display-name-address, suspicious',
    class: 'probe8-display-name',
    from: '"security＠northbank.example" <alerts@attacker.example>',
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe8-name-small-at-bank-address',
    about:
      'The same with SMALL COMMERCIAL AT (U+FE6B, "﹫"), which NFKC maps to "@". Wanted: display-name-address, suspicious',
    class: 'probe8-display-name',
    from: '"security﹫northbank.example" <alerts@attacker.example>',
    expect: NOT_TRUSTED,
  });

  // ---- DMARC: a bank that leaves its subdomains at sp=none, spoofed with a name that does not exist
  await unsigned({
    name: 'probe8-dmarc-sp-none-nonexistent-subdomain',
    about:
      'The bank publishes p=reject; sp=none (a common rollout state) and no np=; the attacker sends unsigned "Northbank" mail from secure.northbank.example, a name that does not exist in DNS, from its own (not rented) server. RFC 7489 applies sp=none, so the failure is "not enforced"; but mail from a name with no address, no MX and no records at all under a p=reject organisation is no subdomain the bank uses. Wanted: suspicious',
    class: 'probe8-dmarc',
    from: 'Northbank <security@secure.northbank.example>',
    zone: {
      ...attackerDns,
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject; sp=none'] },
    },
    expect: NOT_TRUSTED,
  });

  await unsigned({
    name: 'probe8-dmarc-psd-nonexistent-under-public-suffix',
    about:
      'Unsigned "HMRC tax refunds" mail from refunds@hmrc-tax-refund.gov.uk, a registrable name under the public suffix gov.uk that nobody registered (no records at all), where the suffix’s operator publishes a public-suffix DMARC record (RFC 9091 / DMARCbis psd=y, np=reject; written in the zone here). The tree walk must find the suffix’s policy for a name that does not exist. Wanted: spoofed',
    class: 'probe8-dmarc',
    from: '"HMRC tax refunds" <refunds@hmrc-tax-refund.gov.uk>',
    zone: { ...attackerDns, '_dmarc.gov.uk': { TXT: ['v=DMARC1; p=reject; sp=reject; np=reject; psd=y'] } },
    expect: NOT_TRUSTED,
  });

  // ---- An ARC chain a trusted forwarder started and the attacker extended after changing the body
  {
    const genuine = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your statement is ready',
        body: STATEMENT,
      }),
      { domain: 'northbank.example', selector: 'nb1' },
    );
    const atForwardEmail = onTop(
      genuine,
      'Received: from mail.attacker.example (mail.attacker.example [198.51.100.66])\r\n by mx1.forwardemail.net (Forward Email) with ESMTPS id 6741a2b3c4d5e6f7a8b9c0d3\r\n for <alias@fwd.attacker.example>; Fri, 20 Nov 2026 10:00:02 +0000',
    );
    const feAr =
      'mx1.forwardemail.net; dkim=pass header.i=@northbank.example header.s=nb1 header.a=rsa-sha256; spf=fail (mx1.forwardemail.net: domain of alerts@northbank.example does not designate 198.51.100.66 as permitted sender) smtp.mailfrom=alerts@northbank.example; dmarc=pass (p=REJECT arc=none) header.from=northbank.example';
    const sealedByFe = await sealCorpus(atForwardEmail, {
      domain: 'forwardemail.net',
      selector: 'default',
      cv: 'none',
      authResults: feAr,
    });
    // Forward Email delivers to the alias's target, the attacker's own server, which swaps the body
    // and seals the chain on as its own forwarder.
    const changed = onTop(
      sealedByFe.replace(STATEMENT, `Your card was used abroad.${PHISH}`),
      'Received: from mx1.forwardemail.net (mx1.forwardemail.net [138.197.213.185])\r\n by mail.attacker.example (Postfix) with ESMTPS id 4QzAttack1; Fri, 20 Nov 2026 10:00:03 +0000',
    );
    if (changed === sealedByFe) throw new Error('body not changed');
    const extended = await sealCorpus(changed, {
      domain: 'attacker.example',
      selector: 'arc',
      cv: 'pass',
      authResults:
        'mail.attacker.example; arc=pass (i=1 forwardemail.net); dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example',
    });
    write('probe8-arc-trusted-i1-attacker-i2-body-swapped', {
      eml: onTop(extended, 'Return-Path: <bounce@attacker.example>', fromAttacker('attacker.example')),
      zone: {
        ...attackerDns,
        ...BANK_KEY,
        'default._domainkey.forwardemail.net': KEY(),
        'arc._domainkey.attacker.example': KEY(),
      },
      meta: {
        about:
          'The attacker mails a genuine bank notice to its own alias at Forward Email (a built-in trusted ARC sealer), which records dkim=pass and dmarc=pass and seals i=1; Forward Email delivers it to the attacker’s server, which swaps the body for a phishing text and seals i=2 as attacker.example (cv=pass). Only the newest ARC-Message-Signature must verify (RFC 8617 §5.2), so the chain is intact, and its oldest, trusted record is a pass that was true of another body. The reverse order (attacker i=1 under a trusted i=2) is probe3-arc-attacker-i1-under-trusted-i2. Wanted: not trusted (the change after the trusted seal is the attacker’s)',
        class: 'probe8-arc',
        args: ARGS,
        expect: NOT_TRUSTED,
      },
    });
  }

  // ---- A gateway trusted by name at Exchange Online, the PTR delegated by CNAME (RFC 2317)
  {
    const forgedBelow = onTop(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        to: 'user@reader.example',
        subject: 'Card blocked',
      }),
      'Authentication-Results: relay.mimecast.com; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=alerts@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example',
      mimecastReceived({
        helo: 'mail.northbank.example',
        ip: '192.0.2.20',
        id: 'us-mta-412-Hq7rT2nWPkG5vL0a1b2c3d-1',
      }),
    );
    const eopFail = eopResults({
      ip: ATTACKER_IP,
      mailfrom: 'northbank.example',
      spf: 'fail',
      dkim: 'dkim=none (message not signed)\r\n header.d=none',
      dmarc: 'fail',
      from: 'northbank.example',
      compauth: 'fail reason=000',
    });
    const reverseOf = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
    write('probe8-gw-ptr-rfc2317-cname-to-mimecast', {
      eml: onTop(
        appendHeaders(forgedBelow, 'Return-Path: <bounce@attacker.example>'),
        ...exchangeMailboxHops(),
        ...eopFail,
        eopEntry(MC_NAME, ATTACKER_IP),
      ),
      zone: {
        ...attackerDns,
        // Classless reverse delegation (RFC 2317) lets the address's owner answer its PTR with a
        // CNAME to any name: here, to Mimecast's own reverse record.
        [reverseOf(ATTACKER_IP)]: { CNAME: [reverseOf(MC_IP)] },
        [reverseOf(MC_IP)]: { PTR: [MC_NAME] },
        [MC_NAME]: { A: [MC_IP] },
      },
      meta: {
        about:
          'The attacker’s address answers its PTR with a CNAME (RFC 2317 classless delegation) to Mimecast’s reverse record, so the PTR lookup returns us-smtp-delivery-124.mimecast.com; that name leads back to Mimecast’s address, not the attacker’s. A forged Mimecast Received line and a "relay.mimecast.com; dmarc=pass" record for the bank lie below, with --trust-gateway mimecast.com. Wanted: spoofed',
        class: 'probe8-gateway-by-name',
        args: ['--webmail', 'outlook', '--trust-gateway', 'mimecast.com'],
        expect: SPOOFED,
      },
    });
  }

  // ---- A Google Group of the attacker's own relays its spoof, From rewritten (DMARC mitigation)
  const googleGroup = async (
    p: Case & { from: string; group: string; title: string; zone: Record<string, unknown> },
  ) => {
    const author = /<([^>]+)>/.exec(p.from)?.[1] ?? '';
    const authorDomain = author.slice(author.indexOf('@') + 1);
    const name = /^"?([^"<]+?)"?\s*</.exec(p.from)?.[1] ?? '';
    const posted = onTop(
      submitted({
        from: p.from,
        to: `${p.group}@googlegroups.com`,
        subject: 'Card blocked: confirm your details',
      }),
      'Received: from mail.attacker.example (mail.attacker.example [198.51.100.66])\r\n by gmr-mx.google.com with ESMTPS id 4Qgg1; Fri, 20 Nov 2026 10:00:02 +0000',
    );
    // gmr-mx.google.com's record, in Google's ARC i=1 (google.com, a built-in trusted sealer): the
    // author's domain failed DMARC at p=reject, which is why the group rewrites From.
    const groupAr = `gmr-mx.google.com; spf=fail (google.com: domain of ${author} does not designate 198.51.100.66 as permitted sender) smtp.mailfrom=${author}; dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=${authorDomain}`;
    const sealed = await sealCorpus(posted, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: groupAr,
    });
    const rewritten = sealed
      .replace(/^From: .*$/m, `From: "'${name}' via ${p.title}" <${p.group}@googlegroups.com>`)
      .replace(
        /^Subject: /m,
        [
          `X-Original-Sender: ${author}`,
          `X-Original-From: ${p.from}`,
          `Reply-To: ${p.from}`,
          'Precedence: list',
          `Mailing-list: list ${p.group}@googlegroups.com; contact ${p.group}+owners@googlegroups.com`,
          `List-ID: <${p.group}.googlegroups.com>`,
          `List-Post: <https://groups.google.com/group/${p.group}/post>, <mailto:${p.group}@googlegroups.com>`,
          `List-Unsubscribe: <mailto:googlegroups-manage+1234+unsubscribe@googlegroups.com>`,
          'Subject: ',
        ].join('\r\n'),
      )
      .concat(
        `\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${p.title}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${p.group}+unsubscribe@googlegroups.com.\r\n`,
      );
    const out = await sealCorpus(
      await signCorpus(rewritten, { domain: 'googlegroups.com', selector: '20230601' }),
      {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'pass',
        authResults: groupAr,
      },
    );
    write(p.name, {
      eml: onTop(
        out,
        `Return-Path: <${p.group}+bncBC3ZLA5BYIFBBNENVTCAMGQETEJEMTY@googlegroups.com>`,
        received({
          helo: 'mail-qt1-x83f.google.com',
          rdns: 'mail-qt1-x83f.google.com',
          ip: '209.85.160.63',
          by: RECEIVER,
        }),
      ),
      zone: {
        ...p.zone,
        'arc-20240605._domainkey.google.com': KEY(),
        '20230601._domainkey.googlegroups.com': KEY(),
        'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      },
      meta: { about: p.about, class: p.class, args: ARGS, expect: p.expect },
    });
  };
  await googleGroup({
    name: 'probe8-google-group-rewrite-bank-spoof',
    about:
      'The attacker creates a Google Group that anyone may post to, subscribes the reader, and posts an unsigned "Northbank" <alerts@northbank.example> notice to it from its own server. The bank is p=reject, so Google Groups rewrites From to "\'Northbank\' via Northbank Alerts" <northbank-alerts@googlegroups.com>, puts the bank’s address in Reply-To and X-Original-From, and Google’s own ARC record (google.com, a trusted sealer) says dmarc=fail for northbank.example. The message authenticates for googlegroups.com only; the author it names failed DMARC by the word of a forwarder HeaderLens trusts. Layout of the legit shape list-google-groups-rewrite, which assumes no DMARC record for googlegroups.com: it reads “unverified” so, and “authenticated” with a p=none record there. Wanted: suspicious',
    class: 'probe8-list-rewrite',
    from: 'Northbank <alerts@northbank.example>',
    group: 'northbank-alerts',
    title: 'Northbank Alerts',
    zone: attackerDns,
    expect: NOT_TRUSTED,
  });
  await googleGroup({
    name: 'probe8-google-group-rewrite-brand-spoof',
    about:
      'The same through the attacker’s group "PayPal Notices" with an unsigned "PayPal" <service@paypal.com> post: the rewritten From is "\'PayPal\' via PayPal Notices" <paypal-notices@googlegroups.com>, Google’s trusted ARC record says paypal.com failed DMARC at p=reject. Wanted: suspicious (display-name-brand, or the trusted record of the author’s failure)',
    class: 'probe8-list-rewrite',
    from: 'PayPal <service@paypal.com>',
    group: 'paypal-notices',
    title: 'PayPal Notices',
    zone: {
      ...attackerDns,
      'paypal.com': { TXT: ['v=spf1 include:pp._spf.paypal.com -all'] },
      'pp._spf.paypal.com': { TXT: ['v=spf1 ip4:64.4.240.0/21 -all'] },
      '_dmarc.paypal.com': { TXT: ['v=DMARC1; p=reject'] },
    },
    expect: NOT_TRUSTED,
  });

  // ---- The attacker as a DocuSign customer: "<name> via Docusign", Reply-To the same name
  const docusign = async (p: Case & { from: string; replyTo: string }) => {
    const raw = await signCorpus(
      submitted({
        from: p.from,
        subject: 'Complete with Docusign: Card reactivation form.pdf',
        extraHeaders: [`Reply-To: ${p.replyTo}`, 'X-Api-Host: docusign.net'],
      }),
      { domain: 'docusign.net', selector: 's1' },
    );
    write(p.name, {
      eml: onTop(
        raw,
        'Return-Path: <bounces+dse_NA3@docusign.net>',
        received({
          helo: 'mailna3.docusign.net',
          rdns: 'mailna3.docusign.net',
          ip: '64.207.219.7',
          by: RECEIVER,
        }),
      ),
      zone: {
        ...attackerDns,
        'docusign.net': { TXT: ['v=spf1 ip4:64.207.216.0/21 -all'] },
        's1._domainkey.docusign.net': KEY(),
        '_dmarc.docusign.net': { TXT: ['v=DMARC1; p=reject'] },
        ...ptr('64.207.219.7', 'mailna3.docusign.net'),
      },
      meta: { about: p.about, class: p.class, args: ARGS, expect: p.expect },
    });
  };
  await docusign({
    name: 'probe8-docusign-envelope-brand-sender-name',
    about:
      'The attacker opens a DocuSign account under the name "PayPal Billing" and sends an envelope: DocuSign writes "PayPal Billing via Docusign" <dse_NA3@docusign.net>, Reply-To "PayPal Billing" <billing@paypal-billing-help.example> (the account holder’s address, the attacker’s). The on-behalf rule lowers reply-to-other-org when the Reply-To carries the name the From names; the name is a brand DocuSign never checked. Shape of the legit rw-docusign-envelope. Wanted: suspicious (display-name-brand, reply-to at a look-alike)',
    class: 'probe8-on-behalf',
    from: '"PayPal Billing via Docusign" <dse_NA3@docusign.net>',
    replyTo: '"PayPal Billing" <billing@paypal-billing-help.example>',
    expect: NOT_TRUSTED,
  });
  await docusign({
    name: 'probe8-docusign-envelope-brand-reply-freemail',
    about:
      'The same envelope with the account holder’s address at a free mailbox: "PayPal Billing" <paypal.billing.dept@gmail.com>. Wanted: suspicious',
    class: 'probe8-on-behalf',
    from: '"PayPal Billing via Docusign" <dse_NA3@docusign.net>',
    replyTo: '"PayPal Billing" <paypal.billing.dept@gmail.com>',
    expect: NOT_TRUSTED,
  });
  await docusign({
    name: 'probe8-docusign-envelope-bank-address-in-name',
    about:
      'The DocuSign account named "security@northbank.example": DocuSign writes "security@northbank.example via Docusign" <dse_NA3@docusign.net>, Reply-To "security@northbank.example" <help@northbank-secure.example>. Wanted: display-name-address, suspicious',
    class: 'probe8-on-behalf',
    from: '"security@northbank.example via Docusign" <dse_NA3@docusign.net>',
    replyTo: '"security@northbank.example" <help@northbank-secure.example>',
    expect: NOT_TRUSTED,
  });

  // ---- Names written so one reader decodes them and another does not
  await authenticated({
    name: 'probe8-name-encoded-word-in-quotes-bank-address',
    about:
      'The attacker’s authenticated mail named "=?utf-8?Q?security=40northbank=2Eexample?=" inside a quoted string. RFC 2047 §5 forbids encoded-words there, but many mail apps decode them anyway and show security@northbank.example. Wanted: display-name-address, suspicious',
    class: 'probe8-display-name',
    from: '"=?utf-8?Q?security=40northbank=2Eexample?=" <alerts@attacker.example>',
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe8-spells-reply-brand-in-comment',
    about:
      'From "Resolution desk" <resolution.desk-gmail.com@attacker.example>, Reply-To resolution.desk@gmail.com (PayPal Resolution Center): the brand in a comment after the address, which mail apps show as its name. Wanted: reply-to-other-org medium, suspicious',
    class: 'probe8-reply-to-spelled',
    from: '"Resolution desk" <resolution.desk-gmail.com@attacker.example>',
    extra: ['Reply-To: resolution.desk@gmail.com (PayPal Resolution Center)'],
    expect: NOT_TRUSTED,
  });
  await authenticated({
    name: 'probe8-spells-reply-brand-encoded-name',
    about:
      'The same with the Reply-To’s name as an RFC 2047 encoded-word (=?utf-8?B?…?= for "PayPal Resolution Center"). Wanted: reply-to-other-org medium, suspicious',
    class: 'probe8-reply-to-spelled',
    from: '"Resolution desk" <resolution.desk-gmail.com@attacker.example>',
    extra: ['Reply-To: =?utf-8?B?UGF5UGFsIFJlc29sdXRpb24gQ2VudGVy?= <resolution.desk@gmail.com>'],
    expect: NOT_TRUSTED,
  });
}

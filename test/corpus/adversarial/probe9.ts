// Red-team probes, ninth round (December 2026), by an attacker who has read lib/ and rounds 1-8
// (probe.ts … probe8.ts), aimed at what landed on 3 December: hosting companies' relays known by
// forward-confirmed names only (Oracle Cloud Email Delivery, IONOS, GoDaddy's rdnsPatterns,
// MailChannels; espByName in lib/relay/esp-evidence.ts) and the shared-SPF rule for their includes
// (sharedSpfOwner / sharedSpfOnly in lib/findings/auth-state.ts); subject-unsigned
// (lib/findings/subject.ts); list-author-dmarc-failed (lib/findings/list.ts, recordedDmarcFail in
// lib/findings/arc-record.ts, oldestTrustedForwarder in lib/findings/arc.ts, listFromRewrite in
// lib/findings/list-evidence.ts); dkim-body-length under Exchange Online's record
// (lib/findings/receiver-record.ts); and brandGluedInMailbox (lib/findings/domains.ts) in the
// reply-to rule. The shared-SPF rule reads only the record that matched (the innermost of the
// include path): a sender's record that lists a shared platform's addresses itself (SPF
// flattening) is not recognised, and an SPF pass through a shared include still counts as "the
// domain's own servers" for the rules that ask whether a replayed DKIM signature alone vouches
// (soleVouchingSignatures in lib/findings/dkim-tags.ts). Every case's meta says what a careful
// analyst wants and, where it differs, what it reads today. Headers-only DKIM (the extension's
// 10 MB hashing bound) cannot be expressed in the CLI corpus: probed with scratch scripts, a
// genuine bank notice's header block over the attacker's body past the bound reads "unverified"
// in Outlook (DMARC undecided) although EOP's record above its entry says dkim=fail, dmarc=fail;
// the whole message reads "spoofed" (see the round's report).
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  AWS_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  eopReplayPass,
  fromAttacker,
  fromGmail,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  type Probe,
  ptr,
  RECEIVER,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { eopEntry, exchangeMailboxHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/** The shared-SPF reading: "some customer of the platform sent this", never "authenticated". */
const NOT_AUTHENTICATED: CaseExpectation = { notVerdict: ['authenticated'] };

const STATEMENT = 'Your November statement is ready in online banking.\r\n';
const PHISH_SUBJECT = 'Subject: Card blocked: call +1 555 0100 now';

/** Replaces the first header line starting with `prefix` (the attacker's rewrite of an unsigned field). */
function replaceHeader(raw: string, prefix: string, line: string): string {
  const at = raw.startsWith(prefix) ? -2 : raw.indexOf(`\r\n${prefix}`);
  if (at === -1) throw new Error(`no ${prefix} header`);
  const end = raw.indexOf('\r\n', at + 2);
  return `${raw.slice(0, at + 2)}${line}${raw.slice(end)}`;
}

/** Header lines put at the bottom of the header block. */
function appendHeaders(raw: string, ...headers: string[]): string {
  const at = raw.indexOf('\r\n\r\n');
  return `${raw.slice(0, at)}\r\n${headers.join('\r\n')}${raw.slice(at)}`;
}

/** Text put in front of the body (an external-sender banner added by the reader's tenant). */
function prependBody(raw: string, text: string): string {
  const at = raw.indexOf('\r\n\r\n') + 4;
  return raw.slice(0, at) + text + raw.slice(at);
}

// ---- Relays of the shared platforms (names and addresses as in realworld9's legit shapes where
// it has them; GoDaddy's, IONOS's and MailChannels' names as public deliveries write them).
const GODADDY = { helo: 'p3plsmtpout001.prod.phx3.secureserver.net', ip: '68.178.252.101' };
const MAILCHANNELS = { helo: 'cyan.elm.relay.mailchannels.net', ip: '23.83.212.18' };
const IONOS = { helo: 'mout.kundenserver.de', ip: '212.227.126.131' };
const ORACLE = { helo: 'aib29ajc201.phx1.oracleemaildelivery.com', ip: '192.29.103.40' };
/** Exchange Online's outbound host for a tenant (EOP, 40.107.0.0/16). */
const EOP_OUT = { helo: 'NAM10-DM6-obe.outbound.protection.outlook.com', ip: '40.107.92.83' };

/** The entry line for a relay whose reverse name is its HELO. */
const entryFor = (r: { helo: string; ip: string }) =>
  received({ helo: r.helo, rdns: r.helo, ip: r.ip, by: RECEIVER });

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the ninth round's report). Each comment: what it reads, what it should, which rule.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // "authenticated" (SPF pass aligned, no signature of the bank): sharedSpfOnly (lib/findings/
  // auth-state.ts) knows a shared platform only by the name of the record that matched (the
  // innermost of the include path); a record that lists the platform's addresses itself (SPF
  // flattening, in the bank's record or in an include of its own) is the bank's. The relay is
  // known all the same (Google's range and confirmed name, GoDaddy's confirmed name, EOP's range:
  // espEvidence). Wanted: "unverified", as through the include.
  // "authenticated" (no subject-unsigned; reply-to-other-org low; date-mismatch low): an aligned
  // SPF pass through a shared include makes soleVouchingSignatures (lib/findings/dkim-tags.ts)
  // answer "the domain's own servers sent it", so the subject, Reply-To and replay rules do not
  // ask the replayed signature; and sharedSpfOnly steps aside because that same signature passes.
  // Each pass covers for the other. Wanted: suspicious, as from the attacker's own server.
  'probe9-shared-m365-replay-added-reply-to',
  // "unverified" (dmarc-none for googlegroups.com, no list finding at all): listFromRewrite
  // (lib/findings/list-evidence.ts) reads X-Original-From / X-Original-Sender as bare addresses,
  // so with Reply-To the group (the group's reply setting) no mailbox carries the author's name
  // and no rewrite is seen; the trusted record of the bank's DMARC fail is never read. Wanted:
  // suspicious (list-author-dmarc-failed).
  // "unverified" (list-from-rewritten info): the author's domain is taken from the first mailbox
  // named like the author (Reply-To, then Cc, then X-Original-*), all of which the poster or the
  // group's settings choose; recordedDmarcFail (lib/findings/arc-record.ts) then asks the trusted
  // record about that domain, and it recorded the bank's. Wanted: suspicious.
  // "unverified" (list-from-rewritten info): the group's copy replayed from the attacker's server
  // with Google's ARC sets removed; googlegroups.com's DKIM still passes and the info finding
  // names the bank as the author with no one vouching for it (lib/findings/list.ts excuses the
  // rewrite whenever no trusted record of a failure exists). Wanted: suspicious.
  'probe9-google-group-replayed-arc-stripped',
  // "authenticated" (reply-to-other-org low): brandGluedInMailbox (lib/findings/domains.ts) takes
  // a brand of six letters or more at the start or end of the mailbox only, and none under six
  // letters; the spelled-mailbox exception in lib/findings/reply-to.ts then lowers the finding.
  // Wanted: suspicious (reply-to-other-org medium).
]);

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

/** Every probe, the pending ones included. */
export async function makeAll(write: CaseWriter): Promise<void> {
  const attackerDns = { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP) };

  /** A whole probe: `raw` under `entry` and a Return-Path, the bank's and attacker's DNS plus `zone`. */
  const deliver = (
    p: Probe & { raw: string; entry: string; envelope: string; zone?: Record<string, unknown> },
  ) =>
    write(p.name, {
      eml: onTop(p.raw, `Return-Path: <${p.envelope}>`, p.entry),
      zone: { ...attackerDns, ...p.zone },
      meta: { about: p.about, class: p.class, args: [...ARGS, ...(p.args ?? [])], expect: p.expect },
    });

  const spoof = (subject = 'Card blocked: confirm your details') =>
    submitted({
      from: 'Northbank Security <security@northbank.example>',
      subject,
      body: 'Your card was used abroad. Confirm it within 24 hours at https://northbank-secure.attacker.example/confirm\r\n',
    });

  // ===================================================================================== shared SPF
  // The bank's SPF authorises a platform every customer sends from. The attacker is one more
  // customer: its mail from the platform's relay passes SPF aligned for the bank.
  {
    // Google Workspace's ranges written into the bank's own record (SPF flattening, as services
    // that keep records under the ten-lookup limit do): the term that matched is the bank's.
    const raw = await signCorpus(spoof(), {
      domain: 'attacker-example.20230601.gappssmtp.com',
      selector: '20230601',
    });
    deliver({
      name: 'probe9-shared-spf-flattened-google-ranges',
      about:
        'The bank flattened its SPF record (a flattening service replaced include:_spf.google.com by Google’s ranges to stay under ten lookups): "v=spf1 ip4:192.0.2.0/24 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 -all". The attacker’s own Workspace tenant relays an unsigned spoof through smtp-relay.gmail.com ("any addresses") with envelope security@northbank.example; the only signature is Google’s default key for the attacker’s tenant. probe4-google-shared-spf-other-tenant reads "unverified" with the include; flattened, the matched term is the bank’s record itself. Wanted: not "authenticated" (Google’s relay, known by its range and confirmed name, is every tenant’s)',
      class: 'probe9-shared-spf',
      raw,
      envelope: 'security@northbank.example',
      entry: fromGmail(),
      zone: {
        'northbank.example': {
          TXT: ['v=spf1 ip4:192.0.2.0/24 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 -all'],
        },
        '20230601._domainkey.attacker-example.20230601.gappssmtp.com': KEY(),
        ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
      },
      expect: NOT_AUTHENTICATED,
    });
  }
  deliver({
    name: 'probe9-shared-spf-flattened-godaddy-relay',
    about:
      'A small bank on GoDaddy’s mail whose record lists GoDaddy’s relay addresses itself ("v=spf1 ip4:192.0.2.0/24 ip4:68.178.252.0/24 -all", flattened from include:secureserver.net). The attacker, another GoDaddy customer, sends an unsigned spoof through p3plsmtpout001.prod.phx3.secureserver.net (forward-confirmed: GoDaddy Mail by its rdnsPatterns) with the bank’s envelope. Wanted: not "authenticated" (the relay is GoDaddy’s shared relay whatever record named its address)',
    class: 'probe9-shared-spf',
    raw: spoof(),
    envelope: 'security@northbank.example',
    entry: entryFor(GODADDY),
    zone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 ip4:68.178.252.0/24 -all'] },
      ...ptr(GODADDY.ip, GODADDY.helo),
    },
    expect: NOT_AUTHENTICATED,
  });
  {
    const raw = await signCorpus(spoof(), {
      domain: 'attackertenant.onmicrosoft.com',
      selector: 'selector1',
    });
    deliver({
      name: 'probe9-shared-spf-own-include-flattened-m365',
      about:
        'The bank includes a record of its own, _spf.northbank.example, that a flattening service filled with Exchange Online’s outbound ranges ("v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 -all"). The attacker’s own Microsoft 365 tenant sends as security@northbank.example (envelope too); the only signature is its onmicrosoft.com one. The innermost record of the path is the bank’s, so sharedSpfOwner does not know it. Wanted: not "authenticated", as with include:spf.protection.outlook.com (probe4-shared-spf)',
      class: 'probe9-shared-spf',
      raw,
      envelope: 'security@northbank.example',
      entry: entryFor(EOP_OUT),
      zone: {
        'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.northbank.example -all'] },
        '_spf.northbank.example': {
          TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 -all'],
        },
        'selector1._domainkey.attackertenant.onmicrosoft.com': KEY(),
        ...ptr(EOP_OUT.ip, 'mail-dm6nam10on2083.outbound.protection.outlook.com'),
      },
      expect: NOT_AUTHENTICATED,
    });
  }
  // Regression guards: the documented includes, reached through a chain, a redirect or a region.
  deliver({
    name: 'probe9-shared-spf-mailchannels-unsigned',
    about:
      'The bank’s site sends through its host’s MailChannels relay ("include:relay.mailchannels.net"); the attacker, a customer of another host using MailChannels (or a Cloudflare Worker, the 2023 abuse), sends an unsigned spoof with the bank’s envelope from cyan.elm.relay.mailchannels.net. Wanted: not "authenticated" (sharedSpfOnly: MailChannels)',
    class: 'probe9-shared-spf',
    raw: spoof(),
    envelope: 'security@northbank.example',
    entry: entryFor(MAILCHANNELS),
    zone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:relay.mailchannels.net -all'] },
      'relay.mailchannels.net': { TXT: ['v=spf1 ip4:23.83.208.0/20 ~all'] },
      ...ptr(MAILCHANNELS.ip, MAILCHANNELS.helo),
    },
    expect: NOT_AUTHENTICATED,
  });
  deliver({
    name: 'probe9-shared-spf-ionos-redirect',
    about:
      'The bank hands its whole policy to IONOS with "v=spf1 redirect=_spf-eu.ionos.com"; the attacker, another IONOS customer, sends an unsigned spoof through mout.kundenserver.de with the bank’s envelope. The redirect target is the matched record (spf-walk keeps it in the include path). Wanted: not "authenticated"',
    class: 'probe9-shared-spf',
    raw: spoof(),
    envelope: 'security@northbank.example',
    entry: entryFor(IONOS),
    zone: {
      'northbank.example': { TXT: ['v=spf1 redirect=_spf-eu.ionos.com'] },
      '_spf-eu.ionos.com': { TXT: ['v=spf1 ip4:212.227.126.128/25 ip4:212.227.17.0/27 -all'] },
      ...ptr(IONOS.ip, IONOS.helo),
    },
    expect: NOT_AUTHENTICATED,
  });
  deliver({
    name: 'probe9-shared-spf-oracle-region-chain',
    about:
      'The bank includes _spf.northbank.example, which includes Oracle Cloud Email Delivery’s regional record (include:phx.rp.oracleemaildelivery.com). The attacker’s own Oracle Cloud tenancy adds the bank’s address as an approved sender and sends an unsigned spoof. Wanted: not "authenticated" (the innermost matched record is Oracle’s)',
    class: 'probe9-shared-spf',
    raw: spoof(),
    envelope: 'security@northbank.example',
    entry: entryFor(ORACLE),
    zone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.northbank.example -all'] },
      '_spf.northbank.example': { TXT: ['v=spf1 include:phx.rp.oracleemaildelivery.com -all'] },
      'phx.rp.oracleemaildelivery.com': { TXT: ['v=spf1 ip4:192.29.103.0/24 -all'] },
      ...ptr(ORACLE.ip, ORACLE.helo),
    },
    expect: NOT_AUTHENTICATED,
  });

  {
    const raw = await signCorpus(spoof(), {
      domain: 'attacker-example.20230601.gappssmtp.com',
      selector: '20230601',
    });
    deliver({
      name: 'probe9-shared-spf-legacy-aspmx-include',
      about:
        'The bank’s record still carries the include Google documented before 2013, include:aspmx.googlemail.com, whose own record is "v=spf1 redirect=_spf.google.com". The attacker’s Workspace tenant relays an unsigned spoof (only its default gappssmtp signature) with the bank’s envelope. Regression guard: the redirect’s target is the matched record. Wanted: not "authenticated"',
      class: 'probe9-shared-spf',
      raw,
      envelope: 'security@northbank.example',
      entry: fromGmail(),
      zone: {
        'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:aspmx.googlemail.com -all'] },
        'aspmx.googlemail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
        '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
        '20230601._domainkey.attacker-example.20230601.gappssmtp.com': KEY(),
        ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
      },
      expect: NOT_AUTHENTICATED,
    });
  }

  // ---- A shared include's SPF pass beside a replayed bank signature: the replay rules do not ask
  {
    const thin = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your statement is ready',
        body: STATEMENT,
      }),
      { domain: 'northbank.example', selector: 'nb1', headerList: ['from', 'date', 'message-id'] },
    );
    const googleZone = {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.google.com -all'] },
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
      ...BANK_KEY,
      ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
    };
    deliver({
      name: 'probe9-shared-google-replay-thin-subject',
      about:
        'The bank uses Google Workspace (include:_spf.google.com) and signs its notices over From, Date and Message-ID only (probe8-dkim-thin-h-subject-swapped). The attacker replays one genuine notice with its own Subject ("Card blocked: call +1 555 0100 now") through its own Workspace tenant’s SMTP relay, envelope alerts@northbank.example: SPF passes aligned through Google’s shared include, so soleVouchingSignatures finds "no sole vouching signature" and subject-unsigned stays silent, while sharedSpfOnly is silenced by the bank’s own passing signature. Each pass covers for the other. Wanted: suspicious (subject-unsigned), as when sent from the attacker’s own server',
      class: 'probe9-shared-spf-replay',
      raw: replaceHeader(thin, 'Subject:', PHISH_SUBJECT),
      envelope: 'alerts@northbank.example',
      entry: fromGmail(),
      zone: googleZone,
      expect: NOT_TRUSTED,
    });
    deliver({
      name: 'probe9-shared-google-replay-added-reply-to',
      about:
        'The same thin notice replayed unchanged through the attacker’s Workspace relay (SPF aligned through _spf.google.com) with a Reply-To the signature does not cover: "Northbank" <help@northbank-care.example>. Sent from the attacker’s server this is reply-to-other-org at medium (replyToUnsigned); the shared include’s pass hides it. Wanted: suspicious',
      class: 'probe9-shared-spf-replay',
      raw: appendHeaders(thin, 'Reply-To: "Northbank" <help@northbank-care.example>'),
      envelope: 'alerts@northbank.example',
      entry: fromGmail(),
      zone: googleZone,
      expect: NOT_TRUSTED,
    });
    // Exchange Online's own signature for a tenant's domain covers these fields and no others.
    const m365Signed = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your statement is ready',
        body: STATEMENT,
      }),
      {
        domain: 'northbank.example',
        selector: 'selector1',
        headerList: ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'],
      },
    );
    deliver({
      name: 'probe9-shared-m365-replay-added-reply-to',
      about:
        'The bank runs on Microsoft 365 (include:spf.protection.outlook.com) and Exchange Online signs its mail as northbank.example over From, Date, Subject, Message-ID, Content-Type and MIME-Version (the h= list Exchange Online writes, X-MS-Exchange-SenderADCheck aside): never Reply-To or To. The attacker replays one genuine notice from its own Microsoft 365 tenant, envelope alerts@northbank.example, with Reply-To "Northbank" <help@northbank-care.example>: SPF passes aligned through Microsoft’s shared include, the bank’s signature passes, and the Reply-To rule takes the SPF pass for the bank’s own servers. Wanted: suspicious (reply-to-other-org medium), as from the attacker’s own server',
      class: 'probe9-shared-spf-replay',
      raw: appendHeaders(m365Signed, 'Reply-To: "Northbank" <help@northbank-care.example>'),
      envelope: 'alerts@northbank.example',
      entry: entryFor(EOP_OUT),
      zone: {
        'northbank.example': {
          TXT: ['v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com -all'],
        },
        'spf.protection.outlook.com': {
          TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 -all'],
        },
        'selector1._domainkey.northbank.example': KEY(),
        ...ptr(EOP_OUT.ip, 'mail-dm6nam10on2083.outbound.protection.outlook.com'),
      },
      expect: NOT_TRUSTED,
    });
    const old = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your statement is ready',
        date: 'Mon, 12 Oct 2026 09:00:00 +0000',
        body: STATEMENT,
      }),
      { domain: 'northbank.example', selector: 'nb1', signTime: new Date('2026-10-12T09:00:00Z') },
    );
    deliver({
      name: 'probe9-shared-godaddy-replay-old-signature',
      about:
        'A bank notice signed on 12 October (t= and Date), replayed unchanged on 20 November through GoDaddy’s shared relay by another GoDaddy customer, envelope alerts@northbank.example (the bank’s SPF: include:secureserver.net). From the attacker’s own server the 39-day-old signature is date-mismatch (medium); here the shared include’s aligned pass makes the replay rule believe the bank’s own servers sent it. Wanted: suspicious',
      class: 'probe9-shared-spf-replay',
      raw: old,
      envelope: 'alerts@northbank.example',
      entry: entryFor(GODADDY),
      zone: {
        'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:secureserver.net -all'] },
        'secureserver.net': { TXT: ['v=spf1 ip4:68.178.252.0/24 ip4:173.201.192.0/23 -all'] },
        ...BANK_KEY,
        ...ptr(GODADDY.ip, GODADDY.helo),
      },
      expect: NOT_TRUSTED,
    });
  }

  // ===================================================================== ESP names, as the attacker
  // A rented server whose reverse name the attacker sets and confirms under its own domain.
  const rented = (p: Probe & { rdns: string }) =>
    deliver({
      ...p,
      raw: submitted({
        from: '"Accounts Payable" <ap@vendor-invoices.example>',
        subject: 'Updated bank details for invoice 4471',
      }),
      envelope: 'bounce@vendor-invoices.example',
      entry: received({ helo: p.rdns, rdns: p.rdns, ip: AWS_IP, by: RECEIVER }),
      zone: { 'vendor-invoices.example': { TXT: [`v=spf1 ip4:${AWS_IP} -all`] }, ...ptr(AWS_IP, p.rdns) },
    });
  rented({
    name: 'probe9-esp-godaddy-pattern-in-front-of-attacker',
    about:
      'Invoice fraud from an attacker’s AWS server whose confirmed reverse name is p3plsmtpout001.prod.phx3.secureserver.net.vendor-invoices.example (a name under its own domain shaped like GoDaddy’s relay); its look-alike-free domain vendor-invoices.example passes SPF and has no DMARC record, so only the relay classification speaks. GoDaddy’s rdnsPatterns must match the whole name. Wanted: hosted-server-relay, suspicious',
    class: 'probe9-esp-by-name',
    rdns: 'p3plsmtpout001.prod.phx3.secureserver.net.vendor-invoices.example',
    expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
  });
  rented({
    name: 'probe9-esp-ionos-exact-name-as-label',
    about:
      'The same server named mout.kundenserver.de.vendor-invoices.example: IONOS is known by exactly mout.kundenserver.de, not by a name that starts with it. Wanted: hosted-server-relay, suspicious',
    class: 'probe9-esp-by-name',
    rdns: 'mout.kundenserver.de.vendor-invoices.example',
    expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
  });
  rented({
    name: 'probe9-esp-oracle-glued-label',
    about:
      'The same server named mx1.vendor-oracleemaildelivery.com, under a domain the attacker registered whose name ends in "oracleemaildelivery.com" without the dot: Oracle Cloud Email Delivery’s suffix is .oracleemaildelivery.com, dot included. Wanted: hosted-server-relay, suspicious',
    class: 'probe9-esp-by-name',
    rdns: 'mx1.vendor-oracleemaildelivery.com',
    expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
  });

  // ================================================================================ subject-unsigned
  {
    const notice = submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      body: STATEMENT,
    });
    // The bank's own MTA signs fully (nb1); its bulk platform also signs as the bank, thinly (nb2).
    const thinThenFull = await signCorpus(
      await signCorpus(notice, {
        domain: 'northbank.example',
        selector: 'nb2',
        headerList: ['from', 'date', 'message-id'],
      }),
      { domain: 'northbank.example', selector: 'nb1' },
    );
    const direct = (p: Probe & { raw: string; zone?: Record<string, unknown> }) =>
      deliver({
        ...p,
        envelope: 'bounce@attacker.example',
        entry: fromAttacker('attacker.example'),
        zone: { ...BANK_KEY, 'nb2._domainkey.northbank.example': KEY(), ...p.zone },
      });
    direct({
      name: 'probe9-subject-two-bank-signatures-thin-survives',
      about:
        'A genuine notice signed twice by the bank: nb1 over every field, nb2 (its bulk platform) over From, Date and Message-ID. Replayed with the attacker’s Subject, nb1 fails and nb2 still passes alone. Wanted: suspicious (subject-unsigned on the surviving signature)',
      class: 'probe9-subject-unsigned',
      raw: replaceHeader(thinThenFull, 'Subject:', PHISH_SUBJECT),
      expect: { ...NOT_TRUSTED, findings: ['subject-unsigned'] },
    });
    const thin = await signCorpus(notice, {
      domain: 'northbank.example',
      selector: 'nb1',
      headerList: ['from', 'date', 'message-id'],
    });
    const swapped = replaceHeader(thin, 'Subject:', PHISH_SUBJECT);
    direct({
      name: 'probe9-subject-attacker-signature-covers-subject',
      about:
        'The thin bank notice replayed with the attacker’s Subject, then signed by the attacker’s own domain over every field (Subject included): a passing signature covers Subject, but it is not aligned with From and vouches for nothing. Wanted: suspicious',
      class: 'probe9-subject-unsigned',
      raw: await signCorpus(swapped, { domain: 'attacker.example', selector: 's1' }),
      expect: { ...NOT_TRUSTED, findings: ['subject-unsigned'] },
    });
    const oversigned = await signCorpus(notice, {
      domain: 'northbank.example',
      selector: 'nb1',
      headerList: ['from', 'from', 'subject', 'subject', 'date', 'message-id'],
    });
    direct({
      name: 'probe9-subject-oversigned-second-field-added',
      about:
        'A genuine notice whose signature oversigns Subject (h= names it twice, so a second instance is signed as absent), replayed with the attacker’s Subject added above the bank’s: the signature breaks and DMARC fails. Regression guard (RFC 6376 §8.15). Wanted: spoofed',
      class: 'probe9-subject-unsigned',
      raw: `${PHISH_SUBJECT}\r\n${oversigned}`,
      expect: { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } },
    });
    direct({
      name: 'probe9-subject-encoded-word',
      about:
        'The thin bank notice replayed with the attacker’s Subject as an encoded-word (=?UTF-8?B?…?= for "Karte gesperrt: jetzt anrufen"), the way non-English phishing writes it. Wanted: suspicious (subject-unsigned)',
      class: 'probe9-subject-unsigned',
      raw: replaceHeader(
        thin,
        'Subject:',
        `Subject: =?UTF-8?B?${Buffer.from('Karte gesperrt: jetzt anrufen +49 30 5550100').toString('base64')}?=`,
      ),
      expect: { ...NOT_TRUSTED, findings: ['subject-unsigned'] },
    });
  }

  // ===================================================================== the group's From rewrite
  // The attacker's own open Google Group relays its unsigned "Northbank" post (probe8's shape).
  const googleGroup = async (
    p: Probe & {
      from: string;
      group: string;
      title: string;
      /** Reply-To as the group writes it for this group's reply setting (null: none). */
      replyTo: string | null;
      extra?: string[];
      /** The attacker replays the group's copy from its own server, with or without the ARC sets. */
      replay?: 'arc-stripped';
      zone?: Record<string, unknown>;
    },
  ) => {
    const author = /<([^>]+)>/.exec(p.from)?.[1] ?? p.from;
    const authorDomain = (author.split('@')[1] ?? '').toLowerCase();
    const name = /^"?([^"<]+?)"?\s*</.exec(p.from)?.[1] ?? author;
    const posted = onTop(
      submitted({
        from: p.from,
        to: `${p.group}@googlegroups.com`,
        subject: 'Card blocked: confirm your details',
        extraHeaders: p.extra,
      }),
      'Received: from mail.attacker.example (mail.attacker.example [198.51.100.66])\r\n by gmr-mx.google.com with ESMTPS id 4Qgg1; Fri, 20 Nov 2026 10:00:02 +0000',
    );
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
          ...(p.replyTo ? [`Reply-To: ${p.replyTo}`] : []),
          'Precedence: list',
          `Mailing-list: list ${p.group}@googlegroups.com; contact ${p.group}+owners@googlegroups.com`,
          `List-ID: <${p.group}.googlegroups.com>`,
          `List-Post: <https://groups.google.com/group/${p.group}/post>, <mailto:${p.group}@googlegroups.com>`,
          'List-Unsubscribe: <mailto:googlegroups-manage+1234+unsubscribe@googlegroups.com>',
          'Subject: ',
        ].join('\r\n'),
      )
      .concat(
        `\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${p.title}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${p.group}+unsubscribe@googlegroups.com.\r\n`,
      );
    const signed = await signCorpus(rewritten, { domain: 'googlegroups.com', selector: '20230601' });
    const out = await sealCorpus(signed, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'pass',
      authResults: groupAr,
    });
    const groupZone = {
      'arc-20240605._domainkey.google.com': KEY(),
      '20230601._domainkey.googlegroups.com': KEY(),
      'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      ...p.zone,
    };
    const envelope = `${p.group}+bncBC3ZLA5BYIFBBNENVTCAMGQETEJEMTY@googlegroups.com`;
    if (p.replay === 'arc-stripped') {
      deliver({
        ...p,
        raw: signed.replace(/^ARC-[A-Za-z-]+:.*(?:\r\n[ \t].*)*\r\n/gm, ''),
        envelope: 'bounce@attacker.example',
        entry: fromAttacker('attacker.example'),
        zone: groupZone,
      });
      return;
    }
    deliver({
      ...p,
      raw: out,
      envelope,
      entry: received({
        helo: 'mail-qt1-x83f.google.com',
        rdns: 'mail-qt1-x83f.google.com',
        ip: '209.85.160.63',
        by: RECEIVER,
      }),
      zone: groupZone,
    });
  };
  await googleGroup({
    name: 'probe9-google-group-reply-to-group',
    about:
      'probe8-google-group-rewrite-bank-spoof with the group’s reply setting "reply to the entire group": Google Groups writes Reply-To: northbank-alerts@googlegroups.com, so the author ("Northbank" <alerts@northbank.example>) stands only in X-Original-From and X-Original-Sender, without the name the rewritten From quotes. listFromRewrite then finds no holder and the trusted record of the bank’s DMARC fail is never read. The attacker chooses the setting. Wanted: suspicious (list-author-dmarc-failed)',
    class: 'probe9-list-author',
    from: 'Northbank <alerts@northbank.example>',
    group: 'northbank-alerts',
    title: 'Northbank Alerts',
    replyTo: 'northbank-alerts@googlegroups.com',
    expect: NOT_TRUSTED,
  });
  await googleGroup({
    name: 'probe9-google-group-cc-names-author-elsewhere',
    about:
      'The same group (Reply-To the group), with the attacker’s post carrying Cc: "Northbank" <alerts@northbank-care.example>, which Google Groups passes on: listFromRewrite takes the first Reply-To, Cc or X-Original-From mailbox named like the author and finds the Cc, so the author’s domain is read as northbank-care.example, for which Google’s record says nothing; the record of northbank.example’s DMARC fail (X-Original-From’s domain) is not asked. Wanted: suspicious',
    class: 'probe9-list-author',
    from: 'Northbank <alerts@northbank.example>',
    group: 'northbank-alerts',
    title: 'Northbank Alerts',
    replyTo: 'northbank-alerts@googlegroups.com',
    extra: ['Cc: "Northbank" <alerts@northbank-care.example>'],
    expect: NOT_TRUSTED,
  });
  await googleGroup({
    name: 'probe9-google-group-poster-reply-to-kept',
    about:
      'The group’s reply setting "users decide": Google Groups keeps the poster’s own Reply-To, "Northbank" <service@nb-care.example>, and names the author only in X-Original-From. The named mailbox found first is the Reply-To, at a domain Google’s record says nothing about. Wanted: suspicious',
    class: 'probe9-list-author',
    from: 'Northbank <alerts@northbank.example>',
    group: 'northbank-alerts',
    title: 'Northbank Alerts',
    replyTo: '"Northbank" <service@nb-care.example>',
    expect: NOT_TRUSTED,
  });
  await googleGroup({
    name: 'probe9-google-group-replayed-arc-stripped',
    about:
      'The attacker subscribes its own mailbox to its group, receives the rewritten "\'Northbank\' via Northbank Alerts" copy, strips Google’s two ARC sets and sends it on from its own server to any number of readers: googlegroups.com’s DKIM signature (which does not cover ARC fields) still verifies, From is googlegroups.com, and with no seal there is no record of the bank’s DMARC fail to read. Reply-To and X-Original-From still name the bank. Wanted: suspicious (a rewritten post naming a p=reject author with no trusted record of a pass, replayed from outside Google)',
    class: 'probe9-list-author',
    from: 'Northbank <alerts@northbank.example>',
    group: 'northbank-alerts',
    title: 'Northbank Alerts',
    replyTo: 'Northbank <alerts@northbank.example>',
    replay: 'arc-stripped',
    expect: NOT_TRUSTED,
  });
  await googleGroup({
    name: 'probe9-google-group-author-subdomain',
    about:
      'The group rewrite of a post from alerts@secure.northbank.example, a name the bank never created (its p=reject, sp=reject covers it): Google’s trusted record says dmarc=fail for secure.northbank.example, Reply-To names the same address. Regression guard for list-author-dmarc-failed. Wanted: suspicious',
    class: 'probe9-list-author',
    from: 'Northbank <alerts@secure.northbank.example>',
    group: 'northbank-alerts',
    title: 'Northbank Alerts',
    replyTo: 'Northbank <alerts@secure.northbank.example>',
    expect: { ...NOT_TRUSTED, findings: ['list-author-dmarc-failed'] },
  });
  await googleGroup({
    name: 'probe9-google-group-author-recased',
    about:
      'The group rewrite of a post from Alerts@NorthBank.Example (capitals as the attacker wrote them; Google’s record and Reply-To copy them). Regression guard: the record’s domain and the author’s are compared without case. Wanted: suspicious (list-author-dmarc-failed)',
    class: 'probe9-list-author',
    from: 'Northbank <Alerts@NorthBank.Example>',
    group: 'northbank-alerts',
    title: 'Northbank Alerts',
    replyTo: 'Northbank <Alerts@NorthBank.Example>',
    expect: { ...NOT_TRUSTED, findings: ['list-author-dmarc-failed'] },
  });

  // ============================================================ dkim-body-length under EOP's record
  {
    const withLength = await signCorpus(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        subject: 'Your statement is ready',
        body: STATEMENT,
      }),
      { domain: 'northbank.example', selector: 'nb1', maxBodyLength: STATEMENT.length },
    );
    const phish =
      '\r\nAction needed: your card was used abroad. Confirm it within 24 hours at https://northbank-secure.attacker.example/confirm\r\n';
    const eopPass = eopReplayPass();
    const outlook = (p: Probe & { raw: string }) =>
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
      name: 'probe9-eop-disclaimer-appended-l-tag-appended',
      about:
        'The l= notice replayed with the attacker’s paragraph after the signed length, into a tenant whose rule appends a disclaimer at the end of the body (not a banner on top): both additions lie past l=, so our check passes and changed-after-entry is not the path; dkim-body-length must still be written. Wanted: suspicious',
      class: 'probe9-eop-l-tag',
      raw: `${withLength}${phish}\r\nThis message was scanned by the reader’s mail filter.\r\n`,
      expect: { ...NOT_TRUSTED, findings: ['dkim-body-length'] },
    });
    outlook({
      name: 'probe9-eop-banner-l-tag-plus-reply-to',
      about:
        'The l= notice replayed with the attacker’s paragraph after l= and a Reply-To the signature does not cover (mailauth’s default h= list names reply-to only when present at signing), under the tenant’s banner: EOP recorded the pass. Both the unsigned Reply-To and the text after l= are the attacker’s. Wanted: suspicious',
      class: 'probe9-eop-l-tag',
      raw: prependBody(
        appendHeaders(`${withLength}${phish}`, 'Reply-To: "Northbank" <help@northbank-care.example>'),
        'CAUTION: This email originated from outside of the organization.\r\n\r\n',
      ),
      expect: NOT_TRUSTED,
    });
  }

  // ====================================================== a From that spells its free-mailbox Reply-To
  const spelled = (p: Probe & { local: string; domain?: string }) =>
    signCorpus(
      submitted({
        from: `"Account service" <${p.local}-${p.domain ?? 'gmail.com'}@attacker.example>`,
        subject: 'Action required on your account',
        extraHeaders: [`Reply-To: ${p.local}@${p.domain ?? 'gmail.com'}`],
      }),
      { domain: 'attacker.example', selector: 's1' },
    ).then((raw) =>
      deliver({
        ...p,
        raw,
        envelope: 'bounce@attacker.example',
        entry: fromAttacker('attacker.example'),
      }),
    );
  await spelled({
    name: 'probe9-spells-brand-glued-in-middle',
    about:
      'From "Account service" <securepaypalteam-gmail.com@attacker.example> (authenticated), Reply-To securepaypalteam@gmail.com: the brand glued between two words. brandGluedInMailbox accepts a brand of six letters or more at the start or the end only. Wanted: suspicious (reply-to-other-org medium)',
    class: 'probe9-reply-to-spelled',
    local: 'securepaypalteam',
    expect: NOT_TRUSTED,
  });
  await spelled({
    name: 'probe9-spells-brand-glued-outlook-middle',
    about:
      'The same with an Outlook.com mailbox: Reply-To verifymicrosoftaccount@outlook.com ("microsoft" inside). Wanted: suspicious',
    class: 'probe9-reply-to-spelled',
    local: 'verifymicrosoftaccount',
    domain: 'outlook.com',
    expect: NOT_TRUSTED,
  });
  await spelled({
    name: 'probe9-spells-short-brand-glued-service-word',
    about:
      'Reply-To fedexdelivery.support@gmail.com: a brand of five letters glued to "delivery" (the parcel scam’s usual mailbox). brandGluedInMailbox ignores brands under six letters (so "purchase" names nothing) and brandInLocalPart reads "fedexdelivery" as one word. Wanted: suspicious',
    class: 'probe9-reply-to-spelled',
    local: 'fedexdelivery.support',
    expect: NOT_TRUSTED,
  });
  await spelled({
    name: 'probe9-spells-brand-glued-digits-after',
    about:
      'Reply-To paypal2026billing@gmail.com: the brand at the start, digits and a word after. Regression guard for brandGluedInMailbox. Wanted: suspicious',
    class: 'probe9-reply-to-spelled',
    local: 'paypal2026billing',
    expect: NOT_TRUSTED,
  });
}

// Red-team probes, sixty-third round (December 2026): today's verdict changes, across profiles.
// - lib/findings/verdict.ts decideVerdict: offline with no provider results (`!a.provider`), a
//   high impersonation finding now makes `impersonation-unchecked` (suspicious), no longer
//   `impersonation-unauthenticated` (spoofed). Probed where a sender would want the provider's
//   header gone or ignored: the Outlook profile, which trusts no authserv-id (EOP's header is
//   id-less), so every offline Outlook reading has no provider although EOP's own record above
//   its entry line says it checked and failed (compauth=fail); the reader's box, with a HELO that
//   writes into its Authentication-Results (heloWrites: passes dropped, the header kept); Gmail,
//   with the sender's own `Authentication-Results: mx.google.com` copy in his block.
// - lib/findings/lookalike.ts reasonRead (the private-suffix reading) and lib/dns/registrable.ts
//   REGISTRY_SUFFIXES, for brands: a brand's name under a free private zone (us.kg) and under a
//   platform's customer zone (awsapps.com, Amazon WorkMail), where the reading now judges the
//   label; a free-DNS zone that is not in the PSL (FreeDNS's mooo.com); and a registry zone
//   (CentralNic's us.com) whose registrant's label is a free-mail provider's: lib/findings/
//   freemail.ts computeSignUpDomain reads any organisation whose label is in FREEMAIL_LABELS
//   (`yahoo`, `outlook`, `hotmail` …) as that provider's regional free mail, and reasonRead then
//   returns early (`platform`), so `yahoo.us.com` is never judged a look-alike.
// - lib/findings/receiver-record.ts with the new Microsoft 365 rows: offline, EOP's enforced DMARC
//   fail beside a display-name impersonation (dmarc-fail must still come first).
// Controls: Yahoo Japan's own free mail (yahoo.co.jp, a FREEMAIL_LABELS domain that must stay
// Yahoo's), a genuine help-desk platform's mail whose display name carries the customer's address,
// EOP compauth=pass (offline Outlook: must not read spoofed).
// Profiles: Outlook (`--webmail outlook`), Gmail (`--webmail gmail`), Yahoo (`--webmail yahoo`), the
// reader's box (`--authserv-id mx.reader.example`); offline cases carry no zone.
// Layouts: EOP's lines as test/corpus/receivers.ts eopDelivery and probe62 (Microsoft Learn
// "Anti-spam message headers in Microsoft 365": compauth reasons 000/001/100, action words); Gmail's
// and Yahoo's as receivers.ts; rspamd's Authentication-Results with smtp.helo= as probe47; FreeDNS
// (freedns.afraid.org) shared domains, where any account adds A, MX and TXT records under a public
// domain such as mooo.com, and CentralNic's us.com, as probe58. Names and addresses are
// documentation ones, except the providers' hosts and zones (Microsoft's, Google's, Yahoo's,
// Amazon's, CentralNic's, afraid.org's), which are the point.

import {
  ATTACKER_IP,
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  RECEIVER,
  signAll,
} from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  EOP_UNSIGNED,
  eopDelivery,
  GMAIL_TO,
  gmailDelivery,
  gmailDmarc,
  gmailSpf,
  type YahooEntry,
  yahooOmega,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the sixty-third round's report). */
// (A) probe63-outlook-display-name-address-compauth-fail-001-offline reads suspicious
// (impersonation-unchecked; its summary even says "because DNS lookups failed", which is not so
// offline: lib/findings/summary.ts), where until today it read spoofed (impersonation-unauthenticated)
// and online it still does. lib/findings/verdict.ts decideVerdict: `unchecked` holds whenever
// `a.mode === 'offline' && !a.provider`, and the Outlook profile trusts no authserv-id (EOP's header
// is id-less), so every offline Outlook reading has no provider: every display-name or look-alike
// forgery read in Outlook offline now rides the row, although EOP's own record above its entry line
// (what receiver-record.ts reads) says Microsoft checked it and its composite authentication failed.
// Wanted: spoofed. Fix: not `unchecked` offline where EOP's entry record (receiver-record.ts
// eopEntryCandidates) holds compauth=fail (any reason) for this From, and nothing authenticates.
// Risk: the sibling tenant's genuine NDR (rw60) carries compauth=pass and stays suspicious (so does
// probe63-outlook-helpdesk-customer-address-name-compauth-pass-control-offline); genuine mail that
// EOP failed (a forward without ARC, an unsigned platform sender with another organisation's address
// in its display name) reads spoofed offline again, as it did before today.
// (B) probe63-gmail-paypal-freedns-mooo-com-authenticated-online reads authenticated, no finding:
// mooo.com (FreeDNS's best-known shared domain, where anyone adds A, MX and TXT records) is not in
// the PSL, so lib/findings/lookalike.ts reasonRead's second reading never runs and "paypal" is only
// a subdomain label of mooo.com. Wanted: not trusted (lookalike-domain, as paypal.us.kg reads).
// Fix: a short list of free-DNS shared zones (mooo.com, us.to, chickenkiller.com, ignorelist.com,
// strangled.net, jumpingcrab.com, ydns.eu …) beside REGISTRY_SUFFIXES in lib/dns/registrable.ts,
// read as private suffixes by the look-alike rule only (not by DMARC's organisational domain, which
// receivers take from the PSL). Risk: a hobbyist's FreeDNS name that is a brand's name gets a
// look-alike warning; FreeDNS lends tens of thousands of domains, so a list covers only the big ones.
// (C) probe63-yahoo-yahoo-us-com-registry-zone-mailbox-full-{online,offline} and
// probe63-gmail-outlook-uk-com-registry-zone-sign-in-alert-online read authenticated, no finding:
// lib/findings/freemail.ts computeSignUpDomain takes any organisation whose label is in
// FREEMAIL_LABELS for that provider's regional free mail, and since round 58 a registry zone's child
// (yahoo.us.com, outlook.uk.com, hotmail.eu.com, aol.de.com, live.eu.org) is such an organisation:
// reasonRead returns at `platform`, and "Yahoo Mail" over "Yahoo's" free mail is no
// brand-on-freemail. Wanted: not trusted (the provider's name under a stranger's ending, as
// wellsfargo.us.com reads in probe58). Fix: in computeSignUpDomain, no FREEMAIL_LABELS match where
// the organisation lies under a REGISTRY_SUFFIXES zone (or a PSL private suffix). Risk: none seen
// (no free-mail provider uses CentralNic's zones); probe63-yahoo-yahoo-co-jp-personal-mail-control-online
// pins Yahoo Japan. Not fixed by that: the same label under an ICANN ending the provider does not own
// (yahoo.<new gTLD>), which the label rule also takes for Yahoo's.
// Fixed at 04:54 on 2026-12-05. (A) lib/findings/receiver-record.ts recordedCompauthFail and
// lib/findings/verdict.ts RECEIVER_CHECKED: offline in Outlook, EOP's compauth=fail above its entry
// line says the message was checked and failed, so impersonation-unchecked no longer applies
// (spoofed again). (B) lib/findings/lookalike.ts FREE_DNS_ZONES: FreeDNS's shared domains are read
// as zones of users' names (paypal.mooo.com: lookalike-domain). (C) lib/findings/freemail.ts: a
// provider's label under a registry zone (outlook.uk.com) is no regional free mail.
// Kept pending (the lead, 04:54 on 2026-12-05): the two yahoo.us.com cases. Yahoo was not among the
// built-in brands (lib/findings/domains.ts BRANDS), so "Yahoo Mail" over yahoo.us.com was no brand
// claim HeaderLens knew. Fixed at 06:20 on 2026-12-05 (lib/findings/domains.ts BRANDS): Yahoo is a
// brand for its look-alikes (yahoo.com, ymail.com, rocketmail.com; yahoo-inc.com), with no display-
// name words (Yahoo Japan, another company, writes "Yahoo! JAPAN" from yahoo.co.jp): yahoo.us.com
// is "the same name under another ending" (lookalike-domain, high).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const NB = 'northbank.example';
const YAHOO = ['--webmail', 'yahoo'];
const BOX = ['--authserv-id', RECEIVER];
const SPOOFED_ANY = { verdict: 'spoofed' } as const;
const FRONTEND = 'BL02EPF00029963';
const VPS = { helo: 'vps-6310.cheap-vps.example', ip: ATTACKER_IP };
const AP = `Accounts Payable <ap@${NB}>`;
/** The attacker's throw-away domain: no SPF, no DKIM, no DMARC. */
const DESK = 'exec-desk.example';
const CEO_IN_NAME = `"ceo@${NB}" <d.hart@${DESK}>`;

/** EOP's id-less record (`id` 'mx.microsoft.com' for the 2026 layout), as probe62 writes it. */
function eop(o: {
  ip: string;
  helo: string;
  mailfrom: string;
  spf: 'none' | 'pass' | 'fail';
  dkim?: string;
  dmarc: string;
  from: string;
  compauth: string;
}) {
  const spfWords = {
    none: `None (protection.outlook.com: ${o.mailfrom} does not designate\r\n permitted sender hosts)`,
    fail: `Fail (protection.outlook.com: domain of ${o.mailfrom} does not\r\n designate ${o.ip} as permitted sender)`,
    pass: `Pass (protection.outlook.com: domain of ${o.mailfrom} designates\r\n ${o.ip} as permitted sender)`,
  };
  return {
    ip: o.ip,
    helo: o.helo,
    ar: `spf=${o.spf} (sender IP is ${o.ip})\r\n smtp.mailfrom=${o.mailfrom}; ${o.dkim ?? EOP_UNSIGNED};dmarc=${o.dmarc}\r\n header.from=${o.from};compauth=${o.compauth}`,
    spf: `${spfWords[o.spf]} receiver=protection.outlook.com;\r\n client-ip=${o.ip}; helo=${o.helo};`,
    frontend: FRONTEND,
  };
}

const tenantZone = (dmarc: string) => ({
  ...M365_SPF_ZONE,
  [NB]: {
    TXT: ['v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com -all'],
    MX: [{ priority: 0, exchange: 'northbank-example.mail.protection.outlook.com' }],
  },
  [`_dmarc.${NB}`]: { TXT: [`v=DMARC1; ${dmarc}`] },
});

const wireLure = (from: string, to = AP) =>
  submitted({
    from,
    to,
    subject: 'Urgent wire - new supplier',
    messageId: `<20261120101010.63A1B2@${VPS.helo}>`,
    body: 'Hi,\r\n\r\nPlease process the attached invoice today to the new account below. I am in meetings all day, reply by e-mail only.\r\n\r\nDaniel\r\n',
  });

/** A sender's own domain, authenticated from `ip` with the corpus key s1. */
const ownZone = (domain: string, ip: string, policy = 'p=reject') => ({
  [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
  [`s1._domainkey.${domain}`]: KEY(),
  [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; ${policy}`] },
});

// --- 1. Outlook: EOP checked and failed, but Outlook trusts no authserv-id ------------------------

async function outlookCases(write: CaseWriter): Promise<void> {
  const cls = 'probe63-outlook-unchecked';
  const directSend = eopDelivery(wireLure(CEO_IN_NAME), {
    ...eop({
      ...VPS,
      mailfrom: DESK,
      spf: 'none',
      dmarc: 'none action=none',
      from: DESK,
      compauth: 'fail reason=001',
    }),
    returnPath: `d.hart@${DESK}`,
  });
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe63-outlook-display-name-address-compauth-fail-001-${online ? 'online' : 'offline'}`,
      about: `BEC on ${AP} (Outlook on the web). The attacker sends from a rented VPS (${VPS.ip}) as ${CEO_IN_NAME}: the CEO's address as the display name, his own throw-away domain ${DESK} (no SPF, no DKIM, no DMARC) behind it. EOP records above its entry line spf=none, dkim=none, dmarc=none, compauth=fail reason=001 (implicit fail: Microsoft's own composite check found nothing that authenticates). ${online ? `Online: our check finds nothing for ${DESK}` : "Offline: the Outlook profile trusts no authserv-id (EOP's header is id-less), so there are no provider results although EOP recorded its failed check"}. display-name-address is high. Wanted: spoofed (impersonation-unauthenticated), as it read before today's impersonation-unchecked row${online ? '' : ': offline nothing was left unchecked, EOP checked and failed it'}`,
      class: cls,
      args: OUTLOOK,
      eml: directSend,
      ...(online ? { zone: tenantZone('p=reject') } : {}),
      expect: SPOOFED_ANY,
    });
  }

  // The CEO's own address at p=reject, with his address in the display name as well: dmarc-fail
  // (receiver-recorded-fail offline) must still decide before the unchecked row.
  emitCase(write, {
    name: 'probe63-outlook-direct-send-ceo-name-address-oreject-offline',
    about: `Direct Send from the VPS (${VPS.ip}) as "Daniel Hart (ceo@${NB})" <ceo@${NB}> to ${AP}; the tenant publishes p=reject. EOP records spf=fail, dmarc=fail action=oreject, compauth=fail reason=000 above its entry line. Offline, where only EOP's record tells (receiver-recorded-fail), and today's impersonation-unchecked row sits right after dmarc-fail. Wanted: spoofed (the recorded enforced fail decides first)`,
    class: 'probe63-outlook-recorded-fail',
    args: OUTLOOK,
    eml: eopDelivery(wireLure(`"Daniel Hart (ceo@${NB})" <ceo@${NB}>`), {
      ...eop({
        ...VPS,
        mailfrom: NB,
        spf: 'fail',
        dmarc: 'fail action=oreject',
        from: NB,
        compauth: 'fail reason=000',
      }),
      returnPath: `ceo@${NB}`,
    }),
    expect: SPOOFED_ANY,
  });

  // Control: a help desk's genuine mail, the customer's address in the display name, EOP pass.
  const HD = 'helpdesk-saas.example';
  const HD_IP = '203.0.113.40';
  const ticket = await signAll(
    submitted({
      from: `"support@harbor-supply.example" <harbor-supply@${HD}>`,
      to: AP,
      subject: '[Ticket #48213] Updated remittance details received',
      messageId: `<ticket-48213.reply.2@${HD}>`,
      body: 'Your request #48213 has been updated.\r\n\r\nReply above this line to add a comment.\r\n',
    }),
    [[HD, 's1']],
  );
  emitCase(write, {
    name: 'probe63-outlook-helpdesk-customer-address-name-compauth-pass-control-offline',
    about: `Control: a supplier's help desk runs on a ticketing platform (${HD}), which writes the supplier's support address as the display name ("support@harbor-supply.example") over its own sending address, signed s1 by ${HD} from ${HD_IP}. EOP records spf=pass, dkim=pass, dmarc=pass for ${HD}, compauth=pass reason=100. Offline (no provider results in Outlook). Wanted: not spoofed (EOP's composite check passed: a fix that reads EOP's compauth=fail as "checked" must leave this one as it is)`,
    class: 'probe63-outlook-unchecked',
    args: OUTLOOK,
    eml: eopDelivery(ticket, {
      ...eop({
        ip: HD_IP,
        helo: `out-3.${HD}`,
        mailfrom: HD,
        spf: 'pass',
        dkim: `dkim=pass (signature was verified)\r\n header.d=${HD}`,
        dmarc: 'pass action=none',
        from: HD,
        compauth: 'pass reason=100',
      }),
      returnPath: `bounces+48213@${HD}`,
    }),
    expect: { notVerdict: ['spoofed'] },
  });
}

// --- 2. The box and Gmail: the provider's header there, the sender's text in or beside it --------

function providerTextCases(write: CaseWriter): void {
  // The box (Postfix + rspamd): the HELO carries ";dmarc=pass …", which rspamd copies after smtp.helo=.
  const helo = `mail.${DESK};dmarc=pass header.from=${DESK}`;
  const boxMail = onTop(
    wireLure(CEO_IN_NAME, `Accounts Payable <ap@reader.example>`),
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=none (${RECEIVER}: domain of d.hart@${DESK} has no SPF policy when checking ${ATTACKER_IP}) smtp.mailfrom=d.hart@${DESK} smtp.helo=${helo};\r\n\tdmarc=none`,
    received({ helo, ip: ATTACKER_IP, by: RECEIVER, id: '4R63hX1abc' }),
  );
  emitCase(write, {
    name: 'probe63-box-display-name-address-helo-writes-dmarc-pass-offline',
    about: `The reader's own box (Postfix, rspamd; ${RECEIVER}). The attacker (${ATTACKER_IP}) sends ${CEO_IN_NAME} and gives the HELO "${helo}", which Postfix prints on its entry line and rspamd copies after smtp.helo=, so the box's header carries a dmarc=pass the sender wrote. heloWrites drops every pass from the box's header but keeps it as the provider's; the box's own words are dkim=none, spf=none, dmarc=none. Offline. Wanted: spoofed (the box checked and found nothing; a header the HELO wrote into must not read as no provider and ride impersonation-unchecked)`,
    class: 'probe63-box-helo',
    args: BOX,
    eml: boxMail,
    expect: SPOOFED_ANY,
  });

  // Gmail: the sender's own copy of Gmail's header in his block, below Gmail's real one.
  const env = `d.hart@${DESK}`;
  const forged = `Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@${DESK} header.s=s1 header.b=Zm9yZ2Vk;\r\n       spf=pass (google.com: domain of ${env} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=${env};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${DESK}`;
  emitCase(write, {
    name: 'probe63-gmail-display-name-address-own-google-header-copy-offline',
    about: `Gmail. The attacker (${ATTACKER_IP}) sends ${CEO_IN_NAME} to a Gmail reader, with his own "Authentication-Results: mx.google.com" (dkim, spf and dmarc pass for ${DESK}) in his header block, hoping a second header under Gmail's one-header id leaves Gmail's reading ambiguous and so none at all. Gmail's real header, under its entry, says spf=neutral, dmarc=none. Offline. Wanted: spoofed (Gmail's header is the provider's; the copy is forged)`,
    class: 'probe63-gmail-copy',
    args: GMAIL,
    eml: gmailDelivery(onTop(wireLure(CEO_IN_NAME, GMAIL_TO), forged), {
      relay: { helo: VPS.helo, rdns: VPS.helo, ip: ATTACKER_IP },
      envelope: env,
      ids: ['x63csp1101pxa', 'a63si2201qtb.63'],
      results: `spf=neutral (google.com: ${ATTACKER_IP} is neither permitted nor denied by best guess record for domain of ${env}) smtp.mailfrom=${env}`,
    }),
    expect: SPOOFED_ANY,
  });
}

// --- 3. Brands' names under private zones, free-DNS zones and registry zones ---------------------

async function lookalikeCases(write: CaseWriter): Promise<void> {
  const D = 'Fri, 20 Nov 2026 09:40:00 +0000';
  // (a) us.kg (a free zone in the PSL's private section): the second reading judges "paypal".
  const KG = 'paypal.us.kg';
  const kg = await signAll(
    submitted({
      from: `Service <service@${KG}>`,
      to: GMAIL_TO,
      subject: 'Your account access has been limited',
      date: D,
      body: 'We noticed unusual activity. Confirm your details within 24 hours: https://paypal.us.kg/confirm\r\n',
    }),
    [[KG, 's1']],
  );
  const gmailAuth = (domain: string, envelope: string, ids: [string, string], raw: string) =>
    gmailDelivery(raw, {
      relay: { helo: `mail.${domain}`, rdns: `mail.${domain}`, ip: ATTACKER_IP },
      envelope,
      ids,
      spf: 'pass',
      results: [
        `dkim=pass header.i=@${domain} header.s=s1 header.b=Q29ycHVz;`,
        `       ${gmailSpf(envelope, ATTACKER_IP)}`,
        `       ${gmailDmarc(domain)}`,
      ].join('\r\n'),
    });
  emitCase(write, {
    name: 'probe63-gmail-paypal-us-kg-free-zone-authenticated-online',
    about: `Gmail, online. us.kg hands out free names with full DNS; it is in the PSL's private section. The attacker takes ${KG}, publishes SPF for ${ATTACKER_IP}, signs s1 and publishes p=reject; "Service" (no brand in the display name) asks the reader to confirm account details. Everything passes for ${KG}. Pins reasonRead's private-suffix reading for a built-in brand. Wanted: not trusted, lookalike-domain (paypal.com)`,
    class: 'probe63-private-zone',
    args: GMAIL,
    eml: gmailAuth(KG, `bounce@${KG}`, ['x63csp1102pxa', 'a63si2202qtb.64'], kg),
    zone: ownZone(KG, ATTACKER_IP),
    expect: { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
  });

  // (b) FreeDNS's shared domain mooo.com: not in the PSL at all.
  const MO = 'paypal.mooo.com';
  const mo = await signAll(
    submitted({
      from: `Service <service@${MO}>`,
      to: GMAIL_TO,
      subject: 'Your account access has been limited',
      date: D,
      body: 'We noticed unusual activity. Confirm your details within 24 hours: https://paypal.mooo.com/confirm\r\n',
    }),
    [[MO, 's1']],
  );
  emitCase(write, {
    name: 'probe63-gmail-paypal-freedns-mooo-com-authenticated-online',
    about: `Gmail, online. FreeDNS (freedns.afraid.org) lets any account add hosts with A, MX and TXT records under the public "shared" domains its owners lend out, mooo.com the best known; mooo.com is not in the PSL, so ${MO} is read as the organisation mooo.com, label "mooo", and the private-suffix reading never runs. The attacker adds ${MO} with SPF for ${ATTACKER_IP}, a DKIM key s1 and _dmarc p=reject, and sends the same "Service" lure; everything passes for ${MO}. Wanted: not trusted (a brand's whole name as the name a stranger picked in a free zone, as ${KG} reads)`,
    class: 'probe63-private-zone',
    args: GMAIL,
    eml: gmailAuth(MO, `bounce@${MO}`, ['x63csp1103pxa', 'a63si2203qtb.65'], mo),
    zone: ownZone(MO, ATTACKER_IP),
    expect: NOT_TRUSTED,
  });

  // (c) Amazon WorkMail's awsapps.com (a known platform's private suffix), read in Yahoo offline.
  const WM = 'paypal-billing.awsapps.com';
  const SES = { ip: '54.240.8.21', helo: 'a8-21.smtp-out.amazonses.com' };
  const wm = await signAll(
    submitted({
      from: `Billing Department <billing@${WM}>`,
      to: 'Robin Reader <robin.reader@yahoo.com>',
      subject: 'Invoice INV-63071 overdue',
      date: D,
      body: 'Your invoice INV-63071 is overdue. Settle it today to avoid a hold on your account.\r\n',
    }),
    [[WM, 's1']],
  );
  emitCase(write, {
    name: 'probe63-yahoo-paypal-billing-awsapps-workmail-offline',
    about: `Yahoo Mail (omega layout), offline. The attacker creates an Amazon WorkMail organisation with the alias "paypal-billing": its test mail domain ${WM} needs no registration and SES sends it signed (d=${WM}) from ${SES.ip}. Yahoo records dkim=pass, spf=pass (amazonses.com), dmarc=pass. awsapps.com is a known platform's private suffix, which the look-alike rule now reads by the customer's label (round 60). Wanted: not trusted, lookalike-domain (paypal.com: "borrows the name of")`,
    class: 'probe63-private-zone',
    args: YAHOO,
    eml: yahooOmega(
      wm,
      {
        ip: SES.ip,
        helo: SES.helo,
        envelope: `0100019c63a1b2c3-abc@us-east-1.amazonses.com`,
        spf: `pass (domain of us-east-1.amazonses.com designates ${SES.ip} as permitted sender)`,
        ar: `dkim=pass header.i=@${WM} header.s=s1;\r\n spf=pass smtp.mailfrom=us-east-1.amazonses.com;\r\n dmarc=pass(p=NONE) header.from=${WM};`,
      } satisfies YahooEntry,
      { tag: 'Probe63', pod: 'fb5f4cbd-63wm1', inner: '10.253.233.89' },
    ),
    expect: { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
  });

  // (d) CentralNic's us.com with a free-mail provider's name: yahoo.us.com.
  const YU = 'yahoo.us.com';
  const yu = await signAll(
    submitted({
      from: `Yahoo Mail <no-reply@${YU}>`,
      to: 'Robin Reader <robin.reader@yahoo.com>',
      subject: 'Your mailbox is almost full - action required',
      date: D,
      body: 'Your Yahoo Mail storage is 98% full. Incoming mail will be returned from tomorrow. Upgrade free: https://yahoo.us.com/storage\r\n',
    }),
    [[YU, 's1']],
  );
  const yahooAuth = (raw: string, domain: string, pod: string) =>
    yahooOmega(
      raw,
      {
        ip: ATTACKER_IP,
        helo: `mail.${domain}`,
        envelope: `bounce@${domain}`,
        spf: `pass (domain of ${domain} designates ${ATTACKER_IP} as permitted sender)`,
        ar: `dkim=pass header.i=@${domain} header.s=s1;\r\n spf=pass smtp.mailfrom=${domain};\r\n dmarc=pass(p=REJECT) header.from=${domain};`,
      } satisfies YahooEntry,
      { tag: 'Probe63', pod, inner: '10.253.233.89' },
    );
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe63-yahoo-yahoo-us-com-registry-zone-mailbox-full-${online ? 'online' : 'offline'}`,
      about: `Yahoo Mail, ${online ? 'online' : 'offline'}. CentralNic sells names under us.com (a registry zone, lib/dns/registrable.ts REGISTRY_SUFFIXES), so ${YU} is a stranger's registrable domain whose label is "yahoo". The attacker registers it, publishes SPF, DKIM s1 and p=reject, and sends "Yahoo Mail" <no-reply@${YU}>: mailbox almost full, upgrade here. All passes for ${YU}. lib/findings/freemail.ts computeSignUpDomain takes any organisation labelled "yahoo" for Yahoo's regional free mail (meant for yahoo.co.jp), so reasonRead returns at \`platform\` and no look-alike is found, and the display name "Yahoo" on "Yahoo's" free mail is no brand-on-freemail. Wanted: not trusted (the free-mail provider's own name under a stranger's ending, as wellsfargo.us.com reads in probe58)`,
      class: 'probe63-registry-freemail-label',
      args: YAHOO,
      eml: yahooAuth(yu, YU, online ? 'fb5f4cbd-63yu1' : 'fb5f4cbd-63yu2'),
      ...(online ? { zone: ownZone(YU, ATTACKER_IP) } : {}),
      expect: NOT_TRUSTED,
    });
  }

  // (e) The same with Microsoft's free-mail label under CentralNic's uk.com, read in Gmail.
  const OU = 'outlook.uk.com';
  const ou = await signAll(
    submitted({
      from: `Outlook Team <account-security-noreply@${OU}>`,
      to: GMAIL_TO,
      subject: 'Unusual sign-in activity',
      date: D,
      body: 'We detected something unusual about a recent sign-in to your Microsoft account. Review recent activity: https://outlook.uk.com/review\r\n',
    }),
    [[OU, 's1']],
  );
  emitCase(write, {
    name: 'probe63-gmail-outlook-uk-com-registry-zone-sign-in-alert-online',
    about: `Gmail, online. The same with CentralNic's uk.com: the attacker registers ${OU} (label "outlook", in FREEMAIL_LABELS), authenticates it fully and sends "Outlook Team" <account-security-noreply@${OU}> with Microsoft's "unusual sign-in activity" text. Wanted: not trusted (outlook.com's name under a stranger's ending)`,
    class: 'probe63-registry-freemail-label',
    args: GMAIL,
    eml: gmailAuth(OU, `bounce@${OU}`, ['x63csp1104pxa', 'a63si2204qtb.66'], ou),
    zone: ownZone(OU, ATTACKER_IP),
    expect: NOT_TRUSTED,
  });

  // Control: Yahoo Japan's own free mail (yahoo.co.jp), which the free-mail label must keep Yahoo's.
  const YJ = 'yahoo.co.jp';
  const yj = await signAll(
    submitted({
      from: `Kenji Sato <kenji.sato@${YJ}>`,
      to: 'Robin Reader <robin.reader@yahoo.com>',
      subject: 'Re: conference in Osaka',
      date: D,
      body: 'Hi Robin,\r\n\r\nthe hotel list is attached. See you in March.\r\n\r\nKenji\r\n',
    }),
    [[YJ, 's1']],
  );
  const YJ_IP = '203.0.113.63';
  emitCase(write, {
    name: 'probe63-yahoo-yahoo-co-jp-personal-mail-control-online',
    about: `Control: a friend's personal mail from Yahoo Japan (${YJ}, signed s1, sent from ${YJ_IP} inside its SPF, p=none) to a Yahoo reader; Yahoo records pass. Online. A fix that judges "yahoo" under registry zones must leave Yahoo's own regional free mail alone. Wanted: authenticated, no lookalike-domain`,
    class: 'probe63-registry-freemail-label',
    args: YAHOO,
    eml: yahooOmega(
      yj,
      {
        ip: YJ_IP,
        helo: `mo63.mail.${YJ}`,
        envelope: `kenji.sato@${YJ}`,
        spf: `pass (domain of ${YJ} designates ${YJ_IP} as permitted sender)`,
        ar: `dkim=pass header.i=@${YJ} header.s=s1;\r\n spf=pass smtp.mailfrom=${YJ};\r\n dmarc=pass(p=NONE) header.from=${YJ};`,
      } satisfies YahooEntry,
      { tag: 'Probe63', pod: 'fb5f4cbd-63yj1', inner: '10.253.233.89' },
    ),
    zone: ownZone(YJ, YJ_IP, 'p=none'),
    expect: { ...AUTHENTICATED, absentFindings: ['lookalike-domain'] },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await outlookCases(write);
  providerTextCases(write);
  await lookalikeCases(write);
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);

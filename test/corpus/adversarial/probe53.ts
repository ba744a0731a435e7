// Red-team probes, fifty-third round (December 2026): this hour's fixes, by a sender who has read lib/
// and wants a forgery of northbank.example (DMARC p=reject) read authenticated or unverified.
// - The unrecorded login (lib/engine/login-elsewhere.ts decide, origin.loginUnrecorded; lib/findings/
//   login.ts): a login the box the From's MX names records no user for reads suspicious, but is
//   silenced beside an aligned pass (hasAlignedPass, lib/findings/auth-state.ts), and the verdict row
//   is skipped when the message `authenticates`. An outsider with an account on the bank's shared
//   cPanel box cannot sign as the bank, but the bank's cPanel-default SPF ("+a +mx") passes at the
//   box for any co-tenant: is an aligned SPF pass at the box an aligned pass that silences the row?
// - The mailbox providers known by forward-confirmed relay names (lib/relay/providers-esp.ts: Aruba's
//   smtpcmd….aruba.it, Tencent Exmail's biz-….mail.qq.com) and their includes as shared platforms
//   (lib/findings/auth-state.ts SHARED_PLATFORMS): the attacker is another customer of the bank's
//   provider and sends as the bank through the provider's own relays, where the bank's SPF include
//   passes; read in Gmail (online and offline: Gmail's own dmarc=pass) and in Outlook (the customer's
//   own domain's DKIM pass beside it).
// - Hoster reverse-name zones as trusted gateway domains (lib/relay/hoster-names.ts
//   hosterGeneratedName, lib/engine/gateways.ts hostedGatewayNameHops): Hostinger names every VPS
//   srvNNNNNN.hstgr.cloud (its hPanel default host name, with PTR and A), a zone not in
//   HOSTER_REVERSE_ZONES and a name without the address's octets; and AWS's region zone where the
//   box's line prints no name at all (Exim without host_lookup), so the name is the PTR looked up.
// - Tried and held, no case: the Stalwart mark (lib/auth/authresults.ts stalwartMark) needs sender
//   text before the entry line's own by clause outside comments: Exim prints the HELO inside
//   "(helo=…)" or as the from-word only when it verified it (no blank or parenthesis possible), and
//   Postfix prints `" <>()\;@` and blanks of a HELO as "?" (README: held in earlier rounds); the
//   OVH gate (an aligned signature) cannot be produced by another customer.
// Layouts learnt with the search tool and kept as earlier rounds cite them: Aruba's "by Aruba
// Outgoing Smtp  with ESMTPSA" and Exmail's "by bizesmtp.qq.com (ESMTP) with \n id ;" (realworld51.ts:
// lore.kernel.org list copies, 2022-2026); cPanel's Exim esmtpsa line (realworld43.ts); Hostinger's
// VPS default names (support.hostinger.com VPS articles: "srv" plus the VPS id under hstgr.cloud);
// Exim's "from [ip] (port=… helo=…)" without a reverse lookup (Exim spec, received_header_text).
// Names and addresses are documentation ones except Aruba's (62.149.156.0/24), Tencent Cloud's
// (43.154.0.0/16), Hostinger's (AS47583: 31.220.20.0/24, 89.116.20.0/24), Amazon's (3.120.0.0/16) and
// their own names.

import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fifty-third round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads authenticated online (dmarc-pass: "sent from a server northbank.example authorises"; no
  // finding), wanted not trusted. The origin is the cPanel box's hand-off to the reader's box
  // (203.0.113.27), where the bank's "+a +mx" passes SPF for every co-tenant; the box's own line
  // right below it, "from [198.51.100.66] … by server27.nb-host.example with esmtpsa (Exim 4.98)",
  // records a login that names no user, on the very box the From's MX names, but lib/engine/
  // login-elsewhere.ts decide (origin.loginUnrecorded) is only reached when the walk takes the
  // login's client as the origin (the reader on the box, rw43); here the walk stops one hop up and
  // nothing reads the box's own login line. Fix (proposed): in lib/analyze.ts / login-elsewhere.ts,
  // when the origin hop is a host the From's MX names (by name or address, as loginOnNamedBox does)
  // and the line that host wrote right below it (its `by` that host) is an authenticated submission
  // (esmtpsa / ESMTPSA) that names no user, or names a bare user or another organisation's login,
  // set loginUnrecorded / loginOutsider as for the login's client, keeping the hasAlignedPass
  // silence only for an aligned DKIM pass (an aligned SPF pass at the shared box is every
  // co-tenant's). Risk: a small firm on cPanel with DKIM switched off writing to outside readers
  // reads suspicious (cPanel signs by default: its mail keeps authenticated, as the control does);
  // a firm's own single-tenant Postfix that records logins without users does too, unless signed.
  'probe53-login-unrecorded-cotenant-cpanel-spf-a-mx-online',
  // Reads unverified online (shared-spf-platform summary "Only Tencent's shared SPF (spf.mail.qq.com)
  // vouches for northbank.example"; finding dkim-unaligned), wanted not trusted (suspicious). The
  // unverified reading is right for an unsigned message through a shared include (the Aruba twin
  // below is pinned so), but Exmail signs every message with its account's domain: a valid
  // signature of jinhua-supply.example (neither the From's organisation nor Tencent's) says which
  // customer's account sent it. lib/findings/verdict.ts (the shared-platform SPF-only row, with
  // lib/findings/auth-state.ts sharedSpfPlatform) does not look at the unaligned signatures. Fix
  // (proposed): where the only aligned pass is SPF through a SHARED_PLATFORMS include and a valid
  // DKIM signature of a third organisation (not the From's, not the platform owner's) is on the
  // message, read suspicious, naming the signing domain as the account that sent it. Risk: a bank
  // whose Exmail account's primary domain is another of its own (northbank-group.example, sending as
  // the alias northbank.example) reads suspicious instead of unverified for its genuine staff mail
  // until it signs with the alias's own key.
  'probe53-exmail-customer-signs-own-domain-as-bank-outlook-online',
  // Reads authenticated online (dmarc-pass; findings provider-disagreement, gateway-trusted), wanted
  // not trusted. lib/relay/hoster-names.ts hosterGeneratedName knows a hoster's default name by a
  // curated zone (HOSTER_REVERSE_ZONES) or the address's four octets; Hostinger's VPS names,
  // srvNNNNNN.hstgr.cloud (hPanel's default host name, with PTR and A), are in neither, so
  // lib/engine/gateways.ts hostedGatewayNameHops leaves the attacker's VPS (89.116.20.77, AS47583,
  // which the classifier calls a Hostinger hosted server) the gateway by the trusted domain
  // hstgr.cloud, and the walk takes his own line below it, the bank's 192.0.2.10, where SPF passes.
  // Fix (proposed): add 'hstgr.cloud' to HOSTER_REVERSE_ZONES (and have lib/cli/trust-gateway.ts
  // hosterZoneEntry's numbered-label test take srv\d+); more generally, inside hosting space treat a
  // name whose first label is letters and five or more digits (srv512345, vmi123456, hwsrv-123456)
  // under a trusted *domain* entry as hoster-generated when the name's registrable domain is not a
  // domain the reader's own authserv-ids or recipient domain share. Risk: a reader whose own fleet
  // of filter VMs is numbered under a zone of its own (mx01234.reader-it.example) and trusted by
  // that zone reads their mail suspicious (gateway-network-shared) until each host is trusted by
  // name; the curated entry alone carries no risk beyond Hostinger tenants' own filters.
  // Fixed at 02:2x on 2026-12-05 (lib/relay/hoster-names.ts HOSTER_REVERSE_ZONES): hstgr.cloud
  // listed (and srvNNN as one host's own name for the warning): this case now reads suspicious.
]);

type Case = {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone?: object;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    ...(c.zone ? { zone: c.zone as Record<string, unknown> } : {}),
    meta: { about: c.about, class: `probe53-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const READER = 'Robin Reader <robin@reader.example>';
const GMAIL_READER = 'Robin Reader <robin.reader@gmail.com>';
const OUTLOOK_READER = 'Robin Reader <robin.reader@outlook.com>';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

const lure = (to = READER) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to,
    subject: 'Mandatory: re-enrol your token today',
    body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
  });

const notice = (to = READER) =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to,
    subject: 'A new message in your online banking',
    body: 'Dear customer,\r\n\r\nyou have a new message in online banking.\r\n',
  });

/** The bank's genuine notice, signed d=northbank.example s=nb1. */
const bankNotice = (to = READER) => signCorpus(notice(to), { domain: 'northbank.example', selector: 'nb1' });

/** The reader's Postfix box with OpenDKIM/OpenDMARC: its own header about the hop at `ip`. */
const boxResults = (
  envelope: string,
  ip: string,
  spf: 'pass' | 'fail',
  dkim: string,
  dmarc: 'pass' | 'fail',
) =>
  `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=${spf} (${RECEIVER}: domain of ${envelope} ${spf === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=${dmarc} (policy=reject) header.from=northbank.example`;

// --- 1. A login the bank's shared box records no user for, beside SPF "+a +mx" -----------------------

/** The hoster's cPanel box the bank's MX names (cPanel's default: SPF "+a +mx", the box signs). */
const CP = 'server27.nb-host.example';
const CP_IP = '203.0.113.27';
const CP_ZONE = {
  ...BANK,
  'northbank.example': { TXT: ['v=spf1 +a +mx -all'], A: [CP_IP], MX: [{ priority: 0, exchange: CP }] },
  [CP]: { A: [CP_IP] },
  ...ptr(CP_IP, CP),
  'shop-customer.example': { TXT: ['v=spf1 +a +mx -all'], A: [CP_IP], MX: [{ priority: 0, exchange: CP }] },
};

/** The box's Exim line for a login from `client` (cPanel: "with esmtpsa", no user named). */
const cpanelLogin = (client: string, envelope: string, id: string) =>
  `Received: from [${client}] (port=52144 helo=[192.168.1.20])\r\n\tby ${CP} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <${envelope}>)\r\n\tid ${id}\r\n\tfor robin@reader.example; ${D(3)}`;

/** The reader's box records the cPanel box handing over. */
const fromCpanel = (id: string) =>
  received({ helo: CP, rdns: CP, ip: CP_IP, by: RECEIVER, id, for: 'robin@reader.example', date: D(5) });

async function unrecordedLogin(write: CaseWriter): Promise<void> {
  const what = `The bank's mail is on a hoster's shared cPanel box (${CP}, ${CP_IP}): its MX names the box and its SPF is cPanel's default "v=spf1 +a +mx -all", so every address of the box passes for northbank.example. The attacker rents a cPanel account on the same box for shop-customer.example, logs in from ${ATTACKER_IP} (Exim's line "with esmtpsa", no user named, as rw43's colleague's) and sends the unsigned lure as security@northbank.example (MAIL FROM:<security@northbank.example>; Exim does not check the From against the login) to robin@reader.example. The reader's Postfix box records spf=pass at the cPanel box (the bank's +a), dkim=none and dmarc=pass (SPF aligned)`;
  emit(write, {
    name: 'probe53-login-unrecorded-cotenant-cpanel-spf-a-mx-online',
    about: `${what}. Online (--authserv-id ${RECEIVER}): our own SPF passes at the box too. Wanted: not trusted (the aligned pass is the box's address, which every co-tenant's login reaches: it is no pass of the bank's own, so it must not silence the unrecorded login)`,
    cls: 'login-unrecorded',
    eml: onTop(
      lure(),
      'Return-Path: <security@northbank.example>',
      boxResults('security@northbank.example', CP_IP, 'pass', 'dkim=none', 'pass'),
      fromCpanel('4ZvK53a0Cp2'),
      cpanelLogin(ATTACKER_IP, 'security@northbank.example', '1tQx53-0007aB-1a'),
    ),
    zone: CP_ZONE,
    args: ['--authserv-id', RECEIVER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe53-login-unrecorded-bank-staff-box-signs-control-online',
    about: `Control: the same cPanel box, the bank's clerk logs in from home (198.51.100.47) and sends the notice as alerts@northbank.example; cPanel's Exim signs it with the bank's key (d=northbank.example s=nb1, the domain's key cPanel made) after the login. The reader's box records dkim=pass, spf=pass, dmarc=pass. Online (--authserv-id ${RECEIVER}). Wanted: authenticated (the From's own signature: the unrecorded login adds nothing, as rw50's Mail-in-a-Box)`,
    cls: 'login-unrecorded',
    eml: onTop(
      await bankNotice(),
      'Return-Path: <alerts@northbank.example>',
      boxResults(
        'alerts@northbank.example',
        CP_IP,
        'pass',
        'dkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz',
        'pass',
      ),
      fromCpanel('4ZvK53b0Cp2'),
      cpanelLogin('198.51.100.47', 'alerts@northbank.example', '1tQx53-0007aB-2b'),
    ),
    zone: { ...CP_ZONE, ...BANK_KEY },
    args: ['--authserv-id', RECEIVER],
    expect: AUTHENTICATED,
  });
}

// --- 2. Another customer of the bank's mailbox provider ---------------------------------------------

const ARUBA: Relay = { helo: 'smtpcmd0642.aruba.it', rdns: 'smtpcmd0642.aruba.it', ip: '62.149.156.42' };
const ARUBA_ZONE = {
  ...BANK,
  'northbank.example': { TXT: ['v=spf1 include:_spf.aruba.it -all'] },
  '_spf.aruba.it': { TXT: ['v=spf1 ip4:62.149.155.0/24 ip4:62.149.156.0/24 ip4:62.149.158.0/24 ~all'] },
  ...ptr(ARUBA.ip, ARUBA.rdns),
};

/** Aruba's authenticated submission line (realworld51's layout: a by-host of three words). */
const arubaSubmission = (client: string, id: string) =>
  `Received: from [192.168.1.20] ([${client}])\r\n        by Aruba Outgoing Smtp  with ESMTPSA\r\n        id ${id}; Fri, 20 Nov 2026 10:59:59 +0100`;

async function sharedProvider(write: CaseWriter): Promise<void> {
  const forgery = (envelope: string) =>
    gmailDelivery(onTop(lure(GMAIL_READER), arubaSubmission(ATTACKER_IP, 'vP8FomxyItoIqvP8Ioa53x')), {
      relay: ARUBA,
      envelope,
      ids: ['x53csp1102954pxa', 'a53si1511408qtb.53'],
      spf: 'pass',
      deliveredTo: true,
      results: [gmailSpf(envelope, ARUBA.ip), gmailDmarc('northbank.example')].join('\r\n       '),
    });
  const what = `The bank's mail is hosted at Aruba (northbank.example: v=spf1 include:_spf.aruba.it -all, DMARC p=reject; it signs d=northbank.example s=nb1). The attacker buys an Aruba mail plan for his own domain, logs in to Aruba's submission from ${ATTACKER_IP} and sends the unsigned lure with MAIL FROM:<security@northbank.example> and the bank's From (Aruba's outgoing SMTP does not tie the From to the login, and Aruba's DKIM is a per-domain option he leaves off); Aruba hands it to Gmail from smtpcmd0642.aruba.it [${ARUBA.ip}], a confirmed Aruba relay, and Gmail records spf=pass and dmarc=pass (SPF aligned through the include every Aruba customer shares)`;
  emit(write, {
    name: 'probe53-aruba-customer-as-bank-shared-include-gmail-online',
    about: `${what}. Read in Gmail online. Wanted: never authenticated; unverified is the honest reading (the only pass is Aruba's shared include and nothing signs it: the bank's own unsigned mail through Aruba, sent from its office, prints the same headers but for the client's address in Aruba's line), with the summary naming the shared include`,
    cls: 'shared-provider',
    eml: forgery('security@northbank.example'),
    zone: ARUBA_ZONE,
    args: GMAIL,
    expect: { verdict: 'unverified' },
  });
  emit(write, {
    name: 'probe53-aruba-customer-as-bank-shared-include-gmail-offline',
    about: `${what}. Read in Gmail offline: Gmail's dmarc=pass is all there is, beside Gmail's own record that the relay is Aruba's and that no signature was on it. Wanted: not trusted (an SPF-only pass through a mailbox provider's relay proves only that one of its customers sent it)`,
    cls: 'shared-provider',
    eml: forgery('security@northbank.example'),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  const signed = await signAll(
    onTop(notice(GMAIL_READER), arubaSubmission('198.51.100.47', 'vP8FomxyItoIqvP8Ioa53y')),
    [['northbank.example', 'nb1']],
    ['from', 'to', 'subject', 'date', 'mime-version'],
  );
  emit(write, {
    name: 'probe53-aruba-bank-signed-control-gmail-online',
    about: `Control: the bank's genuine notice through the same Aruba submission (from the bank's office, 198.51.100.47) and relay smtpcmd0642.aruba.it [${ARUBA.ip}], signed d=northbank.example s=nb1 by Aruba for its customer; Gmail records dkim, spf and dmarc pass. Read in Gmail online. Wanted: authenticated`,
    cls: 'shared-provider',
    eml: gmailDelivery(signed, {
      relay: ARUBA,
      envelope: 'alerts@northbank.example',
      ids: ['x53csp1102955pxa', 'a53si1511409qtb.53'],
      spf: 'pass',
      deliveredTo: true,
      results: [
        gmailDkim('northbank.example', 'nb1'),
        gmailSpf('alerts@northbank.example', ARUBA.ip),
        gmailDmarc('northbank.example'),
      ].join('\r\n       '),
    }),
    zone: { ...ARUBA_ZONE, ...BANK_KEY },
    args: GMAIL,
    expect: AUTHENTICATED,
  });

  // Tencent Exmail: the attacker's own domain signs; the bank's include is Exmail's.
  const EXMAIL: Relay = { helo: 'smtpbg.qq.com', rdns: 'biz-43-154-54-12.mail.qq.com', ip: '43.154.54.12' };
  const shop = 'jinhua-supply.example';
  const exSigned = await signAll(
    onTop(
      lure(OUTLOOK_READER),
      'X-QQ-mid: bizesmtp81t1795168798tvs0y8f53',
      'Received: from WF-PC ( [198.51.100.66])\r\n by bizesmtp.qq.com (ESMTP) with \r\n id ; Fri, 20 Nov 2026 17:59:59 +0800 (CST)',
    ),
    [[shop, 'exmail']],
    ['from', 'to', 'subject', 'date', 'message-id'],
  );
  emit(write, {
    name: 'probe53-exmail-customer-signs-own-domain-as-bank-outlook-online',
    about: `The bank's staff mail is on Tencent Exmail (northbank.example: v=spf1 include:spf.mail.qq.com -all, DMARC p=reject). The attacker opens an Exmail account for ${shop} and sends the lure as security@northbank.example through Exmail ("from WF-PC ( [${ATTACKER_IP}]) by bizesmtp.qq.com (ESMTP) with \\n id ;"), which signs every message with the account domain's key (d=${shop}) and hands it to Exchange Online from smtpbg.qq.com (biz-43-154-54-12.mail.qq.com [${EXMAIL.ip}]), a confirmed Exmail relay. EOP records spf=pass (the bank's include), dkim=pass for ${shop}, dmarc=pass action=none. Read in Outlook online. Wanted: not trusted (the only aligned pass is Exmail's shared include; the signature is another customer's)`,
    cls: 'shared-provider',
    eml: eopDelivery(exSigned, {
      ...eopPass(
        EXMAIL,
        'security@northbank.example',
        `dkim=pass (signature was verified)\r\n header.d=${shop}`,
        'northbank.example',
      ),
      returnPath: '<security@northbank.example>',
    }),
    zone: {
      ...BANK,
      'northbank.example': { TXT: ['v=spf1 include:spf.mail.qq.com -all'] },
      'spf.mail.qq.com': { TXT: ['v=spf1 ip4:43.154.54.0/24 ip4:162.62.58.0/24 -all'] },
      [`exmail._domainkey.${shop}`]: KEY(),
      [shop]: { TXT: ['v=spf1 include:spf.mail.qq.com -all'] },
      ...ptr(EXMAIL.ip, EXMAIL.rdns),
    },
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });
}

// --- 3. Hoster reverse names as trusted gateway domains ----------------------------------------------

/** The reader's filter, a Hostinger VPS under its default host name (PTR and A published by Hostinger). */
const HS_FILTER = { ip: '31.220.20.5', name: 'srv512345.hstgr.cloud' };
/** The attacker's Hostinger VPS under its own default name. */
const HS_VM = { ip: '89.116.20.77', name: 'srv598765.hstgr.cloud' };
const HS_ZONE = { ...BANK, ...ptr(HS_VM.ip, HS_VM.name), ...ptr(HS_FILTER.ip, HS_FILTER.name) };

/** The filter (Postfix, no results of its own) hands on to the box; the box checks at the filter. */
const viaFilter = (raw: string, envelope: string, box: string, below: string[]) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    box,
    received({
      helo: HS_FILTER.name,
      rdns: HS_FILTER.name,
      ip: HS_FILTER.ip,
      by: RECEIVER,
      id: '4ZvK53c0Hs3',
      for: 'robin@reader.example',
      date: D(6),
    }),
    ...below,
  );

/** The attacker's own Postfix line below his VM: the bank's server and address, written by the VM. */
const forgedBankLine = (vm: string, id: string) =>
  received({
    helo: 'mail.northbank.example',
    rdns: 'mail.northbank.example',
    ip: BANK_IP,
    by: vm,
    id,
    for: 'robin@reader.example',
    date: D(2),
  });

const AWS_VM = { ip: '3.120.77.7', name: 'ec2-3-120-77-7.eu-central-1.compute.amazonaws.com' };

async function hosterZones(write: CaseWriter): Promise<void> {
  const what = `The reader's inbound filter is a Postfix VPS at Hostinger (${HS_FILTER.ip}, AS47583) that kept Hostinger's default host name ${HS_FILTER.name} (hPanel names every VPS srv<id>.hstgr.cloud and publishes its PTR and A); the MX points there and it hands everything on to the reader's box. The attacker rents a Hostinger VPS (${HS_VM.ip}, ${HS_VM.name}, forward-confirmed by Hostinger's DNS) and hands the unsigned lure (MAIL FROM:<security@northbank.example>) straight to the reader's box, with his own Postfix line "from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by ${HS_VM.name}" below the box's entry. The box records spf=fail at ${HS_VM.ip} and dmarc=fail`;
  emit(write, {
    name: 'probe53-trusted-gateway-hostinger-zone-attacker-vps-online',
    about: `${what}. The reader trusts the filter by its name's domain (--trust-gateway hstgr.cloud), a zone that names no address's octets. Online. Wanted: not trusted (Hostinger names every tenant's VPS under hstgr.cloud: the VPS is no gateway, the bank's address below is its own text)`,
    cls: 'gateway-hoster-zone',
    eml: onTop(
      lure(),
      'Return-Path: <security@northbank.example>',
      boxResults('security@northbank.example', HS_VM.ip, 'fail', 'dkim=none', 'fail'),
      received({
        helo: HS_VM.name,
        rdns: HS_VM.name,
        ip: HS_VM.ip,
        by: RECEIVER,
        id: '4ZvK53d0Hs2',
        for: 'robin@reader.example',
        date: D(5),
      }),
      forgedBankLine(HS_VM.name, '4ZvK53d0Hs1'),
    ),
    zone: HS_ZONE,
    args: ['--authserv-id', RECEIVER, '--trust-gateway', 'hstgr.cloud'],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe53-trusted-gateway-hostinger-exact-name-bank-signed-control-online',
    about: `Control: the bank's genuine signed notice from ${BANK_IP} (EHLO mail.northbank.example, MAIL FROM:<bounce@northbank.example>) through the reader's Hostinger filter ${HS_FILTER.name}, trusted by its own host name (--trust-gateway ${HS_FILTER.name}); the box records dkim=pass, spf=fail at the filter's address, dmarc=pass. Online. Wanted: authenticated`,
    cls: 'gateway-hoster-zone',
    eml: viaFilter(
      await bankNotice(),
      'bounce@northbank.example',
      boxResults(
        'bounce@northbank.example',
        HS_FILTER.ip,
        'fail',
        'dkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz',
        'pass',
      ),
      [
        received({
          helo: 'mail.northbank.example',
          rdns: 'mail.northbank.example',
          ip: BANK_IP,
          by: HS_FILTER.name,
          id: '4ZvK53e0Hs2',
          for: 'robin@reader.example',
          date: D(4),
        }),
      ],
    ),
    zone: { ...HS_ZONE, ...BANK_KEY },
    args: ['--authserv-id', RECEIVER, '--trust-gateway', HS_FILTER.name],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe53-trusted-gateway-aws-zone-exim-unnamed-hop-ptr-online',
    about: `The reader's box is Exim without reverse lookups (host_lookup unset: its line prints "from [${AWS_VM.ip}] (port=… helo=…)", no name) and the reader trusts the AWS region zone of its filter VM (--trust-gateway eu-central-1.compute.amazonaws.com). The attacker's EC2 VM (${AWS_VM.ip}) greets with its default name and hands over the unsigned lure with an Authentication-Results under its name (spf=pass, dmarc=pass for the bank) and its own line "from mail.northbank.example (… [${BANK_IP}]) by ${AWS_VM.name}" below; the box's own header records spf=fail at ${AWS_VM.ip}. Online: the VM's name is only what HeaderLens looks up (PTR ${AWS_VM.name}, forward-confirmed by AWS). Wanted: not trusted, with gateway-network-shared naming the trusted zone (a name looked up for an unnamed hop is the hoster's as much as a printed one; suspicious, not spoofed, as probe52's printed-name twin: the VM's line below it records a hand-off a gateway makes)`,
    cls: 'gateway-hoster-zone',
    eml: onTop(
      lure(),
      'Return-Path: <security@northbank.example>',
      `Authentication-Results: ${RECEIVER};\r\n\tiprev=pass (${AWS_VM.name}) smtp.remote-ip=${AWS_VM.ip};\r\n\tspf=fail smtp.mailfrom=northbank.example;\r\n\tdkim=none;\r\n\tdmarc=fail header.from=northbank.example`,
      `Received: from [${AWS_VM.ip}] (port=40122 helo=${AWS_VM.name})\r\n\tby ${RECEIVER} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <security@northbank.example>)\r\n\tid 1tQx53-00AbCd-3z\r\n\tfor robin@reader.example; ${D(5)}`,
      `Authentication-Results: ${AWS_VM.name};\r\n\tspf=pass smtp.mailfrom=security@northbank.example;\r\n\tdmarc=pass header.from=northbank.example`,
      forgedBankLine(AWS_VM.name, '4ZvK53f0Aws1'),
    ),
    zone: { ...BANK, ...ptr(AWS_VM.ip, AWS_VM.name) },
    args: ['--authserv-id', RECEIVER, '--trust-gateway', 'eu-central-1.compute.amazonaws.com'],
    expect: { ...NOT_TRUSTED, findings: ['gateway-network-shared'] },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await unrecordedLogin(write);
  await sharedProvider(write);
  await hosterZones(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

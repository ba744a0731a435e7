// Red-team probes, fifty-sixth round (December 2026): today's new provider entries and the login row,
// with real hosting addresses, by a sender who has read lib/ and wants a forgery of northbank.example
// (DMARC p=reject) read authenticated or unverified.
// - lib/relay/providers-esp.ts (QQ Mail / Tencent Exmail, Yandex Mail, OVHcloud Mail, Aruba Mail):
//   relays known by forward-confirmed names only, no ranges. Probed: a Tencent Cloud tenant VM that
//   the bank's Exmail include covers by a broad cloud block; a Yandex.Cloud tenant whose PTR claims
//   forward….mail.yandex.net but does not lead back; an Aruba Cloud VM greeting as smtpcmd….aruba.it
//   under its own default reverse name; OVH's mo….mail-out.ovh.net gate (lib/relay/esp-evidence.ts
//   carriesScripts: the name counts only beside an aligned signature) read offline in Gmail.
// - lib/findings/auth-state.ts SHARED_PLATFORMS: the providers' includes as shared platforms (an
//   SPF-only pass through them is "some customer sent this").
// - lib/engine/login-elsewhere.ts / lib/findings/login.ts: an unrecorded login (Exim esmtpsa, no user)
//   on the box the bank's MX names, a Hetzner server, from an AWS VM; with and without the bank's
//   signature (the box signs after the login).
// Controls: Yandex's confirmed forward relay and OVH's mo relay carrying the bank's signed mail; the
// bank's clerk's signed login on the Hetzner box from home.
// Layouts: Gmail's block as test/corpus/receivers.ts; Yandex's forward…/OVH's mo… names and Exmail's
// biz-… names as realworld51.ts (lore.kernel.org list copies); Exim's esmtpsa line as realworld43.ts /
// probe53.ts. Real networks, classified with `lib/cli/main.ts classify`: Tencent Cloud 43.154.0.0/16
// (AS132203), Yandex.Cloud 178.154.239.0/24 (AS200350), OVH 46.105.0.0/16 (AS16276), Aruba
// 62.149.157.0/24 (AS31034), Hetzner 5.9.20.30 (AS24940), AWS 3.120.77.7 (AS16509). The providers'
// SPF records are written in each case's zone (the live ones could not be read here); other names and
// addresses are documentation ones.

import { signCorpus } from '../../helpers/corpus';
import { AUTHENTICATED, BANK, BANK_KEY, GMAIL, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fifty-sixth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

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
    meta: { about: c.about, class: `probe56-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const GMAIL_READER = 'Robin Reader <robin.reader@gmail.com>';
const D = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

const lure = (to = GMAIL_READER) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to,
    subject: 'Mandatory: re-enrol your token today',
    body: 'All staff must re-enrol their token by 17:00. Sign in at https://northbank-token.example/enrol\r\n',
  });

const notice = (to = GMAIL_READER) =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to,
    subject: 'A new message in your online banking',
    body: 'Dear customer,\r\n\r\nyou have a new message in online banking.\r\n',
  });

const signedNotice = (to = GMAIL_READER) =>
  signAll(notice(to), [['northbank.example', 'nb1']], ['from', 'to', 'subject', 'date', 'mime-version']);

/** Gmail's delivery from `relay`, SPF `spf` for `envelope`, DMARC `dmarc`, and an aligned DKIM pass if `signed`. */
const viaGmail = (
  raw: string,
  relay: Relay,
  envelope: string,
  spf: 'pass' | 'fail',
  dmarc: 'pass' | 'fail',
  id: string,
  signed = false,
) =>
  gmailDelivery(raw, {
    relay,
    envelope,
    ids: [`x56csp${id}pxa`, `a56si${id}qtb.56`],
    spf,
    deliveredTo: true,
    results: [
      ...(signed ? [gmailDkim('northbank.example', 'nb1')] : []),
      gmailSpf(envelope, relay.ip, spf),
      gmailDmarc('northbank.example', 'REJECT', dmarc),
    ].join('\r\n       '),
  });

const bankSpf = (spf: string, extra: Record<string, unknown> = {}) => ({
  ...BANK,
  'northbank.example': { TXT: [spf] },
  ...extra,
});

// --- 1. Tenants of the providers' clouds --------------------------------------------------------------

async function cloudTenants(write: CaseWriter): Promise<void> {
  // Tencent Cloud: the bank's Exmail include lists a block as wide as the cloud region's.
  const TC: Relay = { helo: 'VM-0-7-ubuntu', rdns: '', ip: '43.154.99.7' };
  emit(write, {
    name: 'probe56-tencent-cloud-tenant-exmail-broad-include-gmail-online',
    about: `The bank's staff mail is on Tencent Exmail (v=spf1 include:spf.mail.qq.com -all), and the include, as written in the zone, lists Exmail's relays by a block as wide as Tencent Cloud's Hong Kong region (ip4:43.154.0.0/16, where Exmail's biz-43-154-… relays sit). The attacker rents a Tencent Cloud VM there (${TC.ip}, no reverse name, HELO VM-0-7-ubuntu, the image's default) and hands the unsigned lure (MAIL FROM:<security@northbank.example>) straight to Gmail, which records spf=pass and dmarc=pass. Read in Gmail online. Wanted: not trusted (a VM in the same cloud block is no Exmail relay: no confirmed mail.qq.com name)`,
    cls: 'cloud-tenant',
    eml: viaGmail(lure(), TC, 'security@northbank.example', 'pass', 'pass', '1100001'),
    zone: bankSpf('v=spf1 include:spf.mail.qq.com -all', {
      'spf.mail.qq.com': { TXT: ['v=spf1 ip4:43.154.0.0/16 ip4:162.62.57.0/24 ip4:162.62.58.0/24 -all'] },
    }),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // Yandex.Cloud: a PTR that claims a forward relay but does not lead back.
  const YC: Relay = {
    helo: 'forward502c.mail.yandex.net',
    rdns: 'forward502c.mail.yandex.net',
    ip: '178.154.239.77',
  };
  const YANDEX_SPF = { '_spf.yandex.net': { TXT: ['v=spf1 ip4:178.154.239.0/24 ip4:77.88.0.0/18 ~all'] } };
  emit(write, {
    name: 'probe56-yandex-cloud-tenant-ptr-forward-name-not-leading-back-gmail-online',
    about: `The bank's mail is on Yandex 360 (v=spf1 redirect=_spf.yandex.net; the zone's _spf.yandex.net lists 178.154.239.0/24, the Yandex.Cloud block the forward… relays sit in). The attacker rents a Yandex.Cloud VM in that block (${YC.ip}), sets its PTR to forward502c.mail.yandex.net (the name's A record, Yandex's, names another address: the PTR does not lead back), greets with the same name and hands the unsigned lure to Gmail: spf=pass, dmarc=pass. Read in Gmail online. Wanted: not trusted (an unconfirmed name is no Yandex relay; the pass is the shared record's cloud block)`,
    cls: 'cloud-tenant',
    eml: viaGmail(lure(), YC, 'security@northbank.example', 'pass', 'pass', '1100002'),
    zone: bankSpf('v=spf1 redirect=_spf.yandex.net', {
      ...YANDEX_SPF,
      '77.239.154.178.in-addr.arpa': { PTR: ['forward502c.mail.yandex.net'] },
      'forward502c.mail.yandex.net': { A: ['178.154.239.146'] },
    }),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  const YF: Relay = {
    helo: 'forward501c.mail.yandex.net',
    rdns: 'forward501c.mail.yandex.net',
    ip: '178.154.239.146',
  };
  emit(write, {
    name: 'probe56-yandex-forward-relay-bank-signed-control-gmail-online',
    about: `Control: the bank's genuine notice through Yandex 360, signed d=northbank.example s=nb1, handed to Gmail from Yandex's own forward501c.mail.yandex.net [${YF.ip}] (forward-confirmed); Gmail records dkim, spf and dmarc pass. Read in Gmail online. Wanted: authenticated`,
    cls: 'cloud-tenant',
    eml: viaGmail(await signedNotice(), YF, 'alerts@northbank.example', 'pass', 'pass', '1100003', true),
    zone: bankSpf('v=spf1 redirect=_spf.yandex.net', { ...YANDEX_SPF, ...BANK_KEY, ...ptr(YF.ip, YF.rdns) }),
    args: GMAIL,
    expect: AUTHENTICATED,
  });

  // Aruba Cloud: the HELO names Aruba's relay, the reverse name is the VM's own.
  const AC: Relay = {
    helo: 'smtpcmd0642.aruba.it',
    rdns: 'host8-157-149-62.static.arubacloud.example',
    ip: '62.149.157.8',
  };
  emit(write, {
    name: 'probe56-aruba-cloud-vm-helo-smtpcmd-gmail-online',
    about: `The bank's mail is at Aruba (v=spf1 include:_spf.aruba.it -all; the zone's _spf.aruba.it lists 62.149.155.0/24 to 62.149.158.0/24, a block Aruba also rents VMs in). The attacker's Aruba VM (${AC.ip}, reverse name ${AC.rdns}, forward-confirmed) greets as smtpcmd0642.aruba.it and hands the unsigned lure to Gmail: spf=pass, dmarc=pass. Read in Gmail online. Wanted: not trusted (the HELO is the sender's word; the confirmed name is no Aruba relay)`,
    cls: 'cloud-tenant',
    eml: viaGmail(lure(), AC, 'security@northbank.example', 'pass', 'pass', '1100004'),
    zone: bankSpf('v=spf1 include:_spf.aruba.it -all', {
      '_spf.aruba.it': { TXT: ['v=spf1 ip4:62.149.155.0/24 ip4:62.149.156.0/23 ip4:62.149.158.0/24 ~all'] },
      ...ptr(AC.ip, AC.rdns),
    }),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
}

// --- 2. OVH's mo relays: web-hosting scripts and the signature gate -----------------------------------

const OVH: Relay = { helo: 'mo584.mail-out.ovh.net', rdns: '19.mo584.mail-out.ovh.net', ip: '46.105.45.19' };
const OVH_ZONE = bankSpf('v=spf1 include:mx.ovh.com -all', {
  'mx.ovh.com': { TXT: ['v=spf1 ip4:46.105.45.0/24 ip4:178.32.0.0/15 ~all'] },
  ...ptr(OVH.ip, OVH.rdns),
});
/** The web-hosting cluster's own line (an OVH PHP script's mail() hand-off). */
const ovhScript = (raw: string) =>
  onTop(
    raw,
    `Received: from webcluster9.webhosting.ovh.example (unknown [10.109.146.7])\r\n\tby mo584.mail-out.ovh.net (Postfix) with ESMTP id 4ZvK56a0Ov1\r\n\tfor <robin.reader@gmail.com>; ${D(3)}`,
  );

async function ovhGate(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe56-ovh-webhosting-script-as-bank-mo-relay-gmail-offline',
    about: `The bank's mail is on OVH MX Plan (v=spf1 include:mx.ovh.com -all). The attacker's PHP script on OVH web hosting sends the unsigned lure with MAIL FROM:<security@northbank.example>; OVH's relay ${OVH.rdns} [${OVH.ip}] hands it to Gmail, which records spf=pass and dmarc=pass (the include every OVH customer shares). Read in Gmail offline (no DNS: Gmail's dmarc=pass is all there is). Wanted: not trusted (the mo relay's name counts only beside an aligned signature; without one it is a hosted server carrying any customer's script)`,
    cls: 'ovh-gate',
    eml: viaGmail(ovhScript(lure()), OVH, 'security@northbank.example', 'pass', 'pass', '1100005'),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe56-ovh-mx-plan-bank-signed-control-gmail-online',
    about: `Control: the bank's genuine notice through OVH MX Plan, signed d=northbank.example s=nb1, handed to Gmail from ${OVH.rdns} [${OVH.ip}]; Gmail records dkim, spf and dmarc pass. Read in Gmail online. Wanted: authenticated`,
    cls: 'ovh-gate',
    eml: viaGmail(await signedNotice(), OVH, 'alerts@northbank.example', 'pass', 'pass', '1100006', true),
    zone: { ...OVH_ZONE, ...BANK_KEY },
    args: GMAIL,
    expect: AUTHENTICATED,
  });
}

// --- 3. The unrecorded login on the bank's own Hetzner box --------------------------------------------

const BOX = 'mail.northbank.example';
const BOX_IP = '5.9.20.30';
const BOX_ZONE = {
  ...BANK,
  'northbank.example': { TXT: [`v=spf1 ip4:${BOX_IP} -all`], MX: [{ priority: 10, exchange: BOX }] },
  ...ptr(BOX_IP, BOX),
};
/** The box's Exim line for a login from `client` (esmtpsa, no user named), delivered to a local mailbox. */
const boxLogin = (client: string, helo: string, envelope: string, id: string) =>
  `Received: from ${helo} ([${client}] port=51022)\r\n\tby ${BOX} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <${envelope}>)\r\n\tid ${id}\r\n\tfor ops@northbank.example; ${D(4)}`;

async function loginRow(write: CaseWriter): Promise<void> {
  const to = 'Ops Desk <ops@northbank.example>';
  emit(write, {
    name: 'probe56-login-unrecorded-hetzner-box-from-aws-vm-unsigned-online',
    about: `The bank runs its own Exim box ${BOX} on a Hetzner server (${BOX_IP}, AS24940), which its MX names. The attacker has a phished mailbox password and logs in from an AWS VM (3.120.77.7, eu-central-1) with the image's default HELO; Exim records "with esmtpsa" and no user, and delivers the unsigned lure as security@northbank.example to ops@northbank.example on the same box (the box signs only mail it relays out). The reader reads it on the box (--authserv-id ${BOX}). Wanted: not trusted (a login the box records no user for, from a cloud VM: nothing says it is the bank's own staff)`,
    cls: 'login-unrecorded',
    eml: onTop(
      lure(to),
      'Return-Path: <security@northbank.example>',
      boxLogin(
        '3.120.77.7',
        'ip-172-31-7-19.eu-central-1.compute.internal',
        'security@northbank.example',
        '1tQx56-0003aB-1a',
      ),
    ),
    zone: BOX_ZONE,
    args: ['--authserv-id', BOX],
    expect: NOT_TRUSTED,
  });
  const signedLogin = (client: string, helo: string, id: string) =>
    signCorpus(onTop(notice(to), boxLogin(client, helo, 'alerts@northbank.example', id)), {
      domain: 'northbank.example',
      selector: 'nb1',
    });
  emit(write, {
    name: 'probe56-login-unrecorded-hetzner-box-from-aws-vm-bank-signed-online',
    about: `The same login line on the bank's Hetzner box (esmtpsa, no user, from the AWS VM 3.120.77.7) with the phished password, but the box signs what its logged-in users send with the bank's key (d=northbank.example s=nb1) after the login, so the attacker's notice carries the bank's valid signature. Read on the box (--authserv-id ${BOX}), online. Wanted: not trusted (a box that signs every login signs a stolen password's mail too: the login from a rented cloud VM must keep its warning beside the signature)`,
    cls: 'login-unrecorded',
    eml: onTop(
      await signedLogin('3.120.77.7', 'ip-172-31-7-19.eu-central-1.compute.internal', '1tQx56-0003aB-2b'),
      'Return-Path: <alerts@northbank.example>',
    ),
    zone: { ...BOX_ZONE, ...BANK_KEY },
    args: ['--authserv-id', BOX],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe56-login-unrecorded-hetzner-box-clerk-home-bank-signed-control-online',
    about: `Control: the bank's clerk logs in to the Hetzner box from home (198.51.100.47, HELO [192.168.1.20]); Exim records esmtpsa with no user and signs the notice d=northbank.example s=nb1 after the login. Read on the box (--authserv-id ${BOX}), online. Wanted: authenticated (the From's own signature; the unrecorded login adds nothing, as rw50's Mail-in-a-Box)`,
    cls: 'login-unrecorded',
    eml: onTop(
      await signedLogin('198.51.100.47', '[192.168.1.20]', '1tQx56-0003aB-3c'),
      'Return-Path: <alerts@northbank.example>',
    ),
    zone: { ...BOX_ZONE, ...BANK_KEY },
    args: ['--authserv-id', BOX],
    expect: AUTHENTICATED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await cloudTenants(write);
  await ovhGate(write);
  await loginRow(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

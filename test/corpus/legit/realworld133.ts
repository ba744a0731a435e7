// Real-world delivery shapes, hundred-and-thirty-third round: genuine mail into self-hosted boxes
// with more than one receiving host, read with the box's --authserv-id and the organisation's
// --recipient-domain (ferncliff.example): MX 20 a backup MX run by the firm's IT contractor on a
// Hetzner VM under the contractor's own domain; the lab's subdomain lab.ferncliff.example with its
// own MX list (its own box, the contractor's second VM as MX 20); mail to two recipients at once
// (Postfix then writes no `for <…>`, nor does Dovecot's LMTP); an alias and a virtual domain on the
// same box; the firm's own relays named under its domain (the MX host handing over to an inner
// store whose rspamd checks SPF at the MX host's address); and the reader's MX lookup timing out.
// Senders: an SPF-only supplier (no DKIM), Gmail, a Microsoft 365 tenant (own selector1 key, and
// one with only its default onmicrosoft.com key), the bank's notices through SendGrid. Attack twins:
// the bank's unsigned lure relayed by an attacker's VPS posing as a backup MX (makeTwins, for an
// adversarial wrapper realworld133-twins.ts as realworld124's).
// Where the layouts were learnt (`search`):
// - Backup MX: flylib.com / O'Reilly "Postfix: The Definitive Guide" ch. 9 "Backup MX"
//   (relay_domains, queue until the preferred MX answers), howtoforge.com "Setting Up Postfix As A
//   Backup MX", maciej.lasyk.info "Postfix: Backup MX - howto" (relay_recipient_maps),
//   blog.halleyadams.uk "Backup MX Server" (MX 10 / MX 20 under the same zone, a second site's VM).
// - No `for <…>` with several recipients: Postfix's smtpd writes the clause only for a single
//   recipient (recalled from smtpd.c, not re-read here); Dovecot's LMTP: "Note that \"none\" is
//   currently always used when a mail has multiple recipients" (lmtp_hdr_delivery_address,
//   Dovecot 2.4 conf.d/20-lmtp.conf as modoboa/modoboa-installer ships it, `search` code).
// - Postfix virtual(8) delivery writes Delivered-To and no Received line (recalled).
// - rspamd's Authentication-Results wording, the backup-MX relaying and the Hetzner VM: as
//   realworld124/125 and probe129 model them; the Microsoft 365 and SendGrid hosts as rounds-kit.
// Names and addresses are documentation ones except Google's (209.85.128.0/17), Exchange Online's
// (40.107.0.0/16), SendGrid's (167.89.0.0/17) and Hetzner's (116.203.0.0/16, 49.12.0.0/16) ranges;
// every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { BANK, BANK_IP, emitCase, GMAIL_OUT, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  BANK_ENVELOPE,
  BANK_RELAY,
  bankNotice,
  probeCorpus,
  SENDGRID_OUT,
  sendgridSigners,
  sendgridZone,
} from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 09:59:40 +0000';
const AT_BACKUP = 'Fri, 20 Nov 2026 09:59:44 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:04 +0000';
const STORED = 'Fri, 20 Nov 2026 10:00:06 +0000';

const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
const SIGNED_PASS: CaseExpectation = {
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};
/** Genuine SPF-only mail while the reader's own MX lookup fails: undecided, honestly. */
const UNDECIDED: CaseExpectation = {
  verdict: 'unverified',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'temperror' },
};
/** Microsoft 365 mail with only the tenant's default key: shared SPF alone vouches (README): unverified. */
const SHARED_SPF: CaseExpectation = {
  verdict: 'unverified',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};
const NEVER_SPOOFED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };
const BANK_SPOOFED: CaseExpectation = { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } };

// ---- The firm ----------------------------------------------------------------------------------
const ORG = 'ferncliff.example';
const BOX = `mail.${ORG}`;
const BOX_IP = '203.0.113.90';
const LAB = `lab.${ORG}`;
const LAB_BOX = `mail.${LAB}`;
const LAB_BOX_IP = '203.0.113.95';
/** The firm's own inbound MX host and the store behind it (two VMs, public addresses). */
const MX1: Relay = { helo: `mx1.${ORG}`, rdns: `mx1.${ORG}`, ip: '203.0.113.91' };
const STORE = `store.${ORG}`;
const EVENTS = 'ferncliff-events.example';
/** The IT contractor's backup-MX VMs (Hetzner), named under its own domain. */
const BACKUP: Relay = {
  helo: 'mx-backup.kelso-it.example',
  rdns: 'mx-backup.kelso-it.example',
  ip: '116.203.47.20',
};
const LAB_BACKUP: Relay = { helo: 'mx3.kelso-it.example', rdns: 'mx3.kelso-it.example', ip: '49.12.77.133' };
/** The attacker's own Hetzner VPS, posing as a backup MX of the contractor's kind. */
const FAKE_BACKUP: Relay = {
  helo: 'mx-backup.kelso-itservices.example',
  rdns: 'mx-backup.kelso-itservices.example',
  ip: '116.203.91.66',
};

const ROBIN = `robin@${ORG}`;
const ACCOUNTS = `accounts@${ORG}`;
const INSTR = `instruments@${LAB}`;
const TECH = `techs@${LAB}`;

const orgZone = (mxTimeout: boolean) => ({
  ...ptr(BOX_IP, BOX),
  ...ptr(MX1.ip, MX1.rdns),
  ...ptr(BACKUP.ip, BACKUP.rdns),
  [STORE]: { A: ['203.0.113.92'] },
  [ORG]: mxTimeout
    ? { TXT: [`v=spf1 mx -all`], TIMEOUT: true }
    : {
        MX: [
          { priority: 10, exchange: BOX },
          { priority: 10, exchange: MX1.rdns },
          { priority: 20, exchange: BACKUP.rdns },
        ],
        TXT: [`v=spf1 mx -all`],
      },
  [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [EVENTS]: {
    MX: [
      { priority: 10, exchange: BOX },
      { priority: 20, exchange: BACKUP.rdns },
    ],
  },
});
const labZone = (mxTimeout: boolean) => ({
  ...ptr(LAB_BOX_IP, LAB_BOX),
  ...ptr(LAB_BACKUP.ip, LAB_BACKUP.rdns),
  [LAB]: mxTimeout
    ? { TIMEOUT: true }
    : {
        MX: [
          { priority: 10, exchange: LAB_BOX },
          { priority: 20, exchange: LAB_BACKUP.rdns },
        ],
      },
});

// ---- The senders --------------------------------------------------------------------------------
interface Sender {
  relay: Relay;
  envelope: string;
  fromDomain: string;
  policy: string;
  /** The aligned signature, if any, and an unaligned one. */
  aligned?: [string, string];
  unaligned?: [string, string];
  raw: (to: string, tag: string) => Promise<string>;
  zone: Record<string, unknown>;
}

const SUPPLIER: Relay = {
  helo: 'mail.brackwater-steel.example',
  rdns: 'mail.brackwater-steel.example',
  ip: '198.51.100.40',
};
const supplier: Sender = {
  relay: SUPPLIER,
  envelope: 'invoices@brackwater-steel.example',
  fromDomain: 'brackwater-steel.example',
  policy: 'reject',
  raw: async (to, tag) =>
    submitted({
      from: 'Brackwater Steel Invoices <invoices@brackwater-steel.example>',
      to,
      subject: `Invoice BW-133${tag} (bench frames, delivered 18 Nov)`,
      date: SENT,
      messageId: `<20261120095940.133${tag}@mail.brackwater-steel.example>`,
      body: 'Hello,\r\n\r\nplease find our invoice for the bench frames delivered on 18 November, due in 30 days to the account on file.\r\n\r\nBrackwater Steel Accounts\r\n',
    }),
  zone: {
    ...ptr(SUPPLIER.ip, SUPPLIER.rdns),
    'brackwater-steel.example': { TXT: [`v=spf1 ip4:${SUPPLIER.ip} -all`] },
    '_dmarc.brackwater-steel.example': { TXT: ['v=DMARC1; p=reject'] },
  },
};

const GMAIL_ENV = 'hanna.lindqvist.home@gmail.com';
const gmail: Sender = {
  relay: GMAIL_OUT,
  envelope: GMAIL_ENV,
  fromDomain: 'gmail.com',
  policy: 'none',
  aligned: ['gmail.com', '20230601'],
  raw: (to, tag) =>
    signAll(
      submitted({
        from: `Hanna Lindqvist <${GMAIL_ENV}>`,
        to,
        subject: 'Sample slides for Tuesday',
        date: SENT,
        messageId: `<CAF133${tag}xR7mQw2LkT8sYd+u3E@mail.gmail.com>`,
        body: 'Hi,\r\n\r\nthe sample slides are ready; can someone from the lab collect them on Tuesday?\r\n\r\nHanna\r\n',
      }),
      [['gmail.com', '20230601']],
    ),
  zone: {
    ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
    'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
    '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'] },
    '20230601._domainkey.gmail.com': KEY(),
    '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine'] },
  },
};

const EXO: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2133.outbound.protection.outlook.com',
  ip: '40.107.22.133',
};
const TENANT = 'harwoodsurvey';
/** A survey firm on Microsoft 365: its own selector1 key, or only the default onmicrosoft.com one. */
const m365 = (ownKey: boolean): Sender => ({
  relay: EXO,
  envelope: 'p.ashby@harwood-survey.example',
  fromDomain: 'harwood-survey.example',
  policy: 'quarantine',
  ...(ownKey
    ? { aligned: ['harwood-survey.example', 'selector1'] as [string, string] }
    : { unaligned: [`${TENANT}.onmicrosoft.com`, 'selector1-harwood-survey-example'] as [string, string] }),
  raw: (to, tag) =>
    signAll(
      submitted({
        from: 'Priya Ashby <p.ashby@harwood-survey.example>',
        to,
        subject: 'Site survey dates, building C',
        date: SENT,
        messageId: `<DB9PR05MB133${tag}4A1B2C3D4E5F6@DB9PR05MB1337.eurprd05.prod.outlook.com>`,
        body: 'Hello,\r\n\r\nwe can survey building C on 1 or 2 December; which suits the lab?\r\n\r\nPriya Ashby\r\nHarwood Survey\r\n',
      }),
      [
        ownKey
          ? ['harwood-survey.example', 'selector1']
          : [`${TENANT}.onmicrosoft.com`, 'selector1-harwood-survey-example'],
      ],
    ),
  zone: {
    ...ptr(EXO.ip, EXO.rdns),
    ...M365_SPF_ZONE,
    'harwood-survey.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    '_dmarc.harwood-survey.example': { TXT: ['v=DMARC1; p=quarantine'] },
    'selector1._domainkey.harwood-survey.example': KEY(),
    [`selector1-harwood-survey-example._domainkey.${TENANT}.onmicrosoft.com`]: KEY(),
  },
});

const BANK_SG_ENV = 'bounces+4471133-9c1e-robin=ferncliff.example@em4471.northbank.example';
const bankEsp: Sender = {
  relay: SENDGRID_OUT,
  envelope: BANK_SG_ENV,
  fromDomain: 'northbank.example',
  policy: 'reject',
  aligned: ['northbank.example', 's1'],
  raw: (to, tag) =>
    signAll(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        to,
        subject: 'Your business account statement is ready',
        date: SENT,
        messageId: `<stmt133${tag}.Qm9vS@geopod-ismtpd-3.northbank.example>`,
        body: 'Your November business account statement is ready in online banking.\r\n',
      }),
      sendgridSigners('northbank.example'),
    ),
  zone: {
    ...sendgridZone(SENDGRID_OUT, 'northbank.example', 'em4471.northbank.example'),
    's1._domainkey.sendgrid.info': KEY(),
  },
};

/** The bank's unsigned lure as an attacker writes it, with the bank's own server forged below. */
const lure: Sender = {
  relay: BANK_RELAY,
  envelope: BANK_ENVELOPE,
  fromDomain: 'northbank.example',
  policy: 'reject',
  raw: async (to) => bankNotice(to),
  zone: { ...BANK, ...ptr(BANK_IP, BANK_RELAY.rdns) },
};

// ---- The receiving hosts ------------------------------------------------------------------------
/** Postfix's line for an outside client; `rcpt` null with several recipients (no `for`). */
const pfx = (r: Relay, by: string, id: string, rcpt: string | null, date: string) =>
  `Received: from ${r.helo} (${r.rdns} [${r.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${by} (Postfix) with ESMTPS id ${id}${rcpt ? `\r\n\tfor <${rcpt}>` : ''}; ${date}`;

/** Dovecot's LMTP line (no `for` with several recipients). */
const lmtp = (host: string, envelope: string, rcpt: string | null, id: string) =>
  `Received: from ${host}\r\n\tby ${host} with LMTP\r\n\tid ${id}\r\n\t(envelope-from <${envelope}>)${rcpt ? `\r\n\tfor <${rcpt}>` : ''}; ${STORED}`;

/** rspamd's record, SPF checked at `at` (the host that handed the message to the box). */
const rspamdAr = (authserv: string, s: Sender, at: Relay) => {
  const spfOk = at.ip === s.relay.ip;
  const dkim = s.aligned
    ? `dkim=pass header.d=${s.aligned[0]} header.s=${s.aligned[1]} header.b=Q29ycHVz`
    : s.unaligned
      ? `dkim=pass header.d=${s.unaligned[0]} header.s=${s.unaligned[1]} header.b=Q29ycHVz`
      : 'dkim=none';
  return `Authentication-Results: ${authserv};\r\n\t${dkim};\r\n\tspf=${spfOk ? 'pass' : 'fail'} (${authserv}: domain of ${s.envelope} ${spfOk ? 'designates' : 'does not designate'} ${at.ip} as permitted sender) smtp.mailfrom=${s.envelope};\r\n\tdmarc=${s.aligned || spfOk ? 'pass' : 'fail'} (policy=${s.policy}) header.from=${s.fromDomain}`;
};

interface Into {
  box: string;
  /** The relay in front of the box (a backup MX, the firm's own MX host), or none. */
  via?: Relay;
  /** The recipients: one writes `for <…>`, several none. */
  rcpts: string[];
  /** The mailbox this copy is in (Delivered-To). */
  mailbox: string;
  /** Dovecot LMTP on top (else Postfix virtual(8): Delivered-To only). */
  dovecot: boolean;
  /** rspamd's record on the box (a backup-MX box without a milter writes none). */
  rspamd: boolean;
  tag: string;
}

async function deliver(s: Sender, o: Into): Promise<string> {
  const one = o.rcpts.length === 1 ? o.rcpts[0]! : null;
  const raw = await s.raw(o.rcpts.join(', '), o.tag);
  const lines: string[] = [`Return-Path: <${s.envelope}>`, `Delivered-To: ${o.mailbox}`];
  if (o.dovecot) lines.push(lmtp(o.box, s.envelope, one ? o.mailbox : null, `kP133${o.tag}QZAAWh9Y`));
  if (o.rspamd) lines.push(rspamdAr(o.box, s, o.via ?? s.relay));
  if (o.via) {
    lines.push(pfx(o.via, o.box, `4Zf133${o.tag}2`, one, ENTERED));
    lines.push(pfx(s.relay, o.via.rdns, `4Zf133${o.tag}1`, one, AT_BACKUP));
  } else lines.push(pfx(s.relay, o.box, `4Zf133${o.tag}1`, one, ENTERED));
  return onTop(raw, ...lines);
}

const ORG_ARGS = ['--authserv-id', BOX, '--recipient-domain', ORG];
const LAB_ARGS = ['--authserv-id', LAB_BOX, '--recipient-domain', ORG];

// Fixed at 03:55 on 2026-12-06 (the lead), each read wrong on 3bccd42e:
// - realworld133-lab-backup-supplier-two-rcpts, -m365-default-dkim-two-rcpts (SPOOFED) and
//   -gmail-two-rcpts (suspicious): with two recipients Postfix writes no `for <…>`, so only the
//   organisation's MX was asked. lib/engine/origin-walk.ts ownSubdomains: the subdomain the
//   reader's own authserv-id sits in (mail.lab.ferncliff.example → lab.ferncliff.example) is asked
//   too, the reader's word, not the message's.
// - realworld133-lab-mx-timeout-backup-supplier (SPOOFED): that subdomain's MX fault now counts as
//   the reader's (receiverMxHosts' named domains): unverified.
// - realworld133-org-mx-timeout-backup-m365-own-dkim (suspicious, hosted-server-relay medium at the
//   probable backup): Origin.receiverMxUnknown is set whenever the walk may have stopped at the
//   reader's backup during the fault, and beside the From's own aligned signature passing the
//   server's hosting is a low note (lib/findings/hosted-server.ts): authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

/** Every genuine case, pending ones included (the attack twins are makeTwins'). */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'genuine');
}

/** The attack twins, pending ones left out, for an adversarial module (realworld133-twins.ts). */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return probeCorpus((w) => writeCases(w, 'twins'), PENDING_ENGINE_FIX, write);
}

/** The attack twins, pending ones included. */
export async function makeAllTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

async function writeCases(write: CaseWriter, mode: 'genuine' | 'twins'): Promise<void> {
  const orgWhy = `${ORG}'s MX 10 is its own Postfix + rspamd + Dovecot ${BOX} [${BOX_IP}]; MX 20 is the backup MX its IT contractor runs on a Hetzner VM under the contractor's own domain, ${BACKUP.rdns} [${BACKUP.ip}, PTR leads back] (Postfix relay_domains, queueing while the box is down and relaying on). The box's rspamd checks SPF at the address of whatever host hands it the message. --authserv-id ${BOX}, --recipient-domain ${ORG}`;
  const labWhy = `The firm's lab receives at ${LAB}, whose own MX list is the lab's Postfix + rspamd + Dovecot ${LAB_BOX} [${LAB_BOX_IP}] (MX 10) and the contractor's second VM ${LAB_BACKUP.rdns} [${LAB_BACKUP.ip}] (MX 20, in ${LAB}'s MX only, not ${ORG}'s). The lab's reader names the organisation: --authserv-id ${LAB_BOX}, --recipient-domain ${ORG}`;
  const z = (s: Sender, extra: Record<string, unknown> = {}, orgTimeout = false, labTimeout = false) => ({
    ...orgZone(orgTimeout),
    ...labZone(labTimeout),
    ...s.zone,
    ...extra,
  });

  if (mode === 'twins') {
    emitCase(write, {
      name: 'realworld133-lookalike-backup-bank-lure-attack-twin',
      class: 'realworld133-attack-twin',
      about: `Attack twin. ${orgWhy}. The attacker's own Hetzner VPS ${FAKE_BACKUP.rdns} [${FAKE_BACKUP.ip}, PTR leads back], a look-alike of the contractor's, connects to the box as if a backup MX and forges below "from mail.northbank.example ([${BANK_IP}]) by ${FAKE_BACKUP.rdns}" over the bank's unsigned lure, to two recipients (no "for"). Not in any MX record of the reader's. Wanted: spoofed.`,
      args: ORG_ARGS,
      eml: await deliver(lure, {
        box: BOX,
        via: FAKE_BACKUP,
        rcpts: [ACCOUNTS, ROBIN],
        mailbox: ACCOUNTS,
        dovecot: true,
        rspamd: false,
        tag: 'f',
      }),
      zone: z(lure, ptr(FAKE_BACKUP.ip, FAKE_BACKUP.rdns)),
      expect: BANK_SPOOFED,
    });
    emitCase(write, {
      name: 'realworld133-lab-lookalike-backup-bank-lure-attack-twin',
      class: 'realworld133-attack-twin',
      about: `Attack twin. ${labWhy}. The attacker's VPS ${FAKE_BACKUP.rdns} [${FAKE_BACKUP.ip}] relays the bank's unsigned lure to ${INSTR} and ${TECH} with a forged bank line below. Wanted: spoofed (whatever rule lets the lab's own backup through must not let a host outside ${LAB}'s MX list through).`,
      args: LAB_ARGS,
      eml: await deliver(lure, {
        box: LAB_BOX,
        via: FAKE_BACKUP,
        rcpts: [INSTR, TECH],
        mailbox: INSTR,
        dovecot: true,
        rspamd: false,
        tag: 'k',
      }),
      zone: z(lure, ptr(FAKE_BACKUP.ip, FAKE_BACKUP.rdns)),
      expect: BANK_SPOOFED,
    });
    return;
  }

  // ---- The organisation's box through the contractor's backup MX
  emitCase(write, {
    name: 'realworld133-backup-mx-supplier-one-rcpt',
    class: 'realworld133-backup-mx',
    about: `Genuine. ${orgWhy}. The box was down for a kernel update; the steel supplier's unsigned invoice (SPF -all, p=reject: only SPF at its own ${SUPPLIER.ip} passes it) to ${ACCOUNTS} came through the backup; rspamd on the box recorded spf=fail at the backup's address. Wanted: authenticated at the supplier's address (the backup is a host ${ORG}'s own MX names; the box's fail judged its own hand-off: a low note).`,
    args: ORG_ARGS,
    eml: await deliver(supplier, {
      box: BOX,
      via: BACKUP,
      rcpts: [ACCOUNTS],
      mailbox: ACCOUNTS,
      dovecot: true,
      rspamd: true,
      tag: 'a',
    }),
    zone: z(supplier),
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'realworld133-backup-mx-supplier-two-rcpts',
    class: 'realworld133-backup-mx',
    about: `Genuine. ${orgWhy}. The same invoice To both ${ACCOUNTS} and ${ROBIN}: with two recipients Postfix writes no "for <…>" on either line and Dovecot's LMTP none either (lmtp_hdr_delivery_address "none" with several recipients); Delivered-To names the copy. Wanted: authenticated at the supplier's address (the MX of the named ${ORG} names the backup; no recipient is needed).`,
    args: ORG_ARGS,
    eml: await deliver(supplier, {
      box: BOX,
      via: BACKUP,
      rcpts: [ACCOUNTS, ROBIN],
      mailbox: ROBIN,
      dovecot: true,
      rspamd: true,
      tag: 'b',
    }),
    zone: z(supplier),
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'realworld133-backup-mx-m365-default-dkim-alias',
    class: 'realworld133-backup-mx',
    about: `Genuine. ${orgWhy}. A survey firm on Microsoft 365 that never enabled its own DKIM (only d=${TENANT}.onmicrosoft.com, unaligned: DMARC p=quarantine rests on SPF at Exchange Online's ${EXO.ip}) writes to the alias info@${ORG}, which the box's virtual_alias_maps expands to ${ROBIN}: the backup's and the box's lines say "for <info@${ORG}>", Dovecot's says "for <${ROBIN}>". Wanted: unverified (Microsoft 365's shared SPF alone vouches: README), never suspicious or spoofed; SPF checked at Exchange Online's address.`,
    args: ORG_ARGS,
    eml: onTop(
      await m365(false).raw(`info@${ORG}`, 'c'),
      `Return-Path: <${m365(false).envelope}>`,
      `Delivered-To: ${ROBIN}`,
      lmtp(BOX, m365(false).envelope, ROBIN, 'kP133cQZAAWh9Y'),
      rspamdAr(BOX, m365(false), BACKUP),
      pfx(BACKUP, BOX, '4Zf133c2', `info@${ORG}`, ENTERED),
      pfx(EXO, BACKUP.rdns, '4Zf133c1', `info@${ORG}`, AT_BACKUP),
    ),
    zone: z(m365(false)),
    expect: SHARED_SPF,
  });
  emitCase(write, {
    name: 'realworld133-backup-mx-virtual-domain-supplier',
    class: 'realworld133-backup-mx',
    about: `Genuine. ${orgWhy}. The box also hosts the firm's events brand ${EVENTS} (virtual_mailbox_domains; its MX 10 the box, MX 20 the same backup); the supplier's invoice to bookings@${EVENTS} came through the backup, one recipient, delivered by Postfix's virtual(8) (Delivered-To, no Received line of its own). The reader names only ${ORG}. Wanted: authenticated at the supplier's address (the backup is in ${ORG}'s MX too).`,
    args: ORG_ARGS,
    eml: await deliver(supplier, {
      box: BOX,
      via: BACKUP,
      rcpts: [`bookings@${EVENTS}`],
      mailbox: `bookings@${EVENTS}`,
      dovecot: false,
      rspamd: true,
      tag: 'd',
    }),
    zone: z(supplier),
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'realworld133-backup-mx-bank-esp-two-rcpts',
    class: 'realworld133-backup-mx',
    about: `Genuine. ${orgWhy}. The bank's business statement through SendGrid (d=northbank.example aligned, p=reject) to ${ACCOUNTS} and ${ROBIN}, through the backup. Wanted: authenticated.`,
    args: ORG_ARGS,
    eml: await deliver(bankEsp, {
      box: BOX,
      via: BACKUP,
      rcpts: [ACCOUNTS, ROBIN],
      mailbox: ACCOUNTS,
      dovecot: true,
      rspamd: true,
      tag: 'e',
    }),
    zone: z(bankEsp),
    expect: SIGNED_PASS,
  });

  // ---- The lab subdomain's own MX list
  emitCase(write, {
    name: 'realworld133-lab-backup-supplier-one-rcpt',
    class: 'realworld133-lab-mx',
    about: `Genuine. ${labWhy}. The supplier's unsigned invoice to ${INSTR} through the lab's backup; one recipient, so the lab box's lines say "for <${INSTR}>" and ${LAB}'s MX is asked (receiverMxDomains). Wanted: authenticated at the supplier's address.`,
    args: LAB_ARGS,
    eml: await deliver(supplier, {
      box: LAB_BOX,
      via: LAB_BACKUP,
      rcpts: [INSTR],
      mailbox: INSTR,
      dovecot: true,
      rspamd: true,
      tag: 'g',
    }),
    zone: z(supplier),
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'realworld133-lab-backup-supplier-two-rcpts',
    class: 'realworld133-lab-mx',
    about: `Genuine. ${labWhy}. The same invoice To ${INSTR} and ${TECH}: two recipients, so neither Postfix's lines nor Dovecot's LMTP line carry "for <…>"; only Delivered-To (which the walk rightly never reads) names ${LAB}. The reader's own --authserv-id ${LAB_BOX} lies in ${LAB} all the same. Wanted: authenticated at the supplier's address; never spoofed.`,
    args: LAB_ARGS,
    eml: await deliver(supplier, {
      box: LAB_BOX,
      via: LAB_BACKUP,
      rcpts: [INSTR, TECH],
      mailbox: INSTR,
      dovecot: true,
      rspamd: true,
      tag: 'h',
    }),
    zone: z(supplier),
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'realworld133-lab-backup-m365-default-dkim-two-rcpts',
    class: 'realworld133-lab-mx',
    about: `Genuine. ${labWhy}. The survey firm's Microsoft 365 mail with only its default onmicrosoft.com key (unaligned; DMARC p=quarantine rests on SPF at Exchange Online's ${EXO.ip}) To ${INSTR} and ${TECH}, through the lab's backup: no "for <…>". Wanted: unverified as the same mail through the organisation's backup (Microsoft 365's shared SPF alone vouches), never spoofed.`,
    args: LAB_ARGS,
    eml: await deliver(m365(false), {
      box: LAB_BOX,
      via: LAB_BACKUP,
      rcpts: [INSTR, TECH],
      mailbox: TECH,
      dovecot: true,
      rspamd: true,
      tag: 'i',
    }),
    zone: z(m365(false)),
    expect: SHARED_SPF,
  });
  emitCase(write, {
    name: 'realworld133-lab-backup-gmail-two-rcpts',
    class: 'realworld133-lab-mx',
    about: `Genuine. ${labWhy}. A personal Gmail message (d=gmail.com aligned) To ${INSTR} and ${TECH} through the lab's backup, no "for <…>". Wanted: authenticated (the aligned signature decides wherever the walk stops).`,
    args: LAB_ARGS,
    eml: await deliver(gmail, {
      box: LAB_BOX,
      via: LAB_BACKUP,
      rcpts: [INSTR, TECH],
      mailbox: INSTR,
      dovecot: true,
      rspamd: true,
      tag: 'j',
    }),
    zone: z(gmail),
    expect: SIGNED_PASS,
  });
  emitCase(write, {
    name: 'realworld133-lab-mx-timeout-backup-supplier',
    class: 'realworld133-dns-fault',
    about: `Genuine. ${labWhy}. ${LAB} is delegated to the lab's own small DNS server, which is timing out while ${ORG}'s zone answers; the supplier's invoice to ${INSTR} (one recipient, "for <${INSTR}>" in the box's own lines) came through the lab's backup. The walk cannot learn ${LAB}'s MX: a fault of a zone the receiver's own lines delivered to. Wanted: never spoofed (unverified is honest).`,
    args: LAB_ARGS,
    eml: await deliver(supplier, {
      box: LAB_BOX,
      via: LAB_BACKUP,
      rcpts: [INSTR],
      mailbox: INSTR,
      dovecot: true,
      rspamd: true,
      tag: 'l',
    }),
    zone: z(supplier, {}, false, true),
    expect: NEVER_SPOOFED,
  });

  // ---- The reader's MX lookup timing out
  const faultWhy = `${orgWhy}. While the message is read, the MX query for ${ORG} times out (its DNS host is slow; TXT answers)`;
  emitCase(write, {
    name: 'realworld133-org-mx-timeout-backup-supplier',
    class: 'realworld133-dns-fault',
    about: `Genuine. ${faultWhy}. The supplier's unsigned invoice through the backup: whether ${BACKUP.rdns} is the reader's own MX cannot be told. Wanted: unverified, DMARC temperror (lib/analyze.ts undecidedByReceiverMx); never spoofed.`,
    args: ORG_ARGS,
    eml: await deliver(supplier, {
      box: BOX,
      via: BACKUP,
      rcpts: [ACCOUNTS],
      mailbox: ACCOUNTS,
      dovecot: true,
      rspamd: true,
      tag: 'm',
    }),
    zone: z(supplier, {}, true),
    expect: UNDECIDED,
  });
  emitCase(write, {
    name: 'realworld133-org-mx-timeout-backup-m365-own-dkim',
    class: 'realworld133-dns-fault',
    about: `Genuine. ${faultWhy}. The survey firm's mail signed with its own selector1 key (aligned) through the backup, two recipients. Wanted: authenticated (an aligned signature decides whatever the MX lookup says).`,
    args: ORG_ARGS,
    eml: await deliver(m365(true), {
      box: BOX,
      via: BACKUP,
      rcpts: [ACCOUNTS, ROBIN],
      mailbox: ROBIN,
      dovecot: true,
      rspamd: true,
      tag: 'n',
    }),
    zone: z(m365(true), {}, true),
    expect: SIGNED_PASS,
  });
  emitCase(write, {
    name: 'realworld133-org-mx-timeout-own-mx1-store-supplier',
    class: 'realworld133-own-relays',
    about: `Genuine. ${faultWhy}. This time MX 10 ${MX1.rdns} [${MX1.ip}] (Postfix, the firm's own inbound VM, named under ${ORG}, PTR leads back) took it and handed it to the store VM ${STORE}, whose rspamd (no local_addrs set) checked SPF at ${MX1.ip} and recorded fail. The walk passes ${MX1.rdns} by its name alone, no MX needed. Wanted: authenticated at the supplier's address (the store's fail judged the firm's own relay: a low note).`,
    args: ['--authserv-id', STORE, '--recipient-domain', ORG],
    eml: await deliver(supplier, {
      box: STORE,
      via: MX1,
      rcpts: [ACCOUNTS],
      mailbox: ACCOUNTS,
      dovecot: true,
      rspamd: true,
      tag: 'o',
    }),
    zone: z(supplier, {}, true),
    expect: passesAt(SUPPLIER.ip),
  });
  emitCase(write, {
    name: 'realworld133-own-mx1-store-m365-default-dkim-two-rcpts',
    class: 'realworld133-own-relays',
    about: `Genuine. ${orgWhy}. MX 10 ${MX1.rdns} hands the survey firm's Microsoft 365 mail (default onmicrosoft.com key only: DMARC on SPF at ${EXO.ip}) to the store VM ${STORE} for ${ACCOUNTS} and ${ROBIN} (no "for"), the store's rspamd recording spf=fail at ${MX1.ip}. Wanted: unverified (Microsoft 365's shared SPF alone vouches: README), never suspicious or spoofed; SPF checked at Exchange Online's address.`,
    args: ['--authserv-id', STORE, '--recipient-domain', ORG],
    eml: await deliver(m365(false), {
      box: STORE,
      via: MX1,
      rcpts: [ACCOUNTS, ROBIN],
      mailbox: ROBIN,
      dovecot: true,
      rspamd: true,
      tag: 'p',
    }),
    zone: z(m365(false)),
    expect: SHARED_SPF,
  });
}

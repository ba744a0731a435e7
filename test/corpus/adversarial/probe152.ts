// Red-team round 152: two stacked exemptions, each beside its genuine control.
// 1. A trusted ARC forwarder's honest record (Gmail, d=google.com, lib/findings/arc.ts,
//    arc-record.ts) plus the reader's own relay hop (Origin.ownRelays, lib/message/origin.ts
//    walkReceiver; lib/findings/provider.ts ownRelayJudged): the attacker replays the bank's
//    genuine notice into his own Gmail account, which seals it recording dmarc=pass and forwards it
//    to his own server; there he adds a Reply-To (which the bank signs, so its signature breaks, but
//    which Gmail's AMS did not cover) or edits the text, and delivers it to the reader's backup MX at
//    a hosting company, which relays it to the reader's box (rspamd checks SPF at the backup's
//    address and records a fail). The seal's record and the own-relay exemption together.
// 2. An untrusted gateway's recorded pass (lib/findings/gateway.ts gateway-recorded-pass, from
//    Mimecast's i=1 seal) plus a Reply-To or list posting address: the bank's notice received into
//    the attacker's own Mimecast tenant (sealed, link rewritten), a Reply-To added, or dressed as a
//    post of the attacker's list with Reply-To its posting address, then sent through the
//    attacker's Mimecast outbound to a Gmail reader.
// Where the layouts were learnt: Gmail forwarding's ARC (d=google.com, +caf_ envelope, mail-sor
// hosts) as test/corpus/list-shapes.ts records it from public raw headers; the backup MX at a
// hosting company as realworld125 models it (MX 20, rspamd's SPF at the backup's address); Mimecast
// inbound and outbound lines and its arc-2018 seal as probe141 and test/corpus/gateway-layouts.ts
// learnt them (redhat.com mail in public list archives; Microsoft Learn "Configure trusted ARC
// sealers"); Mailman 2.1 fields as list-shapes.ts writes them. No new search this round (time).
// Names and addresses are documentation ones except Google's and Mimecast's.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  type CorpusCase,
  emitCase,
  GMAIL,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, MIMECAST } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const BACKUP: Relay = {
  helo: 'mx-backup.hostingco.example',
  rdns: 'mx-backup.hostingco.example',
  ip: '198.51.100.20',
};
const ATTACKER: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const BANK_RELAY: Relay = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };
const MC_US: Relay = {
  helo: 'us-smtp-delivery-124.mimecast.com',
  rdns: 'us-smtp-delivery-124.mimecast.com',
  ip: '170.10.133.124',
};

const NOTICE = 'Your November statement is ready in online banking.';
const LURE = 'Your card is blocked. Confirm it at https://northbank.example.attacker.example/confirm';
const REPLY_TO = 'Reply-To: Northbank Disputes <disputes@nb-resolution.example>';

/** The bank's notice, signed nb1 over SIGNED (Reply-To included: adding one breaks it). */
const bankNotice = (to: string) =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to,
      subject: 'Your statement is ready',
      messageId: '<stmt-20261120-15201@northbank.example>',
      body: `Dear customer,\r\n\r\n${NOTICE}\r\n\r\nNorthbank\r\n`,
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED },
  );

/** A header line inserted right after the message's first header block's From line. */
const addHeader = (raw: string, line: string) => raw.replace(/\r\nFrom: /, `\r\n${line}\r\nFrom: `);

const WORLD = {
  ...BANK,
  ...BANK_KEY,
  ...ptr(BANK_IP, BANK_RELAY.rdns),
  ...ptr(ATTACKER.ip, ATTACKER.rdns),
  ...ptr(BACKUP.ip, BACKUP.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(MC_US.ip, MC_US.rdns),
  ...ptr(MIMECAST.ip, MIMECAST.rdns),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} include:_netblocks.mimecast.com -all`] },
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
  'lists.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} include:_netblocks.mimecast.com -all`] },
  '_netblocks.mimecast.com': { TXT: ['v=spf1 ip4:170.10.128.0/18 ip4:185.58.84.0/22 -all'] },
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none'] },
  'arc-20240605._domainkey.google.com': KEY(),
  'arc-2018._domainkey.mimecast.com': { TXT: [corpusKeys().rsaTxt] },
  'reader.example': {
    TXT: ['v=spf1 mx -all'],
    MX: [
      { priority: 10, exchange: RECEIVER },
      { priority: 20, exchange: BACKUP.rdns },
    ],
  },
  ...ptr('192.0.2.25', RECEIVER),
};

// ---- Stack 1: Gmail's seal + the reader's backup MX -------------------------------------------

/** The box reader naming its own domain, so its MX records name its relays (receiverMxHosts). */
const BOX = [...ARGS, '--recipient-domain', 'reader.example'];

const GMAIL_AR = (to: string) =>
  `mx.google.com; dkim=pass header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz; spf=pass (google.com: domain of ${to} designates ${BANK_IP} as permitted sender) smtp.mailfrom=security@northbank.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example`;

/** The notice as Gmail took it from `from` for `account` and sealed it before forwarding. */
async function gmailSealed(account: string, from: Relay): Promise<string> {
  const genuine = await bankNotice(`<${account}>`);
  const inGmail = onTop(
    genuine,
    `Received: from ${from.helo} (${from.rdns}. [${from.ip}])\r\n        by mx.google.com with ESMTPS id a152si1.2026.11.20.02.00.01\r\n        for <${account}>; Fri, 20 Nov 2026 02:00:01 -0800 (PST)`,
  );
  return sealCorpus(inGmail, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: GMAIL_AR(account),
  });
}

/** Gmail's forwarding hop from its outbound host to `by`. */
const gmailHop = (by: string) =>
  received({ ...GMAIL_OUT, by, id: '4Zz152G1', date: 'Fri, 20 Nov 2026 10:00:03 +0000' });

/** The backup MX relaying to the box, and the box's rspamd results (SPF judged at the backup). */
function viaBackup(raw: string, below: Relay, envelope: string, boxAr: string): string {
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${boxAr}`,
    received({ ...BACKUP, by: RECEIVER, id: '4Zz152B2', for: 'robin@reader.example' }),
    received({ ...below, by: BACKUP.rdns, id: '4Zz152B1', date: 'Fri, 20 Nov 2026 10:00:04 +0000' }),
  );
}

// ---- Stack 2: Mimecast's record + a Reply-To ----------------------------------------------------

const MC_DATE = 'Fri, 20 Nov 2026 05:00:03 -0500';
const PASS_AAR =
  'relay.mimecast.com; dkim=pass header.d=northbank.example header.s=nb1; spf=pass smtp.mailfrom=security@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example';
const mcIn = (raw: string, from: Relay, id: string) =>
  onTop(
    raw,
    'X-Mimecast-Spam-Score: 1',
    `X-MC-Unique: ${id}`,
    `Received: from ${from.helo} (${from.rdns} [${from.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-51-${id}; ${MC_DATE}`,
  );
const mcOut = (raw: string, from: Relay, id: string) =>
  onTop(
    raw,
    'X-Mimecast-MFC-AGG-ID: 5b2f1e4a9c3d',
    `Received: from ${from.helo} (${from.helo} [${from.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n us-mta-632-${id}-1; ${MC_DATE}\r\nX-MC-Unique: ${id}-1`,
  );
const rewritten = (raw: string) =>
  raw.replace(
    NOTICE,
    'Your November statement is ready in online banking (https://protect-eu.mimecast.com/s/Xk52).',
  );

/** Gmail's results for the bank's notice handed over by Mimecast at `relay` for `envelope`. */
const gmailMcResults = (relay: Relay, envelope: string, spf: string) =>
  `${gmailDkim('northbank.example', 'nb1', 'neutral (body hash did not verify)')}\r\n       arc=pass (i=1 spf=pass spfdomain=northbank.example dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf(envelope, relay.ip, spf)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`;

/** The notice as it reached the attacker's own Mimecast tenant: sealed i=1, link rewritten. */
async function inAttackerTenant(): Promise<string> {
  const genuine = await bankNotice('ops@attacker.example');
  const sealed = await sealAs(mcIn(genuine, BANK_RELAY, 'Ck52xQ0a-1'), {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: 'none',
    authResults: PASS_AAR,
  });
  return rewritten(sealed);
}

const LIST_FIELDS = [
  'List-Id: Northbank customers <customers.lists.attacker.example>',
  'List-Post: <mailto:customers@lists.attacker.example>',
  'List-Unsubscribe: <mailto:customers-request@lists.attacker.example?subject=unsubscribe>',
  'Precedence: list',
  'Reply-To: customers@lists.attacker.example',
];

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Omit<CorpusCase, 'args'> & { args?: string[] }) =>
    emitCase(write, { ...c, args: c.args ?? ARGS, zone: c.zone ?? WORLD });

  // Stack 1 control: robin's own Gmail forwards to his box; Gmail's MX preference 10 was down, so
  // the backup MX queued and relayed it.
  {
    const sealed = await gmailSealed('robin.reader@gmail.com', BANK_RELAY);
    const env = 'robin.reader+caf_=robin=reader.example@gmail.com';
    emit({
      name: 'probe152-box-gmail-forward-via-backup-mx-control',
      class: 'arc-own-relay-control',
      about:
        "Genuine control: the bank's notice to the reader's Gmail, forwarded (Gmail seals i=1, dmarc=pass) to his box; Gmail handed it to the backup MX at the hosting company (MX 20), which relayed it on; the box's rspamd checked SPF at the backup's address (fail) and DKIM and DMARC pass. Wanted: authenticated (the bank's signature verifies).",
      eml: viaBackup(
        sealed,
        GMAIL_OUT,
        env,
        `dkim=pass header.d=northbank.example header.s=nb1;\r\n\tarc=pass (i=1);\r\n\tspf=fail (${RECEIVER}: domain of ${env} does not designate ${BACKUP.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
      ),
      args: BOX,
      expect: AUTHENTICATED,
      twin: true,
    });
  }

  // Stack 1 attacks: the attacker's Gmail seals the genuine notice and forwards it to his server.
  for (const [slug, edit, what] of [
    [
      'reply-to-added',
      (r: string) => addHeader(r, REPLY_TO),
      "adds a Reply-To at his own domain (the bank signs Reply-To, Gmail's AMS did not cover it)",
    ],
    ['text-edited', (r: string) => r.replace(NOTICE, LURE), 'replaces the text with his lure'],
  ] as const) {
    const sealed = await gmailSealed('nb.statements.archive@gmail.com', BANK_RELAY);
    const forwarded = onTop(sealed, gmailHop('mail.attacker.example'));
    const env = 'bounce@attacker.example';
    emit({
      name: `probe152-box-gmail-seal-attacker-${slug}-via-backup-mx`,
      class: 'arc-own-relay',
      about: `Attack: the attacker replays the bank's genuine notice into his own Gmail account, which seals it (i=1, dmarc=pass) and forwards it to his server; he ${what}, and delivers it to the reader's backup MX, which relays it to the box (rspamd: SPF fail at the backup's address, DKIM fail, DMARC fail). Stacks Gmail's trusted record on the own-relay exemption. Wanted: not trusted.`,
      eml: viaBackup(
        edit(forwarded),
        ATTACKER,
        env,
        `dkim=fail header.d=northbank.example header.s=nb1;\r\n\tarc=fail;\r\n\tspf=fail (${RECEIVER}: domain of ${env} does not designate ${BACKUP.ip} as permitted sender) smtp.mailfrom=${env};\r\n\tdmarc=fail (policy=reject) header.from=northbank.example`,
      ),
      args: BOX,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // Stack 2 control: a Workspace reader behind its own Mimecast inbound (not trusted).
  {
    const genuine = await bankNotice(`Robin Reader <${GMAIL_TO}>`);
    const sealed = await sealAs(mcIn(genuine, BANK_RELAY, 'Dk52xQ0b-1'), {
      domain: 'mimecast.com',
      selector: 'arc-2018',
      cv: 'none',
      authResults: PASS_AAR,
    });
    emit({
      name: 'probe152-gmail-own-mimecast-bank-control',
      class: 'gateway-reply-to-control',
      about:
        "Genuine control: the bank's notice through the Workspace reader's own Mimecast inbound (sealed i=1, link rewritten) into Gmail, which fails DMARC at Mimecast's address. Wanted: never spoofed; unverified is the honest answer (gateway-recorded-pass).",
      eml: gmailDelivery(rewritten(sealed), {
        relay: MIMECAST,
        envelope: 'security@northbank.example',
        results: gmailMcResults(MIMECAST, 'security@northbank.example', 'fail'),
        ids: ['x152csp1a', 'a152si1a'],
        spf: 'fail',
      }),
      args: GMAIL,
      expect: { verdict: 'unverified', findings: ['gateway-recorded-pass'] },
    });
  }

  // Stack 2 attacks: the bank's notice in the attacker's tenant, then his Mimecast outbound.
  for (const [slug, edit, what] of [
    ['reply-to-added', (r: string) => addHeader(r, REPLY_TO), 'adds a Reply-To at a domain of his'],
    [
      'list-post-reply-to',
      (r: string) => LIST_FIELDS.reduce((acc, l) => addHeader(acc, l), r),
      "dresses it as a post of his list (List-Id, List-Post, Reply-To the list's posting address)",
    ],
  ] as const) {
    const tenant = await inAttackerTenant();
    const env =
      slug === 'list-post-reply-to' ? 'customers-bounces@lists.attacker.example' : 'bounce@attacker.example';
    const out = mcOut(
      edit(tenant).replace('To: ops@attacker.example', `To: Robin Reader <${GMAIL_TO}>`),
      ATTACKER,
      `Ek52${slug.length}`,
    );
    emit({
      name: `probe152-gmail-attacker-mimecast-${slug}`,
      class: 'gateway-reply-to',
      about: `Attack: the bank's genuine notice as it reached the attacker's own Mimecast tenant (sealed i=1 with its honest pass, link rewritten); he ${what} and sends it through his Mimecast outbound to a Gmail reader (SPF pass for his envelope at Mimecast's address, DKIM fails, DMARC fails, arc=pass). Stacks the gateway's recorded pass on the Reply-To. Wanted: not trusted.`,
      eml: gmailDelivery(out, {
        relay: MC_US,
        envelope: env,
        results: gmailMcResults(MC_US, env, 'pass'),
        ids: [`x152csp${slug.length}`, `a152si${slug.length}`],
        spf: 'pass',
      }),
      args: GMAIL,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }
}

// Fixed at 09:27 on 2026-12-06 (lib/engine/gateways.ts describeGateway, ofThisEnvelope):
// probe152-gmail-attacker-mimecast-reply-to-added and -list-post-reply-to (and their -no-options
// twins) read "unverified" (gateway-recorded-pass:low, reply-to-other-org:low): Mimecast's sealed
// i=1 record was of its INBOUND check for the attacker's own tenant (smtp.mailfrom
// security@northbank.example), taken as the record of this hand-off, whose envelope is the
// attacker's (bounce@attacker.example). An untrusted gateway's record whose SPF check names another
// envelope organisation than the delivered Return-Path is now about another hand-off and not read:
// spoofed.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

// Red-team round 153: the three changes of the last commit, each attack beside its genuine control.
// 1. lib/engine/gateways.ts ofThisEnvelope: an untrusted gateway's record is read only when its SPF
//    check's smtp.mailfrom organisation is the delivered Return-Path's. Attacked with (a) the bank's
//    notice forwarded into the attacker's own Mimecast tenant by his own forwarder (SRS envelope
//    at fwd.attacker.example, so the inbound record names HIS organisation), then sent out under
//    bounce@attacker.example; (b) a null reverse path (Return-Path: <>, a DSN-shaped hand-off:
//    "no envelope" keeps every record); (c) Outlook, where Exchange writes the delivered
//    Return-Path at the bottom among its organisation headers, so a Return-Path the attacker wrote
//    in his own header block (naming the bank) is the first one found.
// 2. lib/auth/list-restore.ts: an l= signature whose body hash holds and whose header hash broke
//    is restored. Attacked with an l=-only notice re-sent with a gateway-style tag and a lure
//    beyond l= (no list fields), a callback-number lure (no link, no address) through the
//    attacker's list, and a changed From display name.
// 3. lib/relay/providers-esp.ts: ActiveCampaign / AWeber known by name; as their customer, writing
//    as the bank (p=reject) or as the reader's own firm (p=none).
// Where the layouts were learnt: Mimecast inbound/outbound lines and its arc-2018 seal as probe141,
// probe152 and test/corpus/gateway-layouts.ts learnt them; SRS0 envelopes as list-shapes.ts and
// RFC-style forwarders write them; Exchange Online's bottom Return-Path as receivers.ts eopDelivery
// models it (Microsoft 365 message sources); ActiveCampaign's relay, envelope and d= from the 2021
// linux1394-devel copy realworld152.ts cites, AWeber's from the same module; Mailman 2.1 fields as
// list-shapes.ts writes them. No new search this round (time). Names and addresses are
// documentation ones except Google's, Mimecast's, Microsoft's, ActiveCampaign's and AWeber's.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { appendBody, tagSubject } from '../edits';
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
  fromAttacker,
  fromBank,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  SIGNED_NO_REPLY_TO,
  signAll,
} from '../kit';
import { mailmanFooter } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  MIMECAST,
  yahooDelivery,
  yahooResults,
} from '../receivers';
import {
  authorZone,
  fromListHost,
  LIST_AUTHOR,
  LIST_HOST,
  LIST_ZONE,
  LISTED,
  listPost,
  probeCorpus,
  viaAttackerList,
} from '../rounds-kit';

const BANK_RELAY: Relay = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };
const FWD: Relay = { helo: 'fwd.attacker.example', rdns: 'fwd.attacker.example', ip: '203.0.113.77' };
const MC_US: Relay = {
  helo: 'us-smtp-delivery-124.mimecast.com',
  rdns: 'us-smtp-delivery-124.mimecast.com',
  ip: '170.10.133.124',
};
const AC_HOST = 's14.avl3.acemsrvc.com';
const AC: Relay = { helo: AC_HOST, rdns: AC_HOST, ip: '192.92.97.208' };
const AWEBER: Relay = { helo: 'o30.aweber.com', rdns: 'o30.aweber.com', ip: '204.194.222.30' };
const BOX = 'mail.reader.example';

const NOTICE = 'Your November statement is ready in online banking.';
const REPLY_TO = 'Reply-To: Northbank Disputes <disputes@nb-resolution.example>';
const MC_DATE = 'Fri, 20 Nov 2026 05:00:03 -0500';

const bankNotice = (to: string) =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to,
      subject: 'Your statement is ready',
      messageId: '<stmt-20261120-15301@northbank.example>',
      body: `Dear customer,\r\n\r\n${NOTICE}\r\n\r\nNorthbank\r\n`,
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED },
  );

const addHeader = (raw: string, line: string) => raw.replace(/\r\nFrom: /, `\r\n${line}\r\nFrom: `);

const WORLD = {
  ...BANK,
  ...BANK_KEY,
  'nb2._domainkey.northbank.example': KEY(),
  ...ptr(BANK_IP, BANK_RELAY.rdns),
  ...ptr(FWD.ip, FWD.rdns),
  ...ptr(MC_US.ip, MC_US.rdns),
  ...ptr(MIMECAST.ip, MIMECAST.rdns),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  ...ptr(AC.ip, AC.rdns),
  ...ptr(AWEBER.ip, AWEBER.rdns),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} include:_netblocks.mimecast.com -all`] },
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
  's1._domainkey.attacker.example': KEY(),
  'fwd.attacker.example': { TXT: [`v=spf1 ip4:${FWD.ip} -all`] },
  'lists.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  '_netblocks.mimecast.com': { TXT: ['v=spf1 ip4:170.10.128.0/18 ip4:185.58.84.0/22 -all'] },
  'us-smtp-delivery-124.mimecast.com': {
    TXT: ['v=spf1 include:_netblocks.mimecast.com -all'],
    A: [MC_US.ip],
  },
  'arc-2018._domainkey.mimecast.com': { TXT: [corpusKeys().rsaTxt] },
  [AC_HOST]: { TXT: ['v=spf1 ip4:192.92.97.0/24 ~all'], A: [AC.ip] },
  [`dk._domainkey.${AC_HOST}`]: KEY(),
  'aweber.com': { TXT: ['v=spf1 ip4:204.194.222.0/24 ~all'] },
  'aweber_key1._domainkey.aweber.com': KEY(),
  'reader.example': { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: BOX }] },
  '_dmarc.reader.example': { TXT: ['v=DMARC1; p=none'] },
  'northfield-cycles.example': { TXT: ['v=spf1 -all'] },
  'acdkim1._domainkey.northfield-cycles.example': KEY(),
  '_dmarc.northfield-cycles.example': { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr('192.0.2.25', RECEIVER),
  ...ptr('192.0.2.26', BOX),
};

// ---- 1. Gateway records ------------------------------------------------------------------------

const mcIn = (raw: string, from: Relay, id: string) =>
  onTop(
    raw,
    'X-Mimecast-Spam-Score: 1',
    `X-MC-Unique: ${id}`,
    `Received: from ${from.helo} (${from.rdns} [${from.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-51-${id}; ${MC_DATE}`,
  );
const mcOut = (raw: string, id: string) =>
  onTop(
    raw,
    'X-Mimecast-MFC-AGG-ID: 5b2f1e4a9c3d',
    `Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n us-mta-632-${id}-1; ${MC_DATE}\r\nX-MC-Unique: ${id}-1`,
  );
const rewritten = (raw: string) =>
  raw.replace(NOTICE, `${NOTICE.slice(0, -1)} (https://protect-eu.mimecast.com/s/Xk53).`);
const aar = (mailfrom: string) =>
  `relay.mimecast.com; dkim=pass header.d=northbank.example header.s=nb1; spf=pass smtp.mailfrom=${mailfrom}; dmarc=pass (policy=reject) header.from=northbank.example`;
const SRS = 'SRS0=Hq4e=2K=northbank.example=security@fwd.attacker.example';

/** The notice as it came into a Mimecast tenant from `from` with envelope `mailfrom`: sealed, link rewritten. */
async function inTenant(to: string, from: Relay, mailfrom: string, id: string): Promise<string> {
  const genuine = await bankNotice(to);
  const sealed = await sealAs(mcIn(genuine, from, id), {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: 'none',
    authResults: aar(mailfrom),
  });
  return rewritten(sealed);
}

const gmailMc = (spf: string, dmarc = 'fail') =>
  `${gmailDkim('northbank.example', 'nb1', 'neutral (body hash did not verify)')}\r\n       arc=pass (i=1 spf=pass spfdomain=northbank.example dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${spf}\r\n       ${gmailDmarc('northbank.example', 'REJECT', dmarc)}`;

const toReader = (raw: string, to: string) =>
  raw.replace('To: ops@attacker.example', `To: Robin Reader <${to}>`);

// ---- 2. l= signatures ----------------------------------------------------------------------------

const BODY = `Dear customer,\r\n\r\n${NOTICE}\r\nFrom today, statements are kept for seven years.\r\n\r\nNorthbank\r\n`;
/** The bank's notice signed only with l= over the whole body (as some bulk signers do). */
const lOnly = (to: string, from = 'Northbank <alerts@northbank.example>') =>
  signCorpus(
    submitted({
      from,
      to,
      subject: 'Your statement is ready',
      messageId: '<stmt-20261120-15302@northbank.example>',
      body: BODY,
    }),
    {
      domain: 'northbank.example',
      selector: 'nb2',
      headerList: SIGNED_NO_REPLY_TO,
      maxBodyLength: Buffer.byteLength(BODY),
    },
  );
const LINK_LURE =
  '\r\nAction needed: your card was suspended. Restore it within 24 hours at\r\nhttps://northbank-secure.example/restore\r\n';
const CALLBACK_LURE =
  '\r\nFraud alert: a payment of EUR 1,940.00 is pending on your card. If this was not you,\r\ncall our fraud team now on +44 20 7946 0153 to stop it.\r\n';

// ---- 3. Email services -----------------------------------------------------------------------------

interface EspSend {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  policy: string;
  dmarc: 'pass' | 'fail';
  extra: string[];
  messageId: string;
}
const acSend = (from: string, policy: string, own: boolean): EspSend => ({
  from,
  envelope: `bounce-2287853-15301-17611-robin.reader=reader.example@${AC_HOST}`,
  relay: AC,
  signers: [
    ...(own ? ([['northfield-cycles.example', 'acdkim1']] as [string, string][]) : []),
    [AC_HOST, 'dk'],
  ],
  policy,
  dmarc: own ? 'pass' : 'fail',
  messageId: '<20261120100001.6143.18579153.swift@nbsupport.activehosted.com>',
  extra: [
    `X-Sender: <nbsupport.activehosted.com@${AC_HOST}>`,
    'X-Report-Abuse: Please report abuse to abuse@activecampaign.com',
    `x-virtual-mta: ${AC_HOST}`,
    'Feedback-ID: 2287853:activecampaign',
    'List-Unsubscribe: <https://nbsupport.activehosted.com/proc.php?nl=1&c=153&m=16&act=unsub>',
  ],
});
const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1).replace(/>.*$/, '');

async function espDeliver(
  s: EspSend,
  reader: 'gmail' | 'outlook' | 'yahoo' | 'box',
  subject: string,
  body: string,
): Promise<string> {
  const rcpt = reader === 'gmail' ? GMAIL_TO : 'robin@reader.example';
  const raw = await signAll(
    submitted({ from: s.from, to: rcpt, subject, messageId: s.messageId, extraHeaders: s.extra, body }),
    s.signers,
  );
  const fromDomain = domainOf(s.from);
  const envDomain = domainOf(s.envelope);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...s.signers.map(([d, sel]) => gmailDkim(d, sel)),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(fromDomain, s.policy, s.dmarc),
      ].join('\r\n       '),
      ids: ['x153csp1pxb', 'a153si1qtc.153'],
      spf: 'pass',
      to: rcpt,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: yahooResults(
        s.signers,
        envDomain,
        `dmarc=${s.dmarc}(p=${s.policy}) header.from=${fromDomain};`,
      ),
    });
  if (reader === 'outlook')
    return eopDelivery(raw, {
      ip: s.relay.ip,
      helo: s.relay.helo,
      ar: `spf=pass (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${envDomain}; dkim=pass (signature was verified)\r\n header.d=${s.signers.map(([d]) => d).join(',')};dmarc=${s.dmarc} action=${s.dmarc === 'pass' ? 'none' : 'oreject'}\r\n header.from=${fromDomain};compauth=${s.dmarc === 'pass' ? 'pass reason=100' : 'fail reason=000'}`,
      spf: `Pass (protection.outlook.com: domain of ${envDomain} designates\r\n ${s.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${s.relay.ip}; helo=${s.relay.helo}; pr=C`,
      returnPath: s.envelope,
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, 'kB153a2dE3fG4hI5jK6lM7n', 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX}; dmarc=${s.dmarc} (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw153a2\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}
const BOX_ARGS = ['--authserv-id', BOX, '--recipient-domain', 'reader.example'];

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Omit<CorpusCase, 'args'> & { args?: string[] }) =>
    emitCase(write, { ...c, args: c.args ?? ARGS, zone: c.zone ?? WORLD });

  // ---- 1. Gateway ----
  // Control: the reader's own Mimecast inbound (Workspace behind Mimecast), Gmail fails DMARC at
  // Mimecast's address; the record names the bank's envelope, delivered unchanged.
  emit({
    name: 'probe153-gmail-own-mimecast-bank-control',
    class: 'gateway-envelope-control',
    about:
      "Genuine control: the bank's notice through the reader's own Mimecast inbound (sealed i=1, link rewritten) into Gmail, which fails DMARC at Mimecast's address. Never spoofed; unverified is the honest answer (gateway-recorded-pass).",
    eml: gmailDelivery(
      await inTenant(`Robin Reader <${GMAIL_TO}>`, BANK_RELAY, 'security@northbank.example', 'Dk53xQ0b-1'),
      {
        relay: MIMECAST,
        envelope: 'security@northbank.example',
        results: gmailMc(gmailSpf('security@northbank.example', MIMECAST.ip, 'fail')),
        ids: ['x153csp1a', 'a153si1a'],
        spf: 'fail',
      },
    ),
    args: GMAIL,
    expect: { verdict: 'unverified', findings: ['gateway-recorded-pass'] },
  });

  // Control: the reader's alias forwarder (SRS) in front of his own Mimecast: the record names the
  // forwarder's SRS envelope, which Mimecast delivers unchanged.
  {
    const fwd: Relay = { helo: 'fwd.alumni.example', rdns: 'fwd.alumni.example', ip: '198.51.100.88' };
    const srs = 'SRS0=Hq4e=2K=northbank.example=security@fwd.alumni.example';
    emit({
      name: 'probe153-gmail-alias-srs-own-mimecast-bank-control',
      class: 'gateway-envelope-control',
      about:
        "Genuine control: the bank's notice to the reader's alumni alias, forwarded with SRS to his Workspace behind his own Mimecast (sealed with spf=pass for the SRS envelope, dkim=pass, dmarc=pass), delivered to Gmail under the same SRS envelope. Never spoofed; unverified (gateway-recorded-pass).",
      eml: gmailDelivery(await inTenant(`Robin Reader <${GMAIL_TO}>`, fwd, srs, 'Fk53xQ0c-1'), {
        relay: MIMECAST,
        envelope: srs,
        results: gmailMc(gmailSpf(srs, MIMECAST.ip, 'fail')),
        ids: ['x153csp1b', 'a153si1b'],
        spf: 'fail',
      }),
      args: GMAIL,
      zone: {
        ...WORLD,
        ...ptr(fwd.ip, fwd.rdns),
        'fwd.alumni.example': { TXT: [`v=spf1 ip4:${fwd.ip} -all`] },
      },
      expect: { notVerdict: ['spoofed', 'suspicious'] },
    });
  }

  // Attack (a): the attacker's own forwarder SRS-rewrites the bank's notice into his own tenant,
  // so the inbound record's envelope is his organisation, as is his outbound envelope.
  emit({
    name: 'probe153-gmail-attacker-srs-own-tenant-reply-to',
    class: 'gateway-envelope',
    about:
      "Attack: the bank's genuine notice reaches fwd.attacker.example, which forwards it with SRS into the attacker's own Mimecast tenant (sealed i=1: spf=pass smtp.mailfrom=SRS0…@fwd.attacker.example, dkim=pass, dmarc=pass); he adds a Reply-To and sends it out through his Mimecast under bounce@attacker.example to a Gmail reader (SPF pass for his envelope, DKIM and DMARC fail). The record's envelope and the delivered one share his organisation, so ofThisEnvelope keeps it. Wanted: not trusted.",
    eml: gmailDelivery(
      mcOut(
        toReader(
          addHeader(await inTenant('ops@attacker.example', FWD, SRS, 'Gk53xQ0d-1'), REPLY_TO),
          GMAIL_TO,
        ),
        'Gk53a',
      ),
      {
        relay: MC_US,
        envelope: 'bounce@attacker.example',
        results: gmailMc(gmailSpf('bounce@attacker.example', MC_US.ip)),
        ids: ['x153csp2', 'a153si2'],
        spf: 'pass',
      },
    ),
    args: GMAIL,
    expect: NOT_TRUSTED,
    twin: true,
  });

  // Attack (b): a null reverse path out of his tenant: Return-Path <> names no envelope.
  emit({
    name: 'probe153-gmail-attacker-mimecast-null-envelope-reply-to',
    class: 'gateway-envelope',
    about:
      "Attack: the bank's notice as it reached the attacker's own Mimecast tenant (record: smtp.mailfrom=security@northbank.example), a Reply-To added, sent out through his Mimecast with MAIL FROM:<> (Gmail writes Return-Path: <>, SPF judged on the HELO). No delivered envelope address, so ofThisEnvelope keeps the record. Wanted: not trusted.",
    eml: gmailDelivery(
      mcOut(
        toReader(
          addHeader(
            await inTenant('ops@attacker.example', BANK_RELAY, 'security@northbank.example', 'Hk53xQ0e-1'),
            REPLY_TO,
          ),
          GMAIL_TO,
        ),
        'Hk53a',
      ),
      {
        relay: MC_US,
        envelope: '',
        results: gmailMc(
          `spf=pass (google.com: domain of postmaster@${MC_US.helo} designates ${MC_US.ip} as permitted sender) smtp.helo=${MC_US.helo};`,
        ),
        ids: ['x153csp3', 'a153si3'],
      },
    ),
    args: GMAIL,
    expect: NOT_TRUSTED,
    twin: true,
  });

  // Attack (c): Outlook: Exchange writes the delivered Return-Path at the bottom; the attacker's
  // own Return-Path (naming the bank) sits higher in his header block and is found first.
  {
    const out = mcOut(
      toReader(
        addHeader(
          addHeader(
            await inTenant('ops@attacker.example', BANK_RELAY, 'security@northbank.example', 'Jk53xQ0f-1'),
            REPLY_TO,
          ),
          'Return-Path: <security@northbank.example>',
        ),
        'robin@reader.example',
      ),
      'Jk53a',
    );
    emit({
      name: 'probe153-outlook-attacker-mimecast-own-return-path-above',
      class: 'gateway-envelope',
      about:
        "Attack: the bank's notice from the attacker's own Mimecast tenant (record names security@northbank.example), a Reply-To and a Return-Path naming the bank written into his header block, sent through his Mimecast under bounce@attacker.example to an Exchange Online reader; Exchange's own Return-Path is at the bottom, so the first Return-Path is the attacker's. Wanted: not trusted.",
      eml: eopDelivery(out, {
        ip: MC_US.ip,
        helo: MC_US.helo,
        ar: `spf=pass (sender IP is ${MC_US.ip})\r\n smtp.mailfrom=attacker.example; dkim=fail (body hash did not verify)\r\n header.d=northbank.example;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
        spf: `Pass (protection.outlook.com: domain of attacker.example designates\r\n ${MC_US.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${MC_US.ip}; helo=${MC_US.helo}; pr=C`,
        returnPath: 'bounce@attacker.example',
      }),
      args: OUTLOOK,
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // ---- 2. l= restore ----
  // Control: the bank's l=-only notice straight from its server, tagged by the reader's own filter.
  emit({
    name: 'probe153-box-l-only-notice-external-tag-control',
    class: 'l-restore-control',
    about:
      "Genuine control: the bank's notice signed only with l=, from its own server, its Subject tagged '[EXTERNAL] ' by the reader's inbound filter before the box checked it. Never spoofed (subject-tag-added: unverified is honest).",
    eml: tagSubject(
      onTop(
        await lOnly('Robin Reader <robin@reader.example>'),
        'Return-Path: <security@northbank.example>',
        fromBank(),
      ),
      '[EXTERNAL] ',
    ),
    expect: { notVerdict: ['spoofed', 'suspicious'] },
  });

  // Attack: the same notice re-sent by the attacker with the same gateway-style tag and a lure
  // beyond l= (no list fields: restored as a tag only, the tail left as l= allows).
  for (const [slug, lure] of [
    ['link', LINK_LURE],
    ['callback', CALLBACK_LURE],
  ] as const) {
    emit({
      name: `probe153-box-l-only-external-tag-tail-${slug}-lure`,
      class: 'l-restore',
      about: `Attack: the bank's l=-only notice replayed from the attacker's server with '[EXTERNAL] ' prefixed to the Subject and a ${slug} lure appended beyond l=; no list fields. The restore undoes the tag (body hash holds thanks to l=). Wanted: not trusted.`,
      eml: onTop(
        appendBody(tagSubject(await lOnly('Robin Reader <robin@reader.example>'), '[EXTERNAL] '), lure),
        'Return-Path: <bounce@attacker.example>',
        fromAttacker('attacker.example'),
      ),
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // Attack: the attacker's list, tag, callback lure (no link, no address) beyond l=.
  emit({
    name: 'probe153-box-attacker-list-l-only-tag-callback-lure',
    class: 'l-restore',
    about:
      "Attack: the bank's l=-only notice posted through the attacker's own list, tagged '[Northbank customers] ', a callback-number lure appended beyond l= (no link or address for list-footer-lure to name). Wanted: not trusted.",
    eml: viaAttackerList(
      appendBody(
        tagSubject(await lOnly('Robin Reader <robin@reader.example>'), '[Northbank customers] '),
        CALLBACK_LURE,
      ),
    ),
    expect: NOT_TRUSTED,
    twin: true,
  });

  // Attack: the From display name changed as well (From is signed: no restore can undo it).
  emit({
    name: 'probe153-box-attacker-list-l-only-tag-from-name-changed',
    class: 'l-restore',
    about:
      "Attack: as above with the From display name changed to 'Northbank Fraud Team' and a link lure beyond l=: the signed From no longer matches, so nothing restores. Wanted: not trusted.",
    eml: viaAttackerList(
      appendBody(
        tagSubject(
          (await lOnly('Robin Reader <robin@reader.example>')).replace(
            'From: Northbank <',
            'From: Northbank Fraud Team <',
          ),
          '[Northbank customers] ',
        ),
        LINK_LURE,
      ),
    ),
    expect: NOT_TRUSTED,
  });

  // Control: Alice's l=-only post through Mailman, tagged and footered.
  {
    const aliceBody = 'Hi all,\r\n\r\nthe meeting moves to Thursday.\r\n\r\nAlice\r\n';
    const alice = await signCorpus(listPost('Meeting moved', `devel@${LIST_HOST}`, aliceBody), {
      domain: LIST_AUTHOR,
      selector: 's2',
      headerList: SIGNED_NO_REPLY_TO,
      maxBodyLength: Buffer.byteLength(aliceBody),
    });
    emit({
      name: 'probe153-box-mailman-l-only-tag-footer-control',
      class: 'l-restore-control',
      about:
        "Genuine control: Alice's post (p=reject author) signed only with l=, tagged '[Devel] ' and footered by Mailman: unverified (list-modified), never spoofed.",
      eml: onTop(
        appendBody(tagSubject(alice, '[Devel] '), mailmanFooter('devel', LIST_HOST, 'Devel')),
        `Return-Path: <devel-bounces@${LIST_HOST}>`,
        fromListHost('4Zr153Ab1cz1'),
        `List-Id: Devel <devel.${LIST_HOST}>`,
        `List-Post: <mailto:devel@${LIST_HOST}>`,
        `List-Unsubscribe: <https://${LIST_HOST}/mailman/options/devel>`,
        `X-BeenThere: devel@${LIST_HOST}`,
      ),
      zone: { ...LIST_ZONE, ...authorZone(LIST_AUTHOR, 'p=reject', 's2') },
      expect: LISTED,
      twin: true,
    });
  }

  // ---- 3. Email services ----
  emit({
    name: 'probe153-gmail-activecampaign-newsletter-own-dkim-control',
    class: 'esp-by-name-control',
    about:
      "Genuine control: a shop's ActiveCampaign newsletter signed with its own acdkim1 key and ActiveCampaign's d=, from s14.avl3.acemsrvc.com: authenticated.",
    eml: await espDeliver(
      acSend('Northfield Cycles <news@northfield-cycles.example>', 'QUARANTINE', true),
      'gmail',
      'Winter service week',
      'Hi Robin,\r\n\r\nBook your winter service this week.\r\n\r\nNorthfield Cycles\r\n',
    ),
    args: GMAIL,
    expect: AUTHENTICATED,
  });

  const bankLure =
    'Dear customer,\r\n\r\nWe noticed a sign-in from a new device. Confirm it was you at\r\nhttps://nbsupport.activehosted.com/f/153\r\n\r\nNorthbank Security\r\n';
  for (const reader of ['gmail', 'outlook', 'yahoo'] as const) {
    emit({
      name: `probe153-${reader}-activecampaign-customer-as-bank`,
      class: 'esp-by-name',
      about: `Attack: an ActiveCampaign customer's campaign From: security@northbank.example (p=reject), signed only with ActiveCampaign's own d=${AC_HOST}, envelope at ${AC_HOST}, from its forward-confirmed relay (${reader}). DMARC fails at enforcement. Wanted: spoofed or at least not trusted.`,
      eml: await espDeliver(
        acSend('Northbank Security <security@northbank.example>', 'REJECT', false),
        reader,
        'New sign-in to online banking',
        bankLure,
      ),
      args: reader === 'gmail' ? GMAIL : reader === 'outlook' ? OUTLOOK : ['--webmail', 'yahoo'],
      expect: NOT_TRUSTED,
    });
  }

  emit({
    name: 'probe153-box-aweber-customer-as-readers-firm',
    class: 'esp-by-name',
    about:
      "Attack: an AWeber customer writes From: payroll@reader.example (the reader's own firm, p=none) to robin@reader.example, signed by AWeber's d=aweber.com, envelope at aweber.com, from o30.aweber.com; the box records dmarc=fail (p=none). Wanted: not trusted (a colleague's address from an outside email service).",
    eml: await espDeliver(
      {
        from: 'Reader Payroll <payroll@reader.example>',
        envelope: 'bounce-15301-4471@aweber.com',
        relay: AWEBER,
        signers: [['aweber.com', 'aweber_key1']],
        policy: 'NONE',
        dmarc: 'fail',
        messageId: '<15301.4471.1732096801@aweber.com>',
        extra: ['X-Mailer: AWeber 4.0', 'List-Unsubscribe: <https://www.aweber.com/z/r/?15301>'],
      },
      'box',
      'Your December payslip',
      'Hi Robin,\r\n\r\nYour December payslip is ready. Sign in to view it:\r\nhttps://payroll-reader.example/login\r\n\r\nPayroll\r\n',
    ),
    args: BOX_ARGS,
    expect: NOT_TRUSTED,
  });
}

// probe153-gmail-attacker-mimecast-null-envelope-reply-to (and -no-options) read "unverified"
// (gateway-recorded-pass:low, reply-to-other-org:low): the attacker's tenant's inbound record
// (smtp.mailfrom=security@northbank.example) is kept because the delivered Return-Path is <>, which
// lib/engine/gateways.ts ofThisEnvelope treats as "no Return-Path" (keep every record). A null
// reverse path is an envelope too: a record naming any smtp.mailfrom is about another hand-off
// than a <> delivery and should be dropped (keep records only when no Return-Path field exists at
// all). Should read spoofed, as probe152's attacks now do.
// probe153-box-attacker-list-l-only-tag-callback-lure (and -no-options) read "unverified"
// (list-modified:low): the l= signature is restored with the tag undone and the tail counted as
// the list's footer, but lib/findings/list.ts listRule raises list-footer-lure only when
// lib/auth/footer-markup.ts footerLure finds an address or host target; a callback number ("call
// our fraud team now on +44 …") is none. Should read suspicious: a phone number in a footer of a
// list that is not the From domain's should be a lure target.
// probe153-box-aweber-customer-as-readers-firm reads "unverified" (dmarc-fail:medium at p=none):
// lib/findings/own-domain.ts ownDomainRule exempts a foreign envelope when origin.esp, and AWeber is
// now a known email service by name, so any AWeber customer forging the reader's own payroll at
// p=none is excused. Should read suspicious (own-domain-unauthenticated) unless the organisation
// names that service itself (its SPF includes it, or a DKIM key it publishes is the service's).
/** Cases HeaderLens reads wrong today. */
// Fixed at 09:37 on 2026-12-06: probe153-gmail-attacker-mimecast-null-envelope-reply-to (and
// -no-options) read "unverified": a null reverse path delivered now drops an untrusted gateway's
// record naming an envelope (lib/engine/gateways.ts ofThisEnvelope): spoofed.
// probe153-box-attacker-list-l-only-tag-callback-lure (and -no-options) read "unverified"; a
// telephone-number lure rule read it suspicious from 09:37 and was withdrawn at 09:53 (genuine list
// footers in the same words, realworld154): kept out by choice, unverified (never authenticated).
// Kept out by choice (the lead, 09:37): probe153-box-aweber-customer-as-readers-firm reads
// "unverified" (dmarc-fail at p=none, dkim-unaligned): a known service's customer writing as the
// reader's firm at p=none is excused as any SaaS sending for the organisation from its own ESP
// account would be (lib/findings/own-domain.ts); the firm's p=none asks nothing more.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe153-box-aweber-customer-as-readers-firm',
  'probe153-box-attacker-list-l-only-tag-callback-lure',
  'probe153-box-attacker-list-l-only-tag-callback-lure-no-options',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

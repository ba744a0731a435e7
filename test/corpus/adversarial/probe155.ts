// Red-team round 155: what the last session trusted or lowered, each attack beside its control.
// 1. lib/findings/hosted-server.ts ownServerEvidence, read by lib/findings/broad-spf.ts: under an
//    SPF term that passes everyone (`+all`, `ip4:0.0.0.0/1 ip4:128.0.0.0/1`, `exists:%{l}._u.%{d}`)
//    a server "shown to be the From domain's own" (its PTR inside the From's organisation, that
//    name's A holding the address) lowers broad-spf and hosted-server-relay to low, and the verdict
//    reaches dmarc-pass. The attacker does not need the firm's DNS for that, only a name of the
//    firm's that leads to an address he can rent: (a) a stale A record naming a released Hetzner
//    address (Hetzner lets every customer set the PTR of his address to any name); (b) a dangling
//    CNAME to a deleted Azure VM's `*.cloudapp.azure.com` label, which he re-claims (Azure then lets
//    him set the reverse FQDN to the firm's name, which resolves to his VM). Round 149's attempt
//    (probe149-box-spf-exists-localpart-stale-a-own-server) named the wrong domain in its PTR, so
//    the exemption was never reached; the origin walk refuses (b) since rounds 114-115, this rule
//    does not.
// 2. lib/relay/providers-esp.ts SMTP2GO (spf.smtp2go.com ranges): a free SMTP2GO account writing
//    as the bank (p=reject), signed by SMTP2GO's own d=smtpservice.net and the attacker's domain,
//    bounce domain em<account>.<attacker> CNAMEd to return.smtp2go.net; read in Gmail, Outlook and
//    Yahoo beside the bank's genuine SMTP2GO mail.
// Where the layouts were learnt: the dangling-CNAME re-claim on Azure and the stale-A takeover as
// README ("Which server is the origin", red-team rounds 114, 115) and probe149 describe them
// (Azure's "Configure reverse DNS for services" page: the reverse FQDN must resolve to the VM's
// cloudapp name or address); Hetzner's robot lets a customer write any PTR. SMTP2GO's relays,
// bounce CNAME (em<id>.<domain> -> return.smtp2go.net) and d=smtpservice.net as providers-esp.ts
// records them from real-mail round 149. Delivery shapes: receivers.ts (gmailDelivery,
// eopDelivery, yahooDelivery) and probe149's Postfix box. No new search this round (time). Names
// are documentation ones except Hetzner's, Microsoft's and SMTP2GO's hosts and ranges; every key
// is the corpus test key.
import {
  ARGS,
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SPOOFED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const ROBIN = 'robin@reader.example';
const LURE =
  'Hi Robin,\r\n\r\nplease note our new bank details for invoice CH-5501 (EUR 38,400), due today:\r\nIBAN XX00 0000 5501 7788 12. Reply when paid.\r\n\r\nAccounts\r\n';
const PLAIN =
  'Hi Robin,\r\n\r\nyour statement for November is attached to the portal as usual.\r\n\r\nAccounts\r\n';

const rev = (ip: string) => ip.split('.').reverse().join('.');
const intoBox = (raw: string, relay: Relay, envelope: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ ...relay, by: RECEIVER, id, for: ROBIN, date: 'Fri, 20 Nov 2026 10:00:05 +0000' }),
  );
const extMail = (from: string, subject: string, id: string, body: string) =>
  submitted({
    from,
    to: `Robin Reader <${ROBIN}>`,
    subject,
    date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    messageId: `<${id}>`,
    body,
  });

// ---- 1. Own-server evidence under an everyone-wide term ----
const CH = 'carrow-holdings.example';
/** The firm's own server at Hetzner (its PTR and A its own, genuinely). */
const OWN: Relay = { helo: `mail.${CH}`, rdns: `mail.${CH}`, ip: '116.202.33.40' };
/** A Hetzner address the firm released; relay-old.<firm> A still names it; the spoofer rents it. */
const STALE: Relay = { helo: `relay-old.${CH}`, rdns: `relay-old.${CH}`, ip: '116.202.33.77' };
/** A deleted Azure VM's label the firm's legacy-mail CNAME still names; the spoofer re-claims it. */
const AZ_LABEL = 'carrow-legacy-mail.westeurope.cloudapp.azure.com';
const AZURE: Relay = { helo: `legacy-mail.${CH}`, rdns: `legacy-mail.${CH}`, ip: '20.61.12.34' };

function chZone(spf: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...ptr(OWN.ip, OWN.rdns),
    [CH]: { TXT: [spf], MX: [{ priority: 10, exchange: `mail.${CH}` }], A: ['192.0.2.80'] },
    [`_dmarc.${CH}`]: { TXT: ['v=DMARC1; p=reject'] },
    // The stale record and the dangling CNAME, with the addresses the spoofer now holds.
    [`relay-old.${CH}`]: { A: [STALE.ip] },
    [`${rev(STALE.ip)}.in-addr.arpa`]: { PTR: [`relay-old.${CH}`] },
    [`legacy-mail.${CH}`]: { CNAME: [AZ_LABEL] },
    [AZ_LABEL]: { A: [AZURE.ip] },
    [`${rev(AZURE.ip)}.in-addr.arpa`]: { PTR: [`legacy-mail.${CH}`] },
    [`accounts._u.${CH}`]: { A: ['127.0.0.2'] },
    ...extra,
  };
}
const SPF_ALL = 'v=spf1 a mx +all';
const SPF_HALVES = 'v=spf1 ip4:0.0.0.0/1 ip4:128.0.0.0/1 -all';
const SPF_EXISTS = 'v=spf1 exists:%{l}._u.%{d} -all';

// ---- 2. SMTP2GO ----
const S2G: Relay = { helo: 'a4i956.smtp2go.com', rdns: 'a4i956.smtp2go.com', ip: '43.228.186.184' };
const BANK = 'northbank.example';
const ATT = 'nb-alerts.example';
const S2G_ZONE: Record<string, unknown> = {
  ...ptr(S2G.ip, S2G.rdns),
  'spf.smtp2go.com': { TXT: ['v=spf1 ip4:43.228.184.0/22 ip4:103.47.204.0/22 ip4:103.2.140.0/22 ~all'] },
  'return.smtp2go.net': { TXT: ['v=spf1 include:spf.smtp2go.com ~all'] },
  [`em715301.${BANK}`]: { CNAME: ['return.smtp2go.net'] },
  [`em882144.${ATT}`]: { CNAME: ['return.smtp2go.net'] },
  [BANK]: { TXT: ['v=spf1 ip4:192.0.2.10 include:spf.smtp2go.com -all'] },
  [`_dmarc.${BANK}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`s715301._domainkey.${BANK}`]: KEY(),
  [ATT]: { TXT: ['v=spf1 include:spf.smtp2go.com -all'] },
  [`_dmarc.${ATT}`]: { TXT: ['v=DMARC1; p=none'] },
  [`s882144._domainkey.${ATT}`]: KEY(),
  's1-ve6._domainkey.smtpservice.net': KEY(),
};

type Reader = 'gmail' | 'outlook' | 'yahoo';
async function s2gDeliver(
  reader: Reader,
  o: { signers: Array<[string, string]>; envelope: string; dmarc: string; id: string; body: string },
): Promise<string> {
  const rcpt = reader === 'gmail' ? GMAIL_TO : ROBIN;
  const raw = await signAll(
    submitted({
      from: `Northbank Security <security@${BANK}>`,
      to: rcpt,
      subject: 'New sign-in to online banking',
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: `<${o.id}@smtp2go.com>`,
      extraHeaders: [
        `X-Smtpcorp-Track: 1${o.id}.f4PqR7xk2`,
        'Feedback-ID: 715301m:715301aGf1b2c:715301s_2Xy9:SMTPCORP',
        'X-Report-Abuse: Please forward a copy of this message, including all headers, to <abuse-report@smtp2go.com>',
      ],
      body: o.body,
    }),
    o.signers,
  );
  const envDomain = o.envelope.split('@')[1]!;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: S2G,
      envelope: o.envelope,
      results: [
        ...o.signers.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(o.envelope, S2G.ip),
        gmailDmarc(BANK, 'REJECT', o.dmarc),
      ].join('\r\n       '),
      ids: ['x155csp1pxb', 'a155si1qtc.155'],
      spf: 'pass',
      to: rcpt,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: S2G,
      envelope: o.envelope,
      results: yahooResults(o.signers, envDomain, `dmarc=${o.dmarc}(p=REJECT) header.from=${BANK};`),
    });
  return eopDelivery(raw, {
    ip: S2G.ip,
    helo: S2G.helo,
    ar: `spf=pass (sender IP is ${S2G.ip})\r\n smtp.mailfrom=${envDomain}; dkim=pass (signature was verified)\r\n header.d=${o.signers.map(([d]) => d).join(',')};dmarc=${o.dmarc} action=${o.dmarc === 'pass' ? 'none' : 'oreject'}\r\n header.from=${BANK};compauth=${o.dmarc === 'pass' ? 'pass reason=100' : 'fail reason=000'}`,
    spf: `Pass (protection.outlook.com: domain of ${envDomain} designates\r\n ${S2G.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${S2G.ip}; helo=${S2G.helo}; pr=C`,
    returnPath: o.envelope,
  });
}
const readerArgs = (r: Reader) =>
  r === 'gmail' ? GMAIL : r === 'outlook' ? OUTLOOK : ['--webmail', 'yahoo'];

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ==== 1. Own-server evidence ====
  emit({
    name: 'probe155-box-plus-all-own-hetzner-server-control',
    class: 'own-server-everyone',
    about: `Genuine control: ${CH} ("${SPF_ALL}", p=reject) sends unsigned from its own Hetzner server ${OWN.rdns} (its MX, PTR and A its own). Wanted: authenticated (real-mail rounds 145, 148: broad-spf low at the domain's own confirmed server).`,
    eml: intoBox(
      extMail(
        `Carrow Accounts <accounts@${CH}>`,
        'November statement',
        'ch155a@mail.carrow-holdings.example',
        PLAIN,
      ),
      OWN,
      `accounts@${CH}`,
      '4Zc155A01',
    ),
    zone: chZone(SPF_ALL),
    args: ARGS,
    expect: AUTHENTICATED,
  });
  for (const [slug, spf] of [
    ['plus-all', SPF_ALL],
    ['ip4-halves', SPF_HALVES],
    ['exists-localpart', SPF_EXISTS],
  ] as const) {
    emit({
      name: `probe155-box-${slug}-stale-a-hetzner-rented`,
      class: 'own-server-everyone',
      about: `Attack: ${CH} ("${spf}", p=reject) still has relay-old.${CH} A ${STALE.ip}, a Hetzner address it released; the spoofer rented it and set its PTR to relay-old.${CH}. Unsigned, envelope accounts@${CH}, a payment-diversion lure. The term passes every server; the "own server" is a forgotten record. Wanted: not trusted.`,
      eml: intoBox(
        extMail(
          `Carrow Accounts <accounts@${CH}>`,
          'Invoice CH-5501: new bank details',
          `ch155-${slug}@relay-old.carrow-holdings.example`,
          LURE,
        ),
        STALE,
        `accounts@${CH}`,
        '4Zc155B01',
      ),
      zone: chZone(spf),
      args: ARGS,
      expect: NOT_TRUSTED,
      twin: slug === 'plus-all',
    });
    emit({
      name: `probe155-box-${slug}-dangling-cname-azure-reclaimed`,
      class: 'own-server-everyone',
      about: `Attack: ${CH} ("${spf}", p=reject) left legacy-mail.${CH} CNAME ${AZ_LABEL} after deleting the VM; the spoofer re-claimed that label in Azure (${AZURE.ip}) and set its reverse FQDN to legacy-mail.${CH} (Azure accepts it: it resolves to the VM). Unsigned, lure. The origin walk refuses such a CNAME (rounds 114-115); ownServerEvidence does not. Wanted: not trusted.`,
      eml: intoBox(
        extMail(
          `Carrow Accounts <accounts@${CH}>`,
          'Invoice CH-5501: new bank details',
          `ch155-az-${slug}@legacy-mail.carrow-holdings.example`,
          LURE,
        ),
        AZURE,
        `accounts@${CH}`,
        '4Zc155C01',
      ),
      zone: chZone(spf),
      args: ARGS,
      expect: NOT_TRUSTED,
      twin: slug === 'ip4-halves',
    });
  }
  emit({
    name: 'probe155-box-plus-all-unconfirmed-ptr-rented',
    class: 'own-server-everyone',
    about: `Attack baseline: the spoofer's Hetzner address with PTR mail2.${CH} that no A record of the firm's confirms, under "${SPF_ALL}". Wanted: not trusted.`,
    eml: intoBox(
      extMail(`Carrow Accounts <accounts@${CH}>`, 'Invoice CH-5501: new bank details', 'ch155d@mail2', LURE),
      { helo: `mail2.${CH}`, rdns: `mail2.${CH}`, ip: '116.202.33.91' },
      `accounts@${CH}`,
      '4Zc155D01',
    ),
    zone: chZone(SPF_ALL, { [`${rev('116.202.33.91')}.in-addr.arpa`]: { PTR: [`mail2.${CH}`] } }),
    args: ARGS,
    expect: NOT_TRUSTED,
  });
  emit({
    name: 'probe155-box-ip4-halves-own-azure-vm-cname-control',
    class: 'own-server-everyone',
    about: `Genuine control for the dangling CNAME: ${CH} ("${SPF_HALVES}") sends from its own live Azure VM named by legacy-mail.${CH} CNAME ${AZ_LABEL}, reverse FQDN set to that name. It cannot be told from the re-claimed label: never spoofed, never authenticated (since 11:18 it reads suspicious, as an unsigned message under a term that passes everyone from a name reached through a CNAME out of the domain does; README: such relays are trusted with --trust-gateway).`,
    eml: intoBox(
      extMail(
        `Carrow Accounts <accounts@${CH}>`,
        'November statement',
        'ch155e@legacy-mail.carrow-holdings.example',
        PLAIN,
      ),
      AZURE,
      `accounts@${CH}`,
      '4Zc155E01',
    ),
    zone: chZone(SPF_HALVES),
    args: ARGS,
    expect: { notVerdict: ['spoofed', 'authenticated'] },
  });

  // ==== 2. SMTP2GO ====
  const bankBody =
    'Dear customer,\r\n\r\nWe noticed a sign-in from a new device. If this was not you, review it at\r\nhttps://secure.northbank.example/activity\r\n\r\nNorthbank Security\r\n';
  const lureBody =
    'Dear customer,\r\n\r\nWe noticed a sign-in from a new device. If this was not you, confirm your identity at\r\nhttps://nb-alerts.example/verify\r\n\r\nNorthbank Security\r\n';
  for (const reader of ['gmail', 'outlook', 'yahoo'] as const) {
    emit({
      name: `probe155-${reader}-smtp2go-bank-own-dkim-control`,
      class: 'smtp2go',
      about: `Genuine control: the bank's notice through its SMTP2GO account (${S2G.rdns}), signed s715301._domainkey.${BANK} and d=smtpservice.net, bounce em715301.${BANK} CNAME return.smtp2go.net (${reader}). Wanted: authenticated.`,
      eml: await s2gDeliver(reader, {
        signers: [
          [BANK, 's715301'],
          ['smtpservice.net', 's1-ve6'],
        ],
        envelope: `bounces-715301-4471@em715301.${BANK}`,
        dmarc: 'pass',
        id: `1sK155a-${reader}`,
        body: bankBody,
      }),
      zone: S2G_ZONE,
      args: readerArgs(reader),
      expect: AUTHENTICATED,
    });
    emit({
      name: `probe155-${reader}-smtp2go-free-account-as-bank`,
      class: 'smtp2go',
      about: `Attack: a free SMTP2GO account (sender domain ${ATT} verified) writes From: security@${BANK} (p=reject, whose SPF includes spf.smtp2go.com), signed d=${ATT} and SMTP2GO's d=smtpservice.net, bounce em882144.${ATT}; SMTP2GO's relay is a known email service (${reader}). DMARC fails at enforcement. Wanted: spoofed.`,
      eml: await s2gDeliver(reader, {
        signers: [
          [ATT, 's882144'],
          ['smtpservice.net', 's1-ve6'],
        ],
        envelope: `bounces-882144-9913@em882144.${ATT}`,
        dmarc: 'fail',
        id: `1sK155b-${reader}`,
        body: lureBody,
      }),
      zone: S2G_ZONE,
      args: readerArgs(reader),
      expect: reader === 'gmail' ? SPOOFED : NOT_TRUSTED,
      twin: reader === 'gmail',
    });
  }
}

// Fixed at 11:18 (lib/findings/broad-spf.ts with lib/analyze.ts traceOwnServerName: under a term
// that passes everyone, unsigned, the forward-confirmed name must reach its address without a CNAME
// out of the organisation, or be one of the domain's MX hosts): the dangling-CNAME attacks read
// suspicious, and the Azure-CNAME control with them (its DNS is the re-claimed label's).
// Kept out by choice (the lead, 11:18): the stale-A attacks. The attacker must be handed the very
// address a firm's forgotten A record names (hosters allocate at random), and the firm must both
// publish an SPF that passes everyone and send unsigned; the same DNS is a firm's own server whose
// MX is elsewhere (realworld148-box-plus-all-own-hetzner-server-unsigned), which must read
// authenticated. README's "What still fools" lists it.
// Was pending: every own-server attack (stale A at Hetzner, dangling CNAME re-claimed on Azure; under
// `+all`, `ip4:0.0.0.0/1 ip4:128.0.0.0/1` and `exists:%{l}._u.%{d}`; with the -no-options twins)
// reads "authenticated" (hosted-server-relay:low, broad-spf:low, dmarc-pass row): the SPF pass is
// aligned (the term passes everyone), and lib/findings/hosted-server.ts ownServerEvidence takes any
// forward-confirmed PTR name inside the From's organisation as the domain's own server, which
// lowers both findings (lib/findings/broad-spf.ts broadSpfRule `ownServer`), leaving no serious
// finding for lib/findings/verdict.ts. Should read not trusted (broad-spf medium, suspicious as the
// unconfirmed-PTR baseline reads). Fix: under an everyone-wide term (and for hosted-server-relay)
// count only a name the domain itself points at this address as a mail server: the domain's
// lowest-preference MX host or a host named by a narrow `a:`/`mx` term of its SPF record (the
// control's mail.<firm> is its MX), and reached without a CNAME out of the organisation (the
// origin walk's staysInside, lib/engine/origin-walk.ts); a bare A record (relay-old.<firm>) or a
// CNAME into *.cloudapp.azure.com proves only that the name resolves there. The genuine
// Azure-via-CNAME control would then read unverified (NOT_SUSPICIOUS allows it).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe155-box-plus-all-stale-a-hetzner-rented',
  'probe155-box-plus-all-stale-a-hetzner-rented-no-options',
  'probe155-box-ip4-halves-stale-a-hetzner-rented',
  'probe155-box-exists-localpart-stale-a-hetzner-rented',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

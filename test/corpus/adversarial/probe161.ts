// Red-team round 161: the last three commits' rules, each attack beside its genuine control.
// 1. lib/findings/hosted-server.ts ownServerEvidence / namedMailExchanger / reachedInside with
//    lib/analyze.ts traceOwnServerName: unsigned, a forward-confirmed reverse name inside the From
//    domain counts as the firm's own server only if it reaches its address with no CNAME out of the
//    organisation, or is "the From domain's sole primary MX". Bent: namedMailExchanger reads every
//    MX answer in the DNS log whose name is of the same organisation, and an SPF `mx:` term for a
//    subdomain (`mx:notices.<firm>`, a bounce or notices subdomain with its own MX) puts that
//    subdomain's MX answer there; its sole primary MX, a CNAME into a deleted Azure VM's name the
//    attacker re-claimed, then passes as the firm's own server (README: "nor a subdomain's own MX:
//    red-team round 119"). Read in a box (narrow `mx` terms, hosted server) and Gmail; beside the
//    firm's own MX on its live VM, the same layout honestly sent. Also: a hosted server under a
//    narrow `a:` term whose name is a dangling CNAME while the MX is Microsoft 365 (held).
// 2. lib/findings/brand-freemail.ts, the same-name operator's exemption: Yahoo Japan's account desk
//    on mail.yahoo.co.jp (its own host, brand in the mailbox name) beside a free @yahoo.co.jp
//    mailbox carrying the same name and "Yahoo Account Security" / "Yahoo Mail" words.
// Memory (lib/findings/lookalike.ts held, lib/findings/memory.ts imitable) and --attached (lib/cli/
// batch/attached.ts) cannot go in the corpus: tested by hand, reported to the lead.
// Where the layouts were learnt: the Azure reverse-FQDN/CNAME re-claim as probe155/probe159 learnt
// it (Microsoft Learn "Configure reverse lookup zones for an SMTP banner check": a PTR for a VM
// needs the custom name to CNAME/A to the VM's *.cloudapp.azure.com label); SPF `mx:<subdomain>`
// terms for a bounce subdomain as seen in real records (corpus "pages", SPF record examples with
// `mx:mail.example.com`); Yahoo Japan's relays and selector as probe159 (182.22.0.0/16,
// yj20110701 on mail.yahoo.co.jp). Names and addresses are documentation ones except Microsoft's,
// Yahoo Japan's hosts and ranges; every key is the corpus test key.
import {
  ARGS,
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const ROBIN = 'robin@reader.example';
const LURE =
  'Hi Robin,\r\n\r\nplease note our new bank details for invoice LM-6101 (EUR 38,400), due today:\r\nIBAN XX00 0000 6101 4422 19. Reply when paid.\r\n\r\nAccounts\r\n';
const PLAIN = 'Hi Robin,\r\n\r\nyour statement for November is on the portal as usual.\r\n\r\nAccounts\r\n';

const rev = (ip: string) => ip.split('.').reverse().join('.');
const intoBox = (raw: string, relay: Relay, envelope: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ ...relay, by: RECEIVER, id, for: ROBIN, date: 'Sun, 06 Dec 2026 10:00:05 +0000' }),
  );
const mail = (from: string, subject: string, id: string, body: string, to = `Robin Reader <${ROBIN}>`) =>
  submitted({ from, to, subject, date: 'Sun, 06 Dec 2026 09:59:58 +0000', messageId: `<${id}>`, body });

// ---- 1. A subdomain's MX named by an SPF `mx:` term ----
const LM = 'lanmoor-freight.example';
const FROM = `Lanmoor Accounts <accounts@${LM}>`;
/** The firm's SPF: its own MX, and its notices subdomain's MX (the old bulk-notice box). */
const SPF_MX = `v=spf1 mx mx:notices.${LM} -all`;
/** The firm's primary MX, its own live Azure VM behind a CNAME (the layout namedMailExchanger allows). */
const AZ_OWN = 'lanmoor-mx.westeurope.cloudapp.azure.com';
const OWN: Relay = { helo: `mail.${LM}`, rdns: `mail.${LM}`, ip: '20.61.12.60' };
/** notices.<firm>'s sole MX, a CNAME into a deleted VM's label the attacker re-claimed. */
const AZ_NOTICES = 'lanmoor-notices.westeurope.cloudapp.azure.com';
const NOTICES: Relay = { helo: `relay.notices.${LM}`, rdns: `relay.notices.${LM}`, ip: '20.61.12.61' };

function lmZone(): Record<string, unknown> {
  return {
    [LM]: {
      TXT: [SPF_MX],
      MX: [{ priority: 10, exchange: `mail.${LM}` }],
      A: ['192.0.2.90'],
    },
    [`_dmarc.${LM}`]: { TXT: ['v=DMARC1; p=reject'] },
    [`mail.${LM}`]: { CNAME: [AZ_OWN] },
    [AZ_OWN]: { A: [OWN.ip] },
    [`${rev(OWN.ip)}.in-addr.arpa`]: { PTR: [`mail.${LM}`] },
    [`notices.${LM}`]: { MX: [{ priority: 10, exchange: `relay.notices.${LM}` }] },
    [`relay.notices.${LM}`]: { CNAME: [AZ_NOTICES] },
    [AZ_NOTICES]: { A: [NOTICES.ip] },
    [`${rev(NOTICES.ip)}.in-addr.arpa`]: { PTR: [`relay.notices.${LM}`] },
  };
}

// ---- 1b. A narrow `a:` term whose name dangles, the MX at Microsoft 365 ----
const BW = 'brightwell-tools.example';
const BW_FROM = `Brightwell Billing <billing@${BW}>`;
const AZ_BW = 'brightwell-smtp.northeurope.cloudapp.azure.com';
const BW_SMTP: Relay = { helo: `smtp.${BW}`, rdns: `smtp.${BW}`, ip: '20.67.40.12' };
const bwZone = (): Record<string, unknown> => ({
  [BW]: {
    TXT: [`v=spf1 a:smtp.${BW} include:spf.protection.outlook.com -all`],
    MX: [{ priority: 0, exchange: 'brightwell-tools-example.mail.protection.outlook.com' }],
  },
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 -all'] },
  [`_dmarc.${BW}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`smtp.${BW}`]: { CNAME: [AZ_BW] },
  [AZ_BW]: { A: [BW_SMTP.ip] },
  [`${rev(BW_SMTP.ip)}.in-addr.arpa`]: { PTR: [`smtp.${BW}`] },
});

// ---- 2. Yahoo Japan ----
const YJ_OUT: Relay = {
  helo: 'mta522.mail.kks.yahoo.co.jp',
  rdns: 'mta522.mail.kks.yahoo.co.jp',
  ip: '182.22.12.118',
};
const YJ_ZONE: Record<string, unknown> = {
  ...ptr(YJ_OUT.ip, YJ_OUT.rdns),
  'mail.yahoo.co.jp': { TXT: ['v=spf1 ip4:182.22.0.0/16 ~all'] },
  'yahoo.co.jp': { TXT: ['v=spf1 ip4:182.22.0.0/16 ~all'] },
  '_dmarc.yahoo.co.jp': { TXT: ['v=DMARC1; p=none'] },
  'yj20110701._domainkey.mail.yahoo.co.jp': KEY(),
  'yj20110701._domainkey.yahoo.co.jp': KEY(),
};

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ==== 1. The subdomain's MX ====
  emit({
    name: 'probe161-box-own-primary-mx-azure-cname-control',
    class: 'own-server-mx',
    about: `Genuine control: ${LM} ("${SPF_MX}", p=reject) sends unsigned from its primary and only MX mail.${LM}, a CNAME to its own live Azure VM ${AZ_OWN} (reverse FQDN mail.${LM}). The domain's sole primary MX: were it dangling, its mail would not arrive. Wanted: not spoofed (authenticated today through namedMailExchanger).`,
    eml: intoBox(
      mail(FROM, 'November statement', `lm161a@mail.${LM}`, PLAIN),
      OWN,
      `accounts@${LM}`,
      '4Zd161A01',
    ),
    zone: lmZone(),
    args: ARGS,
    expect: { notVerdict: ['spoofed'] },
  });
  emit({
    name: 'probe161-box-spf-mx-subdomain-sole-mx-dangling-cname',
    class: 'own-server-mx',
    about: `Attack: ${LM}'s SPF keeps "mx:notices.${LM}" for an old bulk-notice box; notices.${LM}'s sole MX relay.notices.${LM} is a CNAME to ${AZ_NOTICES}, a VM deleted years ago, whose label the attacker re-claimed in Azure (${NOTICES.ip}), reverse FQDN relay.notices.${LM}. Unsigned, SPF passes through the mx: term, DMARC passes, payment lure. reachedInside sees the CNAME leave the firm, but namedMailExchanger reads the SPF term's MX answer for notices.${LM} (same owner as the From domain) and counts its sole primary MX as the firm's own server. Nobody receives mail at notices.${LM}, so nobody notices it dangling. Wanted: not trusted (suspicious: hosted server).`,
    eml: intoBox(
      mail(FROM, 'Invoice LM-6101: new bank details', `lm161b@relay.notices.${LM}`, LURE),
      NOTICES,
      `accounts@${LM}`,
      '4Zd161B01',
    ),
    zone: lmZone(),
    args: ARGS,
    expect: NOT_TRUSTED,
    twin: true,
  });
  {
    const raw = mail(FROM, 'Invoice LM-6101: new bank details', `lm161c@relay.notices.${LM}`, LURE, GMAIL_TO);
    emit({
      name: 'probe161-gmail-spf-mx-subdomain-sole-mx-dangling-cname',
      class: 'own-server-mx',
      about: `Attack: the re-claimed notices MX again, read in Gmail (spf=pass through "mx:notices.${LM}", dmarc=pass p=REJECT), unsigned. Wanted: not trusted.`,
      eml: gmailDelivery(raw, {
        relay: NOTICES,
        envelope: `accounts@${LM}`,
        results: [gmailSpf(`accounts@${LM}`, NOTICES.ip), gmailDmarc(LM, 'REJECT')].join('\r\n       '),
        ids: ['x161csp1pxc', 'a161si1qtc.161'],
        spf: 'pass',
        to: GMAIL_TO,
      }),
      zone: lmZone(),
      args: GMAIL,
      expect: NOT_TRUSTED,
    });
  }
  {
    const raw = mail(FROM, 'November statement', `lm161d@mail.${LM}`, PLAIN, GMAIL_TO);
    emit({
      name: 'probe161-gmail-own-primary-mx-azure-cname-control',
      class: 'own-server-mx',
      about: `Genuine control for the Gmail read: the firm's own primary MX on its live Azure VM, unsigned, spf=pass dmarc=pass. Wanted: not spoofed.`,
      eml: gmailDelivery(raw, {
        relay: OWN,
        envelope: `accounts@${LM}`,
        results: [gmailSpf(`accounts@${LM}`, OWN.ip), gmailDmarc(LM, 'REJECT')].join('\r\n       '),
        ids: ['x161csp2pxc', 'a161si2qtc.161'],
        spf: 'pass',
        to: GMAIL_TO,
      }),
      zone: lmZone(),
      args: GMAIL,
      expect: { notVerdict: ['spoofed'] },
    });
  }

  // ==== 1b. A narrow a: term ====
  emit({
    name: 'probe161-box-narrow-a-term-dangling-cname-m365-mx',
    class: 'own-server-a',
    about: `Attack: ${BW}'s SPF "a:smtp.${BW}" names its old scan-to-mail relay, smtp.${BW} a CNAME to ${AZ_BW} (VM deleted, label re-claimed at ${BW_SMTP.ip}, reverse FQDN smtp.${BW}); its MX is Microsoft 365. Unsigned, SPF and DMARC pass, invoice lure. Wanted: not trusted (hosted server: the CNAME leaves the firm and the name is no MX).`,
    eml: intoBox(
      mail(BW_FROM, 'Invoice BW-6102: new bank details', `bw161e@smtp.${BW}`, LURE),
      BW_SMTP,
      `billing@${BW}`,
      '4Zd161E01',
    ),
    zone: bwZone(),
    args: ARGS,
    expect: NOT_TRUSTED,
  });
  emit({
    name: 'probe161-box-narrow-a-term-own-azure-relay-control',
    class: 'own-server-a',
    about: `Genuine control: the firm's own live Azure relay smtp.${BW} (same DNS) sends its statement unsigned. The same DNS as the re-claimed label: never spoofed; suspicious is honest (unsigned, a hosted server whose name leaves the firm).`,
    eml: intoBox(
      mail(BW_FROM, 'November statement', `bw161f@smtp.${BW}`, PLAIN),
      BW_SMTP,
      `billing@${BW}`,
      '4Zd161F01',
    ),
    zone: bwZone(),
    args: ARGS,
    expect: { notVerdict: ['spoofed'] },
  });

  // ==== 2. Yahoo Japan ====
  const yj = async (from: string, domain: string, subject: string, body: string, n: string) => {
    const local = from.replace(/^.*<|@.*$/g, '');
    const raw = await signAll(mail(from, subject, `161${n}.yj@${domain}`, body, GMAIL_TO), [
      [domain, 'yj20110701'],
    ]);
    return gmailDelivery(raw, {
      relay: YJ_OUT,
      envelope: `${local}@${domain}`,
      results: [
        gmailDkim(domain, 'yj20110701'),
        gmailSpf(`${local}@${domain}`, YJ_OUT.ip),
        gmailDmarc(domain, 'NONE'),
      ].join('\r\n       '),
      ids: [`x161csp${n}pxj`, `a161si${n}qtj.161`],
      spf: 'pass',
      to: GMAIL_TO,
    });
  };
  emit({
    name: 'probe161-gmail-yahoo-japan-account-desk-genuine',
    class: 'yahoo-japan',
    about: `Genuine: Yahoo Japan's (LY Corporation's) account desk "Yahoo! JAPAN" <yahoo-account@mail.yahoo.co.jp>, its own host, signed d=mail.yahoo.co.jp, through its own relay. The brand in the mailbox name is its own (same-name operator exemption). Wanted: authenticated.`,
    eml: await yj(
      'Yahoo! JAPAN <yahoo-account@mail.yahoo.co.jp>',
      'mail.yahoo.co.jp',
      '【Yahoo! JAPAN】Yahoo! JAPAN IDの登録情報変更のお知らせ',
      'Yahoo! JAPAN IDの登録メールアドレスが変更されました。\r\n',
      'a',
    ),
    zone: YJ_ZONE,
    args: GMAIL,
    expect: AUTHENTICATED,
    twin: true,
  });
  emit({
    name: 'probe161-gmail-yahoo-account-security-free-yahoo-co-jp',
    class: 'yahoo-japan',
    about: `Attack: "Yahoo Account Security" <yahoo-account.security@yahoo.co.jp>, a free Yahoo Japan mailbox anyone opens, signed d=yahoo.co.jp, "Unusual sign-in: verify your account". The exemption is for the operator's own hosts under yahoo.co.jp, not its free mailboxes. Wanted: not trusted (brand-on-freemail).`,
    eml: await yj(
      'Yahoo Account Security <yahoo-account.security@yahoo.co.jp>',
      'yahoo.co.jp',
      'Unusual sign-in: verify your account',
      'We noticed an unusual sign-in to your Yahoo account. Verify it within 24 hours at https://yahoo-verify.example/login.\r\n',
      'b',
    ),
    zone: YJ_ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit({
    name: 'probe161-gmail-yahoo-mail-free-yahoo-co-jp-mailbox-in-name',
    class: 'yahoo-japan',
    about: `Attack: "Yahoo Mail" <yahoo-account@yahoo.co.jp> (the desk's own mailbox name on the free domain, not its host), "Your mailbox is 98% full". Wanted: not trusted.`,
    eml: await yj(
      'Yahoo Mail <yahoo-account@yahoo.co.jp>',
      'yahoo.co.jp',
      'Your mailbox is 98% full',
      'Your Yahoo Mail storage is 98% full. Upgrade free at https://ymail-storage.example/upgrade.\r\n',
      'c',
    ),
    zone: YJ_ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
}

// Pending (read 2026-12-06 against ec25bf3d):
// - spf-mx-subdomain-sole-mx-dangling-cname (box, -no-options, Gmail): read authenticated
//   (hosted-server-relay:low only). lib/findings/hosted-server.ts namedMailExchanger takes any MX
//   answer in the DNS log whose name is sameOwner with the From domain, so the MX answer the SPF
//   term `mx:notices.<firm>` recorded for the subdomain makes its sole MX, a CNAME into a
//   re-claimed *.cloudapp.azure.com label, "the domain's primary MX" (README: "nor a subdomain's
//   own MX: red-team round 119"). Should read suspicious (hosted server, as the dangling CNAME does).
//   Fix: in namedMailExchanger require hostKey(e.name) === hostKey(from) (or the organisation's
//   registrable domain that traceOwnServerName queries), not sameOwner; a subdomain's MX is
//   nobody's inbound path.
// Fixed at 11:58 (lib/findings/hosted-server.ts namedMailExchanger: the registrable domain's own MX
// answer only): the three read suspicious. The memory findings (a remembered word inside another
// firm's name, more lure words around it) were fixed at 11:55 (lib/findings/lookalike.ts
// heldSpans; test/unit/memory/redteam160.test.ts).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

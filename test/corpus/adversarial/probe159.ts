// Red-team round 159: the last commit's rules (b03790ee), each attack beside its genuine control.
// 1. lib/analyze.ts traceOwnServerName with lib/findings/hosted-server.ts reachedInside /
//    namedMailExchanger, read by lib/findings/broad-spf.ts `ownServer`: under an SPF term that
//    passes everyone (`a mx +all`), unsigned, a forward-confirmed reverse name inside the From
//    domain counts as the firm's own server only if its CNAMEs stay inside the organisation or it
//    is one of the domain's MX hosts. Bent: a backup MX host that is itself a dangling CNAME into
//    *.cloudapp.azure.com (re-claimed), also in mixed case with trailing dots read in Gmail; a
//    chain that walks inside the firm before leaving for the cloud (two steps, and six: more than
//    are followed); a name under a subdomain delegated to DigitalOcean's shared nameservers and
//    left dangling (anyone may add that zone to his DigitalOcean account; a droplet's PTR is its
//    name); and the genuine own server whose nameserver drops CNAME queries (a DNS fault).
// 2. lib/engine/author.ts strictestAuthor: several From addresses; the bank's address behind seven
//    other domains (the cap), written with a trailing dot, or in mixed case.
// 3. lib/findings/domains.ts Yahoo's new words: "Yahoo Mail Security" and "Yahoo Mail" on a free
//    yahoo.com mailbox (no word matches), beside Yahoo Japan's own account notice.
// 4. lib/relay/providers-esp.ts "Atlassian Cloud": Atlassian's own blocks are also the egress of
//    Bitbucket Pipelines builds run with `atlassian-ip-ranges: true` (any free Bitbucket account),
//    so a firm that lists Atlassian's ranges in its SPF for Jira Service Management's custom
//    address has an SPF-aligned pass for any build that talks SMTP; beside the firm's genuine JSM
//    mail signed with its own key.
// Where the layouts were learnt: Atlassian's "Configure Jira Cloud to send emails on behalf of your
// domain" (support.atlassian.com, corpus "pages": custom sender needs a claimed domain; admins are
// told to allow Atlassian's IP ranges) and its community post "DMARC might be blocking your email
// notifications from Jira" (Return-Path on *.atlassian.net); the Bitbucket outbound list
// (104.192.136.0/21, 185.166.140.0/22: gist emulanob "Bitbucket outbound IP list", corpus "docs")
// and linear-b/gitstream's docs naming `step.runtime.cloud.atlassian-ip-ranges: true` for
// Pipelines egress from Atlassian's ranges (corpus "docs"; whether those builds may reach port 25
// was not confirmed). The dangling CNAME re-claim on Azure as probe155 learnt it; DigitalOcean's
// shared ns1-3.digitalocean.com and droplet-name PTRs as its own DNS docs describe them (not
// searched this round). Yahoo's and Yahoo Japan's relays as their published ranges (98.137.64.0/21,
// 182.22.0.0/16). Names and addresses are documentation ones except Microsoft's, DigitalOcean's,
// Yahoo's, Yahoo Japan's and Atlassian's hosts and ranges; every key is the corpus test key.
import {
  ARGS,
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  NOT_SUSPICIOUS,
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
import { eopDelivery, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const ROBIN = 'robin@reader.example';
const LURE =
  'Hi Robin,\r\n\r\nplease note our new bank details for invoice CH-5901 (EUR 41,200), due today:\r\nIBAN XX00 0000 5901 7788 12. Reply when paid.\r\n\r\nAccounts\r\n';
const PLAIN = 'Hi Robin,\r\n\r\nyour statement for November is on the portal as usual.\r\n\r\nAccounts\r\n';

const rev = (ip: string) => ip.split('.').reverse().join('.');
const intoBox = (raw: string, relay: Relay, envelope: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ ...relay, by: RECEIVER, id, for: ROBIN, date: 'Fri, 20 Nov 2026 10:00:05 +0000' }),
  );
const mail = (
  from: string,
  subject: string,
  id: string,
  body: string,
  to = `Robin Reader <${ROBIN}>`,
  extra: string[] = [],
) =>
  submitted({
    from,
    to,
    subject,
    date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    messageId: `<${id}>`,
    extraHeaders: extra,
    body,
  });

// ---- 1. Own server under an everyone-wide term ----
const CH = 'carrow-holdings.example';
const FROM = `Carrow Accounts <accounts@${CH}>`;
const SPF_ALL = 'v=spf1 a mx +all';
/** The firm's own primary MX at Hetzner, genuinely its own. */
const OWN: Relay = { helo: `mail.${CH}`, rdns: `mail.${CH}`, ip: '116.202.33.40' };
/** The backup MX name, a CNAME to a deleted Azure VM's label the spoofer re-claimed. */
const AZ_MX = 'carrow-mx2.westeurope.cloudapp.azure.com';
const MX2: Relay = { helo: `mx2.${CH}`, rdns: `mx2.${CH}`, ip: '20.61.12.40' };
/** A name walking inside the firm before leaving for a re-claimed label. */
const AZ_CHAIN = 'carrow-relay.westeurope.cloudapp.azure.com';
const CHAIN2: Relay = { helo: `smtp-legacy.${CH}`, rdns: `smtp-legacy.${CH}`, ip: '20.61.12.41' };
const CHAIN6: Relay = { helo: `notify.${CH}`, rdns: `notify.${CH}`, ip: '20.61.12.42' };
/** A droplet named into eu.<firm>, a zone left delegated to DigitalOcean's shared nameservers. */
const DO: Relay = { helo: `mail.eu.${CH}`, rdns: `mail.eu.${CH}`, ip: '159.65.200.17' };
/** The firm's own second server, whose nameserver drops CNAME queries. */
const OUT2: Relay = { helo: `mail-out.${CH}`, rdns: `mail-out.${CH}`, ip: '116.202.33.41' };

function chZone(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...ptr(OWN.ip, OWN.rdns),
    [CH]: {
      TXT: [SPF_ALL],
      MX: [
        { priority: 10, exchange: `mail.${CH}` },
        { priority: 20, exchange: `mx2.${CH}` },
      ],
      A: ['192.0.2.80'],
    },
    [`_dmarc.${CH}`]: { TXT: ['v=DMARC1; p=reject'] },
    [`mx2.${CH}`]: { CNAME: [AZ_MX] },
    [AZ_MX]: { A: [MX2.ip] },
    [`${rev(MX2.ip)}.in-addr.arpa`]: { PTR: [`mx2.${CH}`] },
    // smtp-legacy -> relay-eu -> Azure (two inside steps, then out).
    [`smtp-legacy.${CH}`]: { CNAME: [`relay-eu.${CH}`] },
    [`relay-eu.${CH}`]: { CNAME: [AZ_CHAIN] },
    [AZ_CHAIN]: { A: [CHAIN2.ip, CHAIN6.ip] },
    [`${rev(CHAIN2.ip)}.in-addr.arpa`]: { PTR: [`smtp-legacy.${CH}`] },
    // notify -> n1 -> n2 -> n3 -> n4 -> n5 -> Azure (six inside steps).
    [`notify.${CH}`]: { CNAME: [`n1.${CH}`] },
    [`n1.${CH}`]: { CNAME: [`n2.${CH}`] },
    [`n2.${CH}`]: { CNAME: [`n3.${CH}`] },
    [`n3.${CH}`]: { CNAME: [`n4.${CH}`] },
    [`n4.${CH}`]: { CNAME: [`n5.${CH}`] },
    [`n5.${CH}`]: { CNAME: [AZ_CHAIN] },
    [`${rev(CHAIN6.ip)}.in-addr.arpa`]: { PTR: [`notify.${CH}`] },
    // eu.<firm> NS ns1/ns2/ns3.digitalocean.com (a zone cut this zone format cannot write): the
    // records below are what DigitalOcean's nameservers answer, whoever added the zone.
    [`mail.eu.${CH}`]: { A: [DO.ip] },
    [`${rev(DO.ip)}.in-addr.arpa`]: { PTR: [`mail.eu.${CH}`] },
    // mail-out: its A answers, a CNAME query times out (a nameserver that drops unknown types).
    [`mail-out.${CH}`]: { A: [OUT2.ip], TIMEOUT: true },
    [`${rev(OUT2.ip)}.in-addr.arpa`]: { PTR: [`mail-out.${CH}`] },
    ...extra,
  };
}
/** The same firm with its MX records written in mixed case with trailing dots, as some panels do. */
const chZoneCased = () =>
  chZone({
    [CH]: {
      TXT: [SPF_ALL],
      MX: [
        { priority: 10, exchange: `Mail.Carrow-Holdings.example.` },
        { priority: 20, exchange: `MX2.Carrow-Holdings.EXAMPLE.` },
      ],
      A: ['192.0.2.80'],
    },
    [`${rev(MX2.ip)}.in-addr.arpa`]: { PTR: [`Mx2.Carrow-Holdings.Example.`] },
  });

// ---- 2. Several authors ----
const ATT = 'carrow-partners.example';
const BANK = 'northbank.example';
const AUTH_ZONE: Record<string, unknown> = {
  [ATT]: { TXT: [`v=spf1 ip4:198.51.100.66 -all`] },
  [`_dmarc.${ATT}`]: { TXT: ['v=DMARC1; p=none'] },
  [`s1._domainkey.${ATT}`]: KEY(),
  ...ptr('198.51.100.66', `mail.${ATT}`),
  [BANK]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${BANK}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`nb1._domainkey.${BANK}`]: KEY(),
  ...ptr('192.0.2.10', `mta1.${BANK}`),
};
const ATT_RELAY: Relay = { helo: `mail.${ATT}`, rdns: `mail.${ATT}`, ip: '198.51.100.66' };
const BANK_RELAY: Relay = { helo: `mta1.${BANK}`, rdns: `mta1.${BANK}`, ip: '192.0.2.10' };
const CC_DOMAINS = [
  'audit-desk.example',
  'ledger-review.example',
  'escrow-team.example',
  'compliance-hub.example',
  'treasury-ops.example',
  'legal-notice.example',
  'payments-desk.example',
];

// ---- 3. Yahoo ----
const YAHOO_OUT: Relay = {
  helo: 'sonic317-26.consmr.mail.gq1.yahoo.com',
  rdns: 'sonic317-26.consmr.mail.gq1.yahoo.com',
  ip: '98.137.66.82',
};
const YJ_OUT: Relay = {
  helo: 'mta522.mail.kks.yahoo.co.jp',
  rdns: 'mta522.mail.kks.yahoo.co.jp',
  ip: '182.22.12.118',
};
const YAHOO_ZONE: Record<string, unknown> = {
  ...ptr(YAHOO_OUT.ip, YAHOO_OUT.rdns),
  ...ptr(YJ_OUT.ip, YJ_OUT.rdns),
  'yahoo.com': { TXT: ['v=spf1 ip4:98.137.64.0/21 ~all'] },
  '_dmarc.yahoo.com': { TXT: ['v=DMARC1; p=reject; pct=100'] },
  's2048._domainkey.yahoo.com': KEY(),
  'mail.yahoo.co.jp': { TXT: ['v=spf1 ip4:182.22.0.0/16 ~all'] },
  'yahoo.co.jp': { TXT: ['v=spf1 ip4:182.22.0.0/16 ~all'] },
  '_dmarc.yahoo.co.jp': { TXT: ['v=DMARC1; p=none'] },
  'yj20110701._domainkey.mail.yahoo.co.jp': KEY(),
};

// ---- 4. Atlassian ----
const TW = 'tidewater-supply.example';
/** Jira Service Management's mail for the firm's custom address (Atlassian's own block). */
const JSM: Relay = { helo: 'mx-jsm.atlassian.example', rdns: '', ip: '185.166.141.22' };
/** A Bitbucket Pipelines build (atlassian-ip-ranges: true) talking SMTP straight to the MX. */
const PIPE: Relay = { helo: `mail.${TW}`, rdns: '', ip: '104.192.138.77' };
const TW_ZONE: Record<string, unknown> = {
  [TW]: { TXT: ['v=spf1 include:spf.protection.outlook.com ip4:104.192.136.0/21 ip4:185.166.140.0/22 -all'] },
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 -all'] },
  [`_dmarc.${TW}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`jsm1._domainkey.${TW}`]: KEY(),
  'mail-us.atlassian.net': { TXT: ['v=spf1 ip4:185.166.140.0/22 ip4:104.192.136.0/21 -all'] },
};

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ==== 1. Own server under `+all` ====
  emit({
    name: 'probe159-box-plus-all-own-primary-mx-control',
    class: 'own-server-everyone',
    about: `Genuine control: ${CH} ("${SPF_ALL}", p=reject) sends unsigned from its own primary MX ${OWN.rdns} at Hetzner (no CNAME). Wanted: authenticated (real-mail rounds 145, 148).`,
    eml: intoBox(
      mail(FROM, 'November statement', `ch159a@mail.${CH}`, PLAIN),
      OWN,
      `accounts@${CH}`,
      '4Zc159A01',
    ),
    zone: chZone(),
    args: ARGS,
    expect: AUTHENTICATED,
  });
  emit({
    name: 'probe159-box-plus-all-backup-mx-dangling-cname-reclaimed',
    class: 'own-server-everyone',
    about: `Attack: ${CH}'s backup MX mx2.${CH} is a CNAME to ${AZ_MX}, a VM the firm deleted when it moved; the spoofer re-claimed the label in Azure (${MX2.ip}) and set its reverse FQDN to mx2.${CH}. Unsigned, "${SPF_ALL}", payment lure. reachedInside sees the CNAME leave, but namedMailExchanger finds mx2 among the MX answers and lets it count as the firm's own server. Wanted: not trusted (as probe155's dangling CNAME reads).`,
    eml: intoBox(
      mail(FROM, 'Invoice CH-5901: new bank details', `ch159b@mx2.${CH}`, LURE),
      MX2,
      `accounts@${CH}`,
      '4Zc159B01',
    ),
    zone: chZone(),
    args: ARGS,
    expect: NOT_TRUSTED,
    twin: true,
  });
  {
    const raw = mail(FROM, 'Invoice CH-5901: new bank details', `ch159c@mx2.${CH}`, LURE, GMAIL_TO);
    emit({
      name: 'probe159-gmail-plus-all-backup-mx-cname-mixed-case-trailing-dot',
      class: 'own-server-everyone',
      about: `Attack: the re-claimed backup MX again, read in Gmail (spf=pass, dmarc=pass under "${SPF_ALL}"), with the firm's MX answers written "MX2.Carrow-Holdings.EXAMPLE." and the PTR "Mx2.Carrow-Holdings.Example.". Wanted: not trusted.`,
      eml: gmailDelivery(raw, {
        relay: MX2,
        envelope: `accounts@${CH}`,
        results: [gmailSpf(`accounts@${CH}`, MX2.ip), gmailDmarc(CH, 'REJECT')].join('\r\n       '),
        ids: ['x159csp1pxc', 'a159si1qtc.159'],
        spf: 'pass',
        to: GMAIL_TO,
      }),
      zone: chZoneCased(),
      args: GMAIL,
      expect: NOT_TRUSTED,
    });
  }
  emit({
    name: 'probe159-box-plus-all-backup-mx-own-azure-vm-control',
    class: 'own-server-everyone',
    about: `Genuine control for the backup MX: ${CH} really runs mx2.${CH} on its live Azure VM (${AZ_MX}) and sends a statement from it, unsigned. Its DNS is the re-claimed label's: never spoofed; not authenticated either once the CNAME out of the firm counts against it, MX or not (as probe155's Azure control reads).`,
    eml: intoBox(
      mail(FROM, 'November statement', `ch159d@mx2.${CH}`, PLAIN),
      MX2,
      `accounts@${CH}`,
      '4Zc159D01',
    ),
    zone: chZone(),
    args: ARGS,
    expect: { notVerdict: ['spoofed'] },
  });
  emit({
    name: 'probe159-box-plus-all-cname-two-inside-steps-then-azure',
    class: 'own-server-everyone',
    about: `Attack: smtp-legacy.${CH} CNAME relay-eu.${CH} CNAME ${AZ_CHAIN} (deleted VM, re-claimed at ${CHAIN2.ip}, reverse FQDN smtp-legacy.${CH}). Two steps inside the firm before leaving. Wanted: not trusted.`,
    eml: intoBox(
      mail(FROM, 'Invoice CH-5901: new bank details', `ch159e@smtp-legacy.${CH}`, LURE),
      CHAIN2,
      `accounts@${CH}`,
      '4Zc159E01',
    ),
    zone: chZone(),
    args: ARGS,
    expect: NOT_TRUSTED,
  });
  emit({
    name: 'probe159-box-plus-all-cname-six-inside-steps-then-azure',
    class: 'own-server-everyone',
    about: `Attack: notify.${CH} walks six CNAMEs inside the firm (n1..n5) before ${AZ_CHAIN}, re-claimed at ${CHAIN6.ip}: more steps than staysInside/reachedInside follow (4). Wanted: not trusted.`,
    eml: intoBox(
      mail(FROM, 'Invoice CH-5901: new bank details', `ch159f@notify.${CH}`, LURE),
      CHAIN6,
      `accounts@${CH}`,
      '4Zc159F01',
    ),
    zone: chZone(),
    args: ARGS,
    expect: NOT_TRUSTED,
  });
  emit({
    name: 'probe159-box-plus-all-dangling-digitalocean-delegation',
    class: 'own-server-everyone',
    about: `Attack: eu.${CH} is still delegated to ns1-3.digitalocean.com after the firm removed the zone from its account; DigitalOcean's nameservers are shared, so the spoofer adds eu.${CH} to his own account, writes mail.eu.${CH} A ${DO.ip} and names his droplet mail.eu.${CH} (DigitalOcean makes that its PTR). No CNAME, forward-confirmed, inside the firm; no particular address needed (unlike the stale-A case README keeps). Unsigned, "${SPF_ALL}", lure. Wanted: not trusted.`,
    eml: intoBox(
      mail(FROM, 'Invoice CH-5901: new bank details', `ch159g@mail.eu.${CH}`, LURE),
      DO,
      `accounts@${CH}`,
      '4Zc159G01',
    ),
    zone: chZone(),
    args: ARGS,
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit({
    name: 'probe159-box-plus-all-own-digitalocean-subzone-control',
    class: 'own-server-everyone',
    about: `Genuine control: the firm really runs mail.eu.${CH} on a DigitalOcean droplet in its delegated eu.${CH} zone and sends a statement, unsigned, under "${SPF_ALL}". The same DNS as the dangling delegation: never spoofed (authenticated today, unverified or suspicious would be honest for unsigned mail under +all from a delegated zone).`,
    eml: intoBox(
      mail(FROM, 'November statement', `ch159h@mail.eu.${CH}`, PLAIN),
      DO,
      `accounts@${CH}`,
      '4Zc159H01',
    ),
    zone: chZone(),
    args: ARGS,
    expect: { notVerdict: ['spoofed'] },
  });
  emit({
    name: 'probe159-box-plus-all-own-server-cname-query-times-out',
    class: 'own-server-everyone',
    about: `Genuine: the firm's second server mail-out.${CH} at Hetzner (PTR and A its own, no CNAME), but its nameserver drops CNAME queries (they time out) while A answers. Unsigned, "${SPF_ALL}". A DNS fault is no evidence against the sender: wanted not suspicious (authenticated, or unverified citing the fault), never spoofed.`,
    eml: intoBox(
      mail(FROM, 'November statement', `ch159i@mail-out.${CH}`, PLAIN),
      OUT2,
      `accounts@${CH}`,
      '4Zc159I01',
    ),
    zone: chZone(),
    args: ARGS,
    expect: NOT_SUSPICIOUS,
  });

  // ==== 2. Several From addresses ====
  const attSigned = async (from: string, id: string, subject: string) =>
    intoBox(
      await signAll(
        mail(from, subject, id, LURE, `Robin Reader <${ROBIN}>`, [`Sender: Accounts <accounts@${ATT}>`]),
        [[ATT, 's1']],
      ),
      ATT_RELAY,
      `accounts@${ATT}`,
      '4Zc159J01',
    );
  const padded = CC_DOMAINS.map((d, i) => `Desk ${i + 1} <desk@${d}>`).join(', ');
  emit({
    name: 'probe159-box-bank-ninth-author-behind-seven-domains',
    class: 'authors',
    about: `Attack: From: accounts@${ATT} (signed, aligned), seven other domains (no DMARC), then "Northbank Security <security@${BANK}>" (p=reject) ninth; Sender: the attacker. strictestAuthor stops at seven other domains, so the bank's DMARC is never looked up. Wanted: spoofed (the bank's address fails its p=reject), at least not trusted.`,
    eml: await attSigned(
      `Carrow Partners <accounts@${ATT}>, ${padded}, Northbank Security <security@${BANK}>`,
      'ch159j@carrow-partners.example',
      'Joint notice: account review',
    ),
    zone: AUTH_ZONE,
    args: ARGS,
    expect: SPOOFED,
  });
  emit({
    name: 'probe159-box-bank-second-author-trailing-dot',
    class: 'authors',
    about: `Attack: From: accounts@${ATT}, "Northbank Security <security@${BANK}.>" (a trailing dot, which mail clients show and DNS reads as the same domain). Wanted: spoofed (the bank's p=reject applies).`,
    eml: await attSigned(
      `Carrow Partners <accounts@${ATT}>, Northbank Security <security@${BANK}.>`,
      'ch159k@carrow-partners.example',
      'Joint notice: account review',
    ),
    zone: AUTH_ZONE,
    args: ARGS,
    expect: SPOOFED,
  });
  emit({
    name: 'probe159-box-bank-second-author-mixed-case',
    class: 'authors',
    about: `Attack: From: accounts@${ATT}, "Northbank Security <security@NorthBank.EXAMPLE>". Wanted: spoofed.`,
    eml: await attSigned(
      `Carrow Partners <accounts@${ATT}>, Northbank Security <security@NorthBank.EXAMPLE>`,
      'ch159l@carrow-partners.example',
      'Joint notice: account review',
    ),
    zone: AUTH_ZONE,
    args: ARGS,
    expect: SPOOFED,
  });
  emit({
    name: 'probe159-box-bank-two-authors-signed-control',
    class: 'authors',
    about: `Genuine control: a joint letter from two of the bank's officers, From: two @${BANK} addresses, Sender: the first, signed nb1._domainkey.${BANK}, from the bank's own relay. Several From addresses are unusual (multiple-from), never spoofed.`,
    eml: intoBox(
      await signAll(
        mail(
          `Ann Officer <ann.officer@${BANK}>, Ben Officer <ben.officer@${BANK}>`,
          'Your mortgage offer',
          'nb159m@mta1.northbank.example',
          'Dear Robin,\r\n\r\nyour mortgage offer is ready in online banking.\r\n\r\nAnn and Ben\r\n',
          `Robin Reader <${ROBIN}>`,
          [`Sender: Ann Officer <ann.officer@${BANK}>`],
        ),
        [[BANK, 'nb1']],
      ),
      BANK_RELAY,
      `bounce@${BANK}`,
      '4Zc159M01',
    ),
    zone: AUTH_ZONE,
    args: ARGS,
    expect: { notVerdict: ['spoofed'] },
  });

  // ==== 3. Yahoo ====
  const yahooFree = async (name: string, local: string, subject: string, body: string, n: string) => {
    const raw = await signAll(
      mail(`"${name}" <${local}@yahoo.com>`, subject, `159${n}.yahoo@mail.yahoo.com`, body, GMAIL_TO),
      [['yahoo.com', 's2048']],
    );
    return gmailDelivery(raw, {
      relay: YAHOO_OUT,
      envelope: `${local}@yahoo.com`,
      results: [
        gmailDkim('yahoo.com', 's2048'),
        gmailSpf(`${local}@yahoo.com`, YAHOO_OUT.ip),
        gmailDmarc('yahoo.com', 'REJECT'),
      ].join('\r\n       '),
      ids: [`x159csp${n}pxy`, `a159si${n}qty.159`],
      spf: 'pass',
      to: GMAIL_TO,
    });
  };
  emit({
    name: 'probe159-gmail-yahoo-mail-security-free-mailbox',
    class: 'yahoo-words',
    about: `Attack: "Yahoo Mail Security" <yahoomail.security.desk@yahoo.com>, a free Yahoo mailbox, "Unusual sign-in: verify your account" with a link off Yahoo. Every pass (DKIM yahoo.com). "yahoo security" is a word, but "Mail" sits between; no listed word matches, so the Yahoo brand rule is silent. Wanted: not trusted.`,
    eml: await yahooFree(
      'Yahoo Mail Security',
      'yahoomail.security.desk',
      'Unusual sign-in: verify your account',
      'We noticed an unusual sign-in to your Yahoo Mail. Verify your account within 24 hours at https://ymail-verify.example/login or it will be locked.\r\n',
      'a',
    ),
    zone: YAHOO_ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit({
    name: 'probe159-gmail-yahoo-mail-storage-full-free-mailbox',
    class: 'yahoo-words',
    about: `Attack: "Yahoo Mail" <ymail.storage.notice@yahoo.com>, "Your mailbox is 98% full". "Yahoo Mail" is the product's own name, the most common sender name in Yahoo-themed phishing; it is no listed word. Wanted: not trusted.`,
    eml: await yahooFree(
      'Yahoo Mail',
      'ymail.storage.notice',
      'Your mailbox is 98% full',
      'Your Yahoo Mail storage is 98% full. New messages will bounce. Upgrade free at https://ymail-storage.example/upgrade.\r\n',
      'b',
    ),
    zone: YAHOO_ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  {
    const raw = await signAll(
      mail(
        'Yahoo! JAPAN <account-security-noreply@mail.yahoo.co.jp>',
        '【Yahoo! JAPAN】ログインのお知らせ',
        '159c.yj@mail.yahoo.co.jp',
        'Yahoo! JAPAN IDで新しいログインがありました。心当たりがない場合はYahoo! JAPANのヘルプをご確認ください。\r\n',
        GMAIL_TO,
      ),
      [['mail.yahoo.co.jp', 'yj20110701']],
    );
    emit({
      name: 'probe159-gmail-yahoo-japan-login-notice-genuine',
      class: 'yahoo-words',
      about: `Genuine: Yahoo Japan's (LY Corporation's) login notice "Yahoo! JAPAN" from mail.yahoo.co.jp through its own relay, signed d=mail.yahoo.co.jp. Wanted: authenticated; "Yahoo" beside "JAPAN" is no desk word and yahoo.co.jp is its own.`,
      eml: gmailDelivery(raw, {
        relay: YJ_OUT,
        envelope: 'account-security-noreply@mail.yahoo.co.jp',
        results: [
          gmailDkim('mail.yahoo.co.jp', 'yj20110701'),
          gmailSpf('account-security-noreply@mail.yahoo.co.jp', YJ_OUT.ip),
          gmailDmarc('mail.yahoo.co.jp', 'NONE'),
        ].join('\r\n       '),
        ids: ['x159csp3pxj', 'a159si3qtj.159'],
        spf: 'pass',
        to: GMAIL_TO,
      }),
      zone: YAHOO_ZONE,
      args: GMAIL,
      expect: AUTHENTICATED,
    });
  }

  // ==== 4. Atlassian ====
  const twMail = (subject: string, id: string, body: string) =>
    mail(`Tidewater Support <support@${TW}>`, subject, id, body, `Robin Reader <${ROBIN}>`, [
      'X-JIRA-FingerPrint: 8f3a159c0de1',
    ]);
  const eop = (raw: string, relay: Relay, envelope: string, dkim: string, dmarc: string) =>
    eopDelivery(raw, {
      ip: relay.ip,
      helo: relay.helo,
      ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${envelope.split('@')[1]}; ${dkim};dmarc=${dmarc} action=none\r\n header.from=${TW};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${envelope.split('@')[1]} designates\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
      returnPath: envelope,
    });
  emit({
    name: 'probe159-outlook-jsm-custom-address-signed-control',
    class: 'atlassian',
    about: `Genuine control: Jira Service Management's reply on ticket TW-1591 from the firm's claimed custom address support@${TW}, leaving Atlassian's block (${JSM.ip}), Return-Path on atlassian.net, signed jsm1._domainkey.${TW}. Wanted: authenticated; since 11:31 the egress blocks are no known service (see the pending note), so never spoofed: it reads suspicious (hosted-server-relay), as realworld156's JSM cases do.`,
    eml: eop(
      await signAll(
        twMail(
          '[TW-1591] Your delivery query',
          'jsm159a@tidewater-supply.atlassian.net',
          'Hi Robin,\r\n\r\nyour delivery is booked for Monday.\r\n\r\nTidewater Support\r\n',
        ),
        [[TW, 'jsm1']],
      ),
      JSM,
      'jira-bounce@mail-us.atlassian.net',
      `dkim=pass (signature was verified)\r\n header.d=${TW}`,
      'pass',
    ),
    zone: TW_ZONE,
    args: OUTLOOK,
    expect: { notVerdict: ['spoofed'] },
  });
  emit({
    name: 'probe159-outlook-bitbucket-pipelines-egress-spf-only',
    class: 'atlassian',
    about: `Attack: a free Bitbucket account runs a Pipelines step with atlassian-ip-ranges: true and talks SMTP straight to the firm's customers' MX from ${PIPE.ip} (104.192.136.0/21), envelope and From support@${TW}, unsigned. ${TW} lists Atlassian's blocks in its SPF for JSM (as Atlassian tells admins), so SPF passes aligned and DMARC passes. The relay is Atlassian Cloud, a "known email service"; only SPF carries it, from an address any Atlassian customer's code may use. Wanted: not trusted.`,
    eml: eop(
      twMail(
        '[TW-1592] Refund: confirm your card',
        'pipe159b@tidewater-supply.example',
        'Hi Robin,\r\n\r\nyour refund of EUR 312 is waiting. Confirm the card at https://tidewater-refunds.example/claim.\r\n\r\nTidewater Support\r\n',
      ),
      PIPE,
      `support@${TW}`,
      'dkim=none (message not signed)\r\n header.d=none',
      'pass',
    ),
    zone: TW_ZONE,
    args: OUTLOOK,
    expect: NOT_TRUSTED,
    twin: true,
  });
}

// Fixed at 11:31 (the lead): the backup-MX cases (lib/findings/hosted-server.ts ownServerEvidence:
// unsigned, the confirmed name must reach its address inside the domain or be its sole primary
// MX, namedMailExchanger; lib/analyze.ts traceOwnServerName follows the CNAMEs of any unsigned
// message's own-server name), the Yahoo Mail names ("yahoo mail" in Yahoo's words), the ninth
// author (lib/engine/author.ts: twenty other domains, asked together), the Pipelines egress
// (Atlassian Cloud keeps its /32 email hosts only; the JSM control reads suspicious with it).
// Kept out by choice (the lead, 11:31): the dangling DigitalOcean delegation (a subzone left
// delegated to a shared DNS host, an SPF that passes everyone and unsigned mail, all three; finding
// the zone cut costs an SOA lookup per such message and the genuine control reads the same) and
// the CNAME timeout (reads suspicious, not spoofed, on the firm's own DNS fault).
// Was pending (read 2026-12-06 against b03790ee):
// - backup-mx-dangling-cname-reclaimed (+ -no-options, and the Gmail mixed-case/trailing-dot one):
//   read authenticated (hosted-server-relay:low, broad-spf low). lib/findings/broad-spf.ts
//   `ownServer` takes namedMailExchanger as an alternative to reachedInside, so an MX host that is
//   itself a dangling CNAME into *.cloudapp.azure.com counts as the firm's own server. Should read
//   suspicious like probe155's dangling CNAME. Fix: require reachedInside in every case (an MX
//   name proves the host is the firm's only when it reaches its address inside the firm), i.e.
//   `reachedInside(ctx, rdns) && (...)`, not `reachedInside || namedMailExchanger`.
// - dangling-digitalocean-delegation (+ -no-options): reads authenticated (hosted-server-relay:low,
//   broad-spf:low). lib/findings/hosted-server.ts ownServerEvidence / broad-spf.ts `ownServer`
//   accept any forward-confirmed name inside the organisation; a name in a subzone delegated to a
//   shared DNS host (DigitalOcean, Azure DNS, Route 53 sets) is written by whoever claims that
//   zone, with any address. Should read not trusted. Fix: under an everyone-wide term, unsigned,
//   look up the SOA (or NS) of the reverse name; when its zone is not the From organisation's own
//   zone (a cut below it, served by other nameservers), do not count it (lib/analyze.ts
//   traceOwnServerName can record the SOA beside the CNAMEs). The genuine control would then read
//   suspicious too; it is unsigned mail under `+all` from a server any zone holder could name.
// - own-server-cname-query-times-out: reads suspicious (broad-spf:medium). reachedInside returns
//   false for a recorded CNAME error that is not an answered "no", though staysInside returns null
//   ("DNS could not say"). Should read unverified citing the DNS fault (never suspicious on a
//   fault). Fix: let reachedInside return null on ETIMEOUT/ESERVFAIL and have broadSpfRule or
//   lib/engine/undecided.ts undecidedByDnsFault turn that into an undecided verdict.
// - bank-ninth-author-behind-seven-domains: reads suspicious (multiple-from:high) where the bank at
//   second to eighth place reads spoofed: lib/engine/author.ts strictestAuthor stops at
//   MAX_OTHER_AUTHORS = 7, so p=reject of the ninth address is never looked up. Lower stakes
//   (still not trusted). Fix: when more distinct domains remain than the cap, treat the message as
//   spoofed-or-unusable outright (or look up the remaining ones in parallel, cap by header size).
// - yahoo-mail-security-free-mailbox (+ -no-options), yahoo-mail-storage-full-free-mailbox: read
//   authenticated with no finding. lib/findings/domains.ts Yahoo `words` are phrases of exactly
//   "yahoo <desk>"; "Yahoo Mail Security", "Yahoo Mail" (the product name), "Yahoo Mail Support"
//   fall between them. Should read not trusted (brand on a free mailbox). Fix: add "yahoo mail"
//   (Yahoo Japan writes "Yahoo!メール", and "Yahoo! JAPAN" stays clear), or match "yahoo" followed
//   by an optional "mail" and then a desk word.
// - bitbucket-pipelines-egress-spf-only (+ -no-options): reads authenticated "sent through
//   Atlassian Cloud". lib/relay/providers-esp.ts lists 104.192.136.0/21 and 185.166.140.0/22,
//   which are also Bitbucket Pipelines' egress (atlassian-ip-ranges: true) and webhooks: code any
//   customer runs. An SPF-only pass from them proves nothing about the firm. Should read not
//   trusted (as an SPF-only pass from a shared platform). Fix: drop the two /21-/22 egress blocks
//   from Atlassian Cloud (keep the /32 email hosts), or mark them shared so an unsigned SPF-only
//   pass from them is not enough (the rule that handles shared ESP ranges, lib/findings/).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe159-box-plus-all-dangling-digitalocean-delegation',
  'probe159-box-plus-all-dangling-digitalocean-delegation-no-options',
  'probe159-box-plus-all-own-server-cname-query-times-out',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

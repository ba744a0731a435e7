// Red-team probes, sixty-sixth round (December 2026): the last round's fixes attacked in Gmail,
// online (with a zone) and offline.
// - lib/dns/registrable.ts REGISTRY_SUFFIXES and lib/findings/lookalike.ts privateOrg /
//   FREE_DNS_ZONES: FreeDNS's (afraid.org) shared zones are a hand list of nine; uk.to (FreeDNS's
//   sibling of the listed us.to) is not in it nor in the PSL, and the Korean free zone kro.kr
//   ("내도메인.한국", free names under kro.kr, p-e.kr, o-r.kr) is in neither. A brand's name there
//   is read as organisation uk.to / kro.kr, label "uk" / "kro": no look-alike. Read in Gmail
//   (online, offline) and in Outlook offline (EOP's record of a full pass). The display name names
//   no brand, so display-name-brand cannot stand in. Control: a small firm's own name under kro.kr
//   (no brand) must stay authenticated.
// - lib/engine/offline.ts offlineSignedLengths: a replay carrying the bank's l= signature beside
//   the attacker's own full-body signature (Gmail records two dkim=pass): the limit must be read
//   for the aligned one, not hidden by the other domain's field; in Gmail (c=relaxed/simple,
//   online and offline) and Yahoo offline (c=relaxed/relaxed). These hold today: pinned.
// Layouts: Gmail's delivery and Authentication-Results as test/corpus/receivers.ts gmailDelivery
// (learnt from real Gmail "Show original" headers, as in probe59); Yahoo's omega layout as
// receivers.ts yahooOmega (probe59's); EOP's entry record as receivers.ts eopDelivery and
// m365-shapes.ts eopResults. Names and addresses are
// documentation ones, except the free zones' (uk.to, kro.kr) and Google's, which are the point.

import { dkimSign } from 'mailauth/lib/dkim/sign';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { ATTACKER_IP, AUTHENTICATED, BANK, BANK_IP, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, GMAIL_TO, gmailDelivery, gmailDmarc, gmailSpf, yahooOmega } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the sixty-sixth round's report).
 */
// probe66-gmail-paypal-freedns-uk-to-online, probe66-gmail-paypal-freedns-uk-to-offline,
// probe66-gmail-wellsfargo-kro-kr-offline: read authenticated with no finding (online: our own
// pass; offline: Gmail's); probe66-outlook-paypal-freedns-uk-to-offline reads unverified (offline
// the Outlook profile trusts no authserv-id; no finding at all). lib/findings/lookalike.ts reasonRead reads the name twice: under the
// ICANN section (organisation uk.to / kro.kr, label "uk" / "kro") and, via privateOrg, under the
// PSL's private section, which lists neither zone, and FREE_DNS_ZONES (a hand list of nine FreeDNS
// zones) has neither. Wanted: suspicious with lookalike-domain ("paypal" / "wellsfargo" under
// another ending), as probe63's mooo.com and probe59's us.kg. Fix (proposed): add uk.to (and
// FreeDNS's other big shared zones: my.to, eu.to, ftp.sh) and the Korean free zones (kro.kr, p-e.kr,
// o-r.kr) to FREE_DNS_ZONES; better, a structural reading for the look-alike rule alone: where the
// From's organisation is a two-label name whose first label is a country code or a short generic
// (uk, us, eu, my, kro…) and a label to its left is a brand target's label, compare that label.
// Risk: no genuine mail is called spoofed (look-alike is a warning); a firm genuinely under such a
// zone whose own name equals a brand's label gets a look-alike note it deserves; a firm with its
// own name there (probe66-gmail-firm-kro-kr-control-online) stays authenticated. The list form
// lags new free zones, as every round shows.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 06:18 on 2026-12-05 (lib/findings/lookalike.ts FREE_DNS_ZONES): paypal.uk.to and
  // wellsfargo.kro.kr read as the organisations uk.to and kro.kr (label "uk", "kro"), so the
  // look-alike rule found nothing and the four cases read authenticated or unverified. FreeDNS's
  // uk.to, my.to, eu.to and ftp.sh, Korea's free zones (kro.kr, p-e.kr, o-r.kr, n-e.kr, r-e.kr) and
  // other free dynamic DNS zones are now free zones: their names are their users'.
]);

type Case = {
  name: string;
  about: string;
  cls: string;
  eml: string;
  /** None: offline (no zone is served; only the headers decide). */
  zone?: object;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    ...(c.zone ? { zone: c.zone as Record<string, unknown> } : {}),
    meta: { about: c.about, class: `probe66-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const D = 'Fri, 20 Nov 2026 10:00:00 +0000';
const ATT_ENV = 'bounce@attacker.example';
const gmailRelay = (ip: string, helo: string) => ({ helo, rdns: helo, ip });

/** The first characters of a DKIM-Signature's b= (what Gmail prints as header.b). */
const bPrefix = (sigField: string) =>
  (/\bb=([A-Za-z0-9+/]{8})/.exec(sigField.replace(/\r\n\s+/g, '')) ?? [])[1] ?? '';

/** An attacker's (or a firm's) fully authenticated domain: SPF for `ip`, DMARC p=reject, key s1. */
const ownZone = (domain: string, ip: string) => ({
  ...ptr(ip, `mail.${domain}`),
  [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
  [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`s1._domainkey.${domain}`]: KEY(),
});

/** `from` at `domain`, signed s1, delivered to Gmail from `ip` with a full pass. */
async function ownDomainMail(
  domain: string,
  ip: string,
  from: string,
  subject: string,
  body: string,
  id: string,
): Promise<string> {
  const signed = await signCorpus(
    submitted({
      from: `${from} <${domain.startsWith('paypal') ? 'service' : 'alerts'}@${domain}>`,
      to: GMAIL_TO,
      subject,
      date: D,
      body,
    }),
    { domain, selector: 's1' },
  );
  return gmailDelivery(signed, {
    relay: gmailRelay(ip, `mail.${domain}`),
    envelope: `bounce@${domain}`,
    ids: [`x66csp${id}pxa`, `a66si${id}qtb.66`],
    spf: 'pass',
    results: [
      `dkim=pass header.i=@${domain} header.s=s1 header.b=${bPrefix(signed)};`,
      `       ${gmailSpf(`bounce@${domain}`, ip)}`,
      `       ${gmailDmarc(domain)}`,
    ].join('\r\n'),
  });
}

async function lookalikeCases(write: CaseWriter): Promise<void> {
  // 1. PayPal's name under uk.to, FreeDNS's shared zone beside the listed us.to.
  const PP = 'paypal.uk.to';
  const pp = await ownDomainMail(
    PP,
    ATTACKER_IP,
    'Account Services',
    'Your account access has been limited',
    `We noticed unusual activity. Confirm your details at https://${PP}/signin within 24 hours.\r\n`,
    '6601',
  );
  for (const online of [true, false]) {
    emit(write, {
      name: `probe66-gmail-paypal-freedns-uk-to-${online ? 'online' : 'offline'}`,
      about: `Gmail, ${online ? 'online' : 'offline'}. The attacker adds ${PP} on FreeDNS (afraid.org), whose shared zone uk.to anyone may take a name under, as us.to or mooo.com; he publishes SPF, DKIM (s1) and DMARC p=reject, and "Account Services <service@${PP}>" (no brand in the display name, so display-name-brand stays silent) arrives from ${ATTACKER_IP}; Gmail records dkim, spf and dmarc pass. uk.to is neither in the PSL nor in lib/findings/lookalike.ts FREE_DNS_ZONES, so ${PP} reads as organisation uk.to, label "uk". Wanted: not trusted (lookalike-domain: paypal.com's name under another ending), as probe63-gmail-paypal-freedns-mooo-com-authenticated-online`,
      cls: 'free-zone-not-listed',
      eml: pp,
      ...(online ? { zone: ownZone(PP, ATTACKER_IP) } : {}),
      args: GMAIL,
      expect: { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
    });
  }

  // 2. Wells Fargo's name under kro.kr, a Korean free registry zone in neither list.
  const WF = 'wellsfargo.kro.kr';
  const wf = await ownDomainMail(
    WF,
    ATTACKER_IP,
    'Online Security',
    'Unusual sign-on: confirm your identity',
    `We noticed a sign-on from a new device. If this was not you, secure your account at https://${WF}/secure\r\n`,
    '6602',
  );
  emit(write, {
    name: 'probe66-gmail-wellsfargo-kro-kr-offline',
    about: `Gmail, offline. The attacker takes ${WF} free of charge under kro.kr (a Korean free-domain service's zone, not in the PSL nor in REGISTRY_SUFFIXES/FREE_DNS_ZONES), sets up SPF, DKIM (s1) and DMARC p=reject; "Online Security <alerts@${WF}>" (no brand in the display name) arrives from ${ATTACKER_IP}, Gmail records dkim, spf and dmarc pass. Read with either section ${WF} is organisation kro.kr, label "kro". Wanted: not trusted (lookalike-domain: wellsfargo.com's name under another ending), as probe59-gmail-us-kg-brand-plain-name-offline`,
    cls: 'free-zone-not-listed',
    eml: wf,
    args: GMAIL,
    expect: { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
  });

  // 3. Control: a small firm's own name under kro.kr.
  const FIRM = 'harbourline.kro.kr';
  const firm = await ownDomainMail(
    FIRM,
    BANK_IP,
    'Harbourline Accounts',
    'Invoice HL-20611 for November',
    'Dear Robin,\r\n\r\nyour invoice HL-20611 for November is attached; payment terms as agreed.\r\n\r\nHarbourline Accounts\r\n',
    '6603',
  );
  emit(write, {
    name: 'probe66-gmail-firm-kro-kr-control-online',
    about: `Control: a small firm sends from its own free name ${FIRM} (kro.kr) at ${BANK_IP}, SPF, DKIM s1 and DMARC p=reject all its own; Gmail records pass. Online. No brand's name is in it: a fix that reads kro.kr or uk.to as a free zone must not flag it. Wanted: authenticated`,
    cls: 'free-zone-control',
    eml: firm,
    zone: ownZone(FIRM, BANK_IP),
    args: GMAIL,
    expect: AUTHENTICATED,
  });
}

/** The uk.to look-alike read in Outlook (Exchange Online), offline: EOP's own record of a full pass. */
async function outlookLookalikeCase(write: CaseWriter): Promise<void> {
  const PP = 'paypal.uk.to';
  const raw = await signCorpus(
    submitted({
      from: `Account Services <service@${PP}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Your account access has been limited',
      date: D,
      body: `We noticed unusual activity. Confirm your details at https://${PP}/signin within 24 hours.\r\n`,
    }),
    { domain: PP, selector: 's1' },
  );
  emit(write, {
    name: 'probe66-outlook-paypal-freedns-uk-to-offline',
    about: `Outlook on the web (a Microsoft 365 reader), offline. The same ${PP} lure as probe66-gmail-paypal-freedns-uk-to-online, from ${ATTACKER_IP}; EOP records above its entry line spf=pass, dkim=pass header.d=${PP}, dmarc=pass action=none, compauth=pass reason=100. Offline the Outlook profile trusts no authserv-id, so only the look-alike rule can speak, and it reads ${PP} as organisation uk.to. Wanted: not trusted (lookalike-domain)`,
    cls: 'free-zone-not-listed',
    eml: eopDelivery(raw, {
      ip: ATTACKER_IP,
      helo: `mail.${PP}`,
      ar: `spf=pass (sender IP is ${ATTACKER_IP})\r\n smtp.mailfrom=${PP}; dkim=pass (signature was verified)\r\n header.d=${PP};dmarc=pass action=none\r\n header.from=${PP};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${PP} designates\r\n ${ATTACKER_IP} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ATTACKER_IP}; helo=mail.${PP}; pr=C`,
      returnPath: `bounce@${PP}`,
    }),
    args: OUTLOOK,
    expect: { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
  });
}

/** The bank's genuine statement notice, signed with l= (its whole body then). */
const SHORT = 'Dear customer,\r\n\r\nyour monthly statement is ready in online banking.\r\n';
const LURE =
  '\r\n\r\nIMPORTANT: your card was restricted today. Restore it at https://northbank-restore.example/card within 24 hours.\r\n';

async function sign(raw: string, domain: string, selector: string, c: string, l?: number) {
  const res = await dkimSign(raw, {
    canonicalization: c,
    signTime: new Date('2026-11-20T10:00:00Z'),
    signatureData: [
      {
        signingDomain: domain,
        selector,
        privateKey: corpusKeys().rsaPem,
        algorithm: 'rsa-sha256',
        ...(l !== undefined ? { maxBodyLength: l } : {}),
      },
    ],
  } as never);
  const sig = (res as { signatures: string }).signatures;
  if (!sig) throw new Error('signing failed');
  return sig;
}

async function lengthCases(write: CaseWriter): Promise<void> {
  // 4. The bank's l= signature (simple body) replayed with a lure, and the attacker's own
  // full-body signature above it: Gmail records two passes, dmarc=pass from the bank's.
  const notice = submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: GMAIL_TO,
    subject: 'Your statement is ready',
    date: D,
    messageId: '<stmt-20261120-6604@alerts.northbank.example>',
    body: SHORT,
  });
  const bankSig = await sign(notice, 'northbank.example', 'nb1', 'relaxed/simple', SHORT.length);
  const replay = `${bankSig}${notice}${LURE}`;
  const attSig = await sign(replay, 'attacker.example', 's1', 'relaxed/relaxed');
  const both = `${attSig}${replay}`;
  const results = (env: string, ip: string) =>
    [
      `dkim=pass header.i=@attacker.example header.s=s1 header.b=${bPrefix(attSig)};`,
      `       dkim=pass header.i=@northbank.example header.s=nb1 header.b=${bPrefix(bankSig)};`,
      `       ${gmailSpf(env, ip)}`,
      `       ${gmailDmarc('northbank.example')}`,
    ].join('\r\n');
  for (const online of [true, false]) {
    emit(write, {
      name: `probe66-gmail-dkim-l-beside-attacker-full-signature-${online ? 'online' : 'offline'}`,
      about: `Gmail, ${online ? 'online' : 'offline'}. The bank's genuine notice signed d=northbank.example s=nb1 c=relaxed/simple l=${SHORT.length}, replayed from ${ATTACKER_IP} (envelope ${ATT_ENV}) with a phishing paragraph appended; the attacker's server adds its own DKIM-Signature d=attacker.example s=s1 over the whole body, written above the bank's. Gmail records dkim=pass for both and dmarc=pass (the bank's). The limit must be read on the aligned field, the other domain's full-body field hiding nothing. Wanted: not trusted (dkim-body-length)`,
      cls: 'offline-l-tag',
      eml: gmailDelivery(both, {
        relay: gmailRelay(ATTACKER_IP, 'mail.attacker.example'),
        envelope: ATT_ENV,
        ids: ['x66csp6604pxa', 'a66si6604qtb.66'],
        spf: 'pass',
        results: results(ATT_ENV, ATTACKER_IP),
      }),
      ...(online
        ? {
            zone: {
              ...BANK,
              'nb1._domainkey.northbank.example': KEY(),
              ...ownZone('attacker.example', ATTACKER_IP),
            },
          }
        : {}),
      args: GMAIL,
      expect: { ...NOT_TRUSTED, findings: ['dkim-body-length'] },
    });
  }
}

/** The same replay (bank's l= field under the attacker's full-body one) delivered to Yahoo. */
async function yahooLengthCase(write: CaseWriter): Promise<void> {
  const YAHOO_TO = 'Robin Reader <robin.reader@yahoo.com>';
  const notice = submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: YAHOO_TO,
    subject: 'Your statement is ready',
    date: D,
    messageId: '<stmt-20261120-6606@alerts.northbank.example>',
    body: SHORT,
  });
  const bankSig = await sign(notice, 'northbank.example', 'nb1', 'relaxed/relaxed', SHORT.length);
  const replay = `${bankSig}${notice}${LURE}`;
  const attSig = await sign(replay, 'attacker.example', 's1', 'relaxed/relaxed');
  emit(write, {
    name: 'probe66-yahoo-dkim-l-beside-attacker-full-signature-offline',
    about: `Yahoo Mail (omega layout), offline. As probe66-gmail-dkim-l-beside-attacker-full-signature-offline, with c=relaxed/relaxed on the bank's l=${SHORT.length} field: the replay from ${ATTACKER_IP} carries the attacker's own d=attacker.example signature over the whole body above the bank's. Yahoo records dkim=pass for each (the attacker's first, no header.b) and dmarc=pass for the bank. The relaxed count of what follows the limit must still find the appended paragraph on the aligned field. Wanted: not trusted (dkim-body-length)`,
    cls: 'offline-l-tag',
    eml: yahooOmega(
      `${attSig}${replay}`,
      {
        ip: ATTACKER_IP,
        helo: 'mail.attacker.example',
        envelope: ATT_ENV,
        spf: `pass (domain of attacker.example designates ${ATTACKER_IP} as permitted sender)`,
        ar: 'dkim=pass header.i=@attacker.example header.s=s1;\r\n dkim=pass header.i=@northbank.example header.s=nb1;\r\n spf=pass smtp.mailfrom=attacker.example;\r\n dmarc=pass(p=REJECT) header.from=northbank.example;',
      },
      { tag: 'Probe66', pod: 'fb5f4cbd-6tk2q', inner: '10.253.233.91' },
    ),
    args: ['--webmail', 'yahoo'],
    expect: { ...NOT_TRUSTED, findings: ['dkim-body-length'] },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await lookalikeCases(write);
  await outlookLookalikeCase(write);
  await lengthCases(write);
  await yahooLengthCase(write);
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);

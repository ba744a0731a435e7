// Red-team probes, fifty-seventh round (December 2026): today's rules in the Outlook on the web and
// Gmail profiles (--webmail outlook / gmail), online and offline, against a forgery of
// northbank.example (p=reject).
// - lib/message/received.ts fromSide: an IPv6 from-word is read whole before a port is stripped.
//   Microsoft's entry prints the client's HELO as the from-word (`from HELO (IP) by …`), Gmail's
//   too (`from HELO (rdns. [IP])`): the attacker greets with the bank's own IPv6 address, bare, its
//   last group all digits, so the from-word now parses as an address. Wanted: the receiver's
//   comment stays the client, never the from-word.
// - lib/findings/provider.ts ownRelayJudged: a provider's worse SPF naming an inner address of a
//   hop above the entry is the reader's own relay. Probed: the attacker greets EOP with an inner
//   address (HELO 10.167.249.52, the frontend's own) so that EOP's Received-SPF "helo=" names it.
// - lib/auth/authresults.ts, Stalwart's mark: a forged "(Stalwart SMTP)" line and a forged passing
//   header below Gmail's entry, offline.
// - lib/engine/offline.ts: offline, only the provider's own words decide; Gmail's and EOP's
//   fail stays above everything the sender wrote.
// Controls: the bank's genuine SPF-aligned mail from its IPv6 MTA through EOP and Gmail, online.
// Layouts: EOP's entry, Authentication-Results and Received-SPF as test/corpus/m365-shapes.ts
// (README-m365.md sources); Gmail's block as test/corpus/receivers.ts. Names and addresses are
// documentation ones, Microsoft's and Google's own kept where the layout is about them.

import { ATTACKER_IP, BANK, GMAIL, NOT_TRUSTED, OUTLOOK, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fifty-seventh round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Both read unverified offline ("found no Authentication-Results from your provider"), wanted
  // not trusted: EOP's id-less Authentication-Results and Received-SPF (spf=fail, dmarc=fail
  // action=oreject, envelope bounce@attacker.example, client 2001:db8:bad:1::25) right above the
  // entry are not taken as the provider's header in the Outlook profile offline. The plain-HELO
  // control fails the same way, so the IPv6 from-word rule is not the cause. Not traced in the
  // round's time: where lib/auth/authresults.ts (oneHeaderProvider) / lib/analyze.ts pick EOP's
  // header offline (an IPv6 client in "sender IP is …", or an envelope domain other than the
  // From's, are the two differences from kit.ts eopSpoofResults). Fix: to be found; risk: none
  // expected for genuine mail (EOP's own pass would then be read too).
  // Lead's note (03:0x on 2026-12-05): by design, not a miss of today's rules. The Outlook profile
  // trusts no authserv-id (EOP writes none: lib/webmail/profiles.ts), so offline no header is the
  // provider's and nothing is checked: unverified, saying so. EOP's record above its entry line
  // counts only online, where our own check could not decide (receiver-recorded-fail). Both cases
  // are pinned as that honest unverified (never authenticated); README "What still fools" lists it.
  // Re-judged at 04:28 on 2026-12-05 (red-team round 61, lib/findings/receiver-record.ts
  // recordedFail): offline, EOP's own header above its entry line counts when it records a DMARC
  // fail it enforced (action=oreject) with compauth=fail: both now read spoofed, as online.
]);

/** Outlook read offline: EOP's enforced fail above its entry line (receiver-recorded-fail) decides. */
const OUTLOOK_OFFLINE = { verdict: 'spoofed', findings: ['receiver-recorded-fail'] };

const ATTACKER = 'attacker.example';
const BANK_IP6 = '2001:db8:1::25';
const ATTACKER_IP6 = '2001:db8:bad:1::25';
const ZONE = {
  ...BANK,
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 ip6:2001:db8:1::/48 -all'] },
  [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} ip6:2001:db8:bad::/48 -all`] },
};
const OUTLOOK_TO = 'Robin Reader <robin@reader.example>';
const GMAIL_TO = 'Robin Reader <robin.reader@gmail.com>';
const AUTHENTICATED = { verdict: 'authenticated' };

const lure = (to: string) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to,
    subject: 'Your card has been restricted',
    body: 'We restricted your card after unusual activity. Confirm it at https://northbank-verify.example/card\r\n',
  });

const notice = (to: string) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    to,
    subject: 'Your November statement is ready',
    body: 'Your statement is ready in online banking.\r\n',
  });

/** `offline`: no zone is served (the reader's DNS is not asked; only the headers decide). */
type Case = {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: object;
  offline?: boolean;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    ...(c.offline ? {} : { zone: ZONE as Record<string, unknown> }),
    meta: { about: c.about, class: `probe57-${c.cls}`, args: c.args, expect: c.expect },
  });
}

/** EOP's delivery from `ip` greeted `helo`, envelope `mailfrom`, with EOP's own verdicts. */
function viaEop(raw: string, o: { ip: string; helo: string; mailfrom: string; pass: boolean }): string {
  const spf = o.pass ? 'pass' : 'fail';
  const dmarc = o.pass ? 'pass' : 'fail';
  const domain = o.mailfrom.slice(o.mailfrom.indexOf('@') + 1);
  return eopDelivery(raw, {
    ip: o.ip,
    helo: o.helo,
    ar: `spf=${spf} (sender IP is ${o.ip})\r\n smtp.mailfrom=${domain}; dkim=none (message not signed)\r\n header.d=none;dmarc=${dmarc} action=${o.pass ? 'none' : 'oreject'}\r\n header.from=northbank.example;compauth=${o.pass ? 'pass reason=100' : 'fail reason=000'}`,
    spf: `${o.pass ? 'Pass' : 'Fail'} (protection.outlook.com: domain of ${domain} ${o.pass ? 'designates' : 'does not designate'}\r\n ${o.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${o.ip}; helo=${o.helo};`,
    returnPath: `<${o.mailfrom}>`,
  });
}

/** Gmail's delivery from `ip` greeted `helo` (reverse name `rdns`), with Gmail's own verdicts. */
function viaGmail(
  raw: string,
  o: { ip: string; helo: string; rdns: string; envelope: string; pass: boolean; below?: string[] },
): string {
  const results = `${gmailSpf(o.envelope, o.ip, o.pass ? 'pass' : 'fail')}\r\n       ${gmailDmarc('northbank.example', 'REJECT', o.pass ? 'pass' : 'fail')}`;
  return gmailDelivery(o.below ? onTop(raw, ...o.below) : raw, {
    relay: { helo: o.helo, rdns: o.rdns, ip: o.ip },
    envelope: o.envelope,
    spf: o.pass ? 'pass' : 'fail',
    ids: ['x12csp2345678pxa', 'a1si5847561366qtb.57'],
    deliveredTo: true,
    results,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const env = `bounce@${ATTACKER}`;
  // --- the bank's IPv6 address as the HELO, read whole as an address --------------------------
  for (const [mode, args] of [
    ['online', OUTLOOK],
    ['offline', OUTLOOK],
  ] as const) {
    emit(write, {
      name: `probe57-eop-helo-bank-ipv6-digit-group-${mode}`,
      about: `Outlook on the web. The attacker at ${ATTACKER_IP6} greets EOP with the bank's own IPv6 address, bare ("EHLO ${BANK_IP6}", last group all digits, which fromSide now reads whole as an address), so EOP's entry reads "from ${BANK_IP6} (${ATTACKER_IP6}) by BL02EPF00029927.mail.protection.outlook.com"; envelope ${env}, EOP writes spf=fail (for ${ATTACKER}) dmarc=fail. ${mode === 'online' ? 'Online' : 'Offline'}. Wanted: spoofed (the client is EOP's comment, ${ATTACKER_IP6}, never the from-word)`,
      cls: 'ipv6-from-word',
      eml: viaEop(lure(OUTLOOK_TO), { ip: ATTACKER_IP6, helo: BANK_IP6, mailfrom: env, pass: false }),
      args: [...args],
      // Offline in Outlook nothing is checked (the lead's note above): an honest unverified.
      expect: mode === 'online' ? SPOOFED : OUTLOOK_OFFLINE,
      offline: mode === 'offline',
    });
  }
  emit(write, {
    name: 'probe57-eop-plain-helo-ipv6-client-control-offline',
    about: `Control for the case above: the same forgery from ${ATTACKER_IP6} with a plain "EHLO mail.${ATTACKER}"; EOP writes spf=fail dmarc=fail. Outlook on the web, offline. Wanted: not trusted (EOP's own fail)`,
    cls: 'ipv6-from-word',
    eml: viaEop(lure(OUTLOOK_TO), { ip: ATTACKER_IP6, helo: `mail.${ATTACKER}`, mailfrom: env, pass: false }),
    args: OUTLOOK,
    expect: OUTLOOK_OFFLINE,
    offline: true,
  });
  emit(write, {
    name: 'probe57-gmail-helo-bank-ipv6-digit-group-envelope-bank-online',
    about: `Gmail. The attacker at ${ATTACKER_IP6} greets with the bank's IPv6 address bare ("EHLO ${BANK_IP6}") and sends MAIL FROM <security@northbank.example>, so SPF at the true client fails for the bank; Gmail's entry reads "from ${BANK_IP6} (mail.${ATTACKER}. [${ATTACKER_IP6}]) by mx.google.com" and its header spf=fail, dmarc=fail (p=REJECT). Online. Wanted: spoofed (SPF must be checked at ${ATTACKER_IP6}, where it fails, not at the from-word, where it would pass)`,
    cls: 'ipv6-from-word',
    eml: viaGmail(lure(GMAIL_TO), {
      ip: ATTACKER_IP6,
      helo: BANK_IP6,
      rdns: `mail.${ATTACKER}`,
      envelope: 'security@northbank.example',
      pass: false,
    }),
    args: GMAIL,
    expect: SPOOFED,
  });
  // --- an inner address in EOP's helo= words (ownRelayJudged) ----------------------------------
  emit(write, {
    name: 'probe57-eop-helo-frontend-inner-address-online',
    about: `Outlook on the web. The attacker at ${ATTACKER_IP} sends MAIL FROM <security@northbank.example> and greets EOP "EHLO 10.167.249.52" (the frontend's own inner address), so EOP's Received-SPF and entry line carry an inner address of Microsoft's own hop and EOP's spf=fail sits beside it: ownRelayJudged must not read EOP's fail as judging the reader's relay. Online. Wanted: spoofed (SPF fails at ${ATTACKER_IP}, p=reject)`,
    cls: 'own-relay',
    eml: viaEop(lure(OUTLOOK_TO), {
      ip: ATTACKER_IP,
      helo: '10.167.249.52',
      mailfrom: 'security@northbank.example',
      pass: false,
    }),
    args: OUTLOOK,
    expect: SPOOFED,
  });
  // --- a forged Stalwart line and passing header below Gmail's entry, offline -----------------
  emit(write, {
    name: 'probe57-gmail-forged-stalwart-line-below-entry-offline',
    about: `Gmail, offline. Below Gmail's entry the attacker forged "Received: from mail.northbank.example (mail.northbank.example [192.0.2.10]) by mx.google.com (Stalwart SMTP) with ESMTPS" and under it "Authentication-Results: mx.google.com; dkim=pass header.d=northbank.example; spf=pass; dmarc=pass" (Stalwart's mark and Gmail's id); Gmail's own header on top says spf=fail for ${env} at ${ATTACKER_IP} and dmarc=fail (p=REJECT). Wanted: spoofed or at least not trusted (Gmail's own fail is above everything the sender wrote)`,
    cls: 'stalwart-mark',
    eml: viaGmail(lure(GMAIL_TO), {
      ip: ATTACKER_IP,
      helo: `mail.${ATTACKER}`,
      rdns: `mail.${ATTACKER}`,
      envelope: env,
      pass: false,
      below: [
        'Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@northbank.example header.s=nb1;\r\n       spf=pass smtp.mailfrom=northbank.example;\r\n       dmarc=pass (p=REJECT) header.from=northbank.example',
        'Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby mx.google.com (Stalwart SMTP) with ESMTPS id 4ZrT2h0557;\r\n\tFri, 20 Nov 2026 10:00:03 +0000',
      ],
    }),
    args: GMAIL,
    expect: NOT_TRUSTED,
    offline: true,
  });
  // --- controls ---------------------------------------------------------------------------------
  emit(write, {
    name: 'probe57-eop-bank-ipv6-spf-aligned-control-online',
    about: `Control: the bank's genuine notice from its IPv6 MTA ${BANK_IP6} (EHLO mail.northbank.example), envelope security@northbank.example inside the bank's ip6 range, through EOP: spf=pass dmarc=pass. Outlook on the web, online. Wanted: authenticated`,
    cls: 'control',
    eml: viaEop(notice(OUTLOOK_TO), {
      ip: BANK_IP6,
      helo: 'mail.northbank.example',
      mailfrom: 'security@northbank.example',
      pass: true,
    }),
    args: OUTLOOK,
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe57-gmail-bank-ipv6-helo-literal-control-online',
    about: `Control: the bank's genuine notice from ${BANK_IP6}, its MTA greeting with its own address bare ("EHLO ${BANK_IP6}", as a misconfigured MTA does), envelope security@northbank.example: Gmail's entry "from ${BANK_IP6} (mail.northbank.example. [${BANK_IP6}])", spf=pass dmarc=pass. Gmail, online. Wanted: authenticated`,
    cls: 'control',
    eml: viaGmail(notice(GMAIL_TO), {
      ip: BANK_IP6,
      helo: BANK_IP6,
      rdns: 'mail.northbank.example',
      envelope: 'security@northbank.example',
      pass: true,
    }),
    args: GMAIL,
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

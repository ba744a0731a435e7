// Red-team probes, sixty-fifth round (December 2026): forwarders and ARC read in Gmail and Yahoo,
// online (each case with a zone). Rounds before (probe9, probe12, probe15, probe41, probe45,
// probe51) took Google re-sealed by the attacker, the Forward Pass M365 path, literal injections
// into rspamd/Gmail summaries and a trusted forwarder's AAR helo. Untaken and probed here:
// - lib/findings/arc.ts arcRule / forwardersOf with the attacker's own seal at i=1 and Gmail's or
//   Yahoo's honest arc=pass: Gmail's arc=pass comment ("(i=1 … dmarc=pass fromdomain=…)") then
//   recites the attacker's AAR, and the provider's arc=pass makes intactChainSealers read the
//   sealers from the headers.
// - a trusted sealer (pobox.com, on the ARC Community Sealers list) forwarding a spoof with an SRS
//   envelope (SRS0=…=northbank.example=security@pobox.com): Gmail's spf=pass is pobox's, the bank's
//   domain only appears inside the SRS local part; pobox honestly recorded the bank's DMARC fail.
// - a replay of the bank's genuine signed notice through a forwarder after the attacker changed
//   the body, and through an attacker-run Mailman list whose footer carries the attacker's link
//   (lib/auth/list-restore.ts undoes the footer and subject tag).
// - the attacker's own seal under Google's (its Gmail auto-forward to the reader's Yahoo).
// Controls: the genuine notice forwarded unchanged by pobox to Gmail and to Yahoo.
// Layouts: Gmail's delivery and arc=pass comment as test/corpus/receivers.ts (gmailDelivery);
// Yahoo's as receivers.ts yahooDelivery; Mailman 2.1 header fields and footer as list-shapes.ts.
// Pobox's SRS0 form follows the SRS scheme (SRS0=HHH=TT=domain=local@forwarder). Names and
// addresses are documentation ones, except pobox.com's, Google's and Yahoo's, which are the point.

import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  GMAIL,
  GMAIL_OUT,
  genuineBankNotice,
  NOT_TRUSTED,
  ptr,
  withAttackerText,
} from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { type ProbeCase, probeCorpus, probeEmitter, READER_MX, signInLure } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the sixty-fifth round's report).
 */
// Kept pending (the lead, 05:29 on 2026-12-05, at the end of the round): the attacker's own list
// adding a footer link that carries the bank's domain as labels of its own host. It reads
// unverified (the list's changes undone, its untrusted seal part of that excuse), with the footer
// quoted in list-modified. The fix wants the whole removed footer's links (ListRestore keeps a
// 160-character preview) and a new finding: next round. README "What still fools".
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 06:14 on 2026-12-05 (lib/findings/list.ts footerImitation, lib/auth/footer-markup.ts
  // footerLinkHosts): probe65-gmail-attacker-list-footer-link-on-genuine-notice read "unverified"
  // (changed-by-list, the list's own seal folded into the excuse); the footer's link
  // northbank.example.attacker.example now raises list-footer-lookalike-link (medium), a concern
  // beside the excuse: suspicious.
]);

const YAHOO = ['--webmail', 'yahoo'];
const POBOX = { helo: 'pb-smtp1.pobox.com', rdns: 'pb-smtp1.pobox.com', ip: '64.147.108.70' };
const POBOX_SRS = 'SRS0=Xk3q=TT=northbank.example=alerts@pobox.com';
const LIST = 'lists.attacker.example';
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...READER_MX,
  ...keyZone([
    'arc-20240605._domainkey.google.com',
    'arc._domainkey.attacker.example',
    'arc._domainkey.pobox.com',
    `arc._domainkey.${LIST}`,
  ]),
  'pobox.com': { TXT: ['v=spf1 ip4:64.147.108.0/24 -all'] },
  ...ptr(POBOX.ip, POBOX.rdns),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
};
const emit = probeEmitter(ZONE);

const toGmail = (raw: string) => raw.replace(/^To: .*$/m, 'To: <robin.reader@gmail.com>');
const toYahoo = (raw: string) => raw.replace(/^To: .*$/m, 'To: <robin.reader@yahoo.com>');

/** The attacker's server's line into `by`, with the envelope it gave. */
const attackerInto = (by: string, id: string) =>
  `Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 10:00:02 +0000`;
const bankInto = (by: string, id: string) =>
  `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 10:00:02 +0000`;

/** What the attacker's own sealer writes for the bank at i=1: everything passed. */
const ATTACKER_AAR =
  'mail.attacker.example;\r\n       dkim=pass header.d=northbank.example header.s=nb1;\r\n       spf=pass smtp.mailfrom=alerts@northbank.example;\r\n       dmarc=pass header.from=northbank.example';
const GMAIL_ARC_RECITES_PASS =
  'arc=pass (i=1 spf=pass spfdomain=northbank.example dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);';

/** The lure sealed at i=1 by the attacker's own server, recording a full pass for the bank. */
async function attackerSealed(to: (r: string) => string): Promise<string> {
  return sealAs(onTop(to(signInLure()), attackerInto('mail.attacker.example', '4ZtR65a01')), {
    domain: 'attacker.example',
    selector: 'arc',
    cv: 'none',
    authResults: ATTACKER_AAR,
  });
}

/** `raw` forwarded by pobox: its entry line and AR from `from`, its i=1 seal recording `aar`. */
async function poboxForward(raw: string, entry: string, aar: string): Promise<string> {
  return sealAs(onTop(raw, `Authentication-Results: pb-smtp1.pobox.com;\r\n\t${aar}`, entry), {
    domain: 'pobox.com',
    selector: 'arc',
    cv: 'none',
    authResults: `pb-smtp1.pobox.com;\r\n\t${aar}`,
  });
}

const POBOX_SAW_FAIL = `dkim=none;\r\n\tspf=fail smtp.mailfrom=alerts@northbank.example;\r\n\tdmarc=fail (p=reject dis=reject) header.from=northbank.example`;
const POBOX_SAW_PASS = `dkim=pass header.d=northbank.example header.s=nb1;\r\n\tspf=pass smtp.mailfrom=alerts@northbank.example;\r\n\tdmarc=pass (p=reject dis=none) header.from=northbank.example`;
const POBOX_SAW_BH_FAIL = `dkim=fail (body hash did not verify) header.d=northbank.example header.s=nb1;\r\n\tspf=pass smtp.mailfrom=bounce@attacker.example;\r\n\tdmarc=fail (p=reject dis=reject) header.from=northbank.example`;

const gmailFromPobox = (raw: string, n: string, results: string) =>
  gmailDelivery(raw, {
    relay: POBOX,
    envelope: POBOX_SRS,
    spf: 'pass',
    ids: [`x65csp77004${n}pxa`, `a1si77004${n}qtb.65`],
    deliveredTo: true,
    results,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  const probes: ProbeCase[] = [];
  const genuine = await genuineBankNotice();
  // --- the attacker's own seal, and the provider's honest arc=pass ------------------------------
  probes.push({
    name: 'probe65-gmail-attacker-own-seal-records-bank-pass-arc-pass-comment',
    about:
      "The attacker seals its unsigned lure at i=1 as attacker.example, its AAR writing dkim=pass / spf=pass / dmarc=pass for northbank.example, and sends it straight to the reader's Gmail. The chain is valid, so Gmail honestly writes arc=pass with a comment reciting the attacker's AAR (spfdomain=northbank.example dkim=pass dmarc=pass fromdomain=northbank.example) and dmarc=fail (p=REJECT) arc=pass. Read in Gmail, online. Wanted: not trusted (an unknown sealer's word; the comment is the attacker's record, recited)",
    class: 'probe65-own-seal',
    args: GMAIL,
    eml: gmailDelivery(await attackerSealed(toGmail), {
      relay: { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP },
      envelope: 'bounce@attacker.example',
      spf: 'pass',
      ids: ['x65csp7700401pxa', 'a1si7700401qtb.65'],
      deliveredTo: true,
      results: `${GMAIL_ARC_RECITES_PASS}\r\n       ${gmailSpf('bounce@attacker.example', ATTACKER_IP)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
    }),
    expect: NOT_TRUSTED,
  });
  probes.push({
    name: 'probe65-yahoo-attacker-own-seal-records-bank-pass',
    about:
      "The lure of probe65-gmail-attacker-own-seal-records-bank-pass-arc-pass-comment sent to the reader's Yahoo: Yahoo records spf=pass for attacker.example, dmarc=fail(p=REJECT) for the bank and arc=pass. Read in Yahoo, online. Wanted: not trusted",
    class: 'probe65-own-seal',
    args: YAHOO,
    eml: yahooDelivery(await attackerSealed(toYahoo), {
      relay: { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP },
      envelope: 'bounce@attacker.example',
      results:
        'dkim=unknown;\r\n spf=pass smtp.mailfrom=attacker.example;\r\n dmarc=fail(p=REJECT) header.from=northbank.example;\r\n arc=pass;',
    }),
    expect: NOT_TRUSTED,
  });
  const viaGoogle = await sealAs(
    onTop(
      await attackerSealed(toYahoo),
      `Received: from mail.attacker.example (mail.attacker.example. [${ATTACKER_IP}])\r\n        by mx.google.com with ESMTPS id a1si7700407qtb.65.2026.11.20.02.00.03\r\n        for <shadow.holder@gmail.com>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 02:00:03 -0800 (PST)`,
    ),
    {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'pass',
      authResults: `mx.google.com;\r\n       ${GMAIL_ARC_RECITES_PASS}\r\n       ${gmailSpf('bounce@attacker.example', ATTACKER_IP)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
    },
  );
  probes.push({
    name: 'probe65-yahoo-gmail-forward-over-attacker-own-seal',
    about:
      "The lure sealed at i=1 by attacker.example (recording the bank's pass) goes first to the attacker's own Gmail account, which auto-forwards it to the reader's Yahoo: Google seals i=2 (cv=pass), honestly recording dmarc=fail and the arc=pass comment reciting the attacker's AAR, and hands it over from mail-sor-f41.google.com with an SRS-like +caf_ envelope. A trusted sealer now sits above the attacker's set. Yahoo: spf=pass for gmail.com, arc=pass, dmarc=fail(p=REJECT). Read in Yahoo, online. Wanted: not trusted (the oldest forwarder is the unknown attacker; Google's set only recites it)",
    class: 'probe65-own-seal',
    args: YAHOO,
    eml: yahooDelivery(viaGoogle, {
      relay: GMAIL_OUT,
      envelope: 'shadow.holder+caf_=robin.reader=yahoo.com@gmail.com',
      results:
        'dkim=unknown;\r\n spf=pass smtp.mailfrom=gmail.com;\r\n dmarc=fail(p=REJECT) header.from=northbank.example;\r\n arc=pass;',
    }),
    expect: NOT_TRUSTED,
  });
  // --- a trusted sealer forwarding with SRS ------------------------------------------------------
  probes.push({
    name: 'probe65-gmail-pobox-srs-forward-of-spoof-pobox-recorded-fail',
    about: `The attacker sends the lure on the bank's envelope to its own pobox.com alias, which forwards it to the reader's Gmail with an SRS envelope (${POBOX_SRS}) and seals i=1, honestly recording spf=fail / dmarc=fail for the bank. Gmail: spf=pass for pobox.com (the bank's name only inside the SRS local part), arc=pass, dmarc=fail. Read in Gmail, online. Wanted: not trusted (the trusted forwarder recorded a fail; SRS is pobox's envelope, not the bank's)`,
    class: 'probe65-srs-forward',
    args: GMAIL,
    eml: gmailFromPobox(
      await poboxForward(
        toGmail(signInLure()),
        attackerInto('pb-smtp1.pobox.com', '4ZtR65b01'),
        POBOX_SAW_FAIL,
      ),
      '02',
      `arc=pass (i=1 spf=fail spfdomain=northbank.example dmarc=fail fromdomain=northbank.example);\r\n       ${gmailSpf(POBOX_SRS, POBOX.ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
    ),
    expect: NOT_TRUSTED,
  });
  probes.push({
    name: 'probe65-gmail-pobox-srs-forward-of-replay-body-changed',
    about:
      "A replay: the attacker, a bank customer, takes the bank's genuine signed notice, swaps its body for its own link (the bank's DKIM now fails on its body hash) and sends it from its own server to its pobox alias, which forwards it with SRS to the reader's Gmail, sealing i=1 with an honest record (dkim=fail body hash, dmarc=fail). Gmail: dkim=fail, arc=pass, dmarc=fail. Read in Gmail, online. Wanted: not trusted (the forwarder saw the bank's signature already broken)",
    class: 'probe65-srs-forward',
    args: GMAIL,
    eml: gmailFromPobox(
      await poboxForward(
        withAttackerText(genuine),
        attackerInto('pb-smtp1.pobox.com', '4ZtR65b02'),
        POBOX_SAW_BH_FAIL,
      ),
      '03',
      `dkim=fail header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 spf=pass spfdomain=attacker.example dkim=fail dkdomain=northbank.example dmarc=fail fromdomain=northbank.example);\r\n       ${gmailSpf(POBOX_SRS, POBOX.ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
    ),
    expect: NOT_TRUSTED,
  });
  // --- the attacker's own list: a footer with its link -------------------------------------------
  const listed = await sealAs(
    onTop(
      genuine
        .replace('Subject: Your statement is ready', 'Subject: [Northbank notices] Your statement is ready')
        .concat(
          `\r\n${mailmanFooter('notices', LIST, 'Northbank notices').replace(
            `https://${LIST}/mailman/listinfo/notices`,
            'Card blocked? Confirm it at https://northbank.example.attacker.example/confirm',
          )}`,
        ),
      ...mailmanHeaders('notices', LIST, 'Northbank notices'),
      bankInto(LIST, '4ZtR65c01'),
    ),
    {
      domain: LIST,
      selector: 'arc',
      cv: 'none',
      authResults: `${LIST};\r\n       dkim=pass header.d=northbank.example header.s=nb1;\r\n       dmarc=pass header.from=northbank.example`,
    },
  );
  probes.push({
    name: 'probe65-gmail-attacker-list-footer-link-on-genuine-notice',
    about: `The attacker subscribes its own Mailman list (${LIST}) to the bank's notices and posts one, genuine and signed, to the reader's Gmail: the list tags the subject and appends a "footer" holding the attacker's link ("Card blocked? Confirm it at …"), seals i=1 recording the bank's pass. Gmail: dkim=fail (body hash), arc=pass, dmarc=fail. lib/auth/list-restore.ts undoes tag and footer and the bank's signature verifies. Read in Gmail, online. Wanted: not authenticated as the bank's words unless the footer is shown as the list's (we pin what it reads: not trusted would be the safe reading; authenticated with the footer marked as the list's is the design)`,
    class: 'probe65-list-footer',
    args: GMAIL,
    eml: gmailDelivery(listed, {
      relay: { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP },
      envelope: `notices-bounces@${LIST}`,
      spf: 'pass',
      ids: ['x65csp7700405pxa', 'a1si7700405qtb.65'],
      deliveredTo: true,
      results: `dkim=fail header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf(`notices-bounces@${LIST}`, ATTACKER_IP)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
    }),
    zone: { ...ZONE, [LIST]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } },
    expect: NOT_TRUSTED,
  });
  // --- controls ---------------------------------------------------------------------------------
  probes.push({
    name: 'probe65-gmail-pobox-srs-forward-genuine-notice-control',
    about:
      "Control: a bank customer's pobox alias forwards the bank's genuine notice, unchanged, to the reader's Gmail with an SRS envelope, sealing i=1 with the bank's pass. Gmail: dkim=pass, spf=pass (pobox), dmarc=pass. Read in Gmail, online. Wanted: authenticated",
    class: 'probe65-srs-forward',
    args: GMAIL,
    eml: gmailFromPobox(
      await poboxForward(genuine, bankInto('pb-smtp1.pobox.com', '4ZtR65d01'), POBOX_SAW_PASS),
      '06',
      `dkim=pass header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 spf=pass spfdomain=northbank.example dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf(POBOX_SRS, POBOX.ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'pass')}`,
    ),
    expect: AUTHENTICATED,
  });
  probes.push({
    name: 'probe65-yahoo-pobox-srs-forward-genuine-notice-control',
    about:
      "Control: the forward of probe65-gmail-pobox-srs-forward-genuine-notice-control delivered to the reader's Yahoo: dkim=pass for the bank, spf=pass for pobox.com, dmarc=pass. Read in Yahoo, online. Wanted: authenticated",
    class: 'probe65-srs-forward',
    args: YAHOO,
    eml: yahooDelivery(
      await poboxForward(genuine, bankInto('pb-smtp1.pobox.com', '4ZtR65d02'), POBOX_SAW_PASS),
      {
        relay: POBOX,
        envelope: POBOX_SRS,
        results:
          'dkim=pass header.i=@northbank.example header.s=nb1;\r\n spf=pass smtp.mailfrom=pobox.com;\r\n dmarc=pass(p=REJECT) header.from=northbank.example;\r\n arc=pass;',
      },
    ),
    expect: AUTHENTICATED,
  });
  for (const p of probes) emit(write, p);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

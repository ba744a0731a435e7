// Red-team probes, seventy-first round (December 2026): today's verdict changes, attacked.
// - lib/findings/verdict.ts decideVerdict: row 2 (impersonation-unauthenticated, spoofed) no longer
//   fires beside a record of a pass made before the message changed (forwarded-trusted,
//   changed-by-list, gateway-recorded-pass, changed-after-entry) or an unknown forwarder's record of
//   a pass (forwarder-unknown). Probed: an impersonation (the bank's address in the display name of
//   the attacker's own domain, a look-alike, the brand on free mail) given such an excuse by
//   posting it through a Google Group the attacker runs (Google's footer breaks the signature,
//   Google's seal honestly records the attacker's own pass), so that it might read unverified.
// - lib/findings/eop-record.ts eopVouchesArc / lib/findings/arc.ts trustedForwarderRecordedNoPass
//   / lib/findings/receiver-record.ts recordedFail: offline in Outlook, EOP's ARC-excused fail
//   (compauth=pass reason=130, dmarc=fail action=oreject) counts only when every sealer is trusted
//   and the oldest recorded no pass. Probed: two ARC sets (the attacker's forged i=1 recording the
//   bank's pass under Google's genuine i=2, which records the fail); EOP's record with arc=pass but
//   compauth reason other than 130.
// - A p=reject spoof forwarded through the attacker's own Gmail, whose i=1 Google record (dmarc=
//   fail) he cannot write, read in Gmail on the web (`--webmail gmail`) and offline in Outlook.
// Controls: the bank's genuine notice forwarded Gmail to Gmail.
// Layouts: EOP's lines as test/corpus/receivers.ts eopDelivery and probe70; Google's seal and
// Gmail's delivery as test/corpus/list-shapes.ts / receivers.ts gmailDelivery; the Google Groups
// footer and envelope (`+bnc…@googlegroups.com`) as probe70's control; compauth reason codes (130
// ARC, 405/201 otherwise) from Microsoft Learn "Anti-spam message headers in Microsoft 365".

import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  SPOOFED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, gmailDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the seventy-first round's report). */
// (A) probe71-forged-i1-under-google-i2-eop-130-outlook-offline reads unverified ("offline … passed
// on by an unknown forwarder, attacker.example, which says northbank.example checked out";
// arc-untrusted-sealer, no receiver-recorded-fail, so `failed` is false and row "otherwise" decides).
// Wanted: not trusted (online the same message reads suspicious: forwarder-unknown). The attacker
// seals i=1 himself, then forwards through his Gmail: Google's genuine i=2 records dmarc=fail for
// northbank.example. lib/findings/arc.ts trustedForwarderRecordedNoPass returns false whenever any
// sealer is unknown, so lib/findings/receiver-record.ts recordedFail drops EOP's reason=130 fail.
// Fix (proposed): in trustedForwarderRecordedNoPass, let unknown sealers stand when they are all
// OLDER than the oldest trusted forwarder and that forwarder recorded an explicit dmarc=fail for
// the From domain (what arrived at Google failed, whatever an earlier seal says); then EOP's fail
// counts (at an acted policy) and the case reads as the probe70 Gmail forward does offline.
// Risk: a genuine post from a list sealing as its own domain (trusted at EOP by the tenant), later
// forwarded through the reader's Gmail, reads worse offline (Google recorded the list-broken fail);
// online it already reads suspicious here, so at worst offline joins online.
// (B) probe71-gmail-forward-spoof-eop-arc-pass-reason-405-outlook-offline reads unverified although
// arc-forwarder-no-pass stands (Google recorded spf/dmarc=fail): EOP vouches for the chain by
// `arc=pass` (eop-record.ts eopVouchesArc), but recordedFail's offline clause needs
// arcOverride (compauth=pass reason=130) or compauth=fail; compauth=none reason=405 is neither, so
// no receiver-recorded-fail and `failed` stays false. Wanted: not trusted (spoofed, as the reason=130
// twin, probe70-gmail-forward-of-spoof-google-records-fail-offline, reads).
// Fix (proposed): in recordedFail, take `actedFail && eopVouchesArc(ctx) &&
// trustedForwarderRecordedNoPass(ctx)` (EOP's arc=pass vouches as reason 130 does) instead of
// requiring arcOverride. Risk: small — only where the trusted forwarder recorded no pass at a policy
// EOP acts on; genuine mail Google saw fail already reads suspicious online.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 07:24 on 2026-12-05 (lib/findings/arc.ts trustedForwarderRecordedNoPass,
  // lib/findings/receiver-record.ts recordedFail): offline in Outlook, an attacker's own seal older
  // than Google's no longer hides Google's record of the spoof's fail (suspicious, as online), and
  // EOP's arc=pass beside another compauth reason (405) vouches for the chain as reason=130 does
  // (spoofed, as its reason=130 twin).
]);

const NB = 'northbank.example';
const ATT = 'attacker.example';
const FRONTEND = 'BL02EPF00029927';
const TENANT = 'Robin Reader <robin@reader.example>';
const GOOGLE_OUT = { helo: 'mail-sor-f41.google.com', rdns: 'mail-sor-f41.google.com', ip: '209.85.220.41' };

const ZONE = {
  ...BANK,
  ...BANK_KEY,
  [ATT]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`_dmarc.${ATT}`]: { TXT: ['v=DMARC1; p=none'] },
  [`arc1._domainkey.${ATT}`]: KEY(),
  [`s1._domainkey.${ATT}`]: KEY(),
  'arc-20240605._domainkey.google.com': KEY(),
  'arcselector10001._domainkey.microsoft.com': KEY(),
  'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none'] },
  'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
  '20230601._domainkey.gmail.com': KEY(),
};

const lure = (from: string, to = TENANT) =>
  submitted({
    from,
    to,
    subject: 'Card suspended: verify today',
    body: 'Your card was suspended. Verify at https://northbank-verify.example/id\r\n',
    extraHeaders: [],
  });

const groupFooter = (raw: string, group: string) =>
  raw.replace(
    /\r\n$/,
    `\r\n--\r\nYou received this message because you are subscribed to the Google Groups "${group}" group.\r\n`,
  );

const eopAr = (o: {
  ip: string;
  mailfrom: string;
  from: string;
  dkim: string;
  dmarc: string;
  tail: string;
}) =>
  `spf=pass (sender IP is ${o.ip})\r\n smtp.mailfrom=${o.mailfrom}; ${o.dkim};dmarc=${o.dmarc}\r\n header.from=${o.from};${o.tail}`;

const spfLine = (ip: string, mailfrom: string, helo: string) =>
  `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${helo};`;

const intoTenant = (
  raw: string,
  o: { relay: { helo: string; ip: string }; mailfrom: string; envelope: string; ar: string },
) =>
  eopDelivery(raw, {
    ip: o.relay.ip,
    helo: o.relay.helo,
    ar: o.ar,
    spf: spfLine(o.relay.ip, o.mailfrom, o.relay.helo),
    returnPath: o.envelope,
    frontend: FRONTEND,
  });

const googleSeal = (raw: string, results: string, cv: 'none' | 'pass' = 'none') =>
  sealAs(raw, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv,
    authResults: `mx.google.com; ${results}`,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  const cls = (c: string) => `probe71-${c}`;
  const both = [
    ['online', OUTLOOK],
    ['offline', OUTLOOK],
  ] as const;

  // (1) The bank's address as the display name of the attacker's own signed domain, posted through
  // a Google Group the attacker runs: the footer breaks his signature, Google records his pass.
  const own = await signAll(lure(`"security@${NB}" <alerts@${ATT}>`, `nb-alerts@googlegroups.com`), [
    [ATT, 's1'],
  ]);
  const ownGrouped = await googleSeal(
    groupFooter(own, 'nb-alerts'),
    `dkim=pass header.i=@${ATT} header.s=s1 header.b=AAAA; spf=pass (google.com: domain of bounce@${ATT} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=bounce@${ATT}; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${ATT}`,
  );
  for (const [tag, args] of [both[0]]) {
    emitCase(write, {
      name: `probe71-display-name-bank-addr-own-domain-google-group-outlook-${tag}`,
      about: `The attacker signs a lure from alerts@${ATT} with display name "security@${NB}" and posts it to a Google Group he runs, whose members include the reader's tenant. Google's footer breaks ${ATT}'s signature; Google's i=1 seal honestly records dkim/spf/dmarc=pass for ${ATT}; EOP records dkim=fail, dmarc=fail (p=none) for ${ATT}, compauth=pass reason=130. ${tag} in Outlook. Row 2 is now held back by the forwarded-trusted excuse. Wanted: not authenticated, not unverified (the display-name impersonation stands beside the recorded pass)`,
      class: cls('impersonation-excused'),
      eml: intoTenant(ownGrouped, {
        relay: GOOGLE_OUT,
        mailfrom: 'googlegroups.com',
        envelope: '<nb-alerts+bncBDX7@googlegroups.com>',
        ar: eopAr({
          ip: GOOGLE_OUT.ip,
          mailfrom: 'googlegroups.com',
          from: ATT,
          dkim: `dkim=fail (body hash did not verify)\r\n header.d=${ATT}`,
          dmarc: 'fail action=none',
          tail: 'compauth=pass reason=130',
        }),
      }),
      ...(tag === 'online' ? { zone: ZONE } : {}),
      args: [...args],
      expect: NOT_TRUSTED,
    });
  }

  // (2) The brand on free mail: "PayPal" from a Gmail address, posted through a Google Group the
  // attacker runs (gmail.com is p=none; the footer breaks Gmail's signature; Google records the pass).
  const FREE = 'paypal.resolution.desk@gmail.com';
  const free = await signAll(lure(`PayPal Resolution Centre <${FREE}>`, 'pp-members@googlegroups.com'), [
    ['gmail.com', '20230601'],
  ]);
  const freeGrouped = await googleSeal(
    groupFooter(free, 'pp-members'),
    `dkim=pass header.i=@gmail.com header.s=20230601 header.b=AAAA; spf=pass (google.com: domain of ${FREE} designates ${GOOGLE_OUT.ip} as permitted sender) smtp.mailfrom=${FREE}; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com`,
  );
  for (const [tag, args] of [both[1]]) {
    emitCase(write, {
      name: `probe71-brand-on-gmail-google-group-footer-outlook-${tag}`,
      about: `The attacker writes as "PayPal Resolution Centre" <${FREE}> and posts to a Google Group he runs whose members include the reader's tenant. The footer breaks Gmail's signature; Google's i=1 seal records dkim/spf/dmarc=pass for gmail.com; EOP records dkim=fail, dmarc=fail action=none for gmail.com, compauth=pass reason=130. ${tag} in Outlook: the forwarded-trusted excuse now holds row 2 back. Wanted: not authenticated, not unverified (a brand on free mail is impersonation however well it authenticates)`,
      class: cls('impersonation-excused'),
      eml: intoTenant(freeGrouped, {
        relay: GOOGLE_OUT,
        mailfrom: 'googlegroups.com',
        envelope: '<pp-members+bncBCX3@googlegroups.com>',
        ar: eopAr({
          ip: GOOGLE_OUT.ip,
          mailfrom: 'googlegroups.com',
          from: 'gmail.com',
          dkim: 'dkim=fail (body hash did not verify)\r\n header.d=gmail.com',
          dmarc: 'fail action=none',
          tail: 'compauth=pass reason=130',
        }),
      }),
      args: [...args],
      expect: NOT_TRUSTED,
    });
  }
  emitCase(write, {
    name: 'probe71-brand-on-gmail-google-group-footer-gmail-online',
    about: `As above, the group's post to the reader's Gmail: the reader's Gmail records dkim=fail for gmail.com, arc=pass (i=1 … dmarc=pass fromdomain=gmail.com), dmarc=fail (p=NONE). Online in Gmail. Wanted: not authenticated, not unverified`,
    class: cls('impersonation-excused'),
    eml: gmailDelivery(freeGrouped, {
      relay: GOOGLE_OUT,
      envelope: 'pp-members+bncBCX3@googlegroups.com',
      ids: ['x12csp1234567pxa', 'a1si1234567qtb.71'],
      spf: 'pass',
      results: `dkim=fail header.i=@gmail.com header.s=20230601 header.b=Q29ycHVz;\r\n       arc=pass (i=1 spf=pass spfdomain=gmail.com dkim=pass dkdomain=gmail.com dmarc=pass fromdomain=gmail.com);\r\n       spf=pass (google.com: domain of pp-members+bncBCX3@googlegroups.com designates ${GOOGLE_OUT.ip} as permitted sender) smtp.mailfrom=pp-members+bncBCX3@googlegroups.com;\r\n       dmarc=fail (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com`,
    }),
    zone: ZONE,
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });

  // (3) Offline in Outlook, two ARC sets: the attacker's i=1 (recording the bank's pass) under
  // Google's genuine i=2 (recording the fail) from his Gmail forward; EOP reason=130.
  const forgedI1 = await sealAs(lure(`Northbank Security <security@${NB}>`, 'mallory.fwd@gmail.com'), {
    domain: ATT,
    selector: 'arc1',
    cv: 'none',
    authResults: `mx.${ATT}; dkim=pass header.d=${NB} header.s=nb1; spf=pass smtp.mailfrom=${NB}; dmarc=pass header.from=${NB}`,
  });
  const underGoogle = await googleSeal(
    forgedI1,
    `arc=pass (i=1 spf=pass spfdomain=${ATT}); spf=pass (google.com: domain of bounce@${ATT} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=bounce@${ATT}; dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
    'pass',
  );
  const caf = 'mallory.fwd+caf_=robin=reader.example@gmail.com';
  for (const tag of ['online', 'offline'] as const)
    emitCase(write, {
      name: `probe71-forged-i1-under-google-i2-eop-130-outlook-${tag}`,
      about: `The attacker seals his spoof of security@${NB} at i=1 as ${ATT} (recording the bank's pass) and sends it to his Gmail, which forwards into the reader's tenant: Google's genuine i=2 seal records dmarc=fail for ${NB} (and the chain it found intact). EOP records dmarc=fail action=oreject, compauth=pass reason=130. ${tag} in Outlook (offline: two sealers, one unknown, so EOP's fail is not counted). Wanted: not authenticated, not unverified (Google, the trusted forwarder, recorded the fail)`,
      class: cls('eop-two-chains'),
      ...(tag === 'online' ? { zone: ZONE } : {}),
      eml: intoTenant(underGoogle, {
        relay: GOOGLE_OUT,
        mailfrom: 'gmail.com',
        envelope: `<${caf}>`,
        ar: eopAr({
          ip: GOOGLE_OUT.ip,
          mailfrom: 'gmail.com',
          from: NB,
          dkim: 'dkim=none (message not signed)\r\n header.d=none',
          dmarc: 'fail action=oreject',
          tail: 'compauth=pass reason=130',
        }),
      }),
      args: [...OUTLOOK],
      expect: NOT_TRUSTED,
    });

  // (4) A Gmail forward of the spoof (Google records the fail, the attacker cannot write it); EOP's
  // record says arc=pass but its composite reason is not 130 (compauth=none reason=405).
  const gmailSeen = await googleSeal(
    lure(`Northbank Security <security@${NB}>`, 'mallory.fwd@gmail.com'),
    `spf=fail (google.com: domain of security@${NB} does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom=security@${NB}; dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
  );
  emitCase(write, {
    name: 'probe71-gmail-forward-spoof-eop-arc-pass-reason-405-outlook-offline',
    about: `The attacker's spoof of security@${NB} forwarded by his Gmail into the tenant; Google's i=1 records spf/dmarc=fail for ${NB}. EOP's record carries dmarc=fail action=oreject, compauth=none reason=405 and arc=pass (it found the chain intact but did not excuse on it). Offline in Outlook. Wanted: not authenticated, not unverified`,
    class: cls('eop-reason'),
    eml: intoTenant(gmailSeen, {
      relay: GOOGLE_OUT,
      mailfrom: 'gmail.com',
      envelope: `<${caf}>`,
      ar: eopAr({
        ip: GOOGLE_OUT.ip,
        mailfrom: 'gmail.com',
        from: NB,
        dkim: 'dkim=none (message not signed)\r\n header.d=none',
        dmarc: 'fail action=oreject',
        tail: 'compauth=none reason=405;arc=pass',
      }),
    }),
    args: [...OUTLOOK],
    expect: NOT_TRUSTED,
  });

  // (5) The same Gmail forward, read in Gmail on the web (the reader's own Gmail records it).
  const gCaf = 'mallory.fwd+caf_=robin.reader=gmail.com@gmail.com';
  for (const [tag, zone] of [['online', ZONE]] as const) {
    emitCase(write, {
      name: `probe71-gmail-forward-spoof-google-records-fail-gmail-${tag}`,
      about: `The attacker's spoof of security@${NB} (p=reject) forwarded by his Gmail to the reader's Gmail; Google's i=1 seal records spf/dmarc=fail for ${NB}, the reader's Gmail records arc=pass (i=1 … dmarc=fail), spf=pass for gmail.com, dmarc=fail (p=REJECT). ${tag} in Gmail. Wanted: spoofed (the trusted forwarder recorded the fail)`,
      class: cls('gmail-forward'),
      eml: gmailDelivery(gmailSeen, {
        relay: GOOGLE_OUT,
        envelope: gCaf,
        ids: ['x12csp7654321pxa', 'a1si7654321qtb.71'],
        spf: 'pass',
        results: `arc=pass (i=1 spf=fail spfdomain=${NB} dmarc=fail fromdomain=${NB});\r\n       spf=pass (google.com: domain of ${gCaf} designates ${GOOGLE_OUT.ip} as permitted sender) smtp.mailfrom="${gCaf}";\r\n       dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
      }),
      ...(zone ? { zone } : {}),
      args: [...GMAIL],
      expect: SPOOFED,
    });
  }

  // Control: the bank's genuine notice forwarded Gmail to Gmail (its signature intact).
  const genuine = await signAll(lure(`Northbank Security <security@${NB}>`, 'Robin <robin.fwd@gmail.com>'), [
    [NB, 'nb1'],
  ]);
  const genuineSealed = await googleSeal(
    genuine,
    `dkim=pass header.i=@${NB} header.s=nb1 header.b=AAAA; spf=pass (google.com: domain of security@${NB} designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@${NB}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
  );
  const cCaf = 'robin.fwd+caf_=robin.reader=gmail.com@gmail.com';
  emitCase(write, {
    name: 'probe71-bank-notice-gmail-to-gmail-forward-online-control',
    about: `Control: the bank's genuine signed notice to the reader's old Gmail, forwarded to the new one; the bank's signature survives; the reader's Gmail records dkim=pass, arc=pass, dmarc=pass. Online in Gmail. Wanted: authenticated`,
    class: cls('control'),
    eml: gmailDelivery(genuineSealed, {
      relay: GOOGLE_OUT,
      envelope: cCaf,
      ids: ['x12csp1111111pxa', 'a1si1111111qtb.71'],
      spf: 'pass',
      results: `dkim=pass header.i=@${NB} header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 spf=pass spfdomain=${NB} dkim=pass dkdomain=${NB} dmarc=pass fromdomain=${NB});\r\n       spf=pass (google.com: domain of ${cCaf} designates ${GOOGLE_OUT.ip} as permitted sender) smtp.mailfrom="${cCaf}";\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
    }),
    zone: ZONE,
    args: [...GMAIL],
    expect: AUTHENTICATED,
  });
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);

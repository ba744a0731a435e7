// Red-team probes, seventieth round (December 2026): Exchange Online's forwarding excuses, read in
// Outlook on the web (`--webmail outlook`) by a reader in another Microsoft 365 tenant, online
// (with a zone) and offline. The forgery is of security@northbank.example (p=reject).
// - lib/findings/arc.ts forwardersOf / arcRule: the delivering provider's own seal (microsoft.com,
//   SEALS_AS outlook.com) is no forward; every other sealer must be the ARC Community list, Google,
//   Microsoft, or a sealer the user trusts. Probed: the attacker's own i=1 seal claiming the bank's
//   dmarc=pass, with EOP's i=2 seal over it and EOP recording `compauth=pass reason=130` (the
//   tenant listed the attacker's sealer under "Trusted ARC sealers", a tenant setting HeaderLens
//   cannot see) and, apart, `arc=pass (0 oda=1 ltdi=1 … dmarc=[1,1,header.from=northbank.example])`.
// - lib/findings/receiver-record.ts: whether EOP's compauth=pass reason=130 / arc=pass words in its
//   id-less record are read as a pass for the bank (online and offline).
// - Gmail forwarding into the tenant: Google's i=1 seal honestly recording dmarc=fail for the bank
//   (the attacker forwards his own spoof from his Gmail), and the bank's genuine mail forwarded the
//   same way (control).
// Controls: the bank's post through a Google Group (footer breaks DKIM, Google seals dmarc=pass),
// into the tenant with EOP's reason=130; the bank's genuine mail forwarded from Gmail.
// Layouts: EOP's lines as test/corpus/m365-shapes.ts / receivers.ts eopDelivery (as probe62); the
// `arc=pass (0 oda=1 ltdi=1 spf=[1,1,…] dkim=[1,1,…] dmarc=[1,1,…])` wording and compauth reason 130
// from Microsoft Learn "Anti-spam message headers in Microsoft 365" and "Configure trusted ARC
// sealers"; Google's forwarding seal as test/corpus/list-shapes.ts. Not got to (15-minute limit):
// the SRS forward through an on-premises Exchange hybrid.

import { sealAs } from '../gateway-layouts';
import { ATTACKER_IP, BANK, BANK_KEY, emitCase, KEY, NOT_TRUSTED, OUTLOOK, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the seventieth round's report). */
// (A) probe70-own-sealer-eop-i2-compauth-130-offline and probe70-own-sealer-eop-arc-pass-oda-in-
// record-offline read unverified (offline-mode only), wanted not trusted (suspicious, as the online
// twin reads: arc-untrusted-sealer). Offline, lib/findings/arc.ts intactChainSealers returns []
// (no ARC check of our own, and EOP's id-less record is no provider record, so provider.arc is
// unset), and lib/findings/receiver-record.ts recordedFail reads EOP's dmarc=fail only with
// compauth=fail. So EOP's reason=130 excuse, resting on the attacker's own sealer, leaves nothing.
// Fix (proposed): offline, when EOP's own record above its entry line (the one recordedFail already
// reads) says dmarc=fail with compauth=pass reason=130 or arc=pass, take the chain's sealers from
// the headers (sealersInHeaders, below EOP's own microsoft.com set) as intactChainSealers does for
// provider.arc=pass; an untrusted i=1 sealer then raises arc-untrusted-sealer (suspicious).
// Risk: a genuine list that seals as its own domain, excused by the tenant's trusted-sealer
// setting, reads suspicious offline as it already does online (--trust-forwarder clears it);
// no spoof let in (it can only make the reading stricter).
// (B) probe70-gmail-forward-of-spoof-google-records-fail-offline reads unverified, wanted not
// trusted (online reads spoofed: arc-forwarder-no-pass). Same gap: offline nothing reads Google's
// i=1 AAR. Fix: with (A), sealerRecord of the oldest trusted sealer recording dmarc=fail for the
// From domain gives arc-forwarder-no-pass offline too; a record read only for a failure can only
// make the reading stricter (as brokenChainRecorder argues). Risk: genuine mail Google already
// saw fail DMARC (broken before Google) reads suspicious offline, as it does online.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 07:07 on 2026-12-05 (lib/findings/eop-record.ts eopVouchesArc, lib/findings/arc.ts
  // trustedForwarderRecordedNoPass, lib/findings/receiver-record.ts recordedFail):
  // probe70-gmail-forward-of-spoof-google-records-fail-offline read unverified; offline in Outlook,
  // where EOP vouches for the ARC chain (arc=pass or compauth=pass reason=130) the chain's sealers
  // are read from the headers, and EOP's DMARC fail counts where the oldest trusted forwarder
  // (Google) recorded no pass: spoofed, as online.
  // Kept pending by choice (the lead, 07:07): the two cases below read unverified, now with the
  // attacker's seal named ("passed on by an unknown forwarder, attacker.example, which says
  // northbank.example checked out", arc-untrusted-sealer medium). Counting EOP's ARC-excused fail
  // for an unknown sealer offline would read the same suspicious for a genuine list the tenant's
  // admin trusts at EOP (rw60-own-domain-back-via-mailman3-arc-oquarantine-compauth-130-outlook-
  // offline), which cannot be told apart offline; online the list's restored signature tells them.
  'probe70-own-sealer-eop-i2-compauth-130-offline',
  'probe70-own-sealer-eop-arc-pass-oda-in-record-offline',
]);

const NB = 'northbank.example';
const ATT = 'attacker.example';
const FRONTEND = 'BL02EPF00029927';
const TENANT = 'Robin Reader <robin@reader.example>';
const GOOGLE_OUT = { helo: 'mail-sor-f41.google.com', ip: '209.85.220.41' };
const VPS = { helo: `mail.${ATT}`, ip: ATTACKER_IP };
const NOT_SPOOFED = { notVerdict: ['spoofed'] };
/** Offline: the case has no zone (the runner then resolves nothing), as probe62's offline cases. */
const OFFLINE = OUTLOOK;

const ZONE = {
  ...BANK,
  ...BANK_KEY,
  [ATT]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`arc1._domainkey.${ATT}`]: KEY(),
  'arc-20240605._domainkey.google.com': KEY(),
  'arcselector10001._domainkey.microsoft.com': KEY(),
  'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none'] },
};

const lure = (
  to = TENANT,
  body = 'Your card was suspended. Verify at https://northbank-verify.example/id\r\n',
) =>
  submitted({
    from: `Northbank Security <security@${NB}>`,
    to,
    subject: 'Card suspended: verify today',
    body,
    extraHeaders: [],
  });

/** EOP's id-less record for a client at `ip`. */
const eopAr = (o: {
  ip: string;
  mailfrom: string;
  spf: string;
  dkim: string;
  dmarc: string;
  compauth: string;
  arc?: string;
}) =>
  `spf=${o.spf} (sender IP is ${o.ip})\r\n smtp.mailfrom=${o.mailfrom}; ${o.dkim};dmarc=${o.dmarc}\r\n header.from=${NB};compauth=${o.compauth}${o.arc ? `;arc=${o.arc}` : ''}`;

const spfLine = (ip: string, mailfrom: string, helo: string, pass: boolean) =>
  `${pass ? 'Pass' : 'Fail'} (protection.outlook.com: domain of ${mailfrom} ${pass ? 'designates' : 'does not designate'}\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${helo};`;

/** EOP takes `raw` from `relay` and (optionally) seals it as microsoft.com, i=next. */
async function intoTenant(
  raw: string,
  o: {
    relay: { helo: string; ip: string };
    mailfrom: string;
    envelope: string;
    spfPass: boolean;
    ar: string;
    seal?: string;
  },
): Promise<string> {
  const delivered = eopDelivery(raw, {
    ip: o.relay.ip,
    helo: o.relay.helo,
    ar: o.ar,
    spf: spfLine(o.relay.ip, o.mailfrom, o.relay.helo, o.spfPass),
    returnPath: o.envelope,
    frontend: FRONTEND,
  });
  if (!o.seal) return delivered;
  return sealAs(delivered, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'pass',
    authResults: o.seal,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const cls = (c: string) => `probe70-${c}`;
  // The attacker's own sealer (fwd.attacker.example), sealing its spoof with a record of the bank's pass.
  const forged = await sealAs(lure(), {
    domain: ATT,
    selector: 'arc1',
    cv: 'none',
    authResults: `mx.${ATT}; dkim=pass header.d=${NB} header.s=nb1; spf=pass smtp.mailfrom=${NB}; dmarc=pass header.from=${NB}`,
  });
  const arcWords = `pass (0 oda=1 ltdi=1\r\n spf=[1,1,smtp.mailfrom=${NB}] dkim=[1,1,header.d=${NB}]\r\n dmarc=[1,1,header.from=${NB}])`;
  const eopOverForged = (arc?: string) =>
    intoTenant(forged, {
      relay: VPS,
      mailfrom: ATT,
      envelope: `<bounce@${ATT}>`,
      spfPass: true,
      ar: eopAr({
        ip: ATTACKER_IP,
        mailfrom: ATT,
        spf: 'pass',
        dkim: 'dkim=none (message not signed)\r\n header.d=none',
        dmarc: 'fail action=oreject',
        compauth: 'pass reason=130',
        arc,
      }),
      seal: `mx.microsoft.com 1; spf=pass (sender ip is ${ATTACKER_IP}) smtp.rcpttodomain=reader.example smtp.mailfrom=${ATT}; dmarc=fail (p=reject sp=reject pct=100) action=oreject header.from=${NB}; dkim=none (message not signed); arc=pass (0 oda=1 ltdi=1 spf=[1,1,smtp.mailfrom=${NB}] dkim=[1,1,header.d=${NB}] dmarc=[1,1,header.from=${NB}])`,
    });
  for (const [tag, args] of [
    ['online', OUTLOOK],
    ['offline', OFFLINE],
  ] as const) {
    emitCase(write, {
      name: `probe70-own-sealer-eop-i2-compauth-130-${tag}`,
      about: `The attacker seals his spoof of security@${NB} at i=1 as ${ATT} (a sealer the victim tenant was talked into listing under "Trusted ARC sealers"), recording dkim/spf/dmarc=pass for ${NB}, and sends it from ${ATTACKER_IP}. EOP records dmarc=fail action=oreject but compauth=pass reason=130 and seals i=2 as microsoft.com over the forged i=1, its AAR saying arc=pass (oda=1 ltdi=1 … dmarc=[1,1,header.from=${NB}]). ${tag}. Wanted: not authenticated, not unverified (the only pass is the attacker's own record; Microsoft's excuse rests on a tenant setting HeaderLens cannot see)`,
      class: cls('eop-arc-excuse'),
      eml: await eopOverForged(),
      ...(tag === 'online' ? { zone: ZONE } : {}),
      args: [...args],
      expect: NOT_TRUSTED,
    });
  }
  emitCase(write, {
    name: 'probe70-own-sealer-eop-arc-pass-oda-in-record-offline',
    about: `As above, but EOP's id-less Authentication-Results itself carries arc=${arcWords.replace(/\r\n/g, '')} beside dmarc=fail action=oreject and compauth=pass reason=130. Offline: only the record can tell. Wanted: not authenticated, not unverified`,
    class: cls('eop-arc-excuse'),
    eml: await eopOverForged(arcWords),
    args: OFFLINE,
    expect: NOT_TRUSTED,
  });
  // The attacker's Gmail forwarding address into the tenant: Google seals honestly (dmarc=fail).
  const gmailSeen = await sealAs(lure(), {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `mx.google.com; spf=fail (google.com: domain of security@${NB} does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom=security@${NB}; dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
  });
  const caf = 'mallory.fwd+caf_=robin=reader.example@gmail.com';
  for (const [tag, args] of [
    ['online', OUTLOOK],
    ['offline', OFFLINE],
  ] as const) {
    emitCase(write, {
      name: `probe70-gmail-forward-of-spoof-google-records-fail-${tag}`,
      about: `The attacker mails his spoof of security@${NB} to his own Gmail account, which forwards to the reader's tenant (envelope ${caf}). Google's i=1 seal records spf=fail, dmarc=fail for ${NB}; EOP records spf=pass for gmail.com, dmarc=fail action=oreject and (as EOP does for Google's seal) compauth=pass reason=130. ${tag}. Wanted: not authenticated, not unverified (the trusted forwarder recorded the failure)`,
      class: cls('gmail-forward'),
      eml: await intoTenant(gmailSeen, {
        relay: GOOGLE_OUT,
        mailfrom: 'gmail.com',
        envelope: `<${caf}>`,
        spfPass: true,
        ar: eopAr({
          ip: GOOGLE_OUT.ip,
          mailfrom: 'gmail.com',
          spf: 'pass',
          dkim: 'dkim=none (message not signed)\r\n header.d=none',
          dmarc: 'fail action=oreject',
          compauth: 'pass reason=130',
        }),
      }),
      ...(tag === 'online' ? { zone: ZONE } : {}),
      args: [...args],
      expect: NOT_TRUSTED,
    });
  }
  // Controls: genuine bank mail through a Google Group (footer breaks DKIM) and a Gmail forward.
  const genuine = await signAll(
    lure('Robin Reader <robin.reader@gmail.com>', 'Your November statement is ready.\r\n'),
    [[NB, 'nb1']],
  );
  const grouped = genuine.replace(
    /\r\n$/,
    '\r\n--\r\nYou received this message because you are subscribed to the Google Groups "nb-customers" group.\r\n',
  );
  const groupSeal = await sealAs(grouped, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: `mx.google.com; dkim=pass header.i=@${NB} header.s=nb1 header.b=AAAA; spf=pass (google.com: domain of security@${NB} designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@${NB}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
  });
  for (const [tag, args] of [
    ['online', OUTLOOK],
    ['offline', OFFLINE],
  ] as const) {
    emitCase(write, {
      name: `probe70-google-group-bank-post-eop-130-${tag}-control`,
      about: `Control: the bank's genuine signed notice through a Google Group that appends its footer (the bank's DKIM breaks); Google seals i=1 recording dkim/spf/dmarc=pass for ${NB}; EOP records dkim=fail, dmarc=fail action=oreject, compauth=pass reason=130 and seals i=2 as microsoft.com. ${tag}. Wanted: not spoofed`,
      class: cls('control'),
      eml: await intoTenant(groupSeal, {
        relay: GOOGLE_OUT,
        mailfrom: 'googlegroups.com',
        envelope: '<nb-customers+bncBDX@googlegroups.com>',
        spfPass: true,
        ar: eopAr({
          ip: GOOGLE_OUT.ip,
          mailfrom: 'googlegroups.com',
          spf: 'pass',
          dkim: `dkim=fail (body hash did not verify)\r\n header.d=${NB}`,
          dmarc: 'fail action=oreject',
          compauth: 'pass reason=130',
        }),
        seal: `mx.microsoft.com 1; spf=pass (sender ip is ${GOOGLE_OUT.ip}) smtp.mailfrom=googlegroups.com; dmarc=fail (p=reject sp=reject pct=100) action=oreject header.from=${NB}; dkim=fail (body hash did not verify) header.d=${NB}; arc=pass (0 oda=1 ltdi=1 spf=[1,1,smtp.mailfrom=${NB}] dkim=[1,1,header.d=${NB}] dmarc=[1,1,header.from=${NB}])`,
      }),
      ...(tag === 'online' ? { zone: ZONE } : {}),
      args: [...args],
      expect: NOT_SPOOFED,
    });
  }
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);

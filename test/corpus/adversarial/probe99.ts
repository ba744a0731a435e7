// Red-team probes, ninety-ninth round (December 2026): offline (privacy) mode against the rules of
// rounds 94-97. Offline (no zone: the runner passes --offline) the engine trusts only the
// provider's own Authentication-Results above its entry line (lib/auth/authresults-provider.ts
// deliveryRun, lib/findings/auth-state.ts dmarcState, lib/findings/eop-record.ts
// eopEntryCandidates). Probed, in Gmail, Outlook on the web (EOP) and Yahoo:
// - a provider's record written by the attacker under the provider's own id (mx.google.com, the
//   Yahoo atlas host, EOP's id-less / mx.microsoft.com form) below the entry line, beside the real
//   one that records the fail;
// - an ARC set whose seal names the provider (d=google.com, d=microsoft.com) written below the
//   entry (lib/findings/arc.ts sealedBelowEntry: a forwarder's, whatever its name), with the
//   provider's real record saying arc=fail, and one where the attacker's own sealer chain is
//   genuinely intact (arc=pass) under an unknown sealer at p=reject;
// - EOP compauth=pass reason=130 and arc=pass rows below the entry (eopVouchesArc must read only
//   EOP's own header above it);
// - the reader's CEO forged offline at Gmail (own-domain-unauthenticated on the provider's proven
//   record) and a Teams-looking From on another host.
// Layouts: Gmail's, Yahoo's and EOP's blocks from test/corpus/receivers.ts and m365-shapes.ts
// (learnt in earlier rounds from published header samples); ARC header shapes per RFC 8617 §5
// (ARC-Seal / ARC-Message-Signature / ARC-Authentication-Results with i=, Gmail's
// `arc=pass (i=1 spf=pass spfdomain=… dkim=pass dkdomain=… dmarc=pass fromdomain=…)` comment).
// The ARC signatures are not real: offline nothing verifies them, which is the point.

import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, NOT_TRUSTED, OUTLOOK, type Relay, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';
import { ATTACKER_RELAY, BANK_ENVELOPE, BANK_RELAY, bankNotice, probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function makeAll(write: CaseWriter): Promise<void> {
  cases(write);
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
}

function emit(write: CaseWriter, c: One): void {
  emitCase(write, { ...c, class: `probe99-${c.cls}` });
}

const ENV = 'bounce@attacker.example';
/** Offline in Outlook: spoofed on EOP's own enforced record (receiver-recorded-fail); no provider dmarc field. */
const EOP_SPOOFED: CaseExpectation = { verdict: 'spoofed' };
const GTO = 'robin.reader@gmail.com';
const NB = 'northbank.example';
const FAKE_B = 'b=Zm9yZ2VkIGJ5IHRoZSBhdHRhY2tlciwgbmV2ZXIgdmVyaWZpZWQ=';

/** An ARC set (RFC 8617) the attacker writes into his message: seal, signature and results under `d`. */
function arcSet(i: number, d: string, aar: string, cv = i === 1 ? 'none' : 'pass'): string[] {
  return [
    `ARC-Seal: i=${i}; a=rsa-sha256; t=1763632800; cv=${cv};\r\n        d=${d}; s=arc-20240605;\r\n        ${FAKE_B}`,
    `ARC-Message-Signature: i=${i}; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=arc-20240605;\r\n        h=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n        ${FAKE_B}`,
    `ARC-Authentication-Results: i=${i}; ${aar}`,
  ];
}

const GOOGLE_AAR = `mx.google.com;\r\n       dkim=pass header.i=@${NB} header.s=nb1;\r\n       spf=pass (google.com: domain of ${BANK_ENVELOPE} designates 192.0.2.10 as permitted sender) smtp.mailfrom=${BANK_ENVELOPE};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`;

/** Gmail's delivery of the attacker's bank notice, with what Gmail really found (`extra` results). */
function atGmail(
  raw: string,
  n: string,
  results: string[],
  relay: Relay = ATTACKER_RELAY,
  env = ENV,
): string {
  return gmailDelivery(raw, {
    relay,
    envelope: env,
    results: results.join('\r\n       '),
    ids: [`x99csp${n}pxa`, `a99si${n}qtb.99`],
    spf: 'pass',
    deliveredTo: true,
    to: GTO,
  });
}

const gmailFail = (n: string, raw: string, arc?: string) =>
  atGmail(raw, n, [
    ...(arc ? [arc] : []),
    gmailSpf(ENV, ATTACKER_RELAY.ip),
    gmailDmarc(NB, 'REJECT', 'fail'),
  ]);

/**
 * EOP's real record of the attacker's delivery: SPF pass for his envelope, DMARC fail at the
 * bank's p=reject (EOP writes action=oreject when the tenant's policy sends it to junk), compauth=fail.
 */
const eopFail = (extra = '') => {
  const ip = ATTACKER_RELAY.ip;
  return {
    ip,
    helo: ATTACKER_RELAY.helo,
    ar: `spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=attacker.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=${NB};compauth=fail reason=000${extra}`,
    spf: `Pass (protection.outlook.com: domain of attacker.example designates\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${ATTACKER_RELAY.helo}; pr=C`,
  };
};

function cases(write: CaseWriter): void {
  const notice = bankNotice(GTO);

  // 1. Gmail: a second mx.google.com header below the entry saying pass.
  emit(write, {
    name: 'probe99-gmail-offline-seeded-google-ar-below-entry',
    about:
      "Offline at Gmail. The attacker's bank notice carries its own `Authentication-Results: mx.google.com; dkim=pass; spf=pass; dmarc=pass header.from=northbank.example` below Gmail's entry line; Gmail's real header above it records dmarc=fail (p=REJECT). Only the header above the entry is Gmail's: the seeded one must fill in nothing. Wanted: spoofed.",
    cls: 'offline-seeded-record',
    eml: gmailFail('1', onTop(notice, `Authentication-Results: ${GOOGLE_AAR}`)),
    args: GMAIL,
    expect: SPOOFED,
  });

  // 2. Gmail: ARC set sealed as google.com below the entry; Gmail's real arc=fail.
  emit(write, {
    name: 'probe99-gmail-offline-arc-d-google-below-entry-arc-fail',
    about:
      "Offline at Gmail. The attacker writes an ARC set (i=1) with d=google.com whose ARC-Authentication-Results copy Gmail's pass for northbank.example, below Gmail's entry line, hoping it reads as Gmail's own seal. Gmail's real header records arc=fail (its seal check failed) and dmarc=fail p=REJECT. A seal below the entry is a forwarder's (sealedBelowEntry) and Gmail said it failed. Wanted: spoofed.",
    cls: 'offline-arc-provider-name',
    eml: gmailFail(
      '2',
      onTop(notice, ...arcSet(1, 'google.com', GOOGLE_AAR)),
      'arc=fail (signature failed);',
    ),
    args: GMAIL,
    expect: SPOOFED,
  });

  // 3. Gmail: the attacker's own ARC chain intact (Gmail arc=pass), sealed by an unknown host, p=reject.
  emit(write, {
    name: 'probe99-gmail-offline-attacker-sealer-arc-pass-p-reject',
    about:
      "Offline at Gmail. The attacker seals the notice with his own key (d=relay.attacker.example, i=1) and his ARC-Authentication-Results claim dmarc=pass for northbank.example; the chain is intact, so Gmail writes `arc=pass (i=1 … dmarc=pass fromdomain=northbank.example)` beside its own dmarc=fail (p=REJECT). Gmail's arc=pass vouches that the chain is intact, not for what an unknown sealer wrote in it. Wanted: not authenticated, not unverified (today: suspicious on arc-untrusted-sealer medium, the reader told to trust the sealer only if it is a list they use).",
    cls: 'offline-arc-unknown-sealer',
    eml: gmailFail(
      '3',
      onTop(
        notice,
        ...arcSet(1, 'relay.attacker.example', GOOGLE_AAR.replace('mx.google.com', 'relay.attacker.example')),
      ),
      `arc=pass (i=1 spf=pass spfdomain=${NB} dkim=pass dkdomain=${NB} dmarc=pass fromdomain=${NB});`,
    ),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 4. Gmail: arc set d=google.com at i=2 over the attacker's i=1, both below the entry, Gmail arc=pass claimed.
  emit(write, {
    name: 'probe99-gmail-offline-arc-google-i2-over-attacker-i1-arc-pass',
    about:
      "Offline at Gmail. Two ARC sets below the entry: the attacker's own i=1 (d=relay.attacker.example) and an i=2 under d=google.com, so the last sealer reads as the reader's provider; Gmail records arc=pass with dmarc=fail p=REJECT. Before round 97 the last seal under the provider's name was taken as the provider's and the i=1 sealer's pass looked forwarded through Gmail itself. The i=2 seal sits below the entry: a forwarder's. Wanted: not authenticated, not unverified.",
    cls: 'offline-arc-provider-name',
    eml: gmailFail(
      '4',
      onTop(
        notice,
        ...arcSet(2, 'google.com', GOOGLE_AAR),
        ...arcSet(1, 'relay.attacker.example', GOOGLE_AAR.replace('mx.google.com', 'relay.attacker.example')),
      ),
      `arc=pass (i=2 spf=pass spfdomain=${NB} dkim=pass dkdomain=${NB} dmarc=pass fromdomain=${NB});`,
    ),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 5. Gmail: the reader's CEO (gmail.com reader's company on Workspace) forged, p=none.
  const ceo = submitted({
    from: 'Maren Olsen <maren.olsen@reader.example>',
    to: 'j.doe@reader.example',
    subject: 'Quick favour before my flight',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<99ceo5@reader.example>',
    body: 'Are you at your desk? I need four gift cards bought for a client today. Reply here only.\r\n\r\nMaren\r\n',
  });
  emit(write, {
    name: 'probe99-gmail-offline-ceo-forged-p-none-workspace',
    about:
      "Offline at Gmail (Google Workspace for reader.example). The reader's CEO's address forged from the attacker's server with his own envelope: Gmail's proven record says spf=pass for attacker.example and dmarc=fail (p=NONE) for reader.example, so Gmail delivers. own-domain-unauthenticated must fire offline on the provider's proven record. Wanted: not authenticated, not unverified.",
    cls: 'offline-own-domain',
    eml: gmailDelivery(ceo, {
      relay: ATTACKER_RELAY,
      envelope: ENV,
      results: [gmailSpf(ENV, ATTACKER_RELAY.ip), gmailDmarc('reader.example', 'NONE', 'fail')].join(
        '\r\n       ',
      ),
      ids: ['x99csp5pxa', 'a99si5qtb.99'],
      spf: 'pass',
      deliveredTo: true,
      to: 'j.doe@reader.example',
    }),
    args: [...GMAIL, '--recipient-domain', 'reader.example'],
    expect: NOT_TRUSTED,
  });

  // 6. EOP: compauth=pass reason=130 / arc=pass below the entry, plus a forwarder's seal to satisfy eopVouchesArc.
  const eopRows = `spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=${NB}; dkim=pass (signature was verified)\r\n header.d=${NB};dmarc=pass action=none\r\n header.from=${NB};compauth=pass reason=130;arc=pass`;
  emit(write, {
    name: 'probe99-eop-offline-seeded-compauth-130-below-entry',
    about:
      "Offline in Outlook on the web. The attacker writes an id-less Authentication-Results with compauth=pass reason=130 and arc=pass, plus an ARC set from relay.attacker.example, into his notice below EOP's entry line. EOP's real header above the entry records dmarc=fail compauth=fail. eopVouchesArc reads only the header between the entry and the Received line above it. Wanted: spoofed.",
    cls: 'offline-eop-seeded',
    eml: eopDelivery(
      onTop(
        bankNotice('dana.whitfield@harbourline.example'),
        `Authentication-Results: ${eopRows}`,
        ...arcSet(1, 'relay.attacker.example', `relay.attacker.example; dmarc=pass header.from=${NB}`),
      ),
      { ...eopFail(), returnPath: ENV },
    ),
    args: OUTLOOK,
    expect: EOP_SPOOFED,
  });

  // 7. EOP: the seeded row in 2026 form (mx.microsoft.com) and a d=microsoft.com seal below the entry.
  emit(write, {
    name: 'probe99-eop-offline-arc-d-microsoft-below-entry-mx-microsoft-ar',
    about:
      "Offline in Outlook on the web. Below EOP's entry the attacker writes `Authentication-Results: mx.microsoft.com; … dmarc=pass; compauth=pass reason=130` and an ARC set under d=microsoft.com whose results say dmarc=pass for northbank.example, so the chain reads as Exchange Online's own seal. EOP's real header says dmarc=fail compauth=fail arc=fail. Wanted: spoofed.",
    cls: 'offline-eop-seeded',
    eml: eopDelivery(
      onTop(
        bankNotice('dana.whitfield@harbourline.example'),
        `Authentication-Results: mx.microsoft.com; ${eopRows}`,
        ...arcSet(
          1,
          'microsoft.com',
          `mx.microsoft.com 1; spf=pass smtp.mailfrom=${NB}; dmarc=pass action=none header.from=${NB}; dkim=pass header.d=${NB}`,
        ),
      ),
      { ...eopFail(';arc=fail (48)'), returnPath: ENV },
    ),
    args: OUTLOOK,
    expect: EOP_SPOOFED,
  });

  // 8. EOP: a whole fake EOP block (id-less header over a Received line by an EOP frontend) below the real entry.
  emit(write, {
    name: 'probe99-eop-offline-fake-eop-frontend-received-below-entry',
    about:
      "Offline in Outlook on the web. The attacker writes into his message a whole EOP block: an id-less header with dmarc=pass compauth=pass and a Received line `by XX.mail.protection.outlook.com … via Frontend Transport` beneath it, so that an engine anchored on the lowest EOP frontend line takes his header as EOP's. The real entry and EOP's dmarc=fail are above. Wanted: spoofed.",
    cls: 'offline-eop-seeded',
    eml: eopDelivery(
      onTop(
        bankNotice('dana.whitfield@harbourline.example'),
        `Authentication-Results: ${eopRows}`,
        `Received-SPF: Pass (protection.outlook.com: domain of ${NB} designates\r\n 192.0.2.10 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=192.0.2.10; helo=mail.${NB}; pr=C`,
        `Received: from mail.${NB} (192.0.2.10) by\r\n CY4PEPF0000E9D9.mail.protection.outlook.com (10.167.241.77) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 09:59:00 +0000`,
      ),
      { ...eopFail(), returnPath: ENV },
    ),
    args: OUTLOOK,
    expect: EOP_SPOOFED,
  });

  // 9. Yahoo: a second atlas-id header below the entry.
  emit(write, {
    name: 'probe99-yahoo-offline-seeded-atlas-ar-below-entry',
    about:
      "Offline at Yahoo Mail. Below Yahoo's entry the attacker writes `Authentication-Results: atlas-production.v2.mail-mta4231.mail.ne1.yahoo.com; dkim=pass; spf=pass; dmarc=pass(p=REJECT) header.from=northbank.example`; Yahoo's real header above its entry records dmarc=fail. Wanted: spoofed.",
    cls: 'offline-seeded-record',
    eml: yahooDelivery(
      onTop(
        bankNotice('robin.reader@yahoo.com'),
        `Authentication-Results: atlas-production.v2.mail-mta4231.mail.ne1.yahoo.com;\r\n dkim=pass header.i=@${NB} header.s=nb1;\r\n spf=pass smtp.mailfrom=${NB};\r\n dmarc=pass(p=REJECT) header.from=${NB};`,
      ),
      {
        relay: ATTACKER_RELAY,
        envelope: ENV,
        results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=attacker.example;\r\n dmarc=fail(p=REJECT) header.from=${NB};`,
      },
    ),
    args: ['--webmail', 'yahoo'],
    expect: SPOOFED,
  });

  // 10. Teams-looking From on another host, passing its own DMARC at Gmail.
  const teamsRaw = submitted({
    from: '"Microsoft Teams" <noreply@email.teams.microsoft-notify.example>',
    to: GTO,
    subject: 'Maren Olsen sent you a message in Teams',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<99t10@email.teams.microsoft-notify.example>',
    body: 'Maren Olsen sent you a message.\r\n\r\n"Please review the attached payroll change before 5pm"\r\n\r\nReply in Teams: https://teams.microsoft-notify.example/l/chat\r\n',
  });
  emit(write, {
    name: 'probe99-gmail-offline-teams-name-other-host-own-dmarc-pass',
    about:
      "Offline at Gmail. A Teams-looking notice, 'Microsoft Teams' <noreply@email.teams.microsoft-notify.example>, from the attacker's own domain that passes its own DKIM, SPF and DMARC at Gmail. The pass is real but for a look-alike of Teams' sender, not Microsoft's: the name must not be read as Teams'. Wanted: not authenticated, not unverified.",
    cls: 'offline-teams-lookalike',
    eml: gmailDelivery(teamsRaw, {
      relay: ATTACKER_RELAY,
      envelope: 'bounce@email.teams.microsoft-notify.example',
      results: [
        gmailDkim('email.teams.microsoft-notify.example', 's1'),
        gmailSpf('bounce@email.teams.microsoft-notify.example', ATTACKER_RELAY.ip),
        gmailDmarc('email.teams.microsoft-notify.example', 'REJECT'),
      ].join('\r\n       '),
      ids: ['x99csp10pxa', 'a99si10qtb.99'],
      spf: 'pass',
      deliveredTo: true,
      to: GTO,
    }),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 11. Control: the genuine bank at Gmail offline.
  emit(write, {
    name: 'probe99-gmail-offline-genuine-bank-control',
    about:
      "Control. The bank's own notice from its own server, Gmail recording dkim, spf and dmarc pass (p=REJECT), offline. Wanted: authenticated.",
    cls: 'offline-control',
    eml: atGmail(
      bankNotice(GTO),
      '11',
      [gmailDkim(NB, 'nb1'), gmailSpf(BANK_ENVELOPE, BANK_RELAY.ip), gmailDmarc(NB, 'REJECT')],
      BANK_RELAY,
      BANK_ENVELOPE,
    ),
    args: GMAIL,
    expect: { verdict: 'authenticated' },
  });

  // 12. Control: the genuine bank at EOP offline.
  emit(write, {
    name: 'probe99-eop-offline-genuine-bank-control',
    about:
      "Control. The bank's own notice from its own server through EOP, which records spf, dkim and dmarc pass and compauth=pass reason=100, offline. Offline in Outlook EOP's id-less header is never taken as the provider's results (lib/webmail/profiles.ts: trustedAuthservIds []), only as its record of a fail, so the honest reading is unverified, never a warning. Wanted: unverified.",
    cls: 'offline-control',
    eml: eopDelivery(bankNotice('dana.whitfield@harbourline.example'), {
      ...eopPass(BANK_RELAY, NB, `dkim=pass (signature was verified)\r\n header.d=${NB}`),
      returnPath: BANK_ENVELOPE,
    }),
    args: OUTLOOK,
    expect: { verdict: 'unverified' },
  });
}

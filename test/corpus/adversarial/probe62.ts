// Red-team probes, sixty-second round (December 2026): the Microsoft 365 rules of round 61, read in
// Outlook on the web (`--webmail outlook`) by a reader at northbank.example (a Microsoft 365
// tenant), online and offline.
// - lib/findings/receiver-record.ts recordedFail, offline: EOP's own id-less (or, from 2026,
//   `mx.microsoft.com`) Authentication-Results above its entry line counts when DMARC failed with
//   action=(o)reject/(o)quarantine and compauth=fail. Probed with the other action words Microsoft
//   documents for an enforced or sampled failure: `o.reject` ("oreject or o.reject") and
//   `pct.quarantine` (p=quarantine with pct below 100, the message outside the sample), and with
//   the 2026 authserv-id.
// - recordedSpoof: compauth=fail with a 6xx reason (the From domain is one of the tenant's accepted
//   domains) makes receiver-recorded-spoof and the new verdict row suspicious. Probed with a From
//   under a subdomain the tenant never accepted (EOP's reason is then 001, "implicit fail", not
//   6xx), and with the sender's own copy of EOP's id-less header claiming dmarc=pass/compauth=pass
//   in his header block (below the entry) beside EOP's fail.
// - lib/findings/brand-freemail.ts: no brand-on-freemail for mail that never left the reader's
//   organisation. Probed with the classic "Microsoft Outlook" <MicrosoftExchange329e…@evil
//   .onmicrosoft.com> lure from the attacker's own tenant: every hop is Microsoft's, but the
//   reader's EOP frontend takes it from 40.107.x (a public address), so it is not inside.
// Controls: the bank's own signed application over Direct Send in the 2026 layout; the CEO's post
// through a mailing list that EOP excused by ARC (dmarc=fail action=oreject, compauth=pass
// reason=130) offline, which must not read spoofed.
// Layouts: EOP's lines as test/corpus/m365-shapes.ts and receivers.ts eopDelivery (as probe61);
// the action words (oreject / o.reject, pct.quarantine, pct.reject) and the compauth reason table
// (000 explicit, 001 implicit, 130 ARC, 6xx intra-organisation) from Microsoft Learn "Anti-spam
// message headers in Microsoft 365" (Authentication-results fields) and the write-ups probe61
// cites (captaindns.com "compauth=fail on Microsoft 365"); the "Microsoft Outlook" sign-up-tenant
// lure as realworld47. Names and addresses are documentation ones, except Microsoft's.

import { ATTACKER_IP, BANK_IP, BANK_KEY, emitCase, KEY, NOT_TRUSTED, OUTLOOK, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { EOP_UNSIGNED, eopDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the sixty-second round's report). */
// (A) probe62-direct-send-vps-ceo-action-{o-dot-reject,pct-quarantine}-offline read unverified
// (offline-mode only): lib/findings/receiver-record.ts enforcedFail accepts only
// /^o?(?:reject|quarantine)$/, so EOP's documented "o.reject" and "pct.quarantine"/"pct.reject"
// (sampled out by pct<100, the failure the same) leave recordedFail silent offline. Wanted: spoofed
// or at least not unverified. Fix: /^(?:o\.?|pct\.)?(?:reject|quarantine)$/i, compauth=fail still
// required. Risk: genuine mail forwarded without ARC to a pct<100 tenant, which EOP already failed
// with compauth=fail, reads spoofed offline (as it does today at action=quarantine).
// (B) probe62-direct-send-unaccepted-subdomain-p-none-reason-001-{online,offline} read unverified
// (policy-none online, offline-mode offline): recordedSpoof wants a 6xx reason, and EOP gives 001
// (implicit fail) for a subdomain the tenant never accepted (not verified against a live tenant).
// Wanted: suspicious. Fix (recordedSpoof): also compauth=fail with reason 000/001 where the From's
// organisational domain is the recipient's own (the To/Delivered-To mailbox's organisation, or an
// accepted domain EOP named) and nothing authenticates. Risk: the organisation's own subdomain
// mail sent by an ESP without aligned DKIM (news.northbank.example) becomes suspicious, not
// unverified (never spoofed).
// Fixed at 04:38 on 2026-12-05 (lib/findings/receiver-record.ts enforcedFail): EOP's action
// o.reject and pct.quarantine/pct.reject count as the enforced fail they are (the two action cases).
// Kept pending (the lead, 04:43 on 2026-12-05): the unaccepted subdomain with reason 001. Nothing
// above EOP's entry line names the reader's organisation (its hosts are Microsoft's, the To is the
// sender's text), so only a reader who names its own domain (`--recipient-domain northbank.example`,
// recordedSpoof's `own`) gets receiver-recorded-spoof for it; without, the honest p=none reading
// stands (unverified, saying the check failed). README "What still fools".
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe62-direct-send-unaccepted-subdomain-p-none-reason-001-online',
  'probe62-direct-send-unaccepted-subdomain-p-none-reason-001-offline',
]);

const NB = 'northbank.example';
const TENANT_ID = '8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f';
const FRONTEND = 'BL02EPF00029927';
const VPS = { helo: 'vps-4471.cheap-vps.example', ip: ATTACKER_IP };
const CEO = `Daniel Hart <ceo@${NB}>`;
const AP = `Accounts Payable <ap@${NB}>`;

const tenantZone = (all: '-all' | '~all', dmarc?: string) => ({
  ...M365_SPF_ZONE,
  [NB]: {
    TXT: [`v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com ${all}`],
    MX: [{ priority: 0, exchange: 'northbank-example.mail.protection.outlook.com' }],
  },
  ...(dmarc ? { [`_dmarc.${NB}`]: { TXT: [`v=DMARC1; ${dmarc}`] } } : {}),
  ...BANK_KEY,
});

const lure = (extra: string[] = [], from = CEO) =>
  submitted({
    from,
    to: AP,
    subject: 'Urgent wire - new supplier',
    messageId: '<20261120095958.7A1B2C3D@vps-4471.cheap-vps.example>',
    body: 'Hi,\r\n\r\nPlease process the attached invoice today to the new account below. I am in meetings all day, reply by e-mail only.\r\n\r\nDaniel\r\n',
    extraHeaders: extra,
  });

/** EOP's record for a client: `id` '' (the classic id-less header) or 'mx.microsoft.com' (2026). */
function eop(o: {
  ip: string;
  helo: string;
  mailfrom: string;
  spf: string;
  dkim?: string;
  dmarc: string;
  from?: string;
  compauth: string;
  id?: string;
}) {
  const spfWords: Record<string, string> = {
    fail: `Fail (protection.outlook.com: domain of ${o.mailfrom} does not\r\n designate ${o.ip} as permitted sender)`,
    softfail: `SoftFail (protection.outlook.com: domain of transitioning\r\n ${o.mailfrom} discourages use of ${o.ip} as permitted sender)`,
    pass: `Pass (protection.outlook.com: domain of ${o.mailfrom} designates\r\n ${o.ip} as permitted sender)`,
  };
  return {
    ip: o.ip,
    helo: o.helo,
    ar: `${o.id ? `${o.id};\r\n ` : ''}spf=${o.spf} (sender IP is ${o.ip})\r\n smtp.mailfrom=${o.mailfrom}; ${o.dkim ?? EOP_UNSIGNED};dmarc=${o.dmarc}\r\n header.from=${o.from ?? NB};compauth=${o.compauth}`,
    spf: `${spfWords[o.spf]} receiver=protection.outlook.com;\r\n client-ip=${o.ip}; helo=${o.helo};`,
    frontend: FRONTEND,
  };
}

/** Direct Send of `raw` from the VPS, envelope `envelope`, EOP recording `rec`. */
const directSend = (
  raw: string,
  rec: { spf: string; dmarc: string; compauth: string; from?: string; id?: string },
  envelope = `ceo@${NB}`,
) =>
  eopDelivery(raw, {
    ...eop({ ...VPS, mailfrom: envelope.slice(envelope.indexOf('@') + 1), ...rec }),
    returnPath: envelope,
    bottom: ['X-MS-Exchange-Organization-SCL: 5', `X-MS-Exchange-CrossTenant-Id: ${TENANT_ID}`],
  });

const EVIL = 'contoso-pay.onmicrosoft.com';
const EVIL_OUT = { helo: 'NAM12-MW2-obe.outbound.protection.outlook.com', ip: '40.107.93.71' };
const SYSTEM_MAILBOX = 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e';

export async function makeAll(write: CaseWriter): Promise<void> {
  const cls = (c: string) => `probe62-${c}`;

  // --- 1. The action words Microsoft documents beside (o)reject / (o)quarantine, offline ----------
  for (const [tag, dmarc, policy, why] of [
    [
      'o-dot-reject',
      'fail action=o.reject',
      'p=reject',
      'Microsoft documents the override as "oreject or o.reject"',
    ],
    [
      'pct-quarantine',
      'fail action=pct.quarantine',
      'p=quarantine; pct=25',
      'Microsoft writes pct.quarantine when the policy samples fewer than 100% of failures and this one fell outside the sample: the failure is the same, only the action was not taken',
    ],
  ] as const) {
    emitCase(write, {
      name: `probe62-direct-send-vps-ceo-action-${tag}-offline`,
      about: `Direct Send from the rented VPS (${VPS.ip}) as ${CEO} to ${AP}, unsigned, envelope ceo@${NB}; the tenant publishes ${policy}. EOP records spf=fail, dmarc=${dmarc}, compauth=fail reason=000 (an explicit DMARC fail) above its entry line (${why}). Read offline, where only EOP's record can tell. Wanted: not authenticated, not unverified (EOP recorded the DMARC fail of the reader's own domain; the action word must not decide whether that counts)`,
      class: cls('action-word'),
      args: OUTLOOK,
      eml: directSend(lure(), { spf: 'fail', dmarc, compauth: 'fail reason=000' }),
      expect: NOT_TRUSTED,
    });
  }

  // --- 2. EOP's 2026 layout (authserv-id mx.microsoft.com), offline, p=quarantine and p=none -------
  for (const [tag, rec, policy] of [
    [
      'quarantine',
      { spf: 'fail', dmarc: 'fail action=quarantine', compauth: 'fail reason=000' },
      'p=quarantine',
    ],
    ['p-none', { spf: 'softfail', dmarc: 'fail action=none', compauth: 'fail reason=601' }, 'p=none'],
  ] as const) {
    emitCase(write, {
      name: `probe62-direct-send-vps-ceo-eop-2026-mx-microsoft-com-${tag}-offline`,
      about: `Direct Send from the VPS as ${CEO} (tenant ${policy}); EOP's record above its entry line in the 2026 layout names itself "mx.microsoft.com;" and says spf=${rec.spf}, dmarc=${rec.dmarc}, compauth=${rec.compauth}. Offline. Wanted: not authenticated, not unverified (the new id must count as EOP's at its position)`,
      class: cls('eop-2026'),
      args: OUTLOOK,
      eml: directSend(lure(), { ...rec, id: 'mx.microsoft.com' }),
      expect: NOT_TRUSTED,
    });
  }

  // --- 3. A subdomain the tenant never accepted: compauth reason 001, not 6xx ----------------------
  const subFrom = `Daniel Hart <ceo@corp.${NB}>`;
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe62-direct-send-unaccepted-subdomain-p-none-reason-001-${online ? 'online' : 'offline'}`,
      about: `The attacker has read recordedSpoof (only a 6xx compauth reason, Microsoft's "accepted domain" family, warns) and sends the Direct Send lure From ${subFrom} instead: corp.${NB} is no accepted domain of the tenant and publishes nothing, so EOP applies the organisation's p=none (no sp=) and records spf=none, dmarc=fail action=none header.from=corp.${NB}, compauth=fail reason=001 (implicit fail). The reader sees its own organisation's name. ${online ? `Online: DMARC fails at p=none for corp.${NB} (policy-none)` : 'Offline'}. Wanted: not authenticated, not unverified (mail from outside the organisation in its own name that nothing authenticates, which EOP failed)`,
      class: cls('reason-001'),
      args: OUTLOOK,
      eml: directSend(
        lure([], subFrom),
        { spf: 'none', dmarc: 'fail action=none', compauth: 'fail reason=001', from: `corp.${NB}` },
        `ceo@corp.${NB}`,
      ),
      ...(online ? { zone: tenantZone('~all', 'p=none') } : {}),
      expect: NOT_TRUSTED,
    });
  }

  // --- 4. The sender's own copy of EOP's header (dmarc=pass, compauth=pass) in his header block ----
  const forgedPass = `Authentication-Results: spf=pass (sender IP is ${BANK_IP})\r\n smtp.mailfrom=${NB}; dkim=pass (signature was verified)\r\n header.d=${NB};dmarc=pass action=none\r\n header.from=${NB};compauth=pass reason=100`;
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe62-direct-send-sender-eop-pass-copy-below-entry-p-none-${online ? 'online' : 'offline'}`,
      about: `Direct Send from the VPS as ${CEO} (tenant p=none, SPF ~all); in his own header block the sender writes a copy of EOP's id-less header with spf=pass at the bank's address, dkim=pass, dmarc=pass and compauth=pass reason=100, hoping it is read as the record that "authenticates" and silences receiver-recorded-spoof (which steps aside where anything authenticates the From). EOP's real record above its entry says spf=softfail, dmarc=fail action=none, compauth=fail reason=601. ${online ? 'Online' : 'Offline'}. Wanted: not authenticated, not unverified`,
      class: cls('sender-copy'),
      args: OUTLOOK,
      eml: directSend(lure([forgedPass]), {
        spf: 'softfail',
        dmarc: 'fail action=none',
        compauth: 'fail reason=601',
      }),
      ...(online ? { zone: tenantZone('~all', 'p=none') } : {}),
      expect: NOT_TRUSTED,
    });
  }

  // --- 5. The "Microsoft Outlook" lure from the attacker's own sign-up tenant -----------------------
  const evilLure = await signAll(
    onTop(
      submitted({
        from: `Microsoft Outlook <${SYSTEM_MAILBOX}@${EVIL}>`,
        to: AP,
        subject: 'Undeliverable: 3 messages held - verify your mailbox',
        messageId: `<a1b2c3d4.20261120@${EVIL}>`,
        body: 'Delivery has failed to these recipients. Your mailbox storage must be verified to release 3 held messages: https://contoso-pay.example/owa/verify\r\n',
      }),
      ...senderTenantHops(),
    ),
    [[EVIL, 'selector1-contoso-pay-onmicrosoft-com']],
  );
  for (const online of [true, false]) {
    emitCase(write, {
      name: `probe62-own-tenant-microsoft-outlook-system-mailbox-lure-${online ? 'online' : 'offline'}`,
      about: `The attacker signs up a Microsoft 365 trial tenant (${EVIL}), names a mailbox ${SYSTEM_MAILBOX} and its display name "Microsoft Outlook", exactly as Exchange's own bounces look, and sends a fake "undeliverable" with a credential link. Every line is Microsoft's (his tenant's MAPI and internal hops, its outbound host, the reader's EOP and mailbox servers), no address but Microsoft's: what the new brand-on-freemail exception looks for (mail that never left the organisation). But the reader's EOP frontend takes it from ${EVIL_OUT.ip}, Microsoft's public outbound range. EOP records spf=pass, dkim=pass, dmarc=pass for ${EVIL}, compauth=pass reason=100. ${online ? 'Online' : 'Offline'}. Wanted: not authenticated, not unverified (brand-on-freemail: "Microsoft Outlook" from a sign-up tenant outside the organisation)`,
      class: cls('inside'),
      args: OUTLOOK,
      eml: eopDelivery(evilLure, {
        ...eop({
          ...EVIL_OUT,
          mailfrom: EVIL,
          spf: 'pass',
          dkim: `dkim=pass (signature was verified)\r\n header.d=${EVIL}`,
          dmarc: 'pass action=none',
          from: EVIL,
          compauth: 'pass reason=100',
        }),
        returnPath: `${SYSTEM_MAILBOX}@${EVIL}`,
        entity: 'Hosted',
      }),
      ...(online
        ? {
            zone: {
              ...tenantZone('-all', 'p=reject'),
              [EVIL]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
              [`selector1-contoso-pay-onmicrosoft-com._domainkey.${EVIL}`]: KEY(),
            },
          }
        : {}),
      expect: NOT_TRUSTED,
    });
  }

  // --- 6. Controls ----------------------------------------------------------------------------------
  const appNotice = await signAll(
    submitted({
      from: `Northbank Treasury <treasury-app@${NB}>`,
      to: AP,
      subject: 'Daily cash position 20 Nov 2026',
      messageId: `<cashpos.20261120@app01.${NB}>`,
      body: 'Daily cash position report attached.\r\n',
    }),
    [[NB, 'nb1']],
  );
  emitCase(write, {
    name: 'probe62-direct-send-genuine-signed-app-eop-2026-p-none-control',
    about: `Control: the bank's own treasury application (app01.${NB}, ${BANK_IP}, inside its SPF) sends over Direct Send, signed nb1; the tenant is at p=none. EOP's 2026 header ("mx.microsoft.com;") records spf=pass, dkim=pass, dmarc=pass, compauth=pass reason=100. Online. Wanted: authenticated (no receiver-recorded-spoof)`,
    class: cls('control'),
    args: OUTLOOK,
    eml: eopDelivery(appNotice, {
      ...eop({
        ip: BANK_IP,
        helo: `app01.${NB}`,
        mailfrom: NB,
        spf: 'pass',
        dkim: `dkim=pass (signature was verified)\r\n header.d=${NB}`,
        dmarc: 'pass action=none',
        compauth: 'pass reason=100',
        id: 'mx.microsoft.com',
      }),
      returnPath: `treasury-app@${NB}`,
    }),
    zone: tenantZone('~all', 'p=none'),
    expect: { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } },
  });

  const LIST = 'treasury-forum.example';
  const LIST_IP = '203.0.113.77';
  const listPost = await signAll(
    submitted({
      from: CEO,
      to: `Treasury Forum <members@${LIST}>`,
      subject: '[treasury-forum] Q4 liquidity roundtable',
      messageId: `<roundtable.20261119@${NB}>`,
      body: 'Looking forward to seeing everyone on Thursday.\r\n\r\n--\r\nYou received this because you are subscribed to members@treasury-forum.example\r\n',
      extraHeaders: [`List-Id: <members.${LIST}>`, `List-Unsubscribe: <mailto:leave@${LIST}>`],
    }),
    [[LIST, 's1']],
  );
  emitCase(write, {
    name: 'probe62-ceo-list-post-arc-excused-oreject-offline-control',
    about: `Control: the CEO's genuine post to an industry mailing list (${LIST}) comes back to AP through the list, which adds a footer (the CEO's signature breaks) and signs as ${LIST}; the tenant is at p=reject. EOP records spf=pass for ${LIST}, dmarc=fail action=oreject for ${NB}, but compauth=pass reason=130 (it trusted the list's ARC seal): it did not enforce the failure. Offline. Wanted: not spoofed (recordedFail's offline rule needs compauth=fail)`,
    class: cls('control'),
    args: OUTLOOK,
    eml: eopDelivery(listPost, {
      ...eop({
        ip: LIST_IP,
        helo: `mail.${LIST}`,
        mailfrom: LIST,
        spf: 'pass',
        dkim: `dkim=fail (body hash did not verify)\r\n header.d=${NB};dkim=pass (signature was verified)\r\n header.d=${LIST}`,
        dmarc: 'fail action=oreject',
        compauth: 'pass reason=130',
      }),
      returnPath: `members-bounces@${LIST}`,
    }),
    expect: { notVerdict: ['spoofed'] },
  });
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);

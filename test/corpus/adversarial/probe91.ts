// Red-team probes, ninety-first round (December 2026): Outlook on the web (--webmail outlook) for a
// Microsoft 365 user at tidewater.example, against the afternoon's rules, with and without
// --recipient-domain tidewater.example:
// - lib/findings/reader-org.ts (display-name-reader-org, outsidersName, listDelivered,
//   ACCOUNT_REPLY_PLATFORMS): the attacker's own name for himself on Microsoft's own notification
//   addresses (a SharePoint share from no-reply@sharepointonline.com, a Teams notification), and
//   from another tenant named after the reader's (tidewaterit.onmicrosoft.com, tidewater.onmicrosoft.com).
// - lib/findings/lookalike.ts / desk-words.ts gluedDesk: a glued look-alike custom domain on the
//   attacker's own tenant (tidewaterpayroll.example), and a four-letter reader name (kelp.example)
//   glued to a desk word.
// - lib/findings/own-domain.ts and receiver-record.ts: Microsoft 365 Direct Send from outside as the
//   CEO at p=none and with no DMARC record, EOP's own compauth fail on top, and the same with rows
//   the attacker wrote himself below EOP's entry (a compauth=pass record, AuthAs: Internal).
// Control: a supplier's genuine mail out of its own Microsoft 365 tenant.
// Layouts: EOP's records and Exchange Online's outbound as test/corpus/m365-shapes.ts and
// receivers.ts have them (sources in test/fixtures/legit/README-m365.md); SharePoint's
// `"<sharer>" <no-reply@sharepointonline.com>` as probe80 learnt it; Direct Send's EOP record
// (compauth=fail reason=601 at p=none) as probe62 has it. The Teams notification address
// (noreply@email.teams.microsoft.com) is from memory, not searched (12-minute limit).
// Documentation names and addresses, except Microsoft's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { EOP_UNSIGNED, eopDelivery, eopPass } from '../receivers';

/** Probes HeaderLens reads wrong today (what it reads, what it should, the rule, a fix, its risk). */
// Fixed at 15:30 on 2026-12-05 (lib/findings/platforms.ts WHOLE_NAME_NOTIFIERS,
// ACCOUNT_REPLY_PLATFORMS; lib/findings/reader-org.ts outsidersName):
// probe91-outlook-spo-share-tidewater-it-helpdesk-own-tenant-org-online; a SharePoint share's whole
// name is its user's, read for display-name-reader-org, and a Reply-To at the reader's organisation
// (the sharer's own account) clears it.
// The helper's notes on them:
// Read authenticated (reply-to-other-org at low only), with and without --recipient-domain:
// reader-org.ts outsidersName returns null for sharepointonline.com (no sign-up domain, not in
// CUSTOMERS_PLATFORMS or NEWSLETTER_HOSTS, and SharePoint writes no "via" for PLATFORM_VIA), so
// display-name-reader-org is never asked; the same share as a Google Docs share reads suspicious
// (probe80/probe90). probe80's "Microsoft 365 Security" on this address was kept out by choice
// because Microsoft's own notices from it carry Microsoft's names; here the name holds the
// READER's organisation beside a desk word, which no Microsoft notice carries. Should read not
// trusted. Fix (platforms.ts + reader-org.ts outsidersName): a set of Microsoft notification
// senders that write the user's whole chosen name (sharepointonline.com; if confirmed,
// email.teams.microsoft.com) read as NEWSLETTER_HOSTS are (whole name), only for
// display-name-reader-org, and add them to ACCOUNT_REPLY_PLATFORMS, since SharePoint writes the
// sharer's own account address as Reply-To (probe80), so a colleague's own share (Reply-To at
// tidewater.example) stays clean. Risk: the reader's own tenant's share by a user or site named
// "Tidewater IT" whose account address is at tidewater.onmicrosoft.com (no custom domain) or a
// site notice with no Reply-To reads suspicious; spare a Reply-To at any onmicrosoft.com tenant
// whose label is the reader's (readerLabels) to keep the first.
// 'probe91-outlook-spo-share-tidewater-it-helpdesk-own-tenant-org-online',
// Read as expected when every pending case was run again on 2026-12-06 at 23:5x (rules added
// since made them so), and taken out of the pending set:
// probe91-outlook-teams-notification-tidewater-payroll-external-user-online (suspicious).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Kept out by choice (the lead, 15:30 on 2026-12-05): Exchange Online writes no recipient a
  // reader's domain can be learnt from, so without Options → "Your organisation" the rule has no
  // organisation to compare; with it the same share reads suspicious (the case above). README, "What
  // still fools".
  'probe91-outlook-spo-share-tidewater-it-helpdesk-own-tenant-no-org-online',
]);

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const OUTLOOK = ['--webmail', 'outlook'];
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;
const CEO = `"Marcus Hale" <marcus.hale@${ORG}>`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The reader's organisation on Microsoft 365, under `p` (null: no DMARC record at all). */
const orgZone = (p: string | null) => ({
  ...(p ? dmarc(ORG, p) : {}),
  ...txt(ORG, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(ORG, 'selector1'),
  ...M365_SPF_ZONE,
});

// Another tenant's mail out of Exchange Online's outbound (40.107.x).
const EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2091.outbound.protection.outlook.com',
  ip: '40.107.93.91',
};
const EXO_ZONE = { ...ptr(EXO.ip, EXO.rdns), ...M365_SPF_ZONE, ...orgZone('quarantine') };

const VPS: Relay = {
  helo: 'vps91.notice-relay.example',
  rdns: 'vps91.notice-relay.example',
  ip: '203.0.113.91',
};

interface Sent {
  from: string;
  envelope: string;
  signers: [string, string][];
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  to?: string;
}

const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

function signed(s: Sent): Promise<string> {
  const raw = submitted({
    from: s.from,
    to: s.to ?? READER,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  return s.signers.length ? signAll(raw, s.signers) : Promise.resolve(raw);
}

/** Another tenant's message through EOP with every check passing for its first signer. */
async function fromTenant(s: Sent): Promise<string> {
  const raw = await signed(s);
  return eopDelivery(
    // The sending tenant's own hops sit below EOP's entry, as Exchange Online hands them on.
    raw,
    {
      ...eopPass(
        EXO,
        domainOf(s.envelope),
        `dkim=pass (signature was verified)\r\n header.d=${s.signers[0]?.[0] ?? 'none'}`,
        domainOf(s.from),
      ),
      returnPath: s.envelope,
      below: senderTenantHops(),
    },
  );
}

/** Direct Send from the VPS to the tenant's own MX endpoint, EOP recording `rec`; `below` the attacker's rows. */
async function directSend(
  s: Sent,
  rec: { spf: 'fail' | 'softfail'; dmarc: string; compauth: string },
  below: string[] = [],
): Promise<string> {
  const mailfrom = domainOf(s.envelope);
  const words =
    rec.spf === 'fail'
      ? `Fail (protection.outlook.com: domain of ${mailfrom} does not\r\n designate ${VPS.ip} as permitted sender)`
      : `SoftFail (protection.outlook.com: domain of transitioning\r\n ${mailfrom} discourages use of ${VPS.ip} as permitted sender)`;
  return eopDelivery(await signed(s), {
    ip: VPS.ip,
    helo: VPS.helo,
    ar: `spf=${rec.spf} (sender IP is ${VPS.ip})\r\n smtp.mailfrom=${mailfrom}; ${EOP_UNSIGNED};dmarc=${rec.dmarc}\r\n header.from=${ORG};compauth=${rec.compauth}`,
    spf: `${words} receiver=protection.outlook.com;\r\n client-ip=${VPS.ip}; helo=${VPS.helo};`,
    returnPath: s.envelope,
    below,
    bottom: ['X-MS-Exchange-Organization-SCL: 1'],
  });
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  /** None: offline (the runner serves no DNS, as `--offline`). */
  zone?: Record<string, unknown>;
  args: string[];
  expect: CaseExpectation;
}

function emit(write: CaseWriter, c: One): void {
  emitCase(write, { ...c, class: `probe91-${c.cls}` });
}

const WIRE = `Robin,\r\n\r\nI need a wire of 48,200 GBP to the new supplier today before the 3pm cut-off. Details attached; keep this between us until the board meets.\r\n\r\nMarcus\r\n`;
const RESET =
  'Your mailbox password expires today. Keep it at https://tidewater-sso.notice-relay.example/login or lose access to Outlook.\r\n';

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. A SharePoint share out of the attacker's own tenant, its user named as the reader's IT desk.
  {
    const SPO = 'no-reply@sharepointonline.com';
    for (const [n, withOrg] of [
      ['a', true],
      ['b', false],
    ] as const) {
      emit(write, {
        name: `probe91-outlook-spo-share-tidewater-it-helpdesk-own-tenant-${withOrg ? 'org' : 'no-org'}-online`,
        cls: 'spo-share-desk',
        about: `The attacker's trial tenant names a user "Tidewater IT Helpdesk" and shares "Mailbox migration - sign in to keep your mail" from OneDrive: SharePoint Online sends "Tidewater IT Helpdesk" <${SPO}>, Reply-To the attacker's tenant user (helpdesk@tw-itdesk91.onmicrosoft.com), signed d=sharepointonline.com out of Exchange Online's outbound (${EXO.ip}); EOP records SPF, DKIM, DMARC and compauth passes for sharepointonline.com. SharePoint names the sharer with no "via", and sharepointonline.com is in no platform list of reader-org.ts outsidersName. Online, outlook${withOrg ? `, --recipient-domain ${ORG}` : ' (no organisation set: the reader name comes from To alone)'}. Wanted: not trusted (an outsider's tenant user named as the reader's own IT desk).`,
        eml: await fromTenant({
          from: `"Tidewater IT Helpdesk" <${SPO}>`,
          envelope: `bounces+SRS=91${n}@sharepointonline.com`,
          signers: [['sharepointonline.com', 'selector1']],
          subject: 'Tidewater IT Helpdesk shared "Mailbox migration - sign in to keep your mail" with you',
          body: 'Tidewater IT Helpdesk shared a file with you\r\n\r\nMailbox migration - sign in to keep your mail\r\nhttps://twitdesk91-my.sharepoint.com/:b:/g/personal/helpdesk_tw-itdesk91_onmicrosoft_com/Eb91\r\n\r\nThis link will work for anyone.\r\nMicrosoft respects your privacy.\r\n',
          messageId: `<91${n}.spo@sharepointonline.com>`,
          extra: ['Reply-To: "Tidewater IT Helpdesk" <helpdesk@tw-itdesk91.onmicrosoft.com>'],
        }),
        zone: {
          ...EXO_ZONE,
          ...txt('sharepointonline.com', 'v=spf1 include:spf.protection.outlook.com -all'),
          ...key('sharepointonline.com', 'selector1'),
          ...dmarc('sharepointonline.com', 'reject'),
        },
        args: [...OUTLOOK, ...(withOrg ? TIDEWATER : [])],
        expect: NOT_TRUSTED,
      });
    }
  }

  // 2. A Teams notification: the attacker's external Teams user named as the reader's payroll.
  {
    const T = 'noreply@email.teams.microsoft.com';
    emit(write, {
      name: 'probe91-outlook-teams-notification-tidewater-payroll-external-user-online',
      cls: 'teams-desk',
      about: `The attacker's external tenant user named "Tidewater Payroll" messages the reader in Teams; Teams e-mails the missed message: "Tidewater Payroll" <${T}>, signed d=email.teams.microsoft.com (aligned with microsoft.com at p=reject) out of Exchange Online's outbound; EOP records every pass. The name is the external user's own choice, written by Microsoft. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (an outsider named as the reader's own payroll desk).`,
      eml: await fromTenant({
        from: `"Tidewater Payroll" <${T}>`,
        envelope: `bounces@email.teams.microsoft.com`,
        signers: [['email.teams.microsoft.com', 's1024']],
        subject: 'Tidewater Payroll sent you a message',
        body: 'Tidewater Payroll sent you a message\r\n\r\n"Your December payslip is held - confirm your bank details here: https://tidewater-pay.notice-relay.example"\r\n\r\nReply in Teams\r\n',
        messageId: '<91c.teams@email.teams.microsoft.com>',
      }),
      zone: {
        ...EXO_ZONE,
        ...txt('email.teams.microsoft.com', 'v=spf1 include:spf.protection.outlook.com -all'),
        ...key('email.teams.microsoft.com', 's1024'),
        ...dmarc('microsoft.com', 'reject'),
      },
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 3–4. Another tenant named after the reader's (glued, and the plain name the reader's firm never took).
  for (const [n, tenant, who, local] of [
    ['d', 'tidewaterit', 'Tidewater IT Helpdesk', 'helpdesk'],
    ['e', 'tidewater', 'Tidewater Payroll', 'payroll'],
  ] as const) {
    const d = `${tenant}.onmicrosoft.com`;
    emit(write, {
      name: `probe91-outlook-other-tenant-${tenant}-onmicrosoft-${local}-online`,
      cls: 'other-tenant',
      about: `The attacker signs up a trial tenant ${d} (the reader's firm runs under another tenant name, so ${tenant} was free) and sends "${who}" <${local}@${d}> out of Exchange Online's outbound, signed d=${d} (the tenant's default key), every check passing and compauth=pass. reader-org.ts outsidersName reads an onmicrosoft.com tenant handed over from outside as anyone's (MAIL_TENANT_PARENTS); lookalike.ts may also read the tenant label. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
      eml: await fromTenant({
        from: `"${who}" <${local}@${d}>`,
        envelope: `${local}@${d}`,
        signers: [[d, 'selector1']],
        subject:
          local === 'payroll'
            ? 'Action needed: confirm your bank details before the December run'
            : 'Password expiry - action required',
        body:
          local === 'payroll'
            ? 'Please confirm your bank details at https://tidewater-pay.notice-relay.example before Friday.\r\n'
            : RESET,
        messageId: `<91${n}.1@${tenant}.prod.outlook.com>`,
      }),
      zone: {
        ...EXO_ZONE,
        ...txt(d, 'v=spf1 include:spf.protection.outlook.com -all'),
        ...key(d, 'selector1'),
      },
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 5. A glued look-alike custom domain on the attacker's tenant, neutral display name.
  {
    const d = 'tidewaterpayroll.example';
    emit(write, {
      name: 'probe91-outlook-tenant-custom-domain-glued-tidewaterpayroll-all-pass-online',
      cls: 'glued-tenant-domain',
      about: `The attacker adds ${d} to his trial tenant, publishes Microsoft's SPF include, DKIM (selector1) and DMARC p=reject, and sends "Payroll Team" <payroll@${d}> (no organisation name in the display name) out of Exchange Online's outbound: every check passes and aligns, compauth=pass. The only tell is the reader's name glued to one desk word, which desk-words.ts gluedDesk reads. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (pins gluedDesk on Outlook's layout).`,
      eml: await fromTenant({
        from: `"Payroll Team" <payroll@${d}>`,
        envelope: `payroll@${d}`,
        signers: [[d, 'selector1']],
        subject: 'Action needed: confirm your bank details before the December run',
        body: `Hi Robin,\r\n\r\nConfirm your bank details at https://${d}/confirm before Friday or your December pay is held.\r\n\r\nPayroll\r\n`,
        messageId: `<91f.1@${d}>`,
      }),
      zone: {
        ...EXO_ZONE,
        ...txt(d, 'v=spf1 include:spf.protection.outlook.com -all'),
        ...key(d, 'selector1'),
        ...dmarc(d, 'reject'),
      },
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 6. A four-letter reader name (kelp.example) glued to a desk word, on the attacker's tenant.
  {
    const d = 'kelphr.example';
    const KELP = 'kelp.example';
    emit(write, {
      name: 'probe91-outlook-four-letter-reader-kelp-glued-kelphr-tenant-domain-online',
      cls: 'glued-four-letter',
      about: `A reader at ${KELP} (a four-letter organisation name, which lookalike.ts counts since round 90). The attacker's tenant custom domain ${d}, all passing and aligned out of Exchange Online's outbound: "HR Department" <hr@${d}>, "Updated leave policy - sign by Friday". Online, outlook, --recipient-domain ${KELP}. Wanted: not trusted (the reader's four-letter name glued to "hr").`,
      eml: await fromTenant({
        from: `"HR Department" <hr@${d}>`,
        envelope: `hr@${d}`,
        signers: [[d, 'selector1']],
        subject: 'Updated leave policy - sign by Friday',
        body: `Hi Robin,\r\n\r\nPlease sign the updated leave policy at https://${d}/sign by Friday.\r\n\r\nHR\r\n`,
        messageId: `<91g.1@${d}>`,
        to: `Robin Reader <robin.reader@${KELP}>`,
      }),
      zone: {
        ...ptr(EXO.ip, EXO.rdns),
        ...M365_SPF_ZONE,
        ...txt(KELP, 'v=spf1 include:spf.protection.outlook.com -all'),
        ...dmarc(KELP, 'quarantine'),
        ...txt(d, 'v=spf1 include:spf.protection.outlook.com -all'),
        ...key(d, 'selector1'),
        ...dmarc(d, 'reject'),
      },
      args: [...OUTLOOK, '--recipient-domain', KELP],
      expect: NOT_TRUSTED,
    });
  }

  // 7–8. Direct Send from outside as the CEO at p=none, with and without the organisation set.
  for (const [n, withOrg] of [
    ['h', true],
    ['i', false],
  ] as const) {
    emit(write, {
      name: `probe91-outlook-direct-send-ceo-p-none-${withOrg ? 'org' : 'no-org'}-online`,
      cls: 'direct-send',
      about: `Microsoft 365 Direct Send from outside: the attacker's VPS (${VPS.ip}) connects to tidewater's own MX endpoint (tidewater-example.mail.protection.outlook.com) and sends ${CEO} to the reader, envelope marcus.hale@${ORG}, unsigned; the organisation publishes p=none. EOP records spf=softfail, dmarc=fail action=none, compauth=fail reason=601 above its entry. own-domain.ts (own-domain-unauthenticated) and receiver-record.ts (receiver-recorded-spoof from EOP's compauth) both bear on it. Online, outlook${withOrg ? `, --recipient-domain ${ORG}` : ''}. Wanted: not trusted (the CEO's wire request from a rented server).`,
      eml: await directSend(
        {
          from: CEO,
          envelope: `marcus.hale@${ORG}`,
          signers: [],
          subject: 'Urgent wire today',
          body: WIRE,
          messageId: `<91${n}.ds@vps91.notice-relay.example>`,
        },
        { spf: 'softfail', dmarc: 'fail action=none', compauth: 'fail reason=601' },
      ),
      zone: { ...orgZone('none'), ...ptr(VPS.ip, VPS.rdns) },
      args: [...OUTLOOK, ...(withOrg ? TIDEWATER : [])],
      expect: NOT_TRUSTED,
    });
  }

  // 9. Direct Send, no DMARC record, the attacker's own "EOP" rows below the entry.
  {
    const fake = [
      'Authentication-Results: spf=pass (sender IP is 40.107.93.12)\r\n smtp.mailfrom=tidewater.example; dkim=pass (signature was verified)\r\n header.d=tidewater.example;dmarc=pass action=none\r\n header.from=tidewater.example;compauth=pass reason=100',
      'Received-SPF: Pass (protection.outlook.com: domain of tidewater.example designates\r\n 40.107.93.12 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=40.107.93.12; helo=NAM10-DM6-obe.outbound.protection.outlook.com; pr=C',
      'X-MS-Exchange-Organization-AuthAs: Internal',
      'X-MS-Exchange-Organization-AuthSource: DM6PR08MB5580.namprd08.prod.outlook.com',
      ...senderTenantHops(),
    ];
    emit(write, {
      name: 'probe91-outlook-direct-send-it-desk-no-dmarc-forged-eop-rows-below-entry-online',
      cls: 'direct-send-forged-rows',
      about: `No DMARC record at ${ORG}. Direct Send from the VPS (${VPS.ip}) as "Tidewater IT Desk" <it-support@${ORG}>, envelope it-support@${ORG}, unsigned; EOP's own record on top says spf=fail, dmarc=none, compauth=fail reason=001. Below EOP's entry the attacker wrote rows of his own: an EOP-shaped Authentication-Results with every pass and compauth=pass, a Received-SPF pass for a Microsoft outbound address, X-MS-Exchange-Organization-AuthAs: Internal and the tenant's mailbox hops, as if the message had been written inside the tenant. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (only EOP's rows above its entry count).`,
      eml: await directSend(
        {
          from: `"Tidewater IT Desk" <it-support@${ORG}>`,
          envelope: `it-support@${ORG}`,
          signers: [],
          subject: 'Password expiry - action required',
          body: RESET,
          messageId: '<91j.ds@DM6PR08MB5580.namprd08.prod.outlook.com>',
        },
        { spf: 'fail', dmarc: 'none action=none', compauth: 'fail reason=001' },
        fake,
      ),
      zone: { ...orgZone(null), ...ptr(VPS.ip, VPS.rdns) },
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 10. The same forged rows, offline (only the provider's headers count).
  {
    const fake = [
      'Authentication-Results: spf=pass (sender IP is 40.107.93.12)\r\n smtp.mailfrom=tidewater.example; dkim=pass (signature was verified)\r\n header.d=tidewater.example;dmarc=pass action=none\r\n header.from=tidewater.example;compauth=pass reason=100',
      'X-MS-Exchange-Organization-AuthAs: Internal',
    ];
    emit(write, {
      name: 'probe91-outlook-direct-send-payroll-p-none-forged-eop-rows-offline',
      cls: 'direct-send-forged-rows',
      about: `p=none at ${ORG}. Direct Send from the VPS as "Tidewater Payroll" <payroll@${ORG}>, unsigned; EOP's record on top: spf=softfail, dmarc=fail action=none, compauth=fail reason=601. Below the entry the attacker's own EOP-shaped Authentication-Results with every pass and AuthAs: Internal. Offline (no zone: only the provider's record can tell), outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
      eml: await directSend(
        {
          from: `"Tidewater Payroll" <payroll@${ORG}>`,
          envelope: `payroll@${ORG}`,
          signers: [],
          subject: 'Action needed: confirm your bank details before the December run',
          body: 'Please confirm your bank details at https://tidewater-pay.notice-relay.example before Friday.\r\n',
          messageId: '<91k.ds@vps91.notice-relay.example>',
        },
        { spf: 'softfail', dmarc: 'fail action=none', compauth: 'fail reason=601' },
        fake,
      ),
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 11. Control: a supplier's genuine mail out of its own Microsoft 365 tenant.
  {
    const d = 'northwind-supply.example';
    emit(write, {
      name: 'probe91-outlook-control-supplier-own-tenant-all-pass-online',
      cls: 'control',
      about: `Control. A supplier's accounts team on its own Microsoft 365 tenant: "Northwind Accounts" <accounts@${d}>, signed d=${d} (selector1), out of Exchange Online's outbound; EOP records every pass and compauth=pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
      eml: await fromTenant({
        from: `"Northwind Accounts" <accounts@${d}>`,
        envelope: `accounts@${d}`,
        signers: [[d, 'selector1']],
        subject: 'Invoice INV-9114 for November',
        body: 'Hello Robin,\r\n\r\nPlease find invoice INV-9114 for November attached, payable on the usual terms.\r\n\r\nNorthwind Accounts\r\n',
        messageId: `<91l.1@${d}>`,
      }),
      zone: {
        ...EXO_ZONE,
        ...txt(d, 'v=spf1 include:spf.protection.outlook.com -all'),
        ...key(d, 'selector1'),
        ...dmarc(d, 'reject'),
      },
      args: [...OUTLOOK, ...TIDEWATER],
      expect: AUTHENTICATED,
    });
  }
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

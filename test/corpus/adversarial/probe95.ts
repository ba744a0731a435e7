// Red-team probes, ninety-fifth round (December 2026): Microsoft's and Google's own notifications
// carrying a name the attacker chose for his own account, signed and aligned by the provider, read
// in Outlook on the web (EOP's records) and in Gmail, with and without --recipient-domain.
// - lib/findings/reader-org.ts outsidersName / readerNamedByPlatformUser (display-name-reader-org):
//   reads a user's whole name only on WHOLE_NAME_NOTIFIERS (sharepointonline.com), the part before
//   PLATFORM_VIA's "via"/"(via …)" on CUSTOMERS_PLATFORMS or a brand's domain. Teams writes
//   "<Name> in Teams" (no "via") from noreply@email.teams.microsoft.com, which is in neither list.
// - lib/findings/display-name.ts brandClaimed: a brand named on the brand's own domain is no claim
//   unless PLATFORM_VIA splits the user's part off. "Microsoft 365 Admin in Teams" from Microsoft's
//   own address is therefore Microsoft's own name.
// - ACCOUNT_REPLY_PLATFORMS: a Reply-To at the reader's organisation clears a share (the sharer's
//   own account); the attacker cannot choose that Reply-To on Google or SharePoint.
// What the attacker controls: the display name of his own account (tenant user, Google account) and
// the file/form/chat text; the provider writes the From address, the "in Teams"/"(via Google Docs)"
// suffix, the Reply-To (Google, SharePoint: the account's own address; Teams: none) and signs.
// Controls: a colleague's genuine Teams missed-message mail; the reader's own IT desk's Google
// Workspace account sharing a document (Reply-To at the organisation).
// Layouts: Teams' missed-message mail as test/corpus/legit/realworld91.ts has it ("<Name> in Teams"
// <noreply@email.teams.microsoft.com>, learnt from a serverfault/datat.one thread there cited);
// SharePoint's `"<sharer>" <no-reply@sharepointonline.com>` as probe80/probe91; Google Docs shares
// as probe90 (drive-shares-dm-noreply@google.com, doclist.bounces.google.com); Google Chat's
// "(via Google Chat)" <chat-noreply@google.com> and Google Forms' "(via Google Forms)"
// <forms-receipts-noreply@google.com> from memory (12-minute limit, not searched). EOP's and Gmail's
// records as test/corpus/receivers.ts and m365-shapes.ts. Documentation names and addresses, except
// Microsoft's and Google's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** Probes HeaderLens reads wrong today (what it reads, what it should, the rule, a fix, its risk). */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:31 on 2026-12-05 (lib/findings/platforms.ts notifierUsersName; reader-org.ts
  // outsidersName; display-name.ts brandClaimed): Teams' missed-activity mail from
  // email.teams.microsoft.com / emeaemail.teams.microsoft.com (by host: the rest of microsoft.com is
  // Microsoft's own mail) is read as SharePoint's, a whole-name notifier, its user's name without
  // Teams' " in Teams" (an Exchange MVP's note that the notice carries the user's full display name,
  // and Microsoft's anti-phishing guidance naming these senders for user impersonation), so
  // probe95-outlook-teams-tidewater-it-helpdesk-in-teams-org-online and
  // probe95-outlook-teams-tidewater-ceo-marcus-hale-in-teams-org-online read display-name-reader-org;
  // and "Microsoft 365 Admin in Teams" is a user's chosen name claiming Microsoft
  // (probe95-outlook-teams-microsoft-365-admin-in-teams-org-online: display-name-brand). A bare
  // "Microsoft Teams" stays the service's own. Cost: the reader's own desk account genuinely named
  // "Tidewater IT Helpdesk" chatting a colleague reads suspicious (Teams writes no Reply-To to spare it).
  // Kept out by choice (the lead, 17:31 on 2026-12-05), as probe91's no-org SharePoint case: in
  // Outlook without --recipient-domain nothing the receiver wrote names the reader's organisation,
  // and a To the sender writes is no such record.
  'probe95-outlook-teams-tidewater-it-helpdesk-in-teams-no-org-online',
  'probe95-outlook-spo-share-tidewater-payroll-no-org-online',
]);

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
}

const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

function signed(s: Sent): Promise<string> {
  const raw = submitted({
    from: s.from,
    to: READER,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  return signAll(raw, s.signers);
}

// Microsoft's own notification mail out of Exchange Online's outbound (40.107.x).
const EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2095.outbound.protection.outlook.com',
  ip: '40.107.93.95',
};
const MS_ZONE = {
  ...ptr(EXO.ip, EXO.rdns),
  ...M365_SPF_ZONE,
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(ORG, 'selector1'),
  ...txt('email.teams.microsoft.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('email.teams.microsoft.com', 's1024'),
  ...dmarc('microsoft.com', 'reject'),
  ...txt('sharepointonline.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('sharepointonline.com', 'selector1'),
  ...dmarc('sharepointonline.com', 'reject'),
};

/** EOP's delivery with every check passing for the first signer, the sender's hops below. */
async function atOutlook(s: Sent): Promise<string> {
  return eopDelivery(await signed(s), {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${s.signers[0]?.[0] ?? 'none'}`,
      domainOf(s.from),
    ),
    returnPath: s.envelope,
    below: senderTenantHops(),
  });
}

const GOOGLE: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GOOGLE_ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('doclist.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('chat.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('forms.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...key(ORG, 'google'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
};

/** Gmail's delivery with every check passing for the From's domain (google.com, p=reject). */
async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [
      gmailDkim(d, sel),
      gmailSpf(s.envelope, s.relay.ip),
      gmailDmarc(domainOf(s.from), 'REJECT'),
    ].join('\r\n       '),
    ids: [`x95csp${n}pxa`, `a95si${n}qtb.95`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
}

const TEAMS = 'noreply@email.teams.microsoft.com';
const teams = (who: string, text: string, n: string): Sent => ({
  from: `"${who} in Teams" <${TEAMS}>`,
  envelope: `bounces+95${n}@email.teams.microsoft.com`,
  relay: EXO,
  signers: [['email.teams.microsoft.com', 's1024']],
  subject: `${who} sent you a message in Teams`,
  body: `${who} sent you a message.\r\n\r\n"${text}"\r\n\r\nReply in Teams\r\n`,
  messageId: `<95${n}.teams@email.teams.microsoft.com>`,
});

const SPO = 'no-reply@sharepointonline.com';
const spo = (who: string, doc: string, n: string, replyTo: string): Sent => ({
  from: `"${who}" <${SPO}>`,
  envelope: `bounces+SRS=95${n}@sharepointonline.com`,
  relay: EXO,
  signers: [['sharepointonline.com', 'selector1']],
  subject: `${who} shared "${doc}" with you`,
  body: `${who} shared a file with you\r\n\r\n${doc}\r\nhttps://tw95exec-my.sharepoint.com/:w:/g/personal/ceo_tw95exec_onmicrosoft_com/Eb95${n}\r\n\r\nMicrosoft respects your privacy.\r\n`,
  messageId: `<95${n}.spo@sharepointonline.com>`,
  extra: [`Reply-To: ${replyTo}`],
});

/** A Google notification: Docs, Chat or Forms, the user's name before "(via Google …)". */
const google = (
  who: string,
  app: 'Docs' | 'Chat' | 'Forms',
  subject: string,
  body: string,
  n: string,
  replyTo?: string,
): Sent => {
  const addr = {
    Docs: ['drive-shares-dm-noreply@google.com', 'doclist'],
    Chat: ['chat-noreply@google.com', 'chat'],
    Forms: ['forms-receipts-noreply@google.com', 'forms'],
  }[app];
  return {
    from: `"${who} (via Google ${app})" <${addr[0]}>`,
    envelope: `3Qp95${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@${addr[1]}.bounces.google.com`,
    relay: GOOGLE,
    signers: [['google.com', '20230601']],
    subject,
    body,
    messageId: `<95${n}.${app.toLowerCase()}.Xq${n}@google.com>`,
    extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
  };
};
const DOC_BODY = (who: string, doc: string) =>
  `${who} shared a document\r\n\r\n${who} has invited you to edit the following document:\r\n\r\n${doc}\r\nhttps://docs.google.com/document/d/1Xp95aBcDeFgHiJkLmNoPqRsTuVwX95/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`;

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone: Record<string, unknown>;
  args: string[];
  expect: CaseExpectation;
}

function emit(write: CaseWriter, c: One): void {
  emitCase(write, { ...c, class: `probe95-${c.cls}` });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1–2. Teams: the attacker's external tenant user named "Tidewater IT Helpdesk" chats the reader.
  for (const [n, withOrg] of [
    ['a', true],
    ['b', false],
  ] as const) {
    emit(write, {
      name: `probe95-outlook-teams-tidewater-it-helpdesk-in-teams-${withOrg ? 'org' : 'no-org'}-online`,
      cls: 'teams-desk',
      about: `The attacker's trial tenant names a user "Tidewater IT Helpdesk" and chats the reader (external access is on by default); Teams mails the missed message as "Tidewater IT Helpdesk in Teams" <${TEAMS}>, signed d=email.teams.microsoft.com (aligned with microsoft.com at p=reject) out of Exchange Online's outbound, EOP recording every pass. The attacker chose the name; Microsoft wrote " in Teams", the address and the signature; no Reply-To. email.teams.microsoft.com is in no list of platforms.ts, and " in Teams" is no PLATFORM_VIA. Online, outlook${withOrg ? `, --recipient-domain ${ORG}` : ' (no organisation set)'}. Wanted: not trusted (an outsider named as the reader's own IT desk).`,
      eml: await atOutlook(
        teams(
          'Tidewater IT Helpdesk',
          'Your mailbox is being migrated tonight. Sign in at https://tidewater-sso.notice-relay.example to keep your mail.',
          n,
        ),
      ),
      zone: MS_ZONE,
      args: [...OUTLOOK, ...(withOrg ? TIDEWATER : [])],
      expect: NOT_TRUSTED,
    });
  }

  // 3. Teams: the attacker's user named after Microsoft itself.
  emit(write, {
    name: 'probe95-outlook-teams-microsoft-365-admin-in-teams-org-online',
    cls: 'teams-brand',
    about: `The attacker's tenant user is named "Microsoft 365 Admin"; Teams mails "Microsoft 365 Admin in Teams" <${TEAMS}>, signed by Microsoft, every check passing. display-name.ts brandClaimed reads Microsoft's name on Microsoft's own domain as no claim (no PLATFORM_VIA to split the user's part off). Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (a Teams user's chosen name is not Microsoft's; Microsoft's own admin mail never comes as a Teams chat).`,
    eml: await atOutlook(
      teams(
        'Microsoft 365 Admin',
        'Your licence expires today. Reactivate at https://m365-licence.notice-relay.example before 5pm.',
        'c',
      ),
    ),
    zone: MS_ZONE,
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 4. Teams: the reader's own CEO's name (no organisation word): nothing in the message tells it.
  emit(write, {
    name: 'probe95-outlook-teams-tidewater-ceo-marcus-hale-in-teams-org-online',
    cls: 'teams-ceo',
    about: `The attacker's tenant user is named "Tidewater CEO Marcus Hale" (the reader's real CEO, with the organisation's name and "CEO"); Teams mails "Tidewater CEO Marcus Hale in Teams" <${TEAMS}>, signed by Microsoft, every check passing. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (an outsider named as the reader's own chief executive, asking for a wire).`,
    eml: await atOutlook(
      teams(
        'Tidewater CEO Marcus Hale',
        'Robin, I need a wire of 48,200 GBP to the new supplier before the 3pm cut-off. Keep this between us.',
        'd',
      ),
    ),
    zone: MS_ZONE,
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 5. SharePoint: "Tidewater CEO Marcus Hale" shares a payment file (WHOLE_NAME_NOTIFIERS pins).
  emit(write, {
    name: 'probe95-outlook-spo-share-tidewater-ceo-marcus-hale-org-online',
    cls: 'spo-ceo',
    about: `The attacker's tenant user "Tidewater CEO Marcus Hale" shares "Supplier payment - approve today" from OneDrive: SharePoint sends "Tidewater CEO Marcus Hale" <${SPO}>, Reply-To the sharer's own account (ceo@tw95exec.onmicrosoft.com), signed d=sharepointonline.com, EOP every pass. sharepointonline.com is a WHOLE_NAME_NOTIFIER and "CEO" a desk word beside the organisation's name. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atOutlook(
      spo(
        'Tidewater CEO Marcus Hale',
        'Supplier payment - approve today',
        'e',
        '"Tidewater CEO Marcus Hale" <ceo@tw95exec.onmicrosoft.com>',
      ),
    ),
    zone: MS_ZONE,
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 6. SharePoint: the "Tidewater Payroll" share without the organisation set.
  emit(write, {
    name: 'probe95-outlook-spo-share-tidewater-payroll-no-org-online',
    cls: 'spo-desk',
    about: `The attacker's tenant user "Tidewater Payroll" shares "December payslip - confirm bank details": "Tidewater Payroll" <${SPO}>, Reply-To payroll@tw95exec.onmicrosoft.com, signed d=sharepointonline.com, EOP every pass, To robin.reader@${ORG}. Online, outlook, no --recipient-domain (probe91 kept the no-org SharePoint case out by choice: EOP writes no recipient record; the reader's To is the only hint). Wanted: not trusted.`,
    eml: await atOutlook(
      spo(
        'Tidewater Payroll',
        'December payslip - confirm bank details',
        'f',
        '"Tidewater Payroll" <payroll@tw95exec.onmicrosoft.com>',
      ),
    ),
    zone: MS_ZONE,
    args: [...OUTLOOK],
    expect: NOT_TRUSTED,
  });

  // 7. Google Docs: a brand as the user's name, read in Gmail.
  emit(write, {
    name: 'probe95-gmail-docs-paypal-billing-via-google-docs-org-online',
    cls: 'gdocs-brand',
    about: `The attacker's Google account named "PayPal Billing" shares "Invoice INV-95 overdue - call 0800 000 9595": "PayPal Billing (via Google Docs)" <drive-shares-dm-noreply@google.com>, Reply-To "PayPal Billing" <paypal.billing95@gmail.com> (the account's own address), signed d=google.com, DMARC pass. A callback scam. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (PayPal's name on Google's mail).`,
    eml: await atGmail(
      google(
        'PayPal Billing',
        'Docs',
        'Document shared with you: "Invoice INV-95 overdue - call 0800 000 9595"',
        DOC_BODY('PayPal Billing', 'Invoice INV-95 overdue - call 0800 000 9595'),
        'g',
        '"PayPal Billing" <paypal.billing95@gmail.com>',
      ),
      'g',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 8. Google Docs: the same brand read in Outlook without the organisation.
  emit(write, {
    name: 'probe95-outlook-docs-paypal-billing-via-google-docs-no-org-online',
    cls: 'gdocs-brand',
    about: `As the PayPal Billing Docs share, delivered to the reader's Microsoft 365 mailbox: Google's outbound (${GOOGLE.ip}) into EOP, every pass for google.com. Online, outlook, no --recipient-domain. Wanted: not trusted (the brand rule needs no organisation).`,
    eml: await atOutlook(
      google(
        'PayPal Billing',
        'Docs',
        'Document shared with you: "Invoice INV-95 overdue - call 0800 000 9595"',
        DOC_BODY('PayPal Billing', 'Invoice INV-95 overdue - call 0800 000 9595'),
        'h',
        '"PayPal Billing" <paypal.billing95@gmail.com>',
      ),
    ),
    zone: { ...GOOGLE_ZONE, ...MS_ZONE },
    args: [...OUTLOOK],
    expect: NOT_TRUSTED,
  });

  // 9. Google Chat: the reader's IT desk's name, Gmail, no organisation set (Delivered-To only).
  emit(write, {
    name: 'probe95-gmail-chat-tidewater-it-helpdesk-via-google-chat-no-org-online',
    cls: 'gchat-desk',
    about: `The attacker's Google account "Tidewater IT Helpdesk" messages the reader in Google Chat; Google mails the unread message as "Tidewater IT Helpdesk (via Google Chat)" <chat-noreply@google.com>, signed d=google.com, DMARC pass, no Reply-To. Online, gmail, no --recipient-domain (the reader's domain from Delivered-To). Wanted: not trusted.`,
    eml: await atGmail(
      google(
        'Tidewater IT Helpdesk',
        'Chat',
        'New message from Tidewater IT Helpdesk',
        'Tidewater IT Helpdesk sent you a message\r\n\r\n"Your password expires today - reset at https://tidewater-sso.notice-relay.example"\r\n\r\nOpen in Google Chat\r\n',
        'i',
      ),
      'i',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });

  // 10. Google Forms: "Tidewater Payroll" sends a form asking for bank details.
  emit(write, {
    name: 'probe95-gmail-forms-tidewater-payroll-via-google-forms-org-online',
    cls: 'gforms-desk',
    about: `The attacker's Google account "Tidewater Payroll" sends a form by e-mail: "Tidewater Payroll (via Google Forms)" <forms-receipts-noreply@google.com>, Reply-To "Tidewater Payroll" <tw.payroll95@gmail.com>, signed d=google.com, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atGmail(
      google(
        'Tidewater Payroll',
        'Forms',
        'Payroll bank details update 2027',
        'Tidewater Payroll has invited you to fill out a form:\r\n\r\nPayroll bank details update 2027\r\nhttps://docs.google.com/forms/d/e/1FAIpQLSf95/viewform?usp=mail_form_link\r\n\r\nFILL OUT FORM\r\n',
        'j',
        '"Tidewater Payroll" <tw.payroll95@gmail.com>',
      ),
      'j',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });

  // 11. Control: a colleague's genuine Teams missed-message mail.
  emit(write, {
    name: 'probe95-outlook-teams-colleague-helen-okafor-control-online',
    cls: 'control',
    about: `Control: a colleague's chat in Teams mailed to the offline reader: "Helen Okafor in Teams" <${TEAMS}>, signed by Microsoft, EOP every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated (a person's own name; how Teams writes).`,
    eml: await atOutlook(teams('Helen Okafor', 'Can you check the budget sheet before Thursday?', 'k')),
    zone: MS_ZONE,
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // 12. Control: the reader's own IT desk's Workspace account shares a guide (Reply-To at the org).
  emit(write, {
    name: 'probe95-gmail-docs-own-it-helpdesk-workspace-share-control-online',
    cls: 'control',
    about: `Control: the organisation's own IT desk account (helpdesk@${ORG}, Google Workspace) shares a guide: "Tidewater IT Helpdesk (via Google Docs)" <drive-shares-dm-noreply@google.com>, Reply-To "Tidewater IT Helpdesk" <helpdesk@${ORG}> (Google writes the account's own address), signed d=google.com, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (ACCOUNT_REPLY_PLATFORMS spares the organisation's own account).`,
    eml: await atGmail(
      google(
        'Tidewater IT Helpdesk',
        'Docs',
        'Document shared with you: "New laptop setup guide"',
        DOC_BODY('Tidewater IT Helpdesk', 'New laptop setup guide'),
        'l',
        `"Tidewater IT Helpdesk" <helpdesk@${ORG}>`,
      ),
      'l',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

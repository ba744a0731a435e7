// Red-team probes, ninety-sixth round (December 2026): against the fixes of 2026-12-05 17:09–17:11.
// The attacker has read lib/findings/platforms.ts notifierUsersName (Teams' missed-activity mail
// from email.teams.microsoft.com / emeaemail.teams.microsoft.com read under its user's name, " in
// Teams" stripped), its users in reader-org.ts outsidersName and display-name.ts brandClaimed;
// reply-to.ts customersOwn (Shopify's store+<id>@…shopifyemail.com From answering at a free mailbox
// under the same name reads low); verdict.ts natUnchecked (behind a box's NAT the reader's own
// organisation's unsigned mail is suspicious, not spoofed); auth-state.ts providerPassUnfounded
// natOwn (the box's SPF pass behind its NAT founds no DMARC pass for the box's own organisation);
// provider.ts spfUnasked. Paths tried:
// - Teams names that dodge the suffix (a Cyrillic "Теams", "(External)" before " in Teams"), the
//   user's name written as a Microsoft address, and Teams' newer sending host under mail.microsoft;
// - a Shopify store named as a brand in look-alike letters or as the reader's organisation,
//   answering at a Gmail; Shopify's shared support@ From (not per-store) answering at a Gmail;
// - a bank forged through the box's declared NAT at p=reject; the CEO through the NAT with a
//   signature of the organisation's whose key is absent, and with one whose body hash fails;
// - the box's SPF pass behind its NAT for a domain not the box's own whose record lists 10.0.0.0/8:
//   the attacker's look-alike domain, and the organisation's second domain.
// Controls: a genuine Shopify store answering at its Gmail; a genuine external colleague in Teams.
// Layouts: EOP delivery of Teams' notice as probe95 (m365-shapes.ts senderTenantHops,
// receivers.ts eopDelivery); Shopify's per-store From and relay as realworld93; the box behind a
// NAT as probe94 (rounds-kit.ts postfixEntry shape, receivers.ts dovecotLmtp) with --nat-address
// as realworld92. No new layout searched (12-minute limit); teams.mail.microsoft as Teams' newer
// sender is from memory of Microsoft's 2024 move of service mail to the .microsoft TLD, unverified.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, SPOOFED, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';

/** Probes HeaderLens reads wrong today (each comment: what it reads, what it should, the rule, a fix). */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:33 on 2026-12-05 (lib/analyze.ts natSpf, lib/findings/auth-state.ts
  // providerPassUnfounded): behind the receiver's NAT our SPF check runs once more at the NAT's own
  // address where the receiver's passed; when the envelope's record passes that address too (it
  // lists 10.0.0.0/8), the receiver's pass speaks for no sender and founds no DMARC pass, for any
  // domain (probe96-rc-nat-declared-spf-pass-private-range-saltmarsh-holdings-ceo-online reads
  // spoofed); where it does not, the receiver saw the client another way and its pass stands.
  // Fixed at 17:34 on 2026-12-05 (lib/findings/platforms.ts storeSender; reader-org.ts
  // outsidersName): a store's per-store From carries the store's chosen name, judged as a free
  // mailbox's (probe96-gmail-shopify-store-named-reader-org-accounts-reply-gmail-org-online reads
  // display-name-reader-org).
  // Fixed at 17:34 on 2026-12-05 (lib/findings/platforms.ts TEAMS_NOTIFIER_HOSTS): Teams' newer
  // sender no-reply@teams.mail.microsoft (public mail filters list it beside the older one), so
  // probe96-outlook-teams-mail-microsoft-host-it-helpdesk-org-online reads display-name-reader-org.
]);

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const READER_ADDR = `robin.reader@${ORG}`;
const READER = `Robin Reader <${READER_ADDR}>`;
const OUTLOOK = ['--webmail', 'outlook', '--recipient-domain', ORG];
const GMAIL = ['--webmail', 'gmail', '--recipient-domain', ORG];
const GMAIL_NO_ORG = ['--webmail', 'gmail'];
const BOX = `mail.${ORG}`;
const BOX_IP = '198.51.100.25';
const NAT = '10.0.0.1';
const BOX_ARGS = ['--webmail', 'none', '--authserv-id', BOX, '--nat-address', NAT, '--recipient-domain', ORG];
const BOX_ARGS_NO_ORG = ['--webmail', 'none', '--authserv-id', BOX, '--nat-address', NAT];

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

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
  emitCase(write, { ...c, class: `probe96-${c.cls}` });
}

// ---- Teams at Outlook on the web (EOP), as probe95.
const EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2096.outbound.protection.outlook.com',
  ip: '40.107.93.96',
};
const MS_ZONE = {
  ...ptr(EXO.ip, EXO.rdns),
  ...M365_SPF_ZONE,
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...txt('email.teams.microsoft.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('email.teams.microsoft.com', 's1024'),
  ...dmarc('microsoft.com', 'reject'),
  ...txt('teams.mail.microsoft', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('teams.mail.microsoft', 's2048'),
  ...dmarc('mail.microsoft', 'reject'),
};

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

const teams = (name: string, text: string, n: string, host = 'email.teams.microsoft.com'): Sent => ({
  from: `"${name}" <noreply@${host}>`,
  envelope: `bounces+96${n}@${host}`,
  relay: EXO,
  signers: [[host, host === 'teams.mail.microsoft' ? 's2048' : 's1024']],
  subject: `${name.replace(/ in Te.ams$/, '')} sent you a message in Teams`,
  body: `${name} sent you a message.\r\n\r\n"${text}"\r\n\r\nReply in Teams\r\n`,
  messageId: `<96${n}.teams@${host}>`,
});

// ---- Shopify at Gmail, as realworld93.
const SHOPIFY: Relay = { helo: 'o96.shopifyemail.com', rdns: 'o96.shopifyemail.com', ip: '23.227.38.96' };
const SHOPIFY_ZONE = {
  ...ptr(SHOPIFY.ip, SHOPIFY.rdns),
  ...dmarc('shopifyemail.com', 'reject'),
  ...key('shopifyemail.com', 's1'),
  ...txt('shopifyemail.com', 'v=spf1 ip4:23.227.32.0/19 -all'),
};
async function shopify(from: string, replyTo: string, subject: string, body: string, n: string) {
  const env = `bounces+96${n}@shopifyemail.com`;
  const raw = await signed({
    from,
    envelope: env,
    relay: SHOPIFY,
    signers: [['shopifyemail.com', 's1']],
    subject,
    body,
    messageId: `<96${n}.shop@shopifyemail.com>`,
    extra: [`Reply-To: ${replyTo}`, `X-Shopify-Shop-Id: 96${n.charCodeAt(0)}`],
  });
  return gmailDelivery(raw, {
    relay: SHOPIFY,
    envelope: env,
    results: [
      gmailDkim('shopifyemail.com', 's1'),
      gmailSpf(env, SHOPIFY.ip),
      gmailDmarc(domainOf(from), 'REJECT'),
    ].join('\r\n       '),
    ids: [`x96csp${n}pxa`, `a96si${n}qtb.96`],
    spf: 'pass',
    deliveredTo: true,
    to: READER_ADDR,
  });
}

// ---- The box behind its declared NAT, as probe94 / realworld92.
const orgZone = (p: string, spf = 'v=spf1 mx -all') => ({
  ...dmarc(ORG, p),
  [ORG]: { TXT: [spf], MX: [{ exchange: BOX, priority: 10 }] },
  ...ptr(BOX_IP, BOX),
});
const VPS: Relay = { helo: 'vps96.forger.example', rdns: 'vps96.forger.example', ip: '203.0.113.96' };

interface AtBox {
  from: string;
  envelope: string;
  subject: string;
  body: string;
  messageId: string;
  rows: string[];
  signers?: [string, string][];
  /** Rewrite the signed text (a body changed in transit: the signature's body hash fails). */
  tamper?: (raw: string) => string;
}

async function atBox(s: AtBox, id: string): Promise<string> {
  let raw = submitted({
    from: s.from,
    to: READER,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    body: s.body,
  });
  if (s.signers?.length) raw = await signAll(raw, s.signers);
  if (s.tamper) raw = s.tamper(raw);
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${READER_ADDR}`,
    dovecotLmtp(BOX, s.envelope, READER_ADDR, `${id}LmtpQAAqVw1Bg`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${s.rows.join(';\r\n\t')}`,
    `Received: from ${VPS.helo} (unknown [${NAT}])\r\n\tby ${BOX} (Postfix) with ESMTP id ${id}\r\n\tfor <${READER_ADDR}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}
const spfRow = (env: string, r: string) =>
  `spf=${r} (${BOX}: ${r === 'pass' ? 'domain of' : 'is not designated'} ${env} ${NAT}) smtp.mailfrom=${env}`;
const dmarcRow = (r: string, from: string) => `dmarc=${r} header.from=${from}`;

const CEO_LOCAL = 'marcus.hale';
const WIRE =
  'Marcus here. I need a wire of $48,600 sent to our new vendor today; details attached. Keep this between us.\r\n';

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. Teams: " in Teams" with a Cyrillic Т, so IN_TEAMS does not strip it.
  emit(write, {
    name: 'probe96-outlook-teams-it-helpdesk-cyrillic-te-in-teams-suffix-org-online',
    cls: 'teams-suffix',
    about: `The attacker's trial tenant names its user "Tidewater IT Helpdesk in Теams" (Cyrillic Т), and Teams mails the missed chat as that name (plus its own suffix, which a display-name limit may cut) from noreply@email.teams.microsoft.com, signed and passing at EOP. IN_TEAMS does not match the look-alike word, so notifierUsersName keeps the whole name, unsuffixed. Outlook, --recipient-domain ${ORG}. Wanted: not trusted (an outsider named as the reader's own IT desk).`,
    eml: await atOutlook(
      teams('Tidewater IT Helpdesk in \u0422eams', 'Your mailbox is over quota, open the link I sent', 'a'),
    ),
    zone: MS_ZONE,
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });

  // 2. Teams: "(External)" between the chosen name and " in Teams".
  emit(write, {
    name: 'probe96-outlook-teams-ceo-external-tag-in-teams-org-online',
    cls: 'teams-suffix',
    about: `The attacker's external tenant user is named "Tidewater CEO Marcus Hale"; the notice reads "Tidewater CEO Marcus Hale (External) in Teams" <noreply@email.teams.microsoft.com>, signed d=email.teams.microsoft.com, all passing at EOP. Stripped of " in Teams" the name is "Tidewater CEO Marcus Hale (External)". Outlook, --recipient-domain. Wanted: not trusted at least as the bare-named probe95 case (the reader's CEO's name from outside); the "(External)" tag must not hide it.`,
    eml: await atOutlook(
      teams(
        'Tidewater CEO Marcus Hale (External) in Teams',
        'Need a quick favour, are you at your desk?',
        'b',
      ),
    ),
    zone: MS_ZONE,
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });

  // 3. Teams: the user's name written as a Microsoft address.
  emit(write, {
    name: 'probe96-outlook-teams-name-is-security-at-microsoft-address-org-online',
    cls: 'teams-brand',
    about: `The attacker names his tenant's user "security@microsoft.com"; the notice reads "security@microsoft.com in Teams" <noreply@email.teams.microsoft.com>, a genuine Microsoft From, signed and passing. Outlook, --recipient-domain. Wanted: not trusted (a user's chosen name claiming Microsoft's own address, as "Microsoft 365 Admin in Teams" in probe95).`,
    eml: await atOutlook(
      teams('security@microsoft.com in Teams', 'Unusual sign-in on your account, verify here', 'c'),
    ),
    zone: MS_ZONE,
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });

  // 4. Teams from another sending host (teams.mail.microsoft).
  emit(write, {
    name: 'probe96-outlook-teams-mail-microsoft-host-it-helpdesk-org-online',
    cls: 'teams-host',
    about: `Teams' notice for the attacker's user "Tidewater IT Helpdesk" arrives from noreply@teams.mail.microsoft (Microsoft's service mail moved to the .microsoft TLD), signed d=teams.mail.microsoft, mail.microsoft at p=reject, passing at EOP. The host is not in TEAMS_NOTIFIER_HOSTS. Outlook, --recipient-domain. Wanted: not trusted (the reader's IT desk named by an outsider, whichever Teams host carried it).`,
    eml: await atOutlook(
      teams(
        'Tidewater IT Helpdesk in Teams',
        'Your mailbox is over quota, open the link I sent',
        'd',
        'teams.mail.microsoft',
      ),
    ),
    zone: MS_ZONE,
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });

  // 5. Control: a genuine external colleague in Teams.
  emit(write, {
    name: 'probe96-outlook-teams-external-colleague-in-teams-control-online',
    cls: 'teams-control',
    about: `A partner firm's consultant "Priya Raman (External) in Teams" chats the reader; Teams' notice from noreply@email.teams.microsoft.com, signed and passing at EOP. Outlook, --recipient-domain. Wanted: authenticated (Microsoft's own mail under a name that claims nothing).`,
    eml: await atOutlook(teams('Priya Raman (External) in Teams', 'Sent the revised schedule, thanks!', 'e')),
    zone: MS_ZONE,
    args: OUTLOOK,
    expect: AUTHENTICATED,
  });

  // 6. Shopify: a store named as PayPal in look-alike letters, answering at a Gmail.
  emit(write, {
    name: 'probe96-gmail-shopify-store-cyrillic-paypal-name-reply-gmail-online',
    cls: 'store-brand',
    about: `The attacker opens a Shopify store named "P\u0430yPal Billing" (Cyrillic а) with no domain of its own; Shopify sends as "P\u0430yPal Billing" <store+96117@t.shopifyemail.com>, signed d=shopifyemail.com, passing at Gmail, Reply-To the same name at paypal.billing.desk96@gmail.com. brandInName may miss the look-alike letter, making customersOwn hold. Gmail, no organisation. Wanted: not trusted (a brand's name, however spelt, answering at a free mailbox).`,
    eml: await shopify(
      '"P\u0430yPal Billing" <store+96117@t.shopifyemail.com>',
      '"P\u0430yPal Billing" <paypal.billing.desk96@gmail.com>',
      'Your account has been limited',
      'We noticed unusual activity. Reply with your account email to restore access.\r\n',
      'f',
    ),
    zone: SHOPIFY_ZONE,
    args: GMAIL_NO_ORG,
    expect: NOT_TRUSTED,
  });

  // 7. Shopify: a store named as the reader's organisation's accounts desk.
  emit(write, {
    name: 'probe96-gmail-shopify-store-named-reader-org-accounts-reply-gmail-org-online',
    cls: 'store-reader-org',
    about: `A Shopify store named "Tidewater Accounts Payable" sends an "invoice" as <store+96218@t.shopifyemail.com>, signed and passing at Gmail, Reply-To the same name at tidewater.ap96@gmail.com. Gmail (Workspace), --recipient-domain ${ORG}. Wanted: not trusted (the reader's own organisation's desk named by a store anyone can open).`,
    eml: await shopify(
      '"Tidewater Accounts Payable" <store+96218@t.shopifyemail.com>',
      '"Tidewater Accounts Payable" <tidewater.ap96@gmail.com>',
      'Invoice TW-9618 overdue',
      'Please settle invoice TW-9618 today; reply for the new bank details.\r\n',
      'g',
    ),
    zone: SHOPIFY_ZONE,
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 8. Shopify: the shared support@ From (not per-store) answering at a Gmail.
  emit(write, {
    name: 'probe96-gmail-shopify-support-from-not-per-store-reply-gmail-online',
    cls: 'store-from',
    about: `A From at Shopify's shared support@shopifyemail.com (not a per-store store+<id>@) under a store's name "Juniper & Fern", Reply-To the same name at a Gmail: the store exemption's shape without its per-store address, signed d=shopifyemail.com, passing. Gmail, no organisation. Wanted: the Reply-To finding stays (not the low store exemption): reply-to-other-org present.`,
    eml: await shopify(
      '"Juniper & Fern" <support@shopifyemail.com>',
      '"Juniper & Fern" <hello.juniperfern96@gmail.com>',
      'Refund on order #1096',
      'Your refund is waiting. Reply with your card number to receive it.\r\n',
      'h',
    ),
    zone: SHOPIFY_ZONE,
    args: GMAIL_NO_ORG,
    expect: { findings: ['reply-to-other-org'] },
  });

  // 9. Control: a genuine store answering at its owner's Gmail.
  emit(write, {
    name: 'probe96-gmail-shopify-store-saltmarsh-pottery-reply-gmail-control-online',
    cls: 'store-control',
    about: `A small store "Saltmarsh Pottery" with no domain of its own: <store+96319@t.shopifyemail.com>, signed d=shopifyemail.com, passing at Gmail, Reply-To the owner's "Saltmarsh Pottery" <saltmarsh.pottery96@gmail.com>. Gmail, no organisation. Wanted: authenticated.`,
    eml: await shopify(
      '"Saltmarsh Pottery" <store+96319@t.shopifyemail.com>',
      '"Saltmarsh Pottery" <saltmarsh.pottery96@gmail.com>',
      'Order #1096 confirmed',
      'Thanks for your order! We will email you when it ships.\r\n',
      'i',
    ),
    zone: SHOPIFY_ZONE,
    args: GMAIL_NO_ORG,
    expect: AUTHENTICATED,
  });

  // 10. A bank forged through the box's declared NAT at p=reject.
  const BANK = 'harbourbank.example';
  emit(write, {
    name: 'probe96-rc-nat-declared-bank-p-reject-unsigned-online',
    cls: 'nat-brand',
    about: `The box behind a NAT the reader declared (--nat-address ${NAT}); its milter checks SPF for ${NAT}: spf=fail, dmarc=fail. The forger sends "Harbour Bank" <alerts@${BANK}> (p=reject, no signature) from his VPS. Roundcube, --recipient-domain ${ORG}. Wanted: spoofed (not the reader's organisation: natUnchecked must not reach a brand's forged mail).`,
    eml: await atBox(
      {
        from: `"Harbour Bank" <alerts@${BANK}>`,
        envelope: `alerts@${BANK}`,
        subject: 'Card suspended',
        body: 'Your card is suspended. Verify at https://harbourbank-verify.forger.example/.\r\n',
        messageId: `<96j.alerts@${BANK}>`,
        rows: [spfRow(`alerts@${BANK}`, 'fail'), 'dkim=none', dmarcRow('fail', BANK)],
      },
      '4Zq96Jb1',
    ),
    zone: { ...orgZone('reject'), ...dmarc(BANK, 'reject'), ...txt(BANK, 'v=spf1 ip4:192.0.2.0/24 -all') },
    args: BOX_ARGS,
    expect: SPOOFED,
  });

  // 11–12. The CEO through the NAT with a signature of the organisation's: key absent; body tampered.
  for (const [n, variant] of [
    ['k', 'key-absent'],
    ['l', 'body-hash-fails'],
  ] as const) {
    emit(write, {
      name: `probe96-rc-nat-declared-ceo-p-reject-org-signature-${variant}-online`,
      cls: 'nat-ceo-sig',
      about: `The box behind its declared NAT (${NAT}); the firm publishes p=reject and "v=spf1 mx -all". The forger sends the CEO's wire request with a DKIM-Signature d=${ORG} s=tw96 ${variant === 'key-absent' ? 'whose key is not published (it looks like a signature that should fail, but no key: permerror, not fail)' : 'over a body he then changed (body hash fails)'}; the box writes spf=fail for ${NAT}, dmarc=fail. Roundcube, --recipient-domain. Wanted: ${variant === 'key-absent' ? 'not trusted (natUnchecked may make it suspicious)' : "spoofed (a failing signature of the organisation's makes it row 1)"}.`,
      eml: await atBox(
        {
          from: `"Marcus Hale" <${CEO_LOCAL}@${ORG}>`,
          envelope: `${CEO_LOCAL}@${ORG}`,
          subject: 'Wire today - confidential',
          body: WIRE,
          messageId: `<96${n}.4f1c@${BOX}>`,
          signers: [[ORG, 'tw96']],
          tamper: variant === 'body-hash-fails' ? (r) => r.replace('$48,600', '$84,600') : undefined,
          rows: [
            spfRow(`${CEO_LOCAL}@${ORG}`, 'fail'),
            `dkim=${variant === 'key-absent' ? 'permerror (no key)' : 'fail (body hash did not verify)'} header.d=${ORG} header.s=tw96`,
            dmarcRow('fail', ORG),
          ],
        },
        `4Zq96${n.toUpperCase()}c2`,
      ),
      zone: { ...orgZone('reject'), ...(variant === 'key-absent' ? {} : key(ORG, 'tw96')) },
      args: BOX_ARGS,
      expect: variant === 'key-absent' ? NOT_TRUSTED : SPOOFED,
    });
  }

  // 13–14. The box's SPF pass behind the NAT for a domain not the box's own whose record lists 10/8.
  for (const [n, dom, what, args, argsNote] of [
    ['m', 'tidewatter.example', "the attacker's look-alike domain", BOX_ARGS, '--recipient-domain'],
    [
      'n',
      'tidewater-group.example',
      "the organisation's second domain (not named)",
      BOX_ARGS,
      '--recipient-domain tidewater.example only',
    ],
    [
      'o',
      'tidewater-group.example',
      "the organisation's second domain",
      BOX_ARGS_NO_ORG,
      'no --recipient-domain',
    ],
    [
      'p',
      'saltmarsh-holdings.example',
      "the organisation's parent company's domain (no look-alike of it)",
      BOX_ARGS,
      '--recipient-domain tidewater.example only',
    ],
  ] as const) {
    emit(write, {
      name: `probe96-rc-nat-declared-spf-pass-private-range-${dom.replace('.example', '')}-ceo${args === BOX_ARGS_NO_ORG ? '-no-org' : ''}-online`,
      cls: 'nat-spf-other',
      about: `The box behind its declared NAT (${NAT}) checks SPF for ${NAT}. ${dom} (${what}) publishes "v=spf1 ip4:10.0.0.0/8 -all" and p=reject, so the box writes spf=pass and dmarc=pass for the CEO's name at ${dom}, forged from the forger's VPS, unsigned. natOwn only covers the box's own organisation. Roundcube, ${argsNote}. Wanted: not trusted (the box's pass speaks for the NAT, not for the sender).`,
      eml: await atBox(
        {
          from: `"Marcus Hale" <${CEO_LOCAL}@${dom}>`,
          envelope: `${CEO_LOCAL}@${dom}`,
          subject: 'Wire today - confidential',
          body: WIRE,
          messageId: `<96${n}.77aa@${dom}>`,
          rows: [spfRow(`${CEO_LOCAL}@${dom}`, 'pass'), 'dkim=none', dmarcRow('pass', dom)],
        },
        `4Zq96${n.toUpperCase()}d3`,
      ),
      zone: { ...orgZone('reject'), ...dmarc(dom, 'reject'), ...txt(dom, 'v=spf1 ip4:10.0.0.0/8 -all') },
      args,
      expect: NOT_TRUSTED,
    });
  }
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

// Red-team probes, eighty-third round (December 2026): business email compromise against a finance
// clerk at tidewater.example (the reader's organisation: --recipient-domain, or the To the receiver
// delivered to), read in Gmail (Google Workspace) and in Outlook on the web (Microsoft 365), online.
// The attacker has read lib/findings/display-name.ts (readerNamedByPlatformUser, outsidersName,
// namesDeskOf), lookalike.ts, reply-to.ts, sender.ts and memory.ts, and wants a payment-change or
// gift-card request read authenticated while it looks like the CEO ("Marcus Hale"), the reader's own
// finance or IT desk, or a known vendor (kestrel-supplies.example, p=none). Paths, one per family:
// - his own look-alikes of the reader's domain, SPF and DKIM aligned (tidewater-example.com,
//   tldewater.example, tidewater.example.co; lookalike.ts against the reader's domains);
// - the vendor's genuine domain at p=none spoofed from a VPS (spf fail, no signature);
// - the vendor's compromised real mailbox replying in a thread with a Reply-To at a look-alike of
//   the vendor's own domain (reply-to.ts);
// - an external Microsoft 365 tenant named tidewater.onmicrosoft.com writing as "Accounts Payable"
//   (outsidersName leaves onmicrosoft names to the address);
// - the CEO's real address in From with a Sender: on his own Gmail (sender.ts; Outlook's "on
//   behalf of" display);
// - "on behalf of" written into the display name of his own aligned domain;
// - the CEO's name with the reader's domain in parentheses over a free mailbox;
// - Exchange's organisation rows (AuthAs Internal, directionality Originating) forged among the
//   sender's headers of a direct-to-MX spoof, so that Outlook shows no [EXTERNAL] tag.
// Controls: the CEO's genuine Workspace mail, the vendor's genuine invoice in Outlook.
// Layouts: Gmail's and EOP's deliveries as test/corpus/receivers.ts has them (learnt from public
// deliveries, test/fixtures/legit/README-m365.md); EOP's failing Authentication-Results
// (`spf=fail … dkim=none (message not signed) header.d=none;dmarc=fail action=none … compauth=fail
// reason=001`) written in the kit's eopPass shape with fail values, and the
// X-MS-Exchange-Organization-* row names as test/corpus/m365-shapes.ts exchangeOrgHeaders writes
// them. No new layout was searched for this round (15-minute limit): every hop shape is the kit's.
// Documentation addresses throughout, except Google's and Microsoft's own outbound.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, SPOOFED, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

// Fixed at 11:49 on 2026-12-05 (lib/findings/lookalike.ts, replyLikeFrom):
// probe83-gmail-vendor-compromised-thread-replyto-lookalike-online (the vendor's genuine signed reply,
// Reply-To dana@kestrel-suppiies.example) read authenticated with a low note; a Reply-To that
// misspells the From's own domain is lookalike-domain (medium).
// Fixed at 11:49 (lib/findings/lookalike.ts, readerNameInFront): probe83-gmail-lookalike-suffix-co-
// it-desk-online (tidewater.example.co) and probe83-outlook-external-tenant-reader-name-onmicrosoft-
// online (ap@tidewater.onmicrosoft.com from another tenant) read authenticated; the reader's
// organisation's name as a whole label in front of another domain, or as a mail platform's tenant
// writing from outside, is a look-alike (not a help desk's tenant: tidewater.zendesk.com is the
// organisation's own desk).
// Fixed at 11:49 (lib/findings/display-name.ts, ON_BEHALF in outsidersName): probe83-outlook-display-
// on-behalf-of-reader-finance-online ("Marcus Hale on behalf of Tidewater Finance") read authenticated;
// the part after "on behalf of" is an outsider's claim whatever the domain.
// Kept out by choice (the lead, 11:49): probe83-outlook-lookalike-l-for-i-accounts-payable-online
// (ap@tldewater.example, no --recipient-domain) reads authenticated: Outlook on the web's messages
// name no recipient, so nothing tells the engine the reader's domain; with it named (the CLI's
// --recipient-domain, the extension's new Options → "Your organisation") it reads suspicious.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe83-outlook-lookalike-l-for-i-accounts-payable-online',
]);

/**
 * The vendor's p=none domain forged from a VPS reads unverified, "the check failed … the domain
 * owner does not ask receivers to act on failures": the engine's documented stance (a forwarder
 * without ARC prints the same one hop). Pinned so that it never drifts to authenticated.
 */
const PINNED_PNONE: CaseExpectation = { verdict: 'unverified', findings: ['dmarc-fail', 'spf-fail'] };

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const CLERK = 'Robin Reader <robin.reader@tidewater.example>';
const TIDEWATER = ['--recipient-domain', 'tidewater.example'];

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The reader's organisation (Workspace and M365 alike) and the vendor's real records. */
const OTHERS = {
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('tidewater.example', 'v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all'),
  ...dmarc('kestrel-supplies.example', 'none'),
  ...txt('kestrel-supplies.example', 'v=spf1 ip4:198.51.100.40 -all'),
  ...key('kestrel-supplies.example', 'ks1'),
};

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  /** DKIM signers (domain, selector); none for an unsigned forgery. */
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
    to: CLERK,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  return s.signers.length ? signAll(raw, s.signers) : Promise.resolve(raw);
}

/** Gmail's delivery; `results` as Gmail folds them (default: every pass at `policy`). */
async function atGmail(s: Sent, n: string, policy = 'NONE', results?: string, spf: 'pass' | 'fail' = 'pass') {
  const [d, sel] = s.signers[0] ?? ['', ''];
  const r =
    results ??
    [gmailDkim(d, sel), gmailSpf(s.envelope, s.relay.ip), gmailDmarc(domainOf(s.from), policy)].join(
      '\r\n       ',
    );
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: r,
    ids: [`x83csp${n}pxa`, `a83si${n}qtb.83`],
    spf,
    deliveredTo: true,
    to: 'robin.reader@tidewater.example',
  });
}

/** EOP's delivery: every pass (aligned signature of the first signer), or `fail` as given. */
async function atOutlook(s: Sent, fail?: { ar: string; spf: string }, bottom?: string[]) {
  const pass = eopPass(
    s.relay,
    domainOf(s.envelope),
    s.signers[0]
      ? `dkim=pass (signature was verified)\r\n header.d=${s.signers[0][0]}`
      : 'dkim=none (message not signed)\r\n header.d=none',
    domainOf(s.from),
  );
  return eopDelivery(await signed(s), {
    ...pass,
    ...(fail ?? {}),
    returnPath: s.envelope,
    ...(bottom ? { bottom } : {}),
  });
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
  emitCase(write, { ...c, class: `probe83-${c.cls}` });
}

/** The attacker's VPS, with his own aligned records for `d`. */
const vps = (d: string, last: number): Relay => ({
  helo: `mail.${d}`,
  rdns: `mail.${d}`,
  ip: `203.0.113.${last}`,
});
const ownZone = (d: string, r: Relay, sel: string, p = 'none') => ({
  ...ptr(r.ip, r.rdns),
  [r.rdns]: { A: [r.ip] },
  ...txt(d, `v=spf1 ip4:${r.ip} -all`),
  ...key(d, sel),
  ...dmarc(d, p),
  ...OTHERS,
});

const PAYMENT = (who: string) =>
  `Hi Robin,\r\n\r\nPlease update the remittance details for Kestrel before Friday's run: new account 4471 0932 18, sort code 20-83-11. Confirm once done; I'm in meetings all day.\r\n\r\n${who}\r\n`;
const GIFTCARDS = `Robin,\r\n\r\nAre you at your desk? I need 8 Apple gift cards (200 each) for a client thank-you today. Keep this between us for now; scratch the codes and send photos.\r\n\r\nMarcus\r\nSent from my iPhone\r\n`;

// Google Workspace / Gmail outbound (as round 82: mail-sor-f*.google.com).
const GOOGLE: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GOOGLE_ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...txt('gmail.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...key('tidewater.example', 'google'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all'),
  ...OTHERS,
};
// Another tenant's outbound in Exchange Online.
const TENANT: Relay = {
  helo: 'NAM12-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam12on2083.outbound.protection.outlook.com',
  ip: '40.107.243.83',
};

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. Look-alike of the reader's domain, hyphen for the dot, under .com: the CEO's gift cards.
  {
    const d = 'tidewater-example.com';
    const r = vps(d, 83);
    const s: Sent = {
      from: `"Marcus Hale" <marcus.hale@${d}>`,
      envelope: `marcus.hale@${d}`,
      relay: r,
      signers: [[d, 's83']],
      subject: 'Quick favour',
      body: GIFTCARDS,
      messageId: `<83a.1@${d}>`,
    };
    emit(write, {
      name: 'probe83-gmail-lookalike-hyphen-com-ceo-giftcards-online',
      cls: 'lookalike-reader',
      about: `The attacker registers ${d} (the reader's domain with the dot made a hyphen, under .com), publishes SPF, DKIM and DMARC p=none, and writes as the CEO "Marcus Hale" <marcus.hale@${d}> asking for gift cards. Gmail (the reader's Workspace) records every pass. Online, --recipient-domain tidewater.example. Wanted: not trusted (a look-alike of the reader's own domain).`,
      eml: await atGmail(s, 'a'),
      zone: ownZone(d, r, 's83'),
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 2. l for i, reader's domain learnt from the delivery only (no --recipient-domain), Outlook.
  {
    const d = 'tldewater.example';
    const r = vps(d, 84);
    const s: Sent = {
      from: `"Tidewater Accounts Payable" <ap@${d}>`,
      envelope: `ap@${d}`,
      relay: r,
      signers: [[d, 's83']],
      subject: 'Updated remittance details - Kestrel Supplies',
      body: PAYMENT('Accounts Payable'),
      messageId: `<83b.1@${d}>`,
    };
    emit(write, {
      name: 'probe83-outlook-lookalike-l-for-i-accounts-payable-online',
      cls: 'lookalike-reader',
      about: `The attacker registers ${d} (an l for the i) with aligned SPF and DKIM and writes as "Tidewater Accounts Payable" <ap@${d}> to the clerk robin.reader@tidewater.example in Microsoft 365; EOP records every pass. No --recipient-domain: the reader's domain is the To the tenant delivered to. Online (--webmail outlook). Wanted: not trusted (look-alike of the reader's domain, and the reader's organisation's desk named from outside).`,
      eml: await atOutlook(s),
      zone: ownZone(d, r, 's83'),
      args: OUTLOOK,
      expect: NOT_TRUSTED,
    });
  }

  // 3. The reader's whole domain under another suffix (tidewater.example.co), IT desk.
  {
    const d = 'tidewater.example.co';
    const r = vps('example.co', 85);
    const s: Sent = {
      from: `"IT Service Desk" <it-desk@${d}>`,
      envelope: `it-desk@${d}`,
      relay: r,
      signers: [[d, 's83']],
      subject: 'Action required: re-verify your payroll direct deposit',
      body: 'Your direct deposit profile expires today. Re-verify at https://tidewater.example.co/payroll before 17:00.\r\n\r\nIT Service Desk\r\n',
      messageId: `<83c.1@${d}>`,
    };
    emit(write, {
      name: 'probe83-gmail-lookalike-suffix-co-it-desk-online',
      cls: 'lookalike-reader',
      about: `The attacker owns example.co and writes from ${d} (the reader's whole domain with .co appended), aligned SPF and DKIM, as "IT Service Desk" <it-desk@${d}>, a payroll re-verification. Gmail records every pass. Online, --recipient-domain tidewater.example. Wanted: not trusted (the reader's domain inside another organisation's name).`,
      eml: await atGmail(s, 'c'),
      zone: ownZone(d, r, 's83'),
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 4. The vendor's genuine domain at p=none spoofed from a VPS: Outlook.
  {
    const d = 'kestrel-supplies.example';
    const r: Relay = { helo: `mail.${d}`, rdns: 'vps-83-86.cloudhost.example', ip: '203.0.113.86' };
    const s: Sent = {
      from: `"Kestrel Supplies Accounts" <accounts@${d}>`,
      envelope: `accounts@${d}`,
      relay: r,
      signers: [],
      subject: 'Change of bank details - effective immediately',
      body: PAYMENT('Kestrel Supplies Accounts'),
      messageId: `<83d.1@${d}>`,
    };
    emit(write, {
      name: 'probe83-outlook-vendor-pnone-spoofed-from-vps-online',
      cls: 'vendor-spoof',
      about: `The vendor kestrel-supplies.example publishes SPF -all and DMARC p=none. The attacker sends from a VPS (HELO mail.${d}, reverse vps-83-86.cloudhost.example) as "Kestrel Supplies Accounts" <accounts@${d}>, unsigned, envelope the vendor's. EOP records spf=fail, dkim=none, dmarc=fail action=none, compauth=fail and delivers (p=none). Online (--webmail outlook). Wanted: spoofed; pinned as it reads, unverified with dmarc-fail and spf-fail (see the head of the file).`,
      eml: await atOutlook(s, {
        ar: `spf=fail (sender IP is ${r.ip})\r\n smtp.mailfrom=${d}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=none\r\n header.from=${d};compauth=fail reason=001`,
        spf: `Fail (protection.outlook.com: domain of ${d} does not designate\r\n ${r.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${r.ip}; helo=${r.helo};`,
      }),
      zone: { ...ptr(r.ip, r.rdns), ...OTHERS },
      args: OUTLOOK,
      expect: PINNED_PNONE,
    });
  }

  // 5. The vendor's compromised real mailbox replies in the thread, Reply-To at a look-alike.
  {
    const d = 'kestrel-supplies.example';
    const r: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '198.51.100.40' };
    const s: Sent = {
      from: `"Dana Kestrel" <dana@${d}>`,
      envelope: `dana@${d}`,
      relay: r,
      signers: [[d, 'ks1']],
      subject: 'RE: Invoice KS-20831 overdue',
      body: `Hi Robin,\r\n\r\nThanks for chasing. Our bank has changed: please pay KS-20831 to the new account below and reply to confirm.\r\n\r\n${PAYMENT('Dana')}`,
      messageId: `<83e.1@${d}>`,
      extra: [
        'Reply-To: "Dana Kestrel" <dana@kestrel-suppiies.example>',
        'In-Reply-To: <83e.0@tidewater.example>',
        'References: <83e.0@tidewater.example>',
      ],
    };
    emit(write, {
      name: 'probe83-gmail-vendor-compromised-thread-replyto-lookalike-online',
      cls: 'vendor-compromised',
      about: `The vendor's real mailbox dana@${d} is compromised; the attacker replies in the clerk's own thread (In-Reply-To the clerk's message) from the vendor's server, signed d=${d}, SPF and DMARC pass, with Reply-To "Dana Kestrel" <dana@kestrel-suppiies.example> (ii for ll), so that the clerk's confirmation goes to him. Gmail records every pass. Online, --recipient-domain tidewater.example. Wanted: not trusted (the reply address is a look-alike of the From's own domain).`,
      eml: await atGmail(s, 'e'),
      zone: { ...ptr(r.ip, r.rdns), [r.rdns]: { A: [r.ip] }, ...OTHERS },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 6. An external tenant named tidewater.onmicrosoft.com writing as "Accounts Payable".
  {
    const d = 'tidewater.onmicrosoft.com';
    const s: Sent = {
      from: `"Accounts Payable" <ap@${d}>`,
      envelope: `ap@${d}`,
      relay: TENANT,
      signers: [[d, 'selector1-tidewater-onmicrosoft-com']],
      subject: 'Vendor master file update - Kestrel Supplies',
      body: PAYMENT('Accounts Payable'),
      messageId: `<83f.1@SA1PR12MB8083.namprd12.prod.outlook.com>`,
    };
    emit(write, {
      name: 'probe83-outlook-external-tenant-reader-name-onmicrosoft-online',
      cls: 'tenant-name',
      about: `The attacker's trial tenant took the initial domain ${d} (the real Tidewater's tenant is another name) and writes from outside as "Accounts Payable" <ap@${d}>, signed by the tenant's own onmicrosoft key (DMARC p=none, which Microsoft 365 lets a tenant publish for its initial domain), from Exchange Online's outbound ${TENANT.ip}. EOP records every pass. The display name holds no organisation name: the address's tenant label is the reader's organisation. Online (--webmail outlook), --recipient-domain tidewater.example. Wanted: not trusted.`,
      eml: await atOutlook(s),
      zone: {
        ...ptr(TENANT.ip, TENANT.rdns),
        ...txt(d, 'v=spf1 include:spf.protection.outlook.com -all'),
        ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all'),
        ...key(d, 'selector1-tidewater-onmicrosoft-com'),
        ...dmarc(d, 'none'),
        ...OTHERS,
      },
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 7. The CEO's real address in From, Sender: his "personal" Gmail.
  {
    const s: Sent = {
      from: '"Marcus Hale" <marcus.hale@tidewater.example>',
      envelope: 'marcus.hale.exec@gmail.com',
      relay: GOOGLE,
      signers: [['gmail.com', '20230601']],
      subject: 'Urgent wire - confidential',
      body: GIFTCARDS,
      messageId: '<CAF83g1xQ@mail.gmail.com>',
      extra: ['Sender: "Marcus Hale" <marcus.hale.exec@gmail.com>'],
    };
    emit(write, {
      name: 'probe83-gmail-ceo-from-sender-free-mailbox-online',
      cls: 'sender-field',
      about: `The attacker writes from his Gmail marcus.hale.exec@gmail.com with From "Marcus Hale" <marcus.hale@tidewater.example> and Sender: his Gmail (Outlook would show "on behalf of"). Signed d=gmail.com, SPF passes for gmail.com, DMARC for tidewater.example fails (p=quarantine). Gmail records it. Online, --recipient-domain tidewater.example. Wanted: spoofed.`,
      eml: await atGmail(
        s,
        'g',
        'QUARANTINE',
        [
          gmailDkim('gmail.com', '20230601'),
          gmailSpf(s.envelope, GOOGLE.ip),
          gmailDmarc('tidewater.example', 'QUARANTINE', 'fail'),
        ].join('\r\n       '),
      ),
      zone: GOOGLE_ZONE,
      args: [...GMAIL, ...TIDEWATER],
      expect: SPOOFED,
    });
  }

  // 8. "on behalf of" written into the display name over the attacker's own aligned domain.
  {
    const d = 'hale-advisory.example';
    const r = vps(d, 88);
    const s: Sent = {
      from: `"Marcus Hale on behalf of Tidewater Finance" <office@${d}>`,
      envelope: `office@${d}`,
      relay: r,
      signers: [[d, 's83']],
      subject: 'Payment instruction - Kestrel',
      body: PAYMENT('Marcus'),
      messageId: `<83h.1@${d}>`,
    };
    emit(write, {
      name: 'probe83-outlook-display-on-behalf-of-reader-finance-online',
      cls: 'on-behalf-display',
      about: `Outlook shows a Sender as "X on behalf of Y"; the attacker writes that text into his own name: "Marcus Hale on behalf of Tidewater Finance" <office@${d}>, his own domain, SPF, DKIM and DMARC aligned. EOP records every pass. Online (--webmail outlook), --recipient-domain tidewater.example. Wanted: not trusted (the reader's finance desk named from outside).`,
      eml: await atOutlook(s),
      zone: ownZone(d, r, 's83'),
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 9. The CEO's name with the reader's domain in parentheses, over a free mailbox.
  {
    const s: Sent = {
      from: '"Marcus Hale (tidewater.example)" <marcus.hale.office@gmail.com>',
      envelope: 'marcus.hale.office@gmail.com',
      relay: GOOGLE,
      signers: [['gmail.com', '20230601']],
      subject: 'Are you available?',
      body: GIFTCARDS,
      messageId: '<CAF83i1xQ@mail.gmail.com>',
    };
    emit(write, {
      name: 'probe83-gmail-ceo-name-reader-domain-in-parens-freemail-online',
      cls: 'name-domain',
      about: `From "Marcus Hale (tidewater.example)" <marcus.hale.office@gmail.com>: the CEO's name with the reader's domain in parentheses inside the quoted name (quoted, so no comment to the parser), from the attacker's Gmail, every check passing for gmail.com. Online, --recipient-domain tidewater.example. Wanted: not trusted (the reader's domain shown as the name).`,
      eml: await atGmail(s, 'i'),
      zone: GOOGLE_ZONE,
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 10. Direct-to-MX spoof of the CEO with Exchange's organisation rows forged (no [EXTERNAL]).
  {
    const r: Relay = {
      helo: 'mail.tidewater.example',
      rdns: 'vps-83-90.cloudhost.example',
      ip: '203.0.113.90',
    };
    const s: Sent = {
      from: '"Marcus Hale" <marcus.hale@tidewater.example>',
      envelope: 'marcus.hale@tidewater.example',
      relay: r,
      signers: [],
      subject: 'Wire today - Kestrel settlement',
      body: PAYMENT('Marcus'),
      messageId: '<83j.1@tidewater.example>',
      extra: [
        'X-MS-Exchange-Organization-AuthAs: Internal',
        'X-MS-Exchange-Organization-AuthMechanism: 04',
        'X-MS-Exchange-Organization-AuthSource: SA1PR12MB8083.namprd12.prod.outlook.com',
        'X-MS-Exchange-Organization-MessageDirectionality: Originating',
        'X-MS-Exchange-Organization-SCL: -1',
        'X-MS-Has-Attach:',
      ],
    };
    emit(write, {
      name: 'probe83-outlook-ceo-direct-mx-forged-internal-org-rows-online',
      cls: 'forged-internal',
      about: `The attacker connects from a VPS straight to tidewater's MX (HELO mail.tidewater.example) as "Marcus Hale" <marcus.hale@tidewater.example>, unsigned, and writes Exchange's organisation rows himself (AuthAs Internal, AuthSource a mailbox server, directionality Originating, SCL -1) among his headers so the message looks internal and carries no [EXTERNAL] tag. EOP records spf=fail, dmarc=fail action=quarantine, compauth=fail. Online (--webmail outlook), --recipient-domain tidewater.example. Wanted: spoofed.`,
      eml: await atOutlook(s, {
        ar: `spf=fail (sender IP is ${r.ip})\r\n smtp.mailfrom=tidewater.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=quarantine\r\n header.from=tidewater.example;compauth=fail reason=000`,
        spf: `Fail (protection.outlook.com: domain of tidewater.example does not designate\r\n ${r.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${r.ip}; helo=${r.helo};`,
      }),
      zone: {
        ...ptr(r.ip, r.rdns),
        ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
        ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all'),
        ...OTHERS,
      },
      args: [...OUTLOOK, ...TIDEWATER],
      expect: SPOOFED,
    });
  }

  // --- Controls ---
  {
    const s: Sent = {
      from: '"Marcus Hale" <marcus.hale@tidewater.example>',
      envelope: 'marcus.hale@tidewater.example',
      relay: GOOGLE,
      signers: [['tidewater.example', 'google']],
      subject: 'Board pack for Thursday',
      body: 'Robin,\r\n\r\nCan you add the Q3 supplier spend to the board pack? Thanks.\r\n\r\nMarcus\r\n',
      messageId: '<CAG83k1xQ@mail.gmail.com>',
    };
    emit(write, {
      name: 'probe83-gmail-ceo-workspace-control-online',
      cls: 'control',
      about: `Control: the real CEO writes from the organisation's Google Workspace: "Marcus Hale" <marcus.hale@tidewater.example>, signed d=tidewater.example, sent from Google's outbound; Gmail records every pass at p=quarantine. Online, --recipient-domain tidewater.example. Wanted: authenticated.`,
      eml: await atGmail(s, 'k', 'QUARANTINE'),
      zone: GOOGLE_ZONE,
      args: [...GMAIL, ...TIDEWATER],
      expect: AUTHENTICATED,
    });
  }
  {
    const d = 'kestrel-supplies.example';
    const r: Relay = { helo: `mail.${d}`, rdns: `mail.${d}`, ip: '198.51.100.40' };
    const s: Sent = {
      from: `"Kestrel Supplies Accounts" <accounts@${d}>`,
      envelope: `accounts@${d}`,
      relay: r,
      signers: [[d, 'ks1']],
      subject: 'Invoice KS-20840',
      body: 'Dear Tidewater,\r\n\r\nPlease find invoice KS-20840 attached, payable to our usual account within 30 days.\r\n\r\nKestrel Supplies Accounts\r\n',
      messageId: `<83l.1@${d}>`,
    };
    emit(write, {
      name: 'probe83-outlook-vendor-genuine-invoice-control-online',
      cls: 'control',
      about: `Control: the vendor's genuine invoice from its own server, signed d=${d}, SPF and DMARC (p=none) pass. EOP records every pass. Online (--webmail outlook), --recipient-domain tidewater.example. Wanted: authenticated.`,
      eml: await atOutlook(s),
      zone: { ...ptr(r.ip, r.rdns), [r.rdns]: { A: [r.ip] }, ...OTHERS },
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

// Red-team probes, eighty-fourth round (December 2026): bending the rules round 83 added against
// business email compromise, read by a finance clerk at tidewater.example (--recipient-domain) in
// Gmail (Workspace) and Outlook on the web (Microsoft 365), online. The attacker has read
// `git show HEAD -- lib/` and probes, one family each:
// - lib/findings/lookalike.ts replyLikeFrom (a Reply-To one or two letters from the From's own
//   domain, misspellings only): the vendor's compromised mailbox with a Reply-To that adds a word
//   (kestrel-supplies-billing.example), swaps the ending (kestrel-supplies.co), or sits on a free
//   mailbox named like the vendor;
// - lookalike.ts readerNameInFront (the reader's name as a whole label in front of another
//   domain; SECOND_LEVELS exemption): tidewater.co.example (which the exemption skips), and
//   tidewater.com.co (a real second-level ending the public suffix list knows);
// - display-name.ts outsidersName (a help desk's tenant named exactly as the reader is the reader's
//   own desk): tidewater.freshdesk.com registered by the attacker when the reader's firm has none;
// - display-name.ts ON_BEHALF: "obo", "on-behalf-of", "for and on behalf of" written into the name;
// - reply-to.ts firmsDomain: "Kestrel Supplies via DocuSign" from the attacker's own DocuSign
//   account, Reply-To at kestrelsupplies.example (the vendor's name written together, his domain).
// Held today (pinned): a Reply-To at a Gmail named like the vendor (reply-to-other-org medium),
// tidewater.co.com and tidewater.com.co (lookalike-domain), "for and on behalf of" (ON_BEHALF).
// Controls: the vendor's genuine invoice with a Reply-To at its own domain; the CEO's genuine
// Workspace mail; a genuine DocuSign envelope whose principal answers at its own domain.
// Layouts: Gmail's and EOP's deliveries as test/corpus/receivers.ts has them (kit shapes, as
// probe83); DocuSign's relay as realworld80 (dse_na3@docusign.net, support.docusign.com). No new
// layout was searched (15-minute limit). Documentation addresses throughout, except Google's and
// Microsoft's own outbound.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/**
 * Probes HeaderLens reads wrong today (red-team round 84's report): kept out of the corpus until
 * lib/ is fixed or the lead keeps them as they read.
 */
// Kept out by choice (the lead, 11:59): the two vendor-thread Reply-Tos that add a word or swap the
// ending (a firm's other domain looks the same: acme.co.uk behind acme.com), the help-desk tenant
// tidewater.freshdesk.com named as the reader's firm (the firm's own desk on such a tenant writes to
// its staff the same way, and is far more common than a name registered before the firm took it), and
// the DocuSign principal answered at kestrelsupplies.example (identical to a small firm's genuine
// envelope without the sender memory). Each comment below is the helper's.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read authenticated (reply-to-other-org low, dmarc-policy-none), wanted not trusted. The vendor's
  // compromised mailbox answers a bank-change thread with a Reply-To at kestrel-supplies-billing
  // .example / kestrel-supplies.co. lib/findings/lookalike.ts replyLikeFrom takes misspellings
  // only (by design: acme.co.uk behind acme.com, a word added, is a firm's other domain), and
  // reply-to.ts keeps a foreign non-free Reply-To low. Fix (proposed): a Reply-To whose organisation
  // starts with the From's own label (word added, or the same label under another ending) is medium
  // when the Reply-To's domain publishes no DKIM key the message was signed with, i.e. the From's
  // signature does not cover a domain the firm also signs for. Risk: a genuine firm answering at
  // its sister domain (acme.co.uk behind acme.com) turns suspicious; a reader accepts "replies go to
  // kestrel-supplies.co, not kestrel-supplies.example" on an invoice, but it is noise on routine mail.
  'probe84-gmail-vendor-compromised-replyto-word-added-online',
  'probe84-outlook-vendor-compromised-replyto-ending-swapped-online',
  // Read authenticated (no finding but dmarc-policy-none), wanted not trusted. lib/findings/
  // display-name.ts outsidersName returns null for a help desk's tenant named exactly as the
  // reader's organisation (round 83: tidewater.zendesk.com is the firm's own desk), and
  // lookalike.ts readerNameInFront skips every sign-up tenant but a mail platform's. Anyone can
  // sign up tidewater.freshdesk.com when the firm has none. Fix (proposed): take a help desk's
  // tenant as the reader's own only where the reader named it (Options → "Your organisation" /
  // --recipient-domain listing tidewater.freshdesk.com) or it writes from inside the receiver;
  // otherwise judge its display name as an outsider's. Risk: a firm's genuine desk tenant writing
  // to its own staff through the internet reads suspicious until the reader lists it; a reader
  // accepts "the name says tidewater, your organisation, but a user of freshdesk.com chose it".
  'probe84-gmail-freshdesk-tenant-reader-name-attacker-registered-online',
  // Fixed at 11:59 on 2026-12-05 (lib/findings/display-name.ts, ON_BEHALF): probe84-outlook-display-
  // obo-reader-finance-online ("obo") and probe84-gmail-display-on-behalf-of-hyphens-reader-finance-
  // online ("on-behalf-of") read authenticated; both spellings (and "i. A. v.") are read now.
  // Read authenticated (reply-to-other-org low), wanted not trusted. reply-to.ts firmsDomain takes
  // accounts@kestrelsupplies.example as "Kestrel Supplies via DocuSign"'s own domain; the genuine
  // vendor (control below, Reply-To at kestrel-supplies.example) reads the same, so nothing in the
  // message tells them apart: only a memory of the vendor's real domain can. Fix (proposed): with
  // the sender memory holding kestrel-supplies.example, run lookalikeReason against the Reply-To
  // before firmsDomain's exemption (kestrelsupplies vs kestrel-supplies: hyphen dropped), and never
  // exempt a Reply-To that is a look-alike of a remembered or reader domain. Without memory, keep
  // as it reads (rw80's small law firm is the other side). Risk: none for rw80; a firm with two
  // spellings of its own name (hyphen and none) in memory reads suspicious until learnt.
  'probe84-gmail-docusign-principal-vendor-name-replyto-impostor-domain-online',
]);

const SENT = 'Fri, 20 Nov 2026 10:09:58 +0000';
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const CLERK = 'Robin Reader <robin.reader@tidewater.example>';
const TIDEWATER = ['--recipient-domain', 'tidewater.example'];
const VENDOR = 'kestrel-supplies.example';

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The reader's organisation and the vendor's real records. */
const OTHERS = {
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('tidewater.example', 'v=spf1 include:_spf.google.com include:spf.protection.outlook.com -all'),
  ...dmarc(VENDOR, 'none'),
  ...txt(VENDOR, 'v=spf1 ip4:198.51.100.40 -all'),
  ...key(VENDOR, 'ks1'),
};

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
    to: CLERK,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  return s.signers.length ? signAll(raw, s.signers) : Promise.resolve(raw);
}

/** Gmail's delivery, every pass at `policy`. */
async function atGmail(s: Sent, n: string, policy = 'NONE') {
  const [d, sel] = s.signers[0] ?? ['', ''];
  const r = [gmailDkim(d, sel), gmailSpf(s.envelope, s.relay.ip), gmailDmarc(domainOf(s.from), policy)].join(
    '\r\n       ',
  );
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: r,
    ids: [`x84csp${n}pxa`, `a84si${n}qtb.84`],
    spf: 'pass',
    deliveredTo: true,
    to: 'robin.reader@tidewater.example',
  });
}

/** EOP's delivery, every pass (aligned signature of the first signer). */
async function atOutlook(s: Sent) {
  const [d] = s.signers[0] ?? [''];
  return eopDelivery(await signed(s), {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${d}`,
      domainOf(s.from),
    ),
    returnPath: s.envelope,
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
  emitCase(write, { ...c, class: `probe84-${c.cls}` });
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
  `Hi Robin,\r\n\r\nPlease update the remittance details for Kestrel before Friday's run: new account 4471 0932 18, sort code 20-83-11. Confirm once done.\r\n\r\n${who}\r\n`;

/** The vendor's own server: its compromised mailbox or its genuine mail. */
const VENDOR_RELAY: Relay = { helo: `mail.${VENDOR}`, rdns: `mail.${VENDOR}`, ip: '198.51.100.40' };
const VENDOR_ZONE = {
  ...ptr(VENDOR_RELAY.ip, VENDOR_RELAY.rdns),
  [VENDOR_RELAY.rdns]: { A: [VENDOR_RELAY.ip] },
  ...OTHERS,
};

/** The vendor's compromised mailbox replying in the clerk's thread, answers going to `replyTo`. */
const compromised = (replyTo: string, n: string): Sent => ({
  from: `"Dana Kestrel" <dana@${VENDOR}>`,
  envelope: `dana@${VENDOR}`,
  relay: VENDOR_RELAY,
  signers: [[VENDOR, 'ks1']],
  subject: 'RE: Invoice KS-20831 overdue',
  body: `Hi Robin,\r\n\r\nThanks for chasing. Our bank has changed: please pay KS-20831 to the new account and reply to confirm.\r\n\r\n${PAYMENT('Dana')}`,
  messageId: `<84${n}.1@${VENDOR}>`,
  extra: [
    `Reply-To: ${replyTo}`,
    `In-Reply-To: <84${n}.0@tidewater.example>`,
    `References: <84${n}.0@tidewater.example>`,
  ],
});

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

/** DocuSign's relay (realworld80's shape), d=docusign.net. */
const DOCUSIGN: Relay = { helo: 'mailna3.docusign.net', rdns: 'mailna3.docusign.net', ip: '203.0.113.184' };
const DOCUSIGN_ZONE = {
  ...ptr(DOCUSIGN.ip, DOCUSIGN.rdns),
  [DOCUSIGN.rdns]: { A: [DOCUSIGN.ip] },
  ...txt('docusign.net', `v=spf1 ip4:${DOCUSIGN.ip} -all`),
  ...key('docusign.net', 'dsnet84'),
  ...dmarc('docusign.net', 'reject'),
  ...OTHERS,
};
const envelope = (principal: string, replyTo: string, n: string): Sent => ({
  from: `"${principal} via DocuSign" <dse_na3@docusign.net>`,
  envelope: `bounces+84${n}@docusign.net`,
  relay: DOCUSIGN,
  signers: [['docusign.net', 'dsnet84']],
  subject: `Please DocuSign: Updated remittance and supplier form`,
  body: `${principal} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: https://na3.docusign.net/Signing/EmailStart.aspx?a=84${n}\r\n`,
  messageId: `<84${n}.envelope@docusign.net>`,
  extra: [`Reply-To: ${replyTo}`],
});

/** The attacker's own aligned domain writing "<name>" to the clerk. */
const ownDomainName = (name: string, d: string, n: string): Sent => ({
  from: `"${name}" <office@${d}>`,
  envelope: `office@${d}`,
  relay: vps(d, 100 + n.charCodeAt(0) - 96),
  signers: [[d, 's84']],
  subject: 'Payment instruction - Kestrel',
  body: PAYMENT('Marcus'),
  messageId: `<84${n}.1@${d}>`,
});

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- Family 1: replyLikeFrom, a Reply-To that is no misspelling -------------------------------
  for (const [tag, rt, n, at] of [
    ['word-added', `"Dana Kestrel" <dana@kestrel-supplies-billing.example>`, 'a', 'gmail'],
    ['ending-swapped', `"Dana Kestrel" <dana@kestrel-supplies.co>`, 'b', 'outlook'],
    [
      'free-mailbox-vendor-name',
      `"Kestrel Supplies Accounts" <kestrelsupplies.accounts@gmail.com>`,
      'c',
      'gmail',
    ],
  ] as const) {
    const s = compromised(rt, n);
    emit(write, {
      name: `probe84-${at}-vendor-compromised-replyto-${tag}-online`,
      cls: 'replyto-vendor',
      about: `The vendor's real mailbox dana@${VENDOR} is compromised; the attacker replies in the clerk's own thread from the vendor's server, signed d=${VENDOR}, SPF and DMARC pass, with Reply-To ${rt} (${tag.replace(/-/g, ' ')}: not one or two letters from the From's domain, so replyLikeFrom does not fire), so that the clerk's confirmation goes to him. Read in ${at === 'gmail' ? 'Gmail' : 'Outlook on the web'}, online, --recipient-domain tidewater.example. Wanted: not trusted (a reply address off the vendor's domain on a bank-change request).`,
      eml: at === 'gmail' ? await atGmail(s, n) : await atOutlook(s),
      zone: VENDOR_ZONE,
      args: [...(at === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }
  {
    const s = compromised(`"Accounts Receivable" <ar@${VENDOR}>`, 'd');
    s.subject = 'Invoice KS-20840';
    s.body =
      'Dear Tidewater,\r\n\r\nPlease find invoice KS-20840 attached, payable to our usual account within 30 days.\r\n\r\nDana\r\n';
    emit(write, {
      name: 'probe84-gmail-vendor-genuine-replyto-own-ar-desk-control-online',
      cls: 'control',
      about: `Control: the vendor's genuine invoice from its own server, signed d=${VENDOR}, SPF and DMARC (p=none) pass, Reply-To its own receivables desk ar@${VENDOR}. Gmail records every pass. Online, --recipient-domain tidewater.example. Wanted: authenticated.`,
      eml: await atGmail(s, 'd'),
      zone: VENDOR_ZONE,
      args: [...GMAIL, ...TIDEWATER],
      expect: AUTHENTICATED,
    });
  }

  // --- Family 2: readerNameInFront behind second-level words -----------------------------------
  for (const [d, n, at, why] of [
    [
      'tidewater.co.com',
      'e',
      'gmail',
      'co.com is a privately run registry selling names under it, listed only in the public suffix list\u2019s private section; read with ICANN endings only, its organisation is co.com and the label "co" puts it under readerNameInFront\u2019s SECOND_LEVELS exemption',
    ],
    ['tidewater.com.co', 'f', 'outlook', 'com.co is a real second-level ending the public suffix list knows'],
  ] as const) {
    const r = vps(d, n === 'e' ? 91 : 92);
    const s: Sent = {
      from: `"IT Service Desk" <it-desk@${d}>`,
      envelope: `it-desk@${d}`,
      relay: r,
      signers: [[d, 's84']],
      subject: 'Action required: re-verify your payroll direct deposit',
      body: `Your direct deposit profile expires today. Re-verify at https://${d}/payroll before 17:00.\r\n\r\nIT Service Desk\r\n`,
      messageId: `<84${n}.1@${d}>`,
    };
    emit(write, {
      name: `probe84-${at}-reader-name-${d.replace(/\./g, '-')}-it-desk-online`,
      cls: 'reader-name-front',
      about: `The attacker writes from ${d} (${why}) as "IT Service Desk" <it-desk@${d}>, SPF, DKIM and DMARC aligned, a payroll re-verification. Every check passes. Read in ${at === 'gmail' ? 'Gmail' : 'Outlook on the web'}, online, --recipient-domain tidewater.example. Wanted: not trusted (the reader's organisation's name as the whole first label).`,
      eml: at === 'gmail' ? await atGmail(s, n) : await atOutlook(s),
      zone: ownZone(d, r, 's84'),
      args: [...(at === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // --- Family 3: a help desk tenant named as the reader, registered by the attacker ------------
  {
    const d = 'tidewater.freshdesk.com';
    const r: Relay = {
      helo: 'mx-out-84.freshdesk.com',
      rdns: 'mx-out-84.freshdesk.com',
      ip: '198.51.100.184',
    };
    const s: Sent = {
      from: `"Tidewater IT Support" <support@${d}>`,
      envelope: `bounce-84g@freshdesk.com`,
      relay: r,
      signers: [['freshdesk.com', 'fd84']],
      subject: '[#8412] Your mailbox password expires today',
      body: 'Hi Robin,\r\n\r\nYour Tidewater mailbox password expires today. Keep it at https://tidewater.freshdesk.com/support/login\r\n\r\nTidewater IT Support\r\n',
      messageId: `<84g.1@${d}>`,
    };
    emit(write, {
      name: 'probe84-gmail-freshdesk-tenant-reader-name-attacker-registered-online',
      cls: 'helpdesk-tenant',
      about: `Tidewater runs no Freshdesk; the attacker signs up the free tenant ${d} and writes as "Tidewater IT Support" <support@${d}> from Freshdesk's relay, signed d=freshdesk.com, SPF and DMARC pass for freshdesk.com. outsidersName takes a help desk's tenant named exactly as the reader for the reader's own desk. Online, --recipient-domain tidewater.example. Wanted: not trusted (nothing in the message ties the tenant to the reader's organisation).`,
      eml: await atGmail(s, 'g'),
      zone: {
        ...ptr(r.ip, r.rdns),
        [r.rdns]: { A: [r.ip] },
        ...txt('freshdesk.com', `v=spf1 ip4:${r.ip} -all`),
        ...key('freshdesk.com', 'fd84'),
        ...dmarc('freshdesk.com', 'none'),
        ...OTHERS,
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // --- Family 4: ON_BEHALF's other spellings ---------------------------------------------------
  for (const [tag, name, d, n, at] of [
    ['obo', 'Marcus Hale obo Tidewater Finance', 'hale-advisory.example', 'h', 'outlook'],
    [
      'on-behalf-of-hyphens',
      'Marcus Hale, on-behalf-of Tidewater Finance',
      'hale-partners.example',
      'i',
      'gmail',
    ],
    [
      'for-and-on-behalf-of',
      'Marcus Hale for and on behalf of Tidewater Finance',
      'hale-office.example',
      'j',
      'outlook',
    ],
  ] as const) {
    const s = ownDomainName(name, d, n);
    emit(write, {
      name: `probe84-${at}-display-${tag}-reader-finance-online`,
      cls: 'on-behalf-display',
      about: `The attacker writes "${name}" <office@${d}> from his own domain, SPF, DKIM and DMARC aligned, a payment instruction. Read in ${at === 'gmail' ? 'Gmail' : 'Outlook on the web'}, online, --recipient-domain tidewater.example. Wanted: not trusted (the reader's finance desk named from outside).`,
      eml: at === 'gmail' ? await atGmail(s, n) : await atOutlook(s),
      zone: ownZone(d, s.relay, 's84'),
      args: [...(at === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }
  {
    const s: Sent = {
      from: '"Marcus Hale" <marcus.hale@tidewater.example>',
      envelope: 'marcus.hale@tidewater.example',
      relay: GOOGLE,
      signers: [['tidewater.example', 'google']],
      subject: 'Board pack for Thursday',
      body: 'Robin,\r\n\r\nCan you add the Q3 supplier spend to the board pack? Thanks.\r\n\r\nMarcus\r\n',
      messageId: '<CAG84k1xQ@mail.gmail.com>',
    };
    emit(write, {
      name: 'probe84-gmail-ceo-workspace-control-online',
      cls: 'control',
      about: `Control: the real CEO writes from the organisation's Google Workspace: "Marcus Hale" <marcus.hale@tidewater.example>, signed d=tidewater.example; Gmail records every pass at p=quarantine. Online, --recipient-domain tidewater.example. Wanted: authenticated.`,
      eml: await atGmail(s, 'k', 'QUARANTINE'),
      zone: GOOGLE_ZONE,
      args: [...GMAIL, ...TIDEWATER],
      expect: AUTHENTICATED,
    });
  }

  // --- Family 5: firmsDomain for an impostor's domain ------------------------------------------
  {
    const s = envelope('Kestrel Supplies', '"Kestrel Supplies" <accounts@kestrelsupplies.example>', 'l');
    emit(write, {
      name: 'probe84-gmail-docusign-principal-vendor-name-replyto-impostor-domain-online',
      cls: 'docusign-firm',
      about: `The attacker opens a DocuSign account named "Kestrel Supplies" and sends an envelope ("Kestrel Supplies via DocuSign" <dse_na3@docusign.net>, DocuSign's relay, d=docusign.net, DMARC pass) with Reply-To "Kestrel Supplies" <accounts@kestrelsupplies.example>, his own domain spelled as the principal's name (the vendor's real domain is ${VENDOR}). firmsDomain makes the Reply-To the principal's own. Gmail, online, --recipient-domain tidewater.example. Wanted: not trusted (a domain that reads as the known vendor's, without its hyphen).`,
      eml: await atGmail(s, 'l', 'REJECT'),
      zone: { ...DOCUSIGN_ZONE, ...txt('kestrelsupplies.example', 'v=spf1 -all') },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }
  {
    const s = envelope('Kestrel Supplies', `"Dana Kestrel" <dana@${VENDOR}>`, 'm');
    emit(write, {
      name: 'probe84-gmail-docusign-vendor-genuine-replyto-own-domain-control-online',
      cls: 'control',
      about: `Control: the vendor's own DocuSign account ("Kestrel Supplies via DocuSign" <dse_na3@docusign.net>, d=docusign.net, DMARC pass) with Reply-To "Dana Kestrel" <dana@${VENDOR}>, the vendor's real domain and the sender's own name. Gmail, online, --recipient-domain tidewater.example. Wanted: authenticated.`,
      eml: await atGmail(s, 'm', 'REJECT'),
      zone: DOCUSIGN_ZONE,
      args: [...GMAIL, ...TIDEWATER],
      expect: AUTHENTICATED,
    });
  }
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

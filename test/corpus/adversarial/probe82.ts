// Red-team probes, eighty-second round (December 2026): bending the last hour's name rules
// (lib/findings/display-name.ts: outsidersName, namesDeskOf and DESK_WORDS behind
// display-name-reader-org, which now also read a free mailbox's and a newsletter host's whole
// name; lib/findings/reply-to.ts personsOwn, which makes a person's own free mailbox as the
// Reply-To of a brand's service writing for that person a low note; lib/findings/domains.ts
// namesBrand's letter/digit split). The attacker cannot forge the reader organisation's
// (tidewater.example, --recipient-domain), the bank's (northbank.example, p=reject) or a built-in
// brand's domain, so he names an account he owns on a service that signs as itself:
// - a Google Docs share and a DocuSign envelope from his own Gmail-backed account named exactly
//   as the reader's colleague or CEO, with that Gmail as the Reply-To (personsOwn's low note);
// - the same share with a Reply-To whose name is the From's user's but whose address is another
//   organisation's (the on-behalf rule compares names only);
// - desk words DESK_WORDS does not list (Helpline, Lohnbuchhaltung, Nómina, Paie) and ones it
//   does (IT-Abteilung splits to "it"; Mailbox Administrator), on free mailboxes of other
//   providers (gmx.de, yahoo.com, proton.me, outlook.com);
// - the organisation's name with a suffix glued in capitals ("TIDEWATERGROUP Payroll": no
//   lower-to-upper step to split) and drawn with a Cyrillic letter ("Tidеwater", U+0435);
// - a Microsoft 365 tenant named after the organisation (tidewaterit.onmicrosoft.com), which
//   outsidersName leaves unread by design.
// Controls, one per family: a colleague's share from the organisation's own account, a friend's
// genuine DocuSign envelope, a friend's own free mailbox.
// Layouts: Google's drive-share From/Reply-To and outbound as rounds 80-81 have them
// (blogs.pugetsound.edu/infosec/the-phish-tank/839); DocuSign writes "<sender> via Docusign"
// <dse_NA3@docusign.net> with the account holder's address as Reply-To (probe8, the legit
// rw-docusign-envelope). Free mailboxes' outbound names (mail-sor-f41.google.com, mout.gmx.net,
// sonic3xx.mail.*.yahoo.com, mail-4xxx.proton.ch, *.outbound.protection.outlook.com) are recalled,
// addresses kept to documentation ranges where the provider's own range is not the point.
// Readers: Gmail (--webmail gmail), Outlook (--webmail outlook), a self-hosted box (Postfix,
// rspamd, Dovecot LMTP; --authserv-id mx.reader.example); online with a zone.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';
import { postfixEntry } from '../rounds-kit';

// Fixed at 11:33 on 2026-12-05 (lib/findings/reply-to.ts, personsOwn and namesReaderOrg):
// probe82-gmail-gdocs-share-gmail-named-colleague-online (a colleague's name on a Gmail account
// priya.raman.tidewater@gmail.com) read authenticated with the friend's low note; a free mailbox
// whose name holds the reader's organisation's name where the person's name does not is no
// friend's own (alice.hunter@gmail.com, "Alice Hunter", to hunter.example still is).
// Fixed at 11:33 (lib/findings/display-name.ts, DESK_WORDS, COMPANY_FORMS, namesDeskOf,
// outsidersName): "Tidewater Helpline", "Tidewater Lohnbuchhaltung", "Nómina Tidewater" (desks in
// the interface's languages, compared without accents), "TIDEWATERGROUP Payroll" (a company's form
// glued to the name), "Tid\u0435water IT Helpdesk" (read as drawn) and "Tidewater IT Helpdesk"
// <helpdesk@tidewaterit.onmicrosoft.com> (a tenant's mail from outside the receiver) read
// authenticated; now display-name-reader-org. Pinned as they read (the helper's choice, kept): the
// CEO's name via DocuSign with a Gmail Reply-To, and a colleague's name with a Reply-To at another
// firm, read authenticated with the low reply-to-other-org note (a name alone tells no colleague
// from a friend or a consultant).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const OUTLOOK_TO = 'Robin Reader <robin.reader@outlook.com>';
const BOX = RECEIVER;
const BOX_TO = 'robin@reader.example';
const OWN_BOX = ['--authserv-id', BOX];
const TIDEWATER = ['--recipient-domain', 'tidewater.example'];
const WANT_READER: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-reader-org'] };
/** What a friend's or a stranger's share reads: authenticated, with the reply address shown. */
const PINNED_NOTE: CaseExpectation = { ...AUTHENTICATED, findings: ['reply-to-other-org'] };

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  /** The platform's DKIM signer and selector. */
  signer: [string, string];
  subject: string;
  body: string;
  messageId: string;
  replyTo?: string;
  extra?: string[];
  /** The From domain's DMARC policy as the box records it. */
  policy?: string;
}

const fromDomain = (s: Sent) => s.from.slice(s.from.lastIndexOf('@') + 1, -1);

function signed(s: Sent, to: string): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: [...(s.replyTo ? [`Reply-To: ${s.replyTo}`] : []), ...(s.extra ?? [])],
      body: s.body,
    }),
    [s.signer],
  );
}

async function atGmail(s: Sent, n: string): Promise<string> {
  const results = [
    gmailDkim(s.signer[0], s.signer[1]),
    gmailSpf(s.envelope, s.relay.ip),
    gmailDmarc(fromDomain(s), 'REJECT'),
  ].join('\r\n       ');
  return gmailDelivery(await signed(s, GMAIL_TO), {
    relay: s.relay,
    envelope: s.envelope,
    results,
    ids: [`x82csp${n}pxa`, `a82si${n}qtb.82`],
    spf: 'pass',
    deliveredTo: true,
  });
}

async function atOutlook(s: Sent): Promise<string> {
  return eopDelivery(await signed(s, OUTLOOK_TO), {
    ...eopPass(
      s.relay,
      s.envelope.slice(s.envelope.indexOf('@') + 1),
      `dkim=pass (signature was verified)\r\n header.d=${s.signer[0]}`,
      fromDomain(s),
    ),
    returnPath: s.envelope,
  });
}

async function atBox(s: Sent, id: string): Promise<string> {
  const rows = [
    `dkim=pass header.d=${s.signer[0]} header.s=${s.signer[1]} header.b=Q29ycHVz`,
    `spf=pass (${BOX}: domain of ${s.envelope} designates ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope}`,
    `dmarc=pass (policy=${s.policy ?? 'reject'}) header.from=${fromDomain(s)}`,
  ].join(';\r\n\t');
  return onTop(
    await signed(s, `Robin <${BOX_TO}>`),
    `Return-Path: <${s.envelope}>`,
    `Delivered-To: ${BOX_TO}`,
    dovecotLmtp(BOX, s.envelope, BOX_TO, `${id}LmtpQAAqVw1Bg`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${rows}`,
    postfixEntry(s.relay, BOX, id, BOX_TO, 'Fri, 20 Nov 2026 10:00:05 +0000'),
  );
}

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The bank's and the reader organisations' own records. */
const OTHERS = {
  ...dmarc('northbank.example', 'reject'),
  ...txt('northbank.example', 'v=spf1 ip4:192.0.2.10 -all'),
  ...dmarc('tidewater.example', 'quarantine'),
  ...dmarc('reader.example', 'quarantine'),
};

// Google: drive shares leave from Google's own outbound with a bounce under
// doclist.bounces.google.com, signed d=google.com (as round 80).
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
const GOOGLE_ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('doclist.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...OTHERS,
};
const DRIVE = 'drive-shares-dm-noreply@google.com';
const driveBounce = (n: string) => `3Qp82${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`;

interface One {
  name: string;
  about: string;
  reader: 'gmail' | 'outlook' | 'box';
  s: Sent;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  cls: string;
  args?: string[];
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  const n = String(c.name.length).padStart(2, '0');
  const eml =
    c.reader === 'gmail'
      ? await atGmail(c.s, n)
      : c.reader === 'outlook'
        ? await atOutlook(c.s)
        : await atBox(c.s, `4ZrX82${n}`);
  const base = c.reader === 'gmail' ? GMAIL : c.reader === 'outlook' ? OUTLOOK : OWN_BOX;
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `probe82-${c.cls}`,
    args: [...base, ...(c.args ?? [])],
    eml,
    zone: c.zone,
    expect: c.expect,
  });
}

const SHARE_BODY = (who: string, doc: string) =>
  `${who} shared a document\r\n\r\n${who} has invited you to edit the following document:\r\n\r\n${doc}\r\nhttps://docs.google.com/document/d/1Xp82aBcDeFgHiJkLmNoPqRsTuVwXyZ/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`;

const gdocs = (who: string, doc: string, n: string, replyTo?: string): Sent => ({
  from: `"${who} (via Google Docs)" <${DRIVE}>`,
  envelope: driveBounce(n),
  relay: GOOGLE,
  signer: ['google.com', '20230601'],
  subject: `Document shared with you: "${doc}"`,
  body: SHARE_BODY(who, doc),
  messageId: `<82${n}.drive-share.Xq${n}@docs-share.google.com>`,
  replyTo,
});

// DocuSign: its own relay (documentation address), signed d=docusign.net.
const DOCUSIGN: Relay = { helo: 'mail82.docusign.net', rdns: 'mail82.docusign.net', ip: '198.51.100.182' };
const DS_ZONE = {
  ...ptr(DOCUSIGN.ip, DOCUSIGN.rdns),
  ...key('docusign.net', 'ds82'),
  ...dmarc('docusign.net', 'reject'),
  ...txt('docusign.net', `v=spf1 ip4:${DOCUSIGN.ip} -all`),
  ...OTHERS,
};
const docusign = (who: string, doc: string, n: string, replyTo: string): Sent => ({
  from: `"${who} via Docusign" <dse_NA3@docusign.net>`,
  envelope: 'bounces+dse_NA3@docusign.net',
  relay: DOCUSIGN,
  signer: ['docusign.net', 'ds82'],
  subject: `Complete with Docusign: ${doc}`,
  body: `${who} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT https://na3.docusign.net/Signing/EmailStart.aspx?a=82${n}\r\n\r\nDo Not Share This Email\r\n`,
  messageId: `<82${n}.ds.a1b2c3@docusign.net>`,
  replyTo,
});

/** A free mailbox's own outbound, signed by the provider's domain. */
interface Free {
  relay: Relay;
  signer: [string, string];
  policy: string;
}
const freeZone = (d: string, f: Free) => ({
  ...ptr(f.relay.ip, f.relay.rdns),
  ...key(f.signer[0], f.signer[1]),
  ...dmarc(d, f.policy),
  ...txt(d, `v=spf1 ip4:${f.relay.ip} -all`),
  ...OTHERS,
});
const GMX: Free = {
  relay: { helo: 'mout.gmx.net', rdns: 'mout.gmx.net', ip: '203.0.113.182' },
  signer: ['gmx.de', 's82'],
  policy: 'none',
};
const YAHOO: Free = {
  relay: {
    helo: 'sonic382-2.consmr.mail.ir2.yahoo.com',
    rdns: 'sonic382-2.consmr.mail.ir2.yahoo.com',
    ip: '203.0.113.183',
  },
  signer: ['yahoo.com', 's2048'],
  policy: 'reject',
};
const PROTON: Free = {
  relay: { helo: 'mail-4382.proton.ch', rdns: 'mail-4382.proton.ch', ip: '203.0.113.184' },
  signer: ['proton.me', 'protonmail'],
  policy: 'quarantine',
};
const OUTLOOKCOM: Free = {
  relay: {
    helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
    rdns: 'mail-db8eur05olkn2082.outbound.protection.outlook.com',
    ip: '40.92.89.82',
  },
  signer: ['outlook.com', 'selector1'],
  policy: 'none',
};
const TENANT: Free = {
  relay: {
    helo: 'EUR02-AM0-obe.outbound.protection.outlook.com',
    rdns: 'mail-am0eur02on2082.outbound.protection.outlook.com',
    ip: '40.107.8.82',
  },
  signer: ['tidewaterit.onmicrosoft.com', 'selector1-tidewaterit-onmicrosoft-com'],
  policy: 'none',
};
const free = (f: Free, from: string, subject: string, body: string, n: string): Sent => {
  const addr = from.slice(from.lastIndexOf('<') + 1, -1);
  return {
    from,
    envelope: addr,
    relay: f.relay,
    signer: f.signer,
    subject,
    body,
    messageId: `<82${n}.${addr.split('@')[0]}.Qz82@${f.signer[0]}>`,
    policy: f.policy,
  };
};

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- A friend's own Gmail as Reply-To of a brand's service (personsOwn, low) ---
  await emit(write, {
    name: 'probe82-gmail-gdocs-share-gmail-named-colleague-online',
    cls: 'gdocs-colleague-gmail',
    reader: 'gmail',
    args: TIDEWATER,
    about: `Colleague impersonation on a share Google really sends: the reader works at tidewater.example (--recipient-domain), whose finance lead is Priya Raman. The attacker makes a Gmail account priya.raman.tidewater@gmail.com named "Priya Raman" and shares "Q4 supplier bank details - updated": "Priya Raman (via Google Docs)" <${DRIVE}>, Reply-To "Priya Raman" <priya.raman.tidewater@gmail.com> (Google writes the account's own address), signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated: the reader's organisation is known and the person the share claims answers at a free mailbox outside it; personsOwn's low note lets it read authenticated`,
    s: gdocs(
      'Priya Raman',
      'Q4 supplier bank details - updated',
      'a',
      '"Priya Raman" <priya.raman.tidewater@gmail.com>',
    ),
    zone: GOOGLE_ZONE,
    expect: NOT_TRUSTED,
  });

  await emit(write, {
    name: 'probe82-outlook-docusign-ceo-name-gmail-replyto-online',
    cls: 'docusign-ceo-gmail',
    reader: 'outlook',
    args: TIDEWATER,
    about: `CEO fraud through DocuSign: a DocuSign account on marcus.hale.exec@gmail.com named "Marcus Hale" (the reader's CEO at tidewater.example, --recipient-domain) sends an envelope "Board-approved wire authorisation": "Marcus Hale via Docusign" <dse_NA3@docusign.net>, Reply-To "Marcus Hale" <marcus.hale.exec@gmail.com>, signed d=docusign.net, DMARC passes, EOP records every pass. Online (--webmail outlook). Pinned as it reads: authenticated with reply-to-other-org (low, personsOwn), whose text names the free mailbox the answer goes to. Nothing in the message tells the CEO's name from a friend's (a staff directory is not HeaderLens's), and a suspicious verdict on every friend's envelope from Gmail is what real-mail round 78 took back; a reader would not accept it`,
    s: docusign(
      'Marcus Hale',
      'Board-approved wire authorisation',
      'b',
      '"Marcus Hale" <marcus.hale.exec@gmail.com>',
    ),
    zone: DS_ZONE,
    expect: PINNED_NOTE,
  });

  await emit(write, {
    name: 'probe82-gmail-gdocs-share-same-name-other-org-replyto-online',
    cls: 'gdocs-replyto-same-name',
    reader: 'gmail',
    args: TIDEWATER,
    about: `A Reply-To whose name equals the From's user's but whose address is another person's at another organisation: a Google account on accounts@kestrel-ledger.example (Google accepts any confirmed address) named "Priya Raman" shares "Invoice approvals": "Priya Raman (via Google Docs)" <${DRIVE}>, Reply-To "Priya Raman" <accounts@kestrel-ledger.example>, signed d=google.com, DMARC passes. Gmail records every pass. Online. Pinned as it reads: authenticated with reply-to-other-org (low, on behalf: the Reply-To's name is the From's user's). The same shape is every consultant's share from his firm's account; the note naming kestrel-ledger.example is what the reader can judge, and it must stay`,
    s: gdocs('Priya Raman', 'Invoice approvals', 'c', '"Priya Raman" <accounts@kestrel-ledger.example>'),
    zone: GOOGLE_ZONE,
    expect: PINNED_NOTE,
  });

  // --- Desk words DESK_WORDS lists or not, on a platform's or a free mailbox's name ---
  await emit(write, {
    name: 'probe82-gmail-gdocs-share-named-reader-org-helpline-online',
    cls: 'gdocs-desk-helpline',
    reader: 'gmail',
    args: TIDEWATER,
    about: `"Tidewater Helpline (via Google Docs)" <${DRIVE}> to a reader at tidewater.example, "Re-validate your staff account", signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated (display-name-reader-org: "Helpline" is a desk's word a reader takes for IT's)`,
    s: gdocs('Tidewater Helpline', 'Re-validate your staff account', 'd'),
    zone: GOOGLE_ZONE,
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe82-box-gmx-named-reader-org-lohnbuchhaltung-online',
    cls: 'free-desk-lohn',
    reader: 'box',
    args: TIDEWATER,
    about: `German payroll lure from a GMX mailbox: "Tidewater Lohnbuchhaltung" <tidewater.lohn@gmx.de> to a reader at tidewater.example (--recipient-domain), "Neue Bankverbindung für Ihre Gehaltsabrechnung", signed d=gmx.de, GMX's outbound, DMARC passes. The self-hosted box records every pass. Online. Wanted: not authenticated (display-name-reader-org: Lohnbuchhaltung is payroll)`,
    s: free(
      GMX,
      '"Tidewater Lohnbuchhaltung" <tidewater.lohn@gmx.de>',
      'Neue Bankverbindung für Ihre Gehaltsabrechnung',
      'Bitte bestätigen Sie Ihre Bankverbindung bis Freitag: https://tidewater-lohn.example/portal\r\n',
      'e',
    ),
    zone: freeZone('gmx.de', GMX),
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe82-box-yahoo-named-nomina-reader-org-online',
    cls: 'free-desk-nomina',
    reader: 'box',
    args: TIDEWATER,
    about: `Spanish payroll lure from Yahoo: "Nómina Tidewater" <nomina.tidewater@yahoo.com> to a reader at tidewater.example, "Actualice sus datos bancarios", signed d=yahoo.com, Yahoo's outbound, DMARC p=reject passes. The self-hosted box records every pass. Online. Wanted: not authenticated (display-name-reader-org: Nómina is payroll)`,
    s: free(
      YAHOO,
      '"Nómina Tidewater" <nomina.tidewater@yahoo.com>',
      'Actualice sus datos bancarios',
      'Actualice sus datos antes del cierre de nómina: https://tidewater-nomina.example\r\n',
      'f',
    ),
    zone: freeZone('yahoo.com', YAHOO),
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe82-box-proton-named-it-abteilung-reader-org-online',
    cls: 'free-desk-it-abteilung',
    reader: 'box',
    args: TIDEWATER,
    about: `"IT-Abteilung Tidewater" <it.tidewater@proton.me> to a reader at tidewater.example, "Passwort läuft heute ab", signed d=proton.me, Proton's outbound, DMARC passes. The self-hosted box records every pass. Online. Wanted: not authenticated (display-name-reader-org: the hyphen splits "IT", a listed desk word)`,
    s: free(
      PROTON,
      '"IT-Abteilung Tidewater" <it.tidewater@proton.me>',
      'Passwort läuft heute ab',
      'Ihr Passwort läuft heute ab. Jetzt verlängern: https://tidewater-sso.example\r\n',
      'g',
    ),
    zone: freeZone('proton.me', PROTON),
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe82-box-outlookcom-named-reader-org-paie-online',
    cls: 'free-desk-paie',
    reader: 'box',
    args: TIDEWATER,
    about: `French payroll lure from outlook.com: "Service Paie Tidewater" <paie.tidewater@outlook.com> to a reader at tidewater.example, "Mise à jour de vos coordonnées bancaires", signed d=outlook.com, Microsoft's consumer outbound, DMARC passes. The self-hosted box records every pass. Online. Wanted: not authenticated (display-name-reader-org; "Service" is a listed word, "Paie" is not: pins that one listed word beside the name is enough)`,
    s: free(
      OUTLOOKCOM,
      '"Service Paie Tidewater" <paie.tidewater@outlook.com>',
      'Mise à jour de vos coordonnées bancaires',
      'Merci de mettre à jour vos coordonnées avant la paie: https://tidewater-paie.example\r\n',
      'h',
    ),
    zone: freeZone('outlook.com', OUTLOOKCOM),
    expect: WANT_READER,
  });

  // --- The organisation's name bent: glued suffix in capitals, another script ---
  await emit(write, {
    name: 'probe82-gmail-gdocs-share-named-reader-org-caps-suffix-online',
    cls: 'gdocs-org-caps-suffix',
    reader: 'gmail',
    args: TIDEWATER,
    about: `"TIDEWATERGROUP Payroll (via Google Docs)" <${DRIVE}> to a reader at tidewater.example: the organisation's name glued to a company suffix in capitals (no lower-to-upper step for namesDeskOf to split; "tidewatergroup" is neither the label nor the label glued to a desk word), "Payroll" a separate listed word. Signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated (display-name-reader-org)`,
    s: gdocs('TIDEWATERGROUP Payroll', 'December payslip corrections', 'i'),
    zone: GOOGLE_ZONE,
    expect: WANT_READER,
  });

  await emit(write, {
    name: 'probe82-gmail-gdocs-share-named-reader-org-cyrillic-e-online',
    cls: 'gdocs-org-cyrillic',
    reader: 'gmail',
    args: TIDEWATER,
    about: `"Tid\u0435water IT Helpdesk (via Google Docs)" <${DRIVE}>: the organisation's name drawn with a Cyrillic small ie (U+0435) for its "e", which a reader reads as "Tidewater". Signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: not authenticated (display-name-reader-org on the name as drawn)`,
    s: gdocs('Tid\u0435water IT Helpdesk', 'Mailbox quota exceeded', 'j'),
    zone: GOOGLE_ZONE,
    expect: WANT_READER,
  });

  // --- A Microsoft 365 tenant named after the organisation (outsidersName leaves tenants unread) ---
  await emit(write, {
    name: 'probe82-box-m365-tenant-named-reader-org-it-online',
    cls: 'tenant-reader-org',
    reader: 'box',
    args: TIDEWATER,
    about: `The attacker signs up for a Microsoft 365 trial as tenant tidewaterit.onmicrosoft.com and sends from it unchanged: "Tidewater IT Helpdesk" <helpdesk@tidewaterit.onmicrosoft.com>, "Mailbox migration tonight", signed d=tidewaterit.onmicrosoft.com (the tenant's default signature), Exchange Online's outbound, DMARC of onmicrosoft.com passes. The reader is at tidewater.example (--recipient-domain); the self-hosted box records every pass. Online. Wanted: not authenticated: the tenant's own name and the display name both name the reader's organisation's IT desk`,
    s: {
      ...free(
        TENANT,
        '"Tidewater IT Helpdesk" <helpdesk@tidewaterit.onmicrosoft.com>',
        'Mailbox migration tonight',
        'Your mailbox moves tonight. Confirm your sign-in: https://tidewaterit-migrate.example\r\n',
        'n',
      ),
      envelope: 'helpdesk@tidewaterit.onmicrosoft.com',
    },
    zone: {
      ...freeZone('tidewaterit.onmicrosoft.com', TENANT),
      ...dmarc('onmicrosoft.com', 'none'),
    },
    expect: NOT_TRUSTED,
  });

  // --- Controls ---
  await emit(write, {
    name: 'probe82-gmail-gdocs-share-colleague-control-online',
    cls: 'gdocs-control',
    reader: 'gmail',
    args: TIDEWATER,
    about: `Control: the real Priya Raman shares from her Workspace account: "Priya Raman (via Google Docs)" <${DRIVE}>, Reply-To "Priya Raman" <priya.raman@tidewater.example>, signed d=google.com, DMARC passes. Gmail records every pass. Online. Wanted: authenticated`,
    s: gdocs('Priya Raman', 'Q4 supplier list', 'k', '"Priya Raman" <priya.raman@tidewater.example>'),
    zone: GOOGLE_ZONE,
    expect: AUTHENTICATED,
  });

  await emit(write, {
    name: 'probe82-outlook-docusign-landlord-control-online',
    cls: 'docusign-control',
    reader: 'outlook',
    about: `Control: a landlord's agent sends a lease renewal: "Harbour Lettings via Docusign" <dse_NA3@docusign.net>, Reply-To "Harbour Lettings" <lettings@harbour-lettings.example>, signed d=docusign.net, DMARC passes, EOP records every pass. Online (--webmail outlook). Wanted: authenticated`,
    s: docusign(
      'Harbour Lettings',
      'Lease renewal 2027',
      'l',
      '"Harbour Lettings" <lettings@harbour-lettings.example>',
    ),
    zone: DS_ZONE,
    expect: AUTHENTICATED,
  });

  await emit(write, {
    name: 'probe82-box-gmx-friend-control-online',
    cls: 'free-control',
    reader: 'box',
    args: TIDEWATER,
    about: `Control: a friend writes from her own GMX mailbox: "Dana Whitfield" <dana.whitfield@gmx.de>, "Sunday lunch", signed d=gmx.de, DMARC passes. The self-hosted box records every pass. Online. Wanted: authenticated`,
    s: free(
      GMX,
      '"Dana Whitfield" <dana.whitfield@gmx.de>',
      'Sunday lunch',
      'Lunch at ours on Sunday, 13:00?\r\n',
      'm',
    ),
    zone: freeZone('gmx.de', GMX),
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}

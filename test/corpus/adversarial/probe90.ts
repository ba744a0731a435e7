// Red-team probes, ninetieth round (December 2026): one sweep over the afternoon's fixes, against a
// reader at tidewater.example (--recipient-domain), in Gmail, Outlook on the web and Yahoo:
// - lib/findings/desk-words.ts namesInternalDesk (reply-to.ts personsOwn): desk names in forms the
//   word split misses: an all-lower-case glued desk ("Mailadmin"), full-width letters ("ＩＴ
//   Support", which NFD does not fold), spaced initials ("H R Department"), "Humanresources".
// - desk-words.ts gluedDesk (lookalike.ts reasonRead): the reader's name glued to two parts
//   (tidewaterhrportal), or glued to one and hyphened to another (tidewaterit-support), which neither
//   gluedDesk (one word) nor the hyphen split (parts.includes) reads.
// - lib/findings/own-domain.ts: the forger's own account at one of the five new ESP entries
//   (Zendesk) From the CEO at p=none; the provider's SPF pass for an envelope at the forger's own
//   domain with a HELO naming the organisation's box.
// - lib/auth/list-restore.ts with own-domain.ts's spare (round 89): the CEO's genuine signed reply
//   replayed through the attacker's own Mailman list, the lure appended where the restore cuts.
// Controls: the CEO's genuine Workspace mail; a friend's genuine Google Docs share.
// Layouts: Gmail's and EOP's deliveries as test/corpus/receivers.ts has them; Google Docs' share and
// DocuSign's "<name> via Docusign" as probe82/probe86/probe87 learnt them. No new layout was
// searched (15-minute limit). Documentation names and addresses, except Google's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** Probes HeaderLens reads wrong today (what it reads, what it should, the rule, a fix, its risk). */
// Fixed at 15:18 on 2026-12-05: the inside-desk names (lib/findings/desk-words.ts namesInternalDesk:
// full-width letters folded, spaced initials joined, a word glued of two desk words), the glued
// look-alikes with two parts (gluedDesk: one of them an inside desk's, hyphens dropped, the name in
// the middle) and the replay through the forger's own list (lib/findings/own-domain.ts
// addressedToList: the list restore spares the rule only for a post addressed to the list itself).
// The helper's notes on them:
// Read authenticated (reply-to-other-org at low): reply-to.ts personsOwn takes the share for a
// friend's own, since desk-words.ts namesInternalDesk finds no inside desk's word. The split reads
// camel case and dotted initials, not a lower-case glued desk ("Mailadmin"), full-width letters
// ("ＩＴ": NFD does not fold compatibility forms), spaced initials ("H R"), nor "Humanresources" (not written as a case).
// The same share named "IT Support" reads suspicious (probe90-…-plain-it-support-pin-…). Should
// read not trusted. Fix (namesInternalDesk / nameWords): normalise NFKC before NFD; join runs of
// single letters ("h r" → "hr"); and a word that is an inside desk's word glued to another desk
// or generic word (mail+admin, human+resources, it+support) counts, by trying each split of a word
// into two known parts. Risk: a person's name that splits into two desk parts (rare; "Ithelp" is no
// surname) or a name of two initials ("A J", "H R" as someone's initials) beside a Reply-To at her
// own Gmail reads suspicious; limit the initials join to the desk's initials (hr, it, rh).
// 'probe90-gmail-docs-share-lowercase-mailadmin-persons-own-gmail-online',
// 'probe90-gmail-docs-share-fullwidth-it-support-persons-own-gmail-online',
// 'probe90-gmail-docs-share-spaced-h-r-department-persons-own-gmail-online',
// Read authenticated (reply-to-other-org at low; the From case: no finding at all). lookalike.ts
// reasonRead asks gluedDesk (one desk word, company form or number glued on) and the hyphen split
// (a part equal to the reader's label); tidewaterhrportal, tidewaterit-support and
// mytidewaterpayroll are neither. tidewaterhr.example reads lookalike-domain
// (probe90-…-one-word-hr-pin-…). Should read not trusted. Fix (desk-words.ts gluedDesk, called per
// hyphen part too): strip the reader's label from the front or back of the label or of any hyphen
// part, and accept a rest that is one desk word followed or preceded by any one more word of
// DESK_WORDS ∪ GENERIC_DESK_WORDS ∪ {portal, login, sso, secure, my, online, hub} ∪ a number. Risk:
// a separate firm named the reader's name plus two service words (summitsupportgroup.example,
// real-mail round 79: 'support' + 'group') reads as a look-alike; require that at least one part is
// an INTERNAL desk word (hr, it, payroll) to keep that firm out.
// 'probe90-outlook-docusign-glued-two-words-hrportal-replyto-online',
// 'probe90-outlook-docusign-glued-glued-and-hyphen-it-support-replyto-online',
// 'probe90-outlook-docusign-glued-prefix-and-suffix-mypayroll-replyto-online',
// 'probe90-gmail-from-glued-two-words-hrportal-domain-all-pass-online',
// Reads unverified ("changed by the mailing list …: it added a footer of 370 bytes … signed the
// rest"; dmarc-fail, dkim-fail, list-modified, return-path-differs): list-restore.ts cuts any
// appended text, the CEO's genuine signature then verifies, and own-domain.ts (round 89) spares a
// list restore of the organisation's own signature. The attacker's own list carries a lure under
// the CEO's From at p=none; with a look-alike Reply-To added it reads suspicious only for that.
// Should read not trusted. Fix (own-domain.ts's list-restore spare): spare only where the signed
// To/Cc names the list (an address at the organisational domain of the List-Id / List-Post host):
// a post reaches a list because its author addressed the list, and here the signed To is an
// outsider's mailbox (jon.doe@notice-relay.example), so the message was replayed, not posted.
// Risk: a colleague's genuine post that reached the list by Bcc, or through an alias on another
// domain or a nested list, reads suspicious at p=none (rare; pin with a realworld Bcc case).
// 'probe90-gmail-ceo-genuine-signed-replayed-own-list-lure-footer-online',
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads unverified (dmarc-fail, broad-spf, dkim-unaligned, return-path-differs): own-domain.ts's
  // foreign branch needs !a.origin.esp, and round 87 made Zendesk (rDNS .zendesk.com) a known email
  // service, so anyone's Zendesk trial sending as the CEO at p=none passes as the organisation's own
  // SaaS mail. Same shape as probe87's SendGrid case, which the lead kept out by choice; listed here
  // so the new ESP entries are pinned too. Should read not trusted where the ESP's account is not the
  // organisation's: fix (own-domain.ts) for helpdesk-type ESPs whose envelope names the account
  // (<account>.zendesk.com), fire unless the account's label matches the organisation's label.
  // Risk: the organisation's genuine Zendesk under a differently named account
  // (tidewater-support.zendesk.com matches; acme-help.zendesk.com for tidewater.example does not)
  // reads suspicious at p=none until it signs with its own domain.
  // Kept out by choice (the lead, 15:18 on 2026-12-05), as probe87's SendGrid account: the
  // organisation's own unsigned Zendesk mail under another account name is this shape (realworld85);
  // unverified, not authenticated.
  'probe90-gmail-ceo-p-none-forgers-own-zendesk-trial-online',
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

/** The reader's organisation's records under `p` (null: no DMARC record at all). */
const orgZone = (p: string | null) => ({
  ...(p ? dmarc(ORG, p) : {}),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...key(ORG, 'google'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
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
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('doclist.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...orgZone('quarantine'),
};
const DRIVE = 'drive-shares-dm-noreply@google.com';
const driveBounce = (n: string) => `3Qp90${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@doclist.bounces.google.com`;

const DOCUSIGN: Relay = { helo: 'mail90.docusign.net', rdns: 'mail90.docusign.net', ip: '198.51.100.190' };
const DS_ZONE = {
  ...ptr(DOCUSIGN.ip, DOCUSIGN.rdns),
  ...key('docusign.net', 'ds90'),
  ...dmarc('docusign.net', 'reject'),
  ...txt('docusign.net', `v=spf1 ip4:${DOCUSIGN.ip} -all`),
  ...orgZone('quarantine'),
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
    to: READER,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  return s.signers.length ? signAll(raw, s.signers) : Promise.resolve(raw);
}

/** Gmail's delivery with every check passing for the From at `policy`, or `results` as given. */
async function atGmail(
  s: Sent,
  n: string,
  policy = 'REJECT',
  results?: string,
  spf: 'pass' | 'fail' | 'softfail' | undefined = 'pass',
): Promise<string> {
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
    ids: [`x90csp${n}pxa`, `a90si${n}qtb.90`],
    spf,
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
}

/** EOP's delivery with every check passing (aligned signature of the first signer). */
async function atOutlook(s: Sent): Promise<string> {
  return eopDelivery(await signed(s), {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${s.signers[0]?.[0] ?? 'none'}`,
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
  emitCase(write, { ...c, class: `probe90-${c.cls}` });
}

const WIRE = `Robin,\r\n\r\nI need a wire of 48,200 GBP to the new supplier today before the 3pm cut-off. Details attached; keep this between us until the board meets.\r\n\r\nMarcus\r\n`;
const SHARE_BODY = (who: string, doc: string) =>
  `${who} shared a document\r\n\r\n${who} has invited you to edit the following document:\r\n\r\n${doc}\r\nhttps://docs.google.com/document/d/1Xp90aBcDeFgHiJkLmNoPqRsTuVwX90/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`;

const gdocs = (who: string, doc: string, n: string, replyTo?: string): Sent => ({
  from: `"${who} (via Google Docs)" <${DRIVE}>`,
  envelope: driveBounce(n),
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject: `Document shared with you: "${doc}"`,
  body: SHARE_BODY(who, doc),
  messageId: `<90${n}.drive-share.Xq${n}@docs-share.google.com>`,
  extra: replyTo ? [`Reply-To: ${replyTo}`] : [],
});

const docusign = (who: string, doc: string, n: string, replyTo: string): Sent => ({
  from: `"${who} via Docusign" <dse_NA3@docusign.net>`,
  envelope: 'bounces+dse_NA3@docusign.net',
  relay: DOCUSIGN,
  signers: [['docusign.net', 'ds90']],
  subject: `Complete with Docusign: ${doc}`,
  body: `${who} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT https://na3.docusign.net/Signing/EmailStart.aspx?a=90${n}\r\n\r\nDo Not Share This Email\r\n`,
  messageId: `<90${n}.ds.a1b2c3@docusign.net>`,
  extra: [`Reply-To: ${replyTo}`],
});

const ATT = 'notice-relay.example';
const attZone = (r: Relay) => ({ ...ptr(r.ip, r.rdns), [r.rdns]: { A: [r.ip] } });

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1–4. namesInternalDesk: inside desks in forms the word split misses, shared from the attacker's Gmail.
  const desks: [string, string, string, string, string][] = [
    [
      'a',
      'lowercase-mailadmin',
      'Mailadmin',
      'mailadmin.notices@gmail.com',
      'Mailbox quota exceeded - release held mail',
    ],
    [
      'b',
      'fullwidth-it-support',
      'ＩＴ Support',
      'it.support.notices.desk@gmail.com',
      'Password expiry - action required',
    ],
    [
      'c',
      'spaced-h-r-department',
      'H R Department',
      'hr.department.notices@gmail.com',
      'Updated leave policy - sign by Friday',
    ],
    // Pin: the same share under the desk's plain name, which the word list reads.
    [
      'k',
      'plain-it-support-pin',
      'IT Support',
      'it.support.plain.desk@gmail.com',
      'Password expiry - action required',
    ],
  ];
  for (const [n, slug, who, gm, doc] of desks) {
    emit(write, {
      name: `probe90-gmail-docs-share-${slug}-persons-own-gmail-online`,
      cls: 'persons-own-desk',
      about: `The attacker's Google account ${gm} named "${who}" shares "${doc}": "${who} (via Google Docs)" <${DRIVE}>, Reply-To "${who}" <${gm}> (Google writes the account's own address and name). The name is an inside desk's in a form desk-words.ts namesInternalDesk's split misses (camel case and dotted initials are read; a lower-case glued desk, full-width letters, spaced initials and a glued "Humanresources" are not), so reply-to.ts personsOwn may take it for a friend's own share. Signed d=google.com, DMARC passes. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (a desk does not take its answers at a free mailbox).`,
      eml: await atGmail(gdocs(who, doc, n, `"${who}" <${gm}>`), n),
      zone: GOOGLE_ZONE,
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 5–7. gluedDesk: the reader's name glued to two parts, as a DocuSign Reply-To (Outlook).
  const glued: [string, string, string, string][] = [
    ['e', 'two-words-hrportal', 'HR Portal', 'hr@tidewaterhrportal.example'],
    ['f', 'glued-and-hyphen-it-support', 'IT Support Portal', 'helpdesk@tidewaterit-support.example'],
    ['g', 'prefix-and-suffix-mypayroll', 'My Payroll', 'payroll@mytidewaterpayroll.example'],
    // Pin: one desk word glued on, which gluedDesk reads.
    ['l', 'one-word-hr-pin', 'HR Portal', 'hr@tidewaterhr.example'],
  ];
  for (const [n, slug, who, rt] of glued) {
    emit(write, {
      name: `probe90-outlook-docusign-glued-${slug}-replyto-online`,
      cls: 'glued-desk',
      about: `A DocuSign account named "${who}" on the attacker's domain: "${who} via Docusign" <dse_NA3@docusign.net>, Reply-To "${who}" <${rt}>, "Updated remittance instructions". desk-words.ts gluedDesk reads the reader's name with ONE desk word, company form or number glued on; "${domainOf(rt)}" glues two parts (or one glued and one hyphened), and lookalike.ts's hyphen split (parts.includes) sees no part equal to "tidewater". Signed d=docusign.net, DMARC passes, EOP records every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (the reader's organisation's name with desk words glued on: a look-alike of the reader's own).`,
      eml: await atOutlook(docusign(who, 'Updated remittance instructions', n, `"${who}" <${rt}>`)),
      zone: DS_ZONE,
      args: [...OUTLOOK, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 8. gluedDesk in the From: the forger's own fully authenticated domain with two glued parts.
  {
    const r: Relay = {
      helo: 'mx.tidewaterhrportal.example',
      rdns: 'mx.tidewaterhrportal.example',
      ip: '203.0.113.90',
    };
    const d = 'tidewaterhrportal.example';
    emit(write, {
      name: 'probe90-gmail-from-glued-two-words-hrportal-domain-all-pass-online',
      cls: 'glued-desk-from',
      about: `The attacker registers ${d}, publishes SPF, DKIM and DMARC p=reject, and sends From "HR Portal" <notices@${d}> (no organisation name in the display name, so display-name-reader-org is not asked): every check passes and aligns. The only tell is the domain: the reader's name glued to two desk parts ("hr" + "portal"), which gluedDesk's one-word rule misses. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (a look-alike of the reader's own organisation).`,
      eml: await atGmail(
        {
          from: `"HR Portal" <notices@${d}>`,
          envelope: `bounce@${d}`,
          relay: r,
          signers: [[d, 's1']],
          subject: 'Updated leave policy - sign by Friday',
          body: 'Hi Robin,\r\n\r\nPlease review and sign the updated leave policy at https://tidewaterhrportal.example/sign before Friday.\r\n\r\nHR\r\n',
          messageId: `<90h.1@${d}>`,
        },
        'h',
      ),
      zone: {
        ...attZone(r),
        ...txt(d, `v=spf1 ip4:${r.ip} -all`),
        ...key(d, 's1'),
        ...dmarc(d, 'reject'),
        ...orgZone('quarantine'),
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 9. own-domain: the forger's own Zendesk trial (one of the five new ESP entries), From the CEO.
  {
    const r: Relay = {
      helo: 'outbyip90.smtp.zendesk.com',
      rdns: 'outbyip90.smtp.zendesk.com',
      ip: '192.161.151.90',
    };
    const env = 'support+id90@forgerhelp.zendesk.com';
    emit(write, {
      name: 'probe90-gmail-ceo-p-none-forgers-own-zendesk-trial-online',
      cls: 'own-domain-esp',
      about: `The reader's organisation at p=none. The attacker opens a Zendesk trial (forgerhelp.zendesk.com) and sets the support address's From to the CEO "Marcus Hale" <marcus.hale@${ORG}> without verifying the domain: Zendesk's relay, envelope ${env}, signed d=zendesk.com only, DMARC fail (p=NONE). Round 87 made Zendesk a known email service, and own-domain.ts's foreign branch spares any known ESP's server, meant for the organisation's own unsigned SaaS mail. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (a CEO's wire request through a helpdesk tool, nothing of the organisation's authenticating).`,
      eml: await atGmail(
        {
          from: `"Marcus Hale" <marcus.hale@${ORG}>`,
          envelope: env,
          relay: r,
          signers: [['zendesk.com', 'zendesk1']],
          subject: 'Urgent wire today',
          body: WIRE,
          messageId: `<90i.zd@forgerhelp.zendesk.com>`,
          extra: ['X-Mailer: Zendesk Mailer', 'X-Zendesk-From-Account-Id: 90a1b2c'],
        },
        'i',
        'NONE',
        [gmailDkim('zendesk.com', 'zendesk1'), gmailSpf(env, r.ip), gmailDmarc(ORG, 'NONE', 'fail')].join(
          '\r\n       ',
        ),
      ),
      zone: {
        ...ptr(r.ip, r.rdns),
        [r.rdns]: { A: [r.ip] },
        ...txt('forgerhelp.zendesk.com', 'v=spf1 ip4:192.161.144.0/20 -all'),
        ...key('zendesk.com', 'zendesk1'),
        ...orgZone('none'),
      },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 10. own-domain: the forger's own envelope, HELO naming the organisation's box.
  {
    const r: Relay = { helo: `mail.${ORG}`, rdns: `vps90.${ATT}`, ip: '203.0.113.91' };
    const env = `bounce@${ATT}`;
    emit(write, {
      name: 'probe90-gmail-it-desk-no-dmarc-helo-names-box-foreign-envelope-online',
      cls: 'own-domain-helo',
      about: `No DMARC record. A forgery From "Tidewater IT Desk" <it-support@${ORG}> from the attacker's VPS (${r.ip}, rDNS vps90.${ATT}) saying HELO mail.${ORG} (the organisation's own box's name), envelope ${env} whose SPF passes. Unsigned. own-domain.ts's foreign branch reads the envelope off any known ESP; the HELO naming the box must not make the origin the organisation's own. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
      eml: await atGmail(
        {
          from: `"Tidewater IT Desk" <it-support@${ORG}>`,
          envelope: env,
          relay: r,
          signers: [],
          subject: 'Password expiry - action required',
          body: 'Your mailbox password expires today. Keep it at https://tidewater-sso.notice-relay.example/login or lose access.\r\n',
          messageId: `<90j.1@mail.${ORG}>`,
        },
        'j',
        'NONE',
        ['dkim=none;', gmailSpf(env, r.ip)].join('\r\n       '),
      ),
      zone: { ...attZone(r), ...txt(ATT, `v=spf1 ip4:${r.ip} -all`), ...orgZone(null) },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 10b. The CEO's genuine signed mail replayed through the attacker's own list, a lure as footer.
  {
    const list: Relay = { helo: `lists.${ATT}`, rdns: `lists.${ATT}`, ip: '203.0.113.93' };
    const env = `finance-bounces@lists.${ATT}`;
    const genuine = await signAll(
      submitted({
        from: `"Marcus Hale" <marcus.hale@${ORG}>`,
        to: `"Jon Doe" <jon.doe@${ATT}>`,
        subject: 'Re: supplier onboarding',
        date: SENT,
        messageId: '<CAG90r1yR@mail.gmail.com>',
        extraHeaders: [],
        body: 'Jon,\r\n\r\nThanks, noted. Finance will be in touch.\r\n\r\nMarcus\r\n',
      }),
      [[ORG, 'google']],
    );
    const lure =
      'URGENT from Marcus: the supplier payment goes out today to the new account below. Robin, please\r\nconfirm the transfer of 48,200 GBP at https://tidewater-payments.notice-relay.example/approve\r\n';
    const replayed = `${[...mailmanHeaders('finance', `lists.${ATT}`, 'Tidewater Finance')].join('\r\n')}\r\n${genuine}\r\n${lure}${mailmanFooter('finance', `lists.${ATT}`, 'Tidewater Finance')}`;
    emit(write, {
      name: 'probe90-gmail-ceo-genuine-signed-replayed-own-list-lure-footer-online',
      cls: 'list-restore-replay',
      about: `The reader's organisation at p=none. The attacker once received a genuine, signed (d=${ORG}) two-line reply from the CEO. He replays it through a Mailman list of his own (lists.${ATT}, ${list.ip}) to the reader: list fields (no Reply-To: the lure is a link), and a "footer" that is the lure (a wire approval link under Marcus's name) above Mailman's own footer. Gmail records dkim=neutral (body hash), SPF pass for the list's envelope, dmarc=fail (p=NONE). list-restore.ts cuts the appended text and the CEO's signature verifies on what remains, so own-domain.ts is spared (round 89). Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted: the text the reader acts on is none of the CEO's, and the list is no list the organisation's mail reached (the signed To is an outsider, not the list).`,
      eml: gmailDelivery(replayed, {
        relay: list,
        envelope: env,
        results: [
          `dkim=neutral (body hash did not verify) header.i=@${ORG} header.s=google header.b=Q29ycHVz;`,
          gmailSpf(env, list.ip),
          gmailDmarc(ORG, 'NONE', 'fail'),
        ].join('\r\n       '),
        ids: ['x90cspRpxa', 'a90siRqtb.90'],
        spf: 'pass',
        deliveredTo: true,
        to: `robin.reader@${ORG}`,
      }),
      zone: { ...attZone(list), ...txt(`lists.${ATT}`, `v=spf1 ip4:${list.ip} -all`), ...orgZone('none') },
      args: [...GMAIL, ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }

  // 11. Control: the CEO's genuine Workspace mail.
  emit(write, {
    name: 'probe90-gmail-colleague-workspace-control-online',
    cls: 'control',
    about: `Control: the CEO writes from the organisation's Google Workspace, signed d=${ORG}, SPF and DMARC (p=quarantine) pass, Gmail records every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      {
        from: `"Marcus Hale" <marcus.hale@${ORG}>`,
        envelope: `marcus.hale@${ORG}`,
        relay: GOOGLE,
        signers: [[ORG, 'google']],
        subject: 'Supplier spend for Thursday',
        body: 'Robin,\r\n\r\nCan you send me the Q3 supplier spend before Thursday? Thanks.\r\n\r\nMarcus\r\n',
        messageId: '<CAG90m2yR@mail.gmail.com>',
      },
      'm',
      'QUARANTINE',
    ),
    zone: GOOGLE_ZONE,
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // 12. Control: a friend's genuine share from his own Gmail (a person's name, not a desk's).
  emit(write, {
    name: 'probe90-gmail-docs-share-friend-own-gmail-control-online',
    cls: 'control',
    about: `Control: a friend shares a sheet from her own Google account: "Ines Harwood (via Google Docs)" <${DRIVE}>, Reply-To "Ines Harwood" <ines.harwood@gmail.com>. Signed d=google.com, DMARC passes. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (a person's own share; the low reply note may stay).`,
    eml: await atGmail(
      gdocs('Ines Harwood', 'Allotment rota 2027', 'n', '"Ines Harwood" <ines.harwood@gmail.com>'),
      'n',
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

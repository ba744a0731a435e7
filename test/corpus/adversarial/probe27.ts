// Red-team probes, twenty-seventh round (December 2026): the rules committed from 10:10 to 12:52
// on 2026-12-04, mainly the newest.
// - lib/engine/lookalike-twin.ts + lookalike-letters.ts orthographyTwin: a From label is folded to
//   its plain twin only when EVERY letter beyond ASCII is one of ORTHOGRAPHY_TWINS' eighteen
//   letters. A letter with a canonical decomposition (ọ, a Yoruba and Vietnamese letter; ḳ) is no
//   disguise either (disguisedLetters: the NFD base is ASCII), and a bare combining mark with no
//   precomposed form (k + U+0326 COMBINING COMMA BELOW) is nothing to either function. So
//   nọrthbank, northbank̦, and even nørthbanḳ (the ø the rule covers, plus one marked letter)
//   read "authenticated" with international-domain only.
// - The "tie" that silences the twin: an SPF pass of the twin's organisation. Many a bank lists a
//   shared platform in SPF (include:_spf.google.com); Google Workspace's SMTP relay lets any tenant
//   send with any envelope sender when its admin allows "any addresses" (the 2023 reports of brand
//   spoofing through it). The attacker's own tenant signs for nørthbank and relays with MAIL FROM
//   at northbank.example: SPF passes for the twin, the twin is taken as the sender's own.
// - DMARC's sp=: the twin's p decides even when the From is a subdomain (mail.nørthbank), which
//   reads as mail.northbank.example, governed by the bank's sp=.
// - lib/relay/esp-evidence.ts: a platform's own signature (d=sendgrid.info, amazonses.com,
//   mandrillapp.com) is ESP evidence wherever the message comes from. Those platforms sign EVERY
//   customer's message besides the customer's own signature, so a bank notice sent through them
//   carries one; replayed from EC2 it verifies and the VM becomes "SendGrid": no hosted finding.
//   (customerDomains covers only a d= the platform names per customer: onmicrosoft.com,
//   mailgun.org.)
// - lib/message/wide-words.ts: EBCDIC is read only as IBM037/IBM1140. glibc iconv (Roundcube's
//   fallback converter) also decodes IBM500 and IBM1047, in which letters, "@" and "." have the
//   same bytes: the bank's address in the display name is read by the app and not by HeaderLens.
// Read, no new case: lookalike-twin.ts DKIM tie (a bank signature copied onto the look-alike mail
// fails, control below; a passing one needs the bank's From, i.e. two From fields, probe2/probe5);
// rua/ruf tie (only the twin's owner writes that record); NFD vs NFC (orthographyTwin normalises);
// a DNS error or two DMARC records at the twin (fail-open by design, not the attacker's to cause);
// subject-tag.ts (a tag is undone only when the signature then verifies; the words allowed are
// status words, a lure does not fit: probe14); wide-words.ts labels (utf16/ucs-2/x- prefixes and
// RFC 2231 *lang suffixes are read; UTF-7, HZ, ISO-2022-KR, x-mac-* pass ASCII through: probe25).

import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  attackerMail,
  authenticZone,
  BANK,
  BANK_KEY,
  genuineBankNotice,
  KEY,
  RECEIVER,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  CLOUD_V4,
  cloudEntry,
  cloudReplay,
  HOSTED_REPLAY_AWS,
  type Homograph,
  probeCorpus,
  probeEmitter,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the twenty-seventh round's report). Each comment: what it reads, what it should,
 * which rule, the fix proposed and its risk.
 */
// Fixed at 13:4x on 2026-12-04 (all ten now in the corpus): a letter with a mark folds to its base
// (nọrthbank, nørthbanḳ: lib/findings/lookalike-letters.ts orthographyTwin); a From below its
// organisation reads the twin's sp=; an SPF pass ties the twin only through the twin's own address
// space, not a shared platform's include: (lib/engine/lookalike-twin.ts); a platform's d= on a
// hosting-network origin is ESP evidence only beside an SPF-passing envelope of the From's own
// organisation (lib/relay/esp-evidence.ts: the SES, Mandrill, HubSpot and Postmark replays); the
// EBCDIC pages IBM500/1047 and the rest iconv knows are read (lib/message/wide-words.ts).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const IDN_O = 'xn--nrthbank-54a.example';
const LOOKS =
  'The attacker registers the look-alike, publishes SPF, a key and p=reject for it, and sends from its own server: SPF, DKIM and DMARC pass for it. Outlook on the web, Thunderbird and Apple Mail draw a Latin IDN in Unicode.';

const HOMOGRAPHS: Homograph[] = [
  {
    name: 'probe27-from-dot-below-o-homograph',
    domain: 'xn--nrthbank-y80d.example',
    from: 'Northbank Security <security@n\u1ECDrthbank.example>',
    about: `From "security@nọrthbank.example": U+1ECD LATIN SMALL LETTER O WITH DOT BELOW (Yoruba, Vietnamese), an o with a speck under it, lost at 13px in the underline of a link-styled address. ${LOOKS} disguisedLetters takes its NFD base o for a genuine letter; orthographyTwin returns null for any letter outside ORTHOGRAPHY_TWINS, so the twin northbank.example (p=reject) is never asked. Wanted: suspicious (lookalike-domain naming northbank.example, as nørthbank reads)`,
  },
  {
    name: 'probe27-from-combining-comma-below-k-control',
    domain: 'xn--northbank-8sf.example',
    from: 'Northbank Security <security@northbank\u0326.example>',
    about: `Control: From "security@northbank̦.example": a k followed by U+0326 COMBINING COMMA BELOW, which has no precomposed form with k (NFC keeps two code points; IDNA2008 lets a combining mark follow a letter). ${LOOKS} disguisedLetters sees an empty base for the mark and orthographyTwin stops at it, but the address parser takes no bare mark in a domain: from-unparseable. Wanted: not trusted (holds today, suspicious with from-unparseable; a fix to orthographyTwin must keep it)`,
    expect: { notVerdict: ['authenticated', 'unverified'], findings: ['from-unparseable'] },
  },
  {
    name: 'probe27-from-stroke-o-and-dot-below-k-homograph',
    domain: 'xn--nrthban-q1a7648d.example',
    from: 'Northbank Security <security@n\u00F8rthban\u1E33.example>',
    about: `From "security@nørthbanḳ.example": the ø round 26 covered, plus U+1E33 LATIN SMALL LETTER K WITH DOT BELOW. ${LOOKS} One marked letter is enough for orthographyTwin to give up on the whole label (it returns null at ḳ), so the ø the rule was written for goes unasked. Wanted: suspicious (lookalike-domain)`,
  },
  {
    name: 'probe27-from-stroke-o-control',
    domain: IDN_O,
    from: 'Northbank Security <security@n\u00F8rthbank.example>',
    about: `Control: round 26's nørthbank.example. ${LOOKS} Wanted: suspicious with lookalike-domain (holds today)`,
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  },
  {
    name: 'probe27-from-subdomain-stroke-o-control',
    domain: `mail.${IDN_O}`,
    from: 'Northbank Security <security@mail.n\u00F8rthbank.example>',
    about: `Control: From in a subdomain of the look-alike (security@mail.nørthbank.example); the twin's organisation northbank.example is at p=reject. ${LOOKS} Wanted: suspicious with lookalike-domain (holds today: the twin is taken from the organisation)`,
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  },
];

/** The look-alike mail through Google's relay, with the bank's envelope: SPF passes for the twin. */
const GOOGLE_RELAY = { helo: 'smtp-relay.gmail.com', rdns: 'mail-yw1-f169.google.com', ip: '209.85.128.169' };

async function twins(write: CaseWriter): Promise<void> {
  const { authenticated } = attackerMail(write);
  for (const c of HOMOGRAPHS)
    await authenticated({
      name: c.name,
      about: c.about,
      class: 'probe27-orthography-twin',
      from: c.from,
      domain: c.domain,
      expect: c.expect ?? { verdict: 'suspicious', findings: ['lookalike-domain'] },
    });
  await authenticated({
    name: 'probe27-from-subdomain-stroke-o-twin-sp-reject',
    about: `From "security@mail.nørthbank.example", which reads as mail.northbank.example. The bank monitors its own domain (p=none) and rejects for its subdomains (sp=reject): northbank.example's record is "v=DMARC1; p=none; sp=reject". ${LOOKS} lookalikeTwin reads p= only, so a twin at p=none counts as unguarded, though the name imitated is one of the subdomains sp=reject guards. Wanted: suspicious (lookalike-domain)`,
    class: 'probe27-orthography-twin',
    from: 'Northbank Security <security@mail.n\u00F8rthbank.example>',
    domain: `mail.${IDN_O}`,
    zone: { '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=none; sp=reject'] } },
    expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
  });
  // Forged tie: SPF passes for the twin through a platform it lists.
  const signed = await signCorpus(
    submitted({
      from: 'Northbank Security <security@n\u00F8rthbank.example>',
      subject: 'Action required on your account',
    }),
    { domain: IDN_O, selector: 's1' },
  );
  write('probe27-from-stroke-o-twin-spf-tie-via-shared-relay', {
    eml: onTop(
      signed,
      'Return-Path: <bounce@northbank.example>',
      received({ ...GOOGLE_RELAY, by: RECEIVER }),
    ),
    zone: {
      ...BANK,
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.google.com -all'] },
      '_spf.google.com': { TXT: ['v=spf1 ip4:74.125.0.0/16 ip4:209.85.128.0/17 ~all'] },
      ...authenticZone(IDN_O, ATTACKER_IP),
    },
    meta: {
      about: `From "security@nørthbank.example" (round 26's look-alike), signed by the attacker's own d=${IDN_O} (DMARC passes for it), relayed through Google Workspace's SMTP relay (smtp-relay.gmail.com, ${GOOGLE_RELAY.ip}) from the attacker's own tenant, whose admin set "allowed senders: any addresses", with MAIL FROM bounce@northbank.example. The bank runs Google Workspace too: include:_spf.google.com, so SPF passes for northbank.example. lookalikeTwin takes that SPF pass as the twin's owner sending (twinSends) and asks nothing. Wanted: suspicious (lookalike-domain naming northbank.example, as the plain nørthbank mail reads)`,
      class: 'probe27-orthography-twin',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
    },
  });
  // Control: a bank signature copied onto the look-alike mail does not verify, so it ties nothing.
  const notice = await genuineBankNotice();
  const bankSig = /^DKIM-Signature:.*(?:\r\n[ \t].*)*/m.exec(notice)?.[0] ?? '';
  write('probe27-from-stroke-o-copied-bank-signature-control', {
    eml: onTop(
      signed,
      'Return-Path: <bounce@xn--nrthbank-54a.example>',
      bankSig,
      received({ helo: `mail.${IDN_O}`, ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: { ...BANK, ...BANK_KEY, ...authenticZone(IDN_O, ATTACKER_IP) },
    meta: {
      about:
        'Control: the nørthbank.example mail carrying, as a second DKIM-Signature, the bank’s signature copied from a genuine notice (d=northbank.example): it fails (body hash and From differ), so it ties nothing. Wanted: suspicious with lookalike-domain (holds today)',
      class: 'probe27-orthography-twin',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'suspicious', findings: ['lookalike-domain'] },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// A bank notice sent through an ESP carries the platform's own signature; replayed from EC2
// ---------------------------------------------------------------------------------------------

const ESPS: Array<{ name: string; esp: string; d: string; s: string; how: string }> = [
  {
    name: 'probe27-replay-ses-sent-notice-aws',
    esp: 'Amazon SES',
    d: 'amazonses.com',
    s: 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
    how: 'Amazon SES signs every message with d=amazonses.com (a per-region selector) beside the customer’s Easy DKIM signature',
  },
  {
    name: 'probe27-replay-mandrill-sent-notice-aws',
    esp: 'Mailchimp / Mandrill',
    d: 'mandrillapp.com',
    s: 'mandrill',
    how: 'Mandrill (Mailchimp Transactional) signs every message with d=mandrillapp.com (s=mandrill) beside the customer’s own signature',
  },
  {
    name: 'probe27-replay-hubspot-sent-notice-aws',
    esp: 'HubSpot',
    d: 'hubspotemail.net',
    s: 'hs2',
    how: 'HubSpot signs its customers’ marketing mail with its own d=hubspotemail.net beside the customer’s signature (as rw29-hubspot-dedicated-ip-custom-bounce-on-aws has it); providers-esp.ts calls a DKIM pass for hubspotemail.net evidence "no one else can produce", but a replay carries it',
  },
  {
    name: 'probe27-replay-postmark-sent-notice-aws',
    esp: 'Postmark',
    d: 'pm.mtasv.net',
    s: 'pm',
    how: 'Postmark signs every message with its own d=pm.mtasv.net beside the customer’s signature (as rw29-transactional-esp-custom-return-path-gcp has it)',
  },
];

const CLOUD_ZONE = {
  ...BANK,
  ...BANK_KEY,
  'attacker.example': { TXT: [`v=spf1 ip4:${CLOUD_V4} -all`] },
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
};

async function espReplays(write: CaseWriter): Promise<void> {
  const emit = probeEmitter(CLOUD_ZONE);
  const notice = await genuineBankNotice();
  for (const e of ESPS) {
    emit(write, {
      name: e.name,
      about: `The bank sends its notices through ${e.esp}: ${e.how}. The attacker, a customer, receives a genuine notice and replays it unchanged from a rented EC2 server (3.80.1.2, Amazon's default reverse name), envelope bounce@attacker.example (SPF pass). Both signatures verify. relay-facts.ts hands every verified d= to espFromEvidence, which finds ${e.d} among ${e.esp}'s domains (not a customerDomains name): the VM is classified "${e.esp}", isHostedServer is false, no hosted finding, DMARC passes: authenticated. Wanted: suspicious with hosted-server-relay naming Amazon, as the same replay without the platform signature reads (control below)`,
      class: 'probe27-esp-platform-signature',
      eml: cloudReplay(await signCorpus(notice, { domain: e.d, selector: e.s }), cloudEntry(CLOUD_V4)),
      zone: { ...CLOUD_ZONE, [`${e.s}._domainkey.${e.d}`]: KEY() },
      expect: HOSTED_REPLAY_AWS,
    });
  }
  emit(write, {
    name: 'probe27-replay-sendgrid-sent-notice-aws-control',
    about:
      'Control: the same replay of a notice the bank sent through SendGrid, which signs every message with d=sendgrid.info (s=smtpapi) beside the customer’s own: sendgrid.info is not among SendGrid’s domains in providers-esp.ts, so the VM stays a hosted server. Wanted: suspicious with hosted-server-relay naming Amazon (holds today; adding sendgrid.info to SendGrid’s domains without the fix above would turn it authenticated)',
    class: 'probe27-esp-platform-signature',
    eml: cloudReplay(
      await signCorpus(notice, { domain: 'sendgrid.info', selector: 'smtpapi' }),
      cloudEntry(CLOUD_V4),
    ),
    zone: { ...CLOUD_ZONE, 'smtpapi._domainkey.sendgrid.info': KEY() },
    expect: HOSTED_REPLAY_AWS,
  });
  emit(write, {
    name: 'probe27-replay-bank-only-signature-aws-control',
    about:
      'Control: the same replay of a notice carrying only the bank’s own signature. Wanted: suspicious with hosted-server-relay naming Amazon (holds today)',
    class: 'probe27-esp-platform-signature',
    eml: cloudReplay(notice, cloudEntry(CLOUD_V4)),
    expect: HOSTED_REPLAY_AWS,
  });
}

// ---------------------------------------------------------------------------------------------
// The bank's address in the display name, in EBCDIC code pages wide-words.ts does not name
// ---------------------------------------------------------------------------------------------

const BANK_ADDRESS = 'security@northbank.example';
/** Lower-case letters, "@" and "." in IBM037, IBM500 and IBM1047 alike. */
const ebcdic = (s: string) =>
  Buffer.from(
    [...s].map((ch) => {
      if (ch === '@') return 0x7c;
      if (ch === '.') return 0x4b;
      const i = ch.charCodeAt(0) - 0x61;
      if (i < 9) return 0x81 + i;
      if (i < 18) return 0x91 + i - 9;
      return 0xa2 + i - 18;
    }),
  );
const SEEN =
  'attacker.example authenticates in full (SPF, DKIM, DMARC pass). Roundcube decodes a charset mbstring lacks with glibc iconv (rcube_charset::convert) and shows the display name alone in the list: the reader sees the bank’s address.';

const WORDS: Array<Homograph & { label: string }> = [
  {
    name: 'probe27-name-ebcdic-ibm500-address',
    label: 'IBM500',
    from: '',
    about: `The display name is one encoded-word in charset "IBM500" (IANA-registered, EBCDIC International, alias cp500, ebcdic-cp-be, ebcdic-cp-ch) holding the bank’s address; glibc iconv has it, and its letters, "@" (0x7C) and "." (0x4B) are IBM037’s. wide-words.ts rewrites IBM037 and IBM1140 only, so postal-mime reads the bytes as UTF-8 and HeaderLens finds no address. ${SEEN} Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe27-name-ebcdic-ibm1047-address',
    label: 'IBM1047',
    from: '',
    about: `The same in charset "IBM1047" (IANA-registered, the z/OS Latin-1 code page, alias cp1047), which glibc iconv decodes; the address's bytes are IBM037's. ${SEEN} Wanted: suspicious (display-name-address)`,
  },
  {
    name: 'probe27-name-ebcdic-ibm037-control',
    label: 'IBM037',
    from: '',
    about: `Control: the same under IBM037 (read since 11:3x). ${SEEN} Wanted: suspicious with display-name-address (holds today)`,
    expect: { verdict: 'suspicious', findings: ['display-name-address'] },
  },
];

async function names(write: CaseWriter): Promise<void> {
  const { authenticated } = attackerMail(write);
  for (const c of WORDS)
    await authenticated({
      name: c.name,
      about: c.about,
      class: 'probe27-name-words',
      from: `=?${c.label}?B?${ebcdic(BANK_ADDRESS).toString('base64')}?= <notice@attacker.example>`,
      expect: c.expect ?? { verdict: 'suspicious', findings: ['display-name-address'] },
    });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await twins(write);
  await espReplays(write);
  await names(write);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

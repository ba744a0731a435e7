// Red-team round 181: the sender the reader SEES against the one HeaderLens CHECKS and names.
// Earlier rounds took the From field itself apart (probe, probe2, probe4, probe25, probe58, probe79,
// probe143, probe165, probe172, espoofer: two From fields, a TAB or space before the colon, groups,
// routes, encoded-words in the name and the local part, bare CR, NUL, quoted local parts, comments,
// CFWS in the domain, full-width dots, homograph U-labels). This round first re-ran those shapes and
// new ones through lib/message/parse.ts parseMailboxes / lib/findings/from-address.ts unusableFrom
// and checkDmarc's idnaMapped (lib/auth/dmarc.ts); HeaderLens passes its OWN From domain to
// mailauth's dmarc() (headerFrom: <domain>), so mailauth's extraction (lib/dkim/dkim-verifier.js
// headerFrom) never decides the author: only the alignment flags, which HeaderLens recomputes.
// Every shape read right (the held cases below keep three): characters IDNA ignores inside the bank's
// domain (U+00AD, U+200B, U+2060, U+034F, U+FE0F: mapped to northbank.example, DMARC fails),
// characters it refuses (U+200D, U+200C, U+180E, U+E0062, a trailing U+200E: from-unparseable),
// an encoded-word as the domain inside `<...>` (from-unparseable), `x@attacker (Bank <addr>)` and
// an address folded before `<...>` (display-name-address), `<x@attacker(<bank addr>)>` (the bank's
// address is the one checked). No p=reject bank spoof read authenticated or unverified.
//
// What does not read right is the OTHER sender line two webmails draw: the Sender field.
// - Outlook / Outlook on the web: [MS-OXCMAIL] §2.2.3.1.3 maps From to PidTagSentRepresenting and
//   §2.1.3.1.4 / §2.2.3.1.4 Sender to PidTagSender; when they differ Outlook shows "<Sender> on
//   behalf of <From>", the Sender's name first (learn.microsoft.com MS-OXCMAIL pages, corpus "docs";
//   kb.blackbaud.com 111580 and help.mail-list.com "What is causing the 'on behalf of' text",
//   corpus "pages").
// - Roundcube: program/actions/mail/show.php message_headers lists 'sender' among its standard
//   headers and prints it as its own row whenever it differs from From (roundcube/roundcubemail,
//   corpus "code").
// lib/findings/sender.ts senderRule reads only the Sender's ADDRESSES (its mailbox and any address
// its name spells out) against what authenticates; lib/findings/display-name.ts displayNameRule
// reads brand names and domain names only in the FROM's name. So the attacker, signing as his own
// domain, moves the lure from From's name (where it reads suspicious: display-name-brand,
// display-name-domain) to Sender's name, which Outlook shows first, and reads authenticated.
// Also here: the Sender naming the bank's address (sender-other-org, held) and the genuine
// "on behalf of" of a delegate, a Sender named after its own domain, an RFC 6532 UTF-8 From in a
// U-label beside an A-label signature, and an RFC 2047 display name (controls).
// Not written as cases (read, no gap or no display): Resent-From (no webmail found that shows it;
// Roundcube's list above has none); a message/rfc822 part, which Roundcube renders inline
// (rcube_message.php parse_structure parses every message/rfc822 part recursively and show.php
// prints its headers as `message-partheaders`): the outer From stays on top and is the one
// HeaderLens names, and a forged original inside is --attached's business (lib/attached.ts).
// Layouts: Exchange Online's entry, EOP's id-less results and organisation rows (receivers.ts
// eopDelivery, test/fixtures/legit/README-m365.md), Gmail's (gmailDelivery), the reader's own
// Postfix box under kit.ts fromAttacker. Names and addresses are documentation ones; every key is
// the corpus key.
import { signCorpus } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  authenticZone,
  emitCase,
  fromAttacker,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { ATTACKER_RELAY, PROBE_ZONE, probeCorpus } from '../rounds-kit';

const READER = 'Robin Reader <robin@reader.example>';
const LURE =
  'Dear customer,\r\n\r\nwe could not collect your November payment. To avoid a late fee, confirm your card\r\nat https://northbank-verify.example/pay today.\r\n';
/** What the attacker's own domain signs: From and Sender among the fields, as his software signs them. */
const WITH_SENDER = [...SIGNED, 'sender'];

/** The attacker's message, signed as attacker.example (selector s1), From and Sender as written. */
const attackerSigned = (
  from: string,
  extra: string[],
  subject = 'Your account: payment could not be collected',
) =>
  signCorpus(submitted({ from, to: READER, subject, extraHeaders: extra, body: LURE }), {
    domain: 'attacker.example',
    selector: 's1',
    headerList: WITH_SENDER,
  });

/** Exchange Online's delivery of mail from `relay` that passes SPF, DKIM and DMARC for `domain`. */
const outlook = (raw: string, relay: Relay, domain: string, envelope: string) =>
  eopDelivery(raw, {
    ...eopPass(relay, domain, `dkim=pass (signature was verified)\r\n header.d=${domain}`),
    returnPath: envelope,
  });

/** The reader's own Postfix box (Roundcube on top) taking mail from `relay`. */
const box = (raw: string, relay: Relay, envelope: string) =>
  onTop(raw, `Return-Path: <${envelope}>`, received({ ...relay, by: RECEIVER, for: 'robin@reader.example' }));

const OUTLOOK = ['--webmail', 'outlook'];
const BOX = ['--authserv-id', RECEIVER];

// ---- Calder Freight: a genuine firm whose delegate sends "on behalf of" its accounts desk ----
const CF = 'calder-freight.example';
const CF_RELAY: Relay = { helo: `mail.${CF}`, rdns: `mail.${CF}`, ip: '203.0.113.40' };
const CF_ZONE = {
  ...authenticZone(CF, CF_RELAY.ip),
  ...ptr(CF_RELAY.ip, CF_RELAY.rdns),
};
const calder = (from: string, sender: string) =>
  signCorpus(
    submitted({
      from,
      to: READER,
      subject: 'Invoice CF-20931 for October',
      extraHeaders: [`Sender: ${sender}`],
      body: 'Dear Robin,\r\n\r\nplease find invoice CF-20931 (EUR 640.00) on the portal as usual.\r\n\r\nCalder Freight\r\n',
    }),
    { domain: CF, selector: 's1', headerList: WITH_SENDER },
  );

// ---- Bücherstube: a genuine RFC 6532 From in a U-label, signed and bounced under its A-label ----
const BU = 'xn--bcherstube-9db.example';
const BU_RELAY: Relay = { helo: `mail.${BU}`, rdns: `mail.${BU}`, ip: '203.0.113.41' };
const BU_ZONE = {
  ...authenticZone(BU, BU_RELAY.ip),
  ...ptr(BU_RELAY.ip, BU_RELAY.rdns),
};
const buecher = (from: string) =>
  signCorpus(
    submitted({
      from,
      to: READER,
      subject: 'Ihre Bestellung 4711 ist unterwegs',
      body: 'Guten Tag,\r\n\r\nIhre Bestellung 4711 wurde heute versandt.\r\n\r\nZoë Müller, Bücherstube\r\n',
    }),
    { domain: BU, selector: 's1', headerList: SIGNED },
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  const env = 'bounce@attacker.example';

  // ---- 1. The lure moved from From's name to Sender's name (Outlook shows it first) ----
  const brandSender = 'Sender: "PayPal Service" <service@attacker.example>';
  const brandAbout = (where: string) =>
    `Attack: the attacker's own domain signs and passes SPF and DMARC; From is "Jane Doe" <jane@attacker.example>, Sender is "PayPal Service" <service@attacker.example>. ${where} The same name in From reads suspicious (display-name-brand, r181-outlook-from-name-brand-held); in Sender no rule reads the name (lib/findings/sender.ts reads only addresses). Wanted: not trusted, as the From form.`;
  emit({
    name: 'r181-outlook-sender-name-brand-online',
    class: 'sender-display',
    about: brandAbout(
      'Outlook on the web shows "PayPal Service <service@attacker.example> on behalf of Jane Doe" (MS-OXCMAIL §2.2.3.1.3/§2.2.3.1.4).',
    ),
    args: OUTLOOK,
    eml: outlook(
      await attackerSigned('Jane Doe <jane@attacker.example>', [brandSender]),
      ATTACKER_RELAY,
      'attacker.example',
      env,
    ),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
  });
  emit({
    name: 'r181-box-sender-name-brand-online',
    class: 'sender-display',
    about: brandAbout(
      "On the reader's own box, read in Roundcube, which prints a Sender row under From whenever they differ (show.php message_headers).",
    ),
    args: BOX,
    eml: box(await attackerSigned('Jane Doe <jane@attacker.example>', [brandSender]), ATTACKER_RELAY, env),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
  });
  const domainSender = 'Sender: "northbank.example" <alerts@attacker.example>';
  const domainAbout = (where: string) =>
    `Attack: the attacker's own domain authenticates; From is "Jane Doe" <jane@attacker.example>, Sender's NAME is the bank's domain: "northbank.example" <alerts@attacker.example>. ${where} The same name in From reads suspicious (display-name-domain). Wanted: not trusted.`;
  emit({
    name: 'r181-outlook-sender-name-bank-domain-online',
    class: 'sender-display',
    about: domainAbout('Outlook shows "northbank.example <alerts@attacker.example> on behalf of Jane Doe".'),
    args: OUTLOOK,
    eml: outlook(
      await attackerSigned('Jane Doe <jane@attacker.example>', [domainSender]),
      ATTACKER_RELAY,
      'attacker.example',
      env,
    ),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
  });
  emit({
    name: 'r181-box-sender-name-bank-domain-online',
    class: 'sender-display',
    about: domainAbout("Roundcube on the reader's box prints the Sender row."),
    args: BOX,
    eml: box(await attackerSigned('Jane Doe <jane@attacker.example>', [domainSender]), ATTACKER_RELAY, env),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
  });

  // ---- 2. Held today: the same lures where the engine reads them ----
  emit({
    name: 'r181-outlook-from-name-brand-held',
    class: 'sender-display',
    about:
      'Held: the brand name in From\'s own name, "PayPal Service" <service@attacker.example>, the attacker\'s domain authenticating. Reads suspicious (display-name-brand). The twin of r181-outlook-sender-name-brand-online.',
    args: OUTLOOK,
    eml: outlook(
      await attackerSigned('"PayPal Service" <service@attacker.example>', []),
      ATTACKER_RELAY,
      'attacker.example',
      env,
    ),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['display-name-brand'] },
  });
  emit({
    name: 'r181-outlook-sender-bank-address-held',
    class: 'sender-display',
    about:
      'Held: Sender: Northbank Security <security@northbank.example> beside the attacker\'s authenticated From; Outlook shows the bank "on behalf of" the attacker. Nothing vouches for northbank.example: sender-other-org.',
    args: OUTLOOK,
    eml: outlook(
      await attackerSigned('Jane Doe <jane@attacker.example>', [
        'Sender: Northbank Security <security@northbank.example>',
      ]),
      ATTACKER_RELAY,
      'attacker.example',
      env,
    ),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['sender-other-org'] },
  });
  emit({
    name: 'r181-box-sender-name-spells-bank-address-held',
    class: 'sender-display',
    about:
      "Held: Sender: \"security@northbank.example\" <alerts@attacker.example> (the bank's address as the Sender's name) under Roundcube's Sender row. sender.ts reads addresses spelt in the name: sender-other-org.",
    args: BOX,
    eml: box(
      await attackerSigned('Jane Doe <jane@attacker.example>', [
        'Sender: "security@northbank.example" <alerts@attacker.example>',
      ]),
      ATTACKER_RELAY,
      env,
    ),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['sender-other-org'] },
  });
  emit({
    name: 'r181-box-from-encoded-word-domain-held',
    class: 'from-parse',
    about:
      "Held: From: Northbank Security <security@=?utf-8?q?northbank=2Eexample?=>, the attacker's own domain signing. A mail app that decodes encoded-words inside addresses (Mailsploit's finding, RFC 2047 §5 forbids it) shows the bank's address; HeaderLens finds no valid domain (from-unparseable).",
    args: BOX,
    eml: box(
      await attackerSigned('Northbank Security <security@=?utf-8?q?northbank=2Eexample?=>', []),
      ATTACKER_RELAY,
      env,
    ),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['from-unparseable'] },
  });
  for (const [n, ch, label] of [
    ['soft-hyphen', '\u00ad', 'U+00AD SOFT HYPHEN, which IDNA maps to nothing'],
    ['zero-width-joiner', '\u200d', 'U+200D ZERO WIDTH JOINER, which IDNA refuses (CONTEXTJ)'],
  ] as const)
    emit({
      name: `r181-box-bank-from-${n}-in-domain-held`,
      class: 'from-parse',
      about: `Held: the bank's unsigned lure from the attacker's server with From security@north${ch}bank.example (${label}); every webmail draws northbank.example. Reads spoofed.`,
      args: BOX,
      eml: onTop(
        submitted({
          from: `Northbank Security <security@north${ch}bank.example>`,
          to: READER,
          subject: 'Your account: payment could not be collected',
          body: LURE,
        }),
        `Return-Path: <${env}>`,
        fromAttacker('attacker.example'),
      ),
      zone: PROBE_ZONE,
      expect: { verdict: 'spoofed' },
    });

  // ---- 3. Genuine controls ----
  const delegate = await calder(
    '"Calder Freight Accounts" <accounts@calder-freight.example>',
    '"Dana Mills" <dana@calder-freight.example>',
  );
  for (const [sfx, zone] of [
    ['online', CF_ZONE],
    ['offline', undefined],
  ] as const)
    emit({
      name: `r181-outlook-genuine-delegate-on-behalf-of-${sfx}`,
      class: 'sender-display',
      about: `Genuine: Calder Freight's delegate Dana Mills sends from the accounts desk's mailbox; Sender "Dana Mills" <dana@${CF}>, From "Calder Freight Accounts" <accounts@${CF}>, signed by ${CF}. Outlook shows "Dana Mills on behalf of Calder Freight Accounts". Wanted: authenticated.`,
      args: OUTLOOK,
      eml: outlook(delegate, CF_RELAY, CF, `accounts@${CF}`),
      ...(zone ? { zone } : {}),
      // Offline, Outlook's own passes are not taken (lib/webmail/profiles.ts): unverified is the design.
      expect: zone ? AUTHENTICATED : { verdict: 'unverified' },
    });
  emit({
    name: 'r181-box-genuine-sender-named-own-domain',
    class: 'sender-display',
    about: `Genuine: Calder Freight's portal writes Sender "${CF}" <noreply@${CF}> over a clerk's From; the name is the sender's own domain. Wanted: authenticated (a fix must compare a Sender's name with the Sender's own domain).`,
    args: BOX,
    eml: box(await calder(`Dana Mills <dana@${CF}>`, `"${CF}" <noreply@${CF}>`), CF_RELAY, `noreply@${CF}`),
    zone: CF_ZONE,
    expect: AUTHENTICATED,
  });
  const utf8From = await buecher('Zoë Müller <zoe@bücherstube.example>');
  for (const [sfx, zone] of [
    ['online', BU_ZONE],
    ['offline', undefined],
  ] as const)
    emit({
      name: `r181-gmail-genuine-utf8-u-label-from-a-label-signature-${sfx}`,
      class: 'from-parse',
      about: `Genuine: an RFC 6532 From in UTF-8 with a U-label, Zoë Müller <zoe@bücherstube.example>, signed d=${BU} (the A-label) and bounced to zoe@${BU}; Gmail records every pass. Wanted: authenticated.`,
      args: ['--webmail', 'gmail'],
      eml: gmailDelivery(utf8From, {
        relay: BU_RELAY,
        envelope: `zoe@${BU}`,
        results: [gmailDkim(BU, 's1'), gmailSpf(`zoe@${BU}`, BU_RELAY.ip), gmailDmarc(BU, 'NONE')].join(
          '\r\n       ',
        ),
        ids: ['x181csp1pxa', 'a181si1qtb.181'],
        spf: 'pass',
        deliveredTo: true,
      }),
      ...(zone ? { zone } : {}),
      expect: AUTHENTICATED,
    });
  emit({
    name: 'r181-box-genuine-encoded-display-name',
    class: 'from-parse',
    about: `Genuine: the same shop's From with an RFC 2047 display name, =?utf-8?q?Zo=C3=AB_M=C3=BCller?= <zoe@${BU}>, on the reader's box. Wanted: authenticated.`,
    args: BOX,
    eml: box(await buecher(`=?utf-8?q?Zo=C3=AB_M=C3=BCller?= <zoe@${BU}>`), BU_RELAY, `zoe@${BU}`),
    zone: BU_ZONE,
    expect: AUTHENTICATED,
  });
}

// Fixed at 22:5x the same evening (were pending): r181-{outlook,box}-sender-name-brand-online and
// r181-{outlook,box}-sender-name-bank-domain-online read AUTHENTICATED with no finding ("This message
// really comes from attacker.example"), while Outlook draws "PayPal Service <service@attacker.example>
// on behalf of Jane Doe" and Roundcube prints the same Sender row; the same names in From read
// suspicious. Nothing read a Sender's NAME (lib/findings/sender.ts read only its addresses). Now
// lib/findings/sender.ts senderNameClaim: a Sender mailbox other than the From's whose name claims a
// brand that is neither its own domain's nor the From's, or shows a domain (domainInName, measured
// against the Sender's own domain) outside the From's organisation, raises `sender-display-name`,
// medium beside the From domain's DMARC pass (low otherwise). The genuine delegate, the Sender named
// after its own domain and the encoded display name still read authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

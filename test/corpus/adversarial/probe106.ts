// Red-team probes, round 106 (December 2026): forwarding trust. The attacker has his own account at
// every forwarding service a reader trusts, and reads what each forward proves.
// - Masked-email relays (lib/findings/display-name.ts maskedRelay, masked-relay-sender): addy.io
//   records what it saw of the original in X-AnonAddy-Authentication-Results (rspamd's
//   milter_headers "authentication-results" routine renamed, anonaddy/anonaddy's self-hosting
//   guide and app/Mail/ForwardEmail.php, found with the code search) and adds a red "may have been
//   spoofed" banner or a "[DMARC FAIL]" subject tag, both of which the alias owner may turn off
//   (its settings page and help text, same repository). SimpleLogin quarantines a DMARC failure
//   under p=quarantine/reject and forwards a sender with no DMARC record unchecked
//   (simple-login/documentation docs/getting-started/anti-phishing.md). Probed: a forged bank
//   notice through the reader's own addy.io alias, and through the attacker's own addy.io and
//   SimpleLogin aliases relayed on unchanged by his own server.
// - lib/findings/arc.ts userTrusts: a forwarder the reader trusts (`--trust-forwarder`) is matched
//   by organisation, so a university alumni forwarder trusted by its own name vouches for a seal
//   under any zone of that university (probe93 closed the same for the built-in list only).
// - Fastmail forwarding (ARC d=messagingengine.com, SRS envelope, as realworld49.ts learnt it): the
//   attacker's own Fastmail account forwarding his forgery, with and without his own seal below.
// Gmail's and the box's entry lines as receivers.ts and realworld4.ts build them; addy.io's and
// SimpleLogin's fields as realworld4.ts (rw4-addy-io-forward, rw4-simplelogin-reverse-alias).
// Names and addresses are documentation ones except the services' own names; every key is the
// corpus test key.
import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  BANK,
  BANK_FROM,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  SPOOFED,
} from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { bankNotice, probeCorpus, STATEMENT_SUBJECT } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
// Fixed at 19:37 on 2026-12-05 (lib/findings/display-name.ts maskedRelay): a masked-email relay's
// spelling of the sender counts only where the relay's own servers handed the message over (our
// SPF check passed for its envelope; the attacker's own alias fed his forgery and relayed on from
// his server keeps the relay's signature: a signing oracle), and never where addy.io's own record
// (X-AnonAddy-Authentication-Results) shows the original failing DMARC. So the forged bank through
// the reader's addy.io alias, and the forgeries relayed on from the attacker's own addy.io and
// SimpleLogin aliases, read spoofed or suspicious (display-name-address), not authenticated.
// Kept out by choice (the lead, 19:37 on 2026-12-05):
// - probe106-box-sl-reader-alias-forged-supplier-no-dmarc: a supplier with no DMARC record forged
//   through the reader's own SimpleLogin alias reads authenticated (masked-relay-sender low):
//   SimpleLogin passes mail of domains without DMARC unchecked, and nothing in the message says
//   so; the verdict is the relay's word, which the low note names.
// - probe106-box-trusted-alumni-forwarder-sibling-zone-seal-forged-bank: --trust-forwarder
//   trusts the forwarder's organisation (lib/findings/arc.ts userTrusts), as the README says, so a
//   seal from a zone the university delegated to a club reads unverified under that trust.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe106-box-sl-reader-alias-forged-supplier-no-dmarc',
  'probe106-box-trusted-alumni-forwarder-sibling-zone-seal-forged-bank',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const READER = 'robin@reader.example';
/** Gmail's arc= result as it words it (realworld49.ts): what the i=1 set recorded. */
const gmailArc = (spf: string, from: string, dmarc = 'pass', spfResult = 'pass') =>
  `arc=pass (i=1 spf=${spfResult} spfdomain=${spf} dmarc=${dmarc} fromdomain=${from});`;
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const NOTICE_BODY =
  'Dear customer,\r\n\r\nyour November direct debit could not be collected. To avoid a late fee, update your card today:\r\nhttps://northbank-secure.example/update\r\n\r\nNorthbank Customer Security\r\n';
const GENUINE_BODY =
  'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank Customer Security\r\n';

/** The reader's box: its entry line and its own results (trusted with ARGS). */
function boxDelivery(raw: string, relay: Relay, envelope: string, results: string[]): string {
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${results.join(';\r\n\t')}`,
    received({ ...relay, by: RECEIVER, id: '4Zx106a01', for: READER, date: at(5) }),
  );
}

// ---- addy.io ----
const ADDY: Relay = { helo: 'mail.anonaddy.me', rdns: 'mail.anonaddy.me', ip: '198.51.100.170' };
const ADDY_ZONE = {
  ...ptr(ADDY.ip, ADDY.rdns),
  'anonaddy.me': { TXT: [`v=spf1 ip4:${ADDY.ip} -all`] },
  'default._domainkey.anonaddy.me': KEY(),
  '_dmarc.anonaddy.me': { TXT: ['v=DMARC1; p=quarantine; adkim=s'] },
};

/** addy.io's rewrite of a mail from the bank's address to `alias`@anonaddy.me, with its record. */
async function addyForward(o: {
  alias: string;
  to: string;
  results: string;
  subject: string;
  body: string;
}): Promise<string> {
  return signCorpus(
    submitted({
      from: `"Northbank Security 'security@northbank.example'" <${o.alias}+security=northbank.example@anonaddy.me>`,
      to: o.to,
      subject: o.subject,
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: '<stmt-20261120-88412@northbank.example>',
      extraHeaders: [
        `X-AnonAddy-Authentication-Results: ${o.results}`,
        'X-AnonAddy-Original-Sender: security@northbank.example',
        'Feedback-ID: F:8f3e2a1b-4c5d-6e7f-8a9b-0c1d2e3f4a5b:anonaddy',
        'X-AnonAddy-Original-Envelope-From: security@northbank.example',
        `X-AnonAddy-Original-From-Header: ${BANK_FROM}`,
      ],
      body: o.body,
    }),
    { domain: 'anonaddy.me', selector: 'default', headerList: SIGNED },
  );
}

const addyFail = `mail.anonaddy.me;\r\n\tdkim=none;\r\n\tspf=fail (mail.anonaddy.me: domain of security@northbank.example does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom=security@northbank.example;\r\n\tdmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from=northbank.example (policy=reject)`;
const addyPass = `mail.anonaddy.me;\r\n\tdkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass (mail.anonaddy.me: domain of security@northbank.example designates ${BANK_IP} as permitted sender) smtp.mailfrom=security@northbank.example;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`;

// ---- SimpleLogin ----
const SL: Relay = { helo: 'mail-200.simplelogin.co', rdns: 'mail-200.simplelogin.co', ip: '185.70.40.130' };
const SL_ZONE = {
  ...ptr(SL.ip, SL.rdns),
  'simplelogin.co': { TXT: ['v=spf1 ip4:185.70.40.0/24 include:_spf.protonmail.ch -all'] },
  'dkim._domainkey.simplelogin.co': KEY(),
  '_dmarc.simplelogin.co': { TXT: ['v=DMARC1; p=quarantine; pct=100; adkim=s; aspf=s'] },
};
/** A supplier with no DMARC record (SPF only): SimpleLogin forwards its mail unchecked. */
const SUPPLIER = 'harbourfreight.example';
const SUPPLIER_ZONE = { [SUPPLIER]: { TXT: ['v=spf1 ip4:192.0.2.60 -all'] } };

/** The attacker's own mail server relaying a message on unchanged (envelope kept). */
const ATT_MX: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const attZone = { ...ptr(ATTACKER_IP, ATT_MX.rdns) };

// ---- A university alumni forwarder and a sibling zone ----
const ALUMNI = 'alumni.univ.example';
const ALUMNI_RELAY: Relay = {
  helo: 'fwd1.alumni.univ.example',
  rdns: 'fwd1.alumni.univ.example',
  ip: '203.0.113.40',
};
const CLUB = 'chess.univ.example';
const CLUB_RELAY: Relay = {
  helo: 'lists.chess.univ.example',
  rdns: 'lists.chess.univ.example',
  ip: '203.0.113.141',
};
const UNIV_ZONE = {
  ...ptr(ALUMNI_RELAY.ip, ALUMNI_RELAY.rdns),
  ...ptr(CLUB_RELAY.ip, CLUB_RELAY.rdns),
  [ALUMNI]: { TXT: ['v=spf1 ip4:203.0.113.40 -all'] },
  [CLUB]: { TXT: ['v=spf1 ip4:203.0.113.141 -all'] },
  ...keyZone([`arc._domainkey.${ALUMNI}`, `arc._domainkey.${CLUB}`]),
};

// ---- Fastmail ----
const FM: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const FM_SRS = 'SRS0=Ut5W=TT=northbank.example=security@fastmail.com';
const FM_ZONE = {
  ...ptr(FM.ip, FM.rdns),
  ...keyZone(['fm2._domainkey.messagingengine.com']),
  'fastmail.com': { TXT: ['v=spf1 ip4:103.168.172.128/27 -all'] },
};

/** The message at Fastmail's mx (from `client`), sealed with Fastmail's record `aar`. */
async function viaFastmail(raw: string, client: Relay, aar: string, cv: 'none' | 'pass' = 'none') {
  const atFm = onTop(
    raw,
    `Received: from ${client.helo} (${client.rdns} [${client.ip}])\r\n\tby mx6.messagingengine.com (Postfix) with ESMTPS id 4Zw106D1bcd\r\n\tfor <jordan.k@fastmail.com>; ${at(1)}`,
  );
  return sealCorpus(atFm, { domain: 'messagingengine.com', selector: 'fm2', cv, authResults: aar });
}

const genuineBank = () =>
  signCorpus(
    submitted({
      from: BANK_FROM,
      to: 'Jordan K <jordan.k@fastmail.com>',
      subject: 'Your November statement is ready',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: '<stmt-20261120-90001@northbank.example>',
      body: GENUINE_BODY,
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED },
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. addy.io: the forged notice to the reader's own alias; addy records dmarc=fail.
  {
    const eml = boxDelivery(
      await addyForward({
        alias: 'banking',
        to: 'banking@anonaddy.me',
        results: addyFail,
        subject: STATEMENT_SUBJECT,
        body: NOTICE_BODY,
      }),
      ADDY,
      'banking@anonaddy.me',
      [
        `spf=pass (${RECEIVER}: domain of banking@anonaddy.me designates ${ADDY.ip} as permitted sender) smtp.mailfrom=banking@anonaddy.me`,
        'dkim=pass header.d=anonaddy.me header.s=default header.b=Q29ycHVz',
        'dmarc=pass (policy=quarantine) header.from=anonaddy.me',
      ],
    );
    emitCase(write, {
      name: 'probe106-box-addy-reader-alias-forged-bank-addy-recorded-fail',
      about: `The forged Northbank notice (p=reject, unsigned) sent from ${ATTACKER_IP} to the reader's own addy.io alias banking@anonaddy.me; addy.io records spf=fail, dmarc=fail for northbank.example in X-AnonAddy-Authentication-Results (the reader turned its banner and subject tag off, as its settings allow), rewrites From to "Northbank Security 'security@northbank.example'" <banking+security=northbank.example@anonaddy.me>, signs d=anonaddy.me and forwards to the reader's box. Wanted: not trusted (the relay's own record says the bank's address was forged; masked-relay-sender must not make it the bank's authenticated mail)`,
      class: 'masked-relay',
      args: ARGS,
      eml,
      zone: { ...BANK, ...ADDY_ZONE },
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // 2. The same relay record, in Gmail.
  {
    const eml = gmailDelivery(
      await addyForward({
        alias: 'banking',
        to: 'banking@anonaddy.me',
        results: addyFail,
        subject: STATEMENT_SUBJECT,
        body: NOTICE_BODY,
      }),
      {
        relay: ADDY,
        envelope: 'banking@anonaddy.me',
        ids: ['x106csp11d0934pxa', 'a106si1d4402911qtb.49'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim('anonaddy.me', 'default'),
          gmailSpf('banking@anonaddy.me', ADDY.ip),
          gmailDmarc('anonaddy.me', 'QUARANTINE'),
        ].join('\r\n       '),
      },
    );
    emitCase(write, {
      name: 'probe106-gmail-addy-reader-alias-forged-bank-addy-recorded-fail',
      about: `As probe106-box-addy-reader-alias-forged-bank-addy-recorded-fail, read in Gmail (Gmail records dkim/spf/dmarc pass for anonaddy.me). addy.io's own X-AnonAddy-Authentication-Results says dmarc=fail for northbank.example. Wanted: not trusted`,
      class: 'masked-relay',
      args: GMAIL,
      eml,
      zone: { ...BANK, ...ADDY_ZONE },
      expect: NOT_TRUSTED,
    });
  }

  // 3. Genuine control: the bank's genuine notice through the reader's addy.io alias.
  {
    const eml = boxDelivery(
      await addyForward({
        alias: 'banking',
        to: 'banking@anonaddy.me',
        results: addyPass,
        subject: 'Your November statement is ready',
        body: GENUINE_BODY,
      }),
      ADDY,
      'banking@anonaddy.me',
      [
        `spf=pass (${RECEIVER}: domain of banking@anonaddy.me designates ${ADDY.ip} as permitted sender) smtp.mailfrom=banking@anonaddy.me`,
        'dkim=pass header.d=anonaddy.me header.s=default header.b=Q29ycHVz',
        'dmarc=pass (policy=quarantine) header.from=anonaddy.me',
      ],
    );
    emitCase(write, {
      name: 'probe106-box-addy-reader-alias-genuine-bank-addy-recorded-pass',
      about: `Genuine control: Northbank's signed statement notice to the reader's addy.io alias; addy.io records dkim=pass, spf=pass, dmarc=pass for northbank.example, rewrites From and signs d=anonaddy.me. Wanted: authenticated (masked-relay-sender), never a warning`,
      class: 'masked-relay',
      args: ARGS,
      eml,
      zone: { ...BANK, ...ADDY_ZONE },
      expect: { verdict: 'authenticated', findings: ['masked-relay-sender'] },
    });
  }

  // 4. The attacker's own addy.io alias (banner and tag off), relayed on by his own server.
  {
    const addy = await addyForward({
      alias: 'jk',
      to: 'jk@anonaddy.me',
      results: addyFail,
      subject: STATEMENT_SUBJECT,
      body: NOTICE_BODY,
    });
    // addy.io does not sign its X-AnonAddy-Authentication-Results (its DkimOptions headersToIgnore
    // lists it): the attacker's server drops it, and anonaddy.me's signature still verifies.
    const stripped = addy.replace(
      /X-AnonAddy-Authentication-Results: [\s\S]*?\r\n(?=X-AnonAddy-Original-Sender)/,
      '',
    );
    if (stripped === addy) throw new Error('addy record not stripped');
    const atAttacker = onTop(
      stripped,
      received({ ...ADDY, by: ATT_MX.helo, id: '4Zx106b77', for: 'jk@attacker.example', date: at(3) }),
    );
    const eml = gmailDelivery(atAttacker, {
      relay: ATT_MX,
      envelope: 'jk@anonaddy.me',
      ids: ['x106csp22d0934pxa', 'a106si2d4402911qtb.49'],
      spf: 'softfail',
      deliveredTo: true,
      results: [
        gmailDkim('anonaddy.me', 'default'),
        gmailSpf('jk@anonaddy.me', ATTACKER_IP, 'fail'),
        gmailDmarc('anonaddy.me', 'QUARANTINE'),
      ].join('\r\n       '),
    });
    emitCase(write, {
      name: 'probe106-gmail-addy-attacker-alias-relayed-forged-bank',
      about: `The forged Northbank notice sent to the attacker's own addy.io alias jk@anonaddy.me (warnings off); addy.io records dmarc=fail, rewrites From to <jk+security=northbank.example@anonaddy.me> and forwards to the attacker's verified recipient jk@attacker.example, whose server drops X-AnonAddy-Authentication-Results (which addy.io leaves out of its signature) and relays the rest unchanged (anonaddy.me's signature intact) to the reader's Gmail. To: still the attacker's alias. Wanted: not trusted`,
      class: 'masked-relay',
      args: GMAIL,
      eml,
      zone: { ...BANK, ...ADDY_ZONE, ...attZone },
      expect: NOT_TRUSTED,
      twin: true,
    });
  }

  // 5. SimpleLogin: the attacker's own alias, a supplier with no DMARC record (SimpleLogin
  // forwards it unchecked), relayed on unchanged by his own server into Gmail.
  {
    const sl = await signCorpus(
      submitted({
        from: `"Harbour Freight Accounts - accounts at ${SUPPLIER}" <accounts_at_harbourfreight_example_q7w2e9@simplelogin.co>`,
        to: 'jk.shopping@simplelogin.com',
        subject: 'Updated bank details for invoice 4471',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<inv-4471-upd@${SUPPLIER}>`,
        extraHeaders: [
          'X-SimpleLogin-Type: Forward',
          'X-SimpleLogin-EmailLog-ID: 884120931',
          `X-SimpleLogin-Envelope-From: accounts@${SUPPLIER}`,
          'X-SimpleLogin-Envelope-To: jk.shopping@simplelogin.com',
        ],
        body: 'Hello,\r\n\r\nplease note our new bank details for invoice 4471 attached.\r\n\r\nHarbour Freight Accounts\r\n',
      }),
      { domain: 'simplelogin.co', selector: 'dkim', headerList: SIGNED },
    );
    const atAttacker = onTop(
      sl,
      received({ ...SL, by: ATT_MX.helo, id: '4Zx106c88', for: 'jk@attacker.example', date: at(3) }),
    );
    const eml = gmailDelivery(atAttacker, {
      relay: ATT_MX,
      envelope: 'sl.AbCdEf0123456789.bounces@simplelogin.co',
      ids: ['x106csp33d0934pxa', 'a106si3d4402911qtb.49'],
      deliveredTo: true,
      results: [
        gmailDkim('simplelogin.co', 'dkim'),
        gmailSpf('sl.AbCdEf0123456789.bounces@simplelogin.co', ATTACKER_IP, 'fail'),
        gmailDmarc('simplelogin.co', 'QUARANTINE'),
      ].join('\r\n       '),
    });
    emitCase(write, {
      name: 'probe106-gmail-sl-attacker-alias-relayed-forged-supplier-no-dmarc',
      about: `A supplier's "new bank details" forged from ${ATTACKER_IP} (the supplier publishes SPF -all, no DMARC record, so SimpleLogin's DMARC check has nothing to apply) to the attacker's own SimpleLogin alias; SimpleLogin rewrites From to "Harbour Freight Accounts - accounts at ${SUPPLIER}" <accounts_at_harbourfreight_example_q7w2e9@simplelogin.co>, signs d=simplelogin.co, forwards to the attacker's mailbox, whose server relays it unchanged to the reader's Gmail. Sent directly the same forgery reads no better than unverified. Wanted: not authenticated (nothing vouches for the supplier: the relay only spells the address it was given)`,
      class: 'masked-relay',
      args: GMAIL,
      eml,
      zone: { ...SL_ZONE, ...SUPPLIER_ZONE, ...attZone },
      expect: { notVerdict: ['authenticated'] },
    });
  }

  // 5b. The same forgery to the reader's own SimpleLogin alias, and sent directly (reference).
  {
    const sl = await signCorpus(
      submitted({
        from: `"Harbour Freight Accounts - accounts at ${SUPPLIER}" <accounts_at_harbourfreight_example_k3j2h1@simplelogin.co>`,
        to: 'suppliers.k3j2h1@aleeas.com',
        subject: 'Updated bank details for invoice 4471',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<inv-4471-upd@${SUPPLIER}>`,
        extraHeaders: [
          'X-SimpleLogin-Type: Forward',
          'X-SimpleLogin-EmailLog-ID: 884120932',
          `X-SimpleLogin-Envelope-From: accounts@${SUPPLIER}`,
          'X-SimpleLogin-Envelope-To: suppliers.k3j2h1@aleeas.com',
        ],
        body: 'Hello,\r\n\r\nplease note our new bank details for invoice 4471 attached.\r\n\r\nHarbour Freight Accounts\r\n',
      }),
      { domain: 'simplelogin.co', selector: 'dkim', headerList: SIGNED },
    );
    const env = 'sl.AbCdEf0123456789.bounces@simplelogin.co';
    emitCase(write, {
      name: 'probe106-box-sl-reader-alias-forged-supplier-no-dmarc',
      about: `The supplier's "new bank details" forged from ${ATTACKER_IP} (SPF -all, no DMARC record) to the reader's own SimpleLogin alias; SimpleLogin, with no DMARC policy to apply, forwards it with From "Harbour Freight Accounts - accounts at ${SUPPLIER}" <accounts_at_harbourfreight_example_k3j2h1@simplelogin.co>, signed d=simplelogin.co, to the reader's box. Wanted: not authenticated (the relay checked nothing it could vouch for; the same forgery sent directly is no better than unverified)`,
      class: 'masked-relay',
      args: ARGS,
      eml: boxDelivery(sl, SL, env, [
        `spf=pass (${RECEIVER}: domain of ${env} designates ${SL.ip} as permitted sender) smtp.mailfrom=${env}`,
        'dkim=pass header.d=simplelogin.co header.s=dkim header.b=Q29ycHVz',
        'dmarc=pass (policy=quarantine) header.from=simplelogin.co',
      ]),
      zone: { ...SL_ZONE, ...SUPPLIER_ZONE },
      expect: { notVerdict: ['authenticated'] },
    });
    const direct = submitted({
      from: `Harbour Freight Accounts <accounts@${SUPPLIER}>`,
      subject: 'Updated bank details for invoice 4471',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<inv-4471-upd@${SUPPLIER}>`,
      body: 'Hello,\r\n\r\nplease note our new bank details for invoice 4471 attached.\r\n\r\nHarbour Freight Accounts\r\n',
    });
    emitCase(write, {
      name: 'probe106-box-direct-forged-supplier-no-dmarc-reference',
      about: `Reference for the SimpleLogin cases: the same forged "new bank details" sent directly from ${ATTACKER_IP} to the reader's box (SPF fail for ${SUPPLIER}, no DMARC record). Wanted: not authenticated`,
      class: 'masked-relay',
      args: ARGS,
      eml: boxDelivery(direct, ATT_MX, `accounts@${SUPPLIER}`, [
        `spf=fail (${RECEIVER}: domain of accounts@${SUPPLIER} does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom=accounts@${SUPPLIER}`,
        'dkim=none',
        `dmarc=none header.from=${SUPPLIER}`,
      ]),
      zone: { ...SUPPLIER_ZONE, ...attZone },
      expect: { notVerdict: ['authenticated'] },
    });
  }

  // 6. A trusted alumni forwarder, and a seal under another zone of the same university.
  {
    const forged = onTop(
      bankNotice('robin@alumni.univ.example'),
      `Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])\r\n\tby ${CLUB_RELAY.helo} (Postfix) with ESMTPS id 4Zx106d01\r\n\tfor <robin@alumni.univ.example>; ${at(1)}`,
    );
    const sealed = await sealCorpus(forged, {
      domain: CLUB,
      cv: 'none',
      authResults: `${CLUB_RELAY.helo}; dkim=none; spf=pass smtp.mailfrom=security@northbank.example; dmarc=pass header.from=northbank.example`,
    });
    const eml = boxDelivery(
      sealed,
      CLUB_RELAY,
      'SRS0=Hh2k=TT=northbank.example=security@chess.univ.example',
      [
        `spf=pass (${RECEIVER}: domain of SRS0=Hh2k=TT=northbank.example=security@chess.univ.example designates ${CLUB_RELAY.ip} as permitted sender) smtp.mailfrom=SRS0=Hh2k=TT=northbank.example=security@chess.univ.example`,
        'dkim=none',
        'dmarc=fail (p=reject) header.from=northbank.example',
        `arc=pass ("${CLUB}:s=arc:i=1")`,
      ],
    );
    for (const [tag, args] of [
      ['trusted', [...ARGS, '--trust-forwarder', ALUMNI]],
      ['plain', ARGS],
    ] as const) {
      emitCase(write, {
        name: `probe106-box-${tag}-alumni-forwarder-sibling-zone-seal-forged-bank`,
        about: `The reader trusts his university's alumni forwarder (${tag === 'trusted' ? `--trust-forwarder ${ALUMNI}` : 'here not'}). The attacker, who runs the chess club's list server under ${CLUB} (a zone the university delegates to the club), sends the forged Northbank notice through it, seals ARC i=1 as ${CLUB} recording spf/dmarc pass for northbank.example, and hands it to the reader's box from ${CLUB_RELAY.ip}. Wanted: not trusted (the reader trusted ${ALUMNI}, not every zone of univ.example)`,
        class: 'arc-forwarder',
        args: [...args],
        eml,
        zone: { ...BANK, ...UNIV_ZONE, ...attZone },
        expect: NOT_TRUSTED,
      });
    }
  }

  // 7. Genuine control: the alumni forwarder itself forwarding an SPF-only sender.
  {
    const d = 'dentalcare.example';
    const raw = onTop(
      submitted({
        from: `Lakeside Dental <reminders@${d}>`,
        to: 'robin@alumni.univ.example',
        subject: 'Appointment reminder: Tuesday 10:30',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<rem-88120@${d}>`,
      }),
      `Received: from mail.${d} (mail.${d} [192.0.2.70])\r\n\tby ${ALUMNI_RELAY.helo} (Postfix) with ESMTPS id 4Zx106e01\r\n\tfor <robin@alumni.univ.example>; ${at(1)}`,
    );
    const sealed = await sealCorpus(raw, {
      domain: ALUMNI,
      cv: 'none',
      authResults: `${ALUMNI_RELAY.helo}; dkim=none; spf=pass smtp.mailfrom=reminders@${d}; dmarc=pass header.from=${d}`,
    });
    const srs = `SRS0=Pq8z=TT=${d}=reminders@alumni.univ.example`;
    const eml = boxDelivery(sealed, ALUMNI_RELAY, srs, [
      `spf=pass (${RECEIVER}: domain of ${srs} designates ${ALUMNI_RELAY.ip} as permitted sender) smtp.mailfrom=${srs}`,
      'dkim=none',
      `dmarc=fail (p=quarantine) header.from=${d}`,
      `arc=pass ("${ALUMNI}:s=arc:i=1")`,
    ]);
    emitCase(write, {
      name: 'probe106-box-trusted-alumni-forwarder-genuine-spf-only',
      about: `Genuine control: a dental practice's unsigned reminder (SPF ip4, p=quarantine) to the reader's alumni address; ${ALUMNI} (trusted with --trust-forwarder) records spf/dmarc pass, seals ARC i=1, rewrites the envelope with SRS and hands it to the reader's box. Wanted: unverified (forwarded-trusted), never a warning`,
      class: 'arc-forwarder',
      args: [...ARGS, '--trust-forwarder', ALUMNI],
      eml,
      zone: {
        ...UNIV_ZONE,
        [d]: { TXT: ['v=spf1 ip4:192.0.2.70 -all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      },
      expect: { verdict: 'unverified', findings: ['arc-forwarded'] },
    });
  }

  // 8. The attacker's own Fastmail account forwarding his forgery: Fastmail records the fail.
  {
    const sealed = await viaFastmail(
      bankNotice('Jordan K <jordan.k@fastmail.com>'),
      ATT_MX,
      `mx6.messagingengine.com; arc=none (no signatures found); dkim=none (no signatures found); dmarc=fail policy.published-domain-policy=reject header.from=northbank.example; spf=fail smtp.mailfrom=security@northbank.example smtp.helo=${ATT_MX.helo}`,
    );
    const gmail = gmailDelivery(sealed, {
      relay: FM,
      envelope: FM_SRS,
      ids: ['x106csp44d0934pxa', 'a106si4d4402911qtb.49'],
      spf: 'pass',
      deliveredTo: true,
      results: [
        gmailArc('northbank.example', 'northbank.example', 'fail', 'fail'),
        gmailSpf(FM_SRS, FM.ip),
        gmailDmarc('northbank.example', 'REJECT', 'fail'),
      ].join('\r\n       '),
    });
    emitCase(write, {
      name: 'probe106-gmail-fastmail-attacker-account-forward-forged-bank',
      about: `The forged Northbank notice sent from ${ATTACKER_IP} to the attacker's own Fastmail account, which forwards everything to the reader's Gmail: Fastmail records spf=fail, dmarc=fail for northbank.example, seals ARC as messagingengine.com (on the built-in list) and sends with an SRS envelope. Gmail records arc=pass, spf=pass for fastmail.com, dmarc=fail. Wanted: spoofed (the trusted forwarder recorded the fail)`,
      class: 'arc-forwarder',
      args: GMAIL,
      eml: gmail,
      zone: { ...BANK, ...FM_ZONE, ...attZone },
      expect: SPOOFED,
      twin: true,
    });
    const box = boxDelivery(sealed, FM, FM_SRS, [
      `spf=pass (${RECEIVER}: domain of ${FM_SRS} designates ${FM.ip} as permitted sender) smtp.mailfrom=${FM_SRS}`,
      'dkim=none',
      'dmarc=fail (p=reject) header.from=northbank.example',
      'arc=pass ("messagingengine.com:s=fm2:i=1")',
    ]);
    emitCase(write, {
      name: 'probe106-box-fastmail-attacker-account-forward-forged-bank',
      about: `As probe106-gmail-fastmail-attacker-account-forward-forged-bank, into the reader's own box (rspamd-style results, arc=pass). Wanted: spoofed`,
      class: 'arc-forwarder',
      args: ARGS,
      eml: box,
      zone: { ...BANK, ...FM_ZONE, ...attZone },
      expect: SPOOFED,
    });
  }

  // 9. The attacker seals his forgery himself (recording a pass), then Fastmail forwards it.
  {
    const own = await sealCorpus(
      onTop(
        bankNotice('Jordan K <jordan.k@fastmail.com>'),
        `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${ATT_MX.helo} (Postfix) with ESMTP id 4Zx106f01; ${at(0)}`,
      ),
      {
        domain: 'attacker.example',
        cv: 'none',
        authResults: `${ATT_MX.helo}; dkim=none; spf=pass smtp.mailfrom=security@northbank.example; dmarc=pass header.from=northbank.example`,
      },
    );
    const sealed = await viaFastmail(
      own,
      ATT_MX,
      `mx6.messagingengine.com; arc=pass (as.1.attacker.example=pass, ams.1.attacker.example=pass); dkim=none (no signatures found); dmarc=fail policy.published-domain-policy=reject header.from=northbank.example; spf=fail smtp.mailfrom=security@northbank.example smtp.helo=${ATT_MX.helo}`,
      'pass',
    );
    const eml = gmailDelivery(sealed, {
      relay: FM,
      envelope: FM_SRS,
      ids: ['x106csp55d0934pxa', 'a106si5d4402911qtb.49'],
      spf: 'pass',
      deliveredTo: true,
      results: [
        gmailArc('northbank.example', 'northbank.example', 'fail', 'fail'),
        gmailSpf(FM_SRS, FM.ip),
        gmailDmarc('northbank.example', 'REJECT', 'fail'),
      ].join('\r\n       '),
    });
    emitCase(write, {
      name: 'probe106-gmail-fastmail-forward-over-attacker-own-seal',
      about: `The attacker seals his forged Northbank notice as attacker.example (i=1, recording spf/dmarc pass for the bank), sends it to his own Fastmail account, which records arc=pass for his set but dmarc=fail for northbank.example and seals i=2 as messagingengine.com before forwarding to the reader's Gmail. Wanted: not trusted (the oldest believed forwarder, Fastmail, recorded the fail; the attacker's own record is no one's word)`,
      class: 'arc-forwarder',
      args: GMAIL,
      eml,
      zone: { ...BANK, ...FM_ZONE, ...attZone, ...keyZone(['arc._domainkey.attacker.example']) },
      expect: NOT_TRUSTED,
    });
  }

  // 10. Genuine control: Fastmail forwarding the bank's genuine signed notice (intact) into Gmail.
  {
    const g = await genuineBank();
    const sealed = await viaFastmail(
      g,
      { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP },
      'mx6.messagingengine.com; arc=none (no signatures found); dkim=pass (2048-bit rsa key sha256) header.d=northbank.example header.i=@northbank.example header.b=Q29ycHVz header.a=rsa-sha256 header.s=nb1; dmarc=pass policy.published-domain-policy=reject header.from=northbank.example; spf=pass smtp.mailfrom=security@northbank.example smtp.helo=mail.northbank.example',
    );
    const eml = gmailDelivery(sealed, {
      relay: FM,
      envelope: FM_SRS,
      ids: ['x106csp66d0934pxa', 'a106si6d4402911qtb.49'],
      spf: 'pass',
      deliveredTo: true,
      results: [
        gmailDkim('northbank.example', 'nb1'),
        gmailArc('northbank.example', 'northbank.example'),
        gmailSpf(FM_SRS, FM.ip),
        gmailDmarc('northbank.example'),
      ].join('\r\n       '),
    });
    emitCase(write, {
      name: 'probe106-gmail-fastmail-forward-genuine-bank',
      about: `Genuine control: Northbank's signed statement notice to a Fastmail account that forwards to Gmail; Fastmail records dkim/spf/dmarc pass, seals ARC as messagingengine.com, SRS envelope; the bank's signature is intact. Wanted: authenticated`,
      class: 'arc-forwarder',
      args: GMAIL,
      eml,
      zone: { ...BANK, ...BANK_KEY, ...FM_ZONE },
      expect: { verdict: 'authenticated' },
      twin: true,
    });
  }
}

// Issue 16 item 10: signatures and seals that break the RFC 6376 §3.2 tag-list grammar or a key's
// t=s rule, which mailauth's lenient mode still passes. Written by an attacker who has read lib/:
// lib/findings/arc.ts used to read a seal's d= with a first-match regex while mailauth verifies
// the last d= (and folds `D=` into `d=`), so a seal made with the attacker's own key could name a
// trusted forwarder; and a key's t=s, or a signed header field appearing twice, went unchecked.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { arcSetRaw, dkimRaw } from '../../helpers/raw-sign';
import { ATTACKER_IP, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const T = 1795168800; // 2026-11-20T10:00:00Z, the corpus signing time

const bank = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
};
const attackerKeys = () => ({
  'arc._domainkey.attacker.example': { TXT: [corpusKeys().rsaTxt] },
  's1._domainkey.attacker.example': { TXT: [corpusKeys().rsaTxt] },
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
});

/** What a forwarder would have recorded had it seen the bank's own mail. */
const FORGED_AAR =
  'i=1; mx.google.com; dkim=pass header.d=northbank.example header.s=sel1; spf=pass smtp.mailfrom=northbank.example; dmarc=pass (p=REJECT) header.from=northbank.example';

/** An ARC set sealed with the attacker's key whose seal tag list is `sealTags` (+ b=). */
function sealed(raw: string, sealTags: string): string {
  return arcSetRaw(raw, {
    aar: FORGED_AAR,
    ams: (bh) =>
      `i=1; a=rsa-sha256; c=relaxed/relaxed; d=attacker.example; s=arc; t=${T}; h=from:to:subject:date:message-id; bh=${bh}; b=`,
    amsNames: ['from', 'to', 'subject', 'date', 'message-id'],
    seal: `${sealTags}; b=`,
    pem: corpusKeys().rsaPem,
  });
}

/** The reader's provider, lenient like mailauth: it reports the seal's chain as intact. */
const providerSaysArcPass = `Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=northbank.example; dkim=none; dmarc=fail (p=REJECT) header.from=northbank.example; arc=pass (i=1)`;

function delivered(raw: string, ar = providerSaysArcPass): string {
  return onTop(
    raw,
    'Return-Path: <security@northbank.example>',
    ar,
    received({ helo: 'mail.attacker.example', ip: ATTACKER_IP, by: RECEIVER }),
  );
}

const phish = () =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    subject: 'Unusual sign-in: confirm your card',
    body: 'Confirm your card within 24 hours: https://northbank.example.attacker.example/confirm\r\n',
  });

export async function make(write: CaseWriter): Promise<void> {
  // 1–2. A duplicated d=: the first names google.com (a trusted ARC sealer), the last, which
  // mailauth verifies, names the attacker, whose key signs the seal.
  const dupD = delivered(
    sealed(phish(), `i=1; a=rsa-sha256; t=${T}; cv=none; d=google.com; s=arc; d=attacker.example`),
  );
  write('strict-arc-dup-d-trusted-offline', {
    eml: dupD,
    meta: {
      about:
        "An ARC-Seal with two d= tags, google.com first, attacker.example last: a lenient provider verifies it with the attacker's key and says arc=pass, and a first-match reader of the headers takes google.com for the sealer, a trusted forwarder that excuses the DMARC failure",
      class: 'strict-arc-tag-list',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', absentFindings: ['arc-forwarded'] },
    },
  });
  write('strict-arc-dup-d-trusted-online', {
    eml: dupD,
    zone: { ...bank, ...attackerKeys() },
    meta: {
      about:
        "The same duplicated-d= seal with DNS: our own check must fail the chain (RFC 6376 §3.2: a duplicate tag invalidates the tag-list), and the provider's arc=pass must not bring the first d= back",
      class: 'strict-arc-tag-list',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', absentFindings: ['arc-forwarded'], fields: { 'arc.result': 'fail' } },
    },
  });

  // 3. `d=google.com` and `D=attacker.example`: case-sensitive readers see d=google.com only,
  // mailauth folds D= into d= and lets the last win.
  write('strict-arc-upper-d-trusted', {
    eml: delivered(
      sealed(phish(), `i=1; a=rsa-sha256; t=${T}; cv=none; d=google.com; s=arc; D=attacker.example`),
    ),
    zone: { ...bank, ...attackerKeys() },
    meta: {
      about:
        "An ARC-Seal with d=google.com and D=attacker.example: tags are case-sensitive (RFC 6376 §3.2), so a strict reader's sealer is google.com while mailauth verifies D= with the attacker's key",
      class: 'strict-arc-tag-list',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', absentFindings: ['arc-forwarded'], fields: { 'arc.result': 'fail' } },
    },
  });

  // 4. An empty `;;` segment, and 5. a `_=` tag: invalid tag-lists that lenient parsers skip.
  write('strict-arc-empty-segment', {
    eml: delivered(sealed(phish(), `i=1; a=rsa-sha256; t=${T};; cv=none; d=attacker.example; s=arc`)),
    zone: { ...bank, ...attackerKeys() },
    meta: {
      about:
        'An ARC-Seal with an empty ";;" tag-spec, which RFC 6376 §3.2 does not allow; lenient verifiers skip it',
      class: 'strict-arc-tag-list',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', absentFindings: ['arc-forwarded'], fields: { 'arc.result': 'fail' } },
    },
  });
  write('strict-arc-underscore-tag', {
    eml: delivered(sealed(phish(), `i=1; a=rsa-sha256; t=${T}; cv=none; d=attacker.example; s=arc; _=`)),
    zone: { ...bank, ...attackerKeys() },
    meta: {
      about: 'An ARC-Seal with a "_=" tag: "_" is no tag-name (ALPHA *ALNUMPUNC, RFC 6376 §3.2)',
      class: 'strict-arc-tag-list',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', absentFindings: ['arc-forwarded'], fields: { 'arc.result': 'fail' } },
    },
  });

  // 6. A key published with t=s (only for d= itself); the signature claims a subdomain i=, and
  // From uses that subdomain, so relaxed DMARC alignment would take the pass.
  const tsKeyZone = {
    ...bank,
    'esp1._domainkey.northbank.example': { TXT: [`${corpusKeys().rsaTxt}; t=s`] },
  };
  const subdomainMail = submitted({
    from: 'Northbank Alerts <alerts@secure.northbank.example>',
    subject: 'Card blocked',
    body: 'Unblock it here: https://secure-northbank.attacker.example/\r\n',
  });
  write('strict-dkim-ts-subdomain', {
    eml: onTop(
      dkimRaw(
        subdomainMail,
        (bh) =>
          `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; i=alerts@secure.northbank.example; s=esp1; t=${T}; h=from:to:subject:date:message-id; bh=${bh}; b=`,
        ['from', 'to', 'subject', 'date', 'message-id'],
        corpusKeys().rsaPem,
      ),
      'Return-Path: <bounce@attacker.example>',
      received({ helo: 'mail.attacker.example', ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: { ...tsKeyZone, ...attackerKeys() },
    meta: {
      about:
        'A signature made through the bank\'s ESP key esp1, which the bank published with t=s ("no subdomain identities"), claiming i= in secure.northbank.example so that the subdomain From aligns',
      class: 'strict-dkim-key-flags',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'dkim.0.result': 'permerror', 'dmarc.result': 'fail' } },
    },
  });

  // 7–8. A genuine signed message from the bank, replayed from the attacker's server with an
  // unsigned Subject, or From, added on top: the signature still verifies over the bottom one.
  const genuine = await signCorpus(
    submitted({
      from: 'Northbank <news@northbank.example>',
      subject: 'Our new branch opening hours',
      body: 'Our branches now open at 9:00.\r\n',
    }),
    {
      domain: 'northbank.example',
      selector: 'sel1',
      headerList: ['from', 'to', 'subject', 'date', 'message-id'],
    },
  );
  const bankKey = { ...bank, 'sel1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] } };
  write('strict-dkim-added-subject', {
    eml: onTop(
      genuine,
      'Return-Path: <bounce@attacker.example>',
      received({ helo: 'mail.attacker.example', ip: ATTACKER_IP, by: RECEIVER }),
      'Subject: Action required: your account is suspended',
    ),
    zone: { ...bankKey, ...attackerKeys() },
    meta: {
      about:
        "The bank's own signed newsletter replayed with a second, unsigned Subject on top (RFC 6376 §8.15): DKIM verifies over the bottom Subject while the reader sees the top one",
      class: 'strict-dkim-added-field',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'dkim.0.result': 'permerror', 'dmarc.result': 'fail' } },
    },
  });
  write('strict-dkim-added-from', {
    eml: onTop(
      `From: Northbank Fraud Desk <fraud@northbank.example>\r\n${genuine}`,
      'Return-Path: <bounce@attacker.example>',
      received({ helo: 'mail.attacker.example', ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: { ...bankKey, ...attackerKeys() },
    meta: {
      about: "The bank's signed newsletter replayed with an unsigned From added above the signed one",
      class: 'strict-dkim-added-field',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', findings: ['multiple-from'], fields: { 'dkim.0.result': 'permerror' } },
    },
  });

  // 9. A DKIM-Signature with d=northbank.example first and d=attacker.example last, signed with
  // the attacker's key: a first-match reader shows the bank as the signer.
  write('strict-dkim-dup-d', {
    eml: onTop(
      dkimRaw(
        phish(),
        (bh) =>
          `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=s1; d=attacker.example; t=${T}; h=from:to:subject:date:message-id; bh=${bh}; b=`,
        ['from', 'to', 'subject', 'date', 'message-id'],
        corpusKeys().rsaPem,
      ),
      'Return-Path: <bounce@attacker.example>',
      received({ helo: 'mail.attacker.example', ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: { ...bank, ...attackerKeys() },
    meta: {
      about:
        "A DKIM-Signature naming d=northbank.example first and d=attacker.example last, signed with the attacker's key (mailauth verifies the last d=)",
      class: 'strict-dkim-tag-list',
      args: ['--authserv-id', RECEIVER],
      expect: { verdict: 'spoofed', fields: { 'dkim.0.result': 'permerror', 'dmarc.result': 'fail' } },
    },
  });
}

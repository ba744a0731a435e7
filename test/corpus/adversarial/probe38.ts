// Red-team probes, thirty-eighth round (December 2026): DMARC policy discovery and alignment.
// mailauth (lib/auth/mailauth.ts, called by lib/auth/dmarc.ts checkDmarc) finds the From's
// Organizational Domain by the DNS Tree Walk of RFC 9989 §4.10: without a psd= tag anywhere above
// the From, the organisation is the name "with the fewest labels" that publishes a record. A suffix
// whose operator publishes a DMARC record for its own mail (eu.org's free registry, gov.uk's
// record, a ccTLD registry's apex) makes the whole suffix one organisation, and relaxed alignment
// (alignsRelaxed in mailauth's verify.js) accepts any sibling registrant's passing DKIM d= or SPF
// domain as aligned with the bank. lib/auth/dmarc.ts applyDmarcAlignment then keeps every domain
// "DMARC itself found aligned", even where the PSL (tldts, private section included) names two
// organisations.
// Probed: a bank under a private PSL suffix (northbank.eu.org) whose suffix operator publishes a
// record with no psd=; a council under gov.uk (a suffix record without psd=) and
// another gov.uk holder's signature; a bank under co.uk with a record at _dmarc.uk; an SPF-only
// variant (no signature at all); a From that is the public suffix itself.
// Controls: the same suffix records with psd=y (RFC 9091 / RFC 9989), and no record above the bank.
// Names are documentation ones except the public suffixes (eu.org, gov.uk, co.uk, uk), which the
// PSL must recognise; the suffix records are modelled, not copied.

import { signCorpus } from '../../helpers/corpus';
import { ARGS, ATTACKER_IP, KEY, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirty-eighth round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:3x on 2026-12-04: lib/auth/dmarc.ts checkDmarc: where mailauth's tree walk took a
  // public suffix's own record (no psd= on the way) as the organisation, the PSL's registrable
  // domain is the organisation (RFC 7489 §3.2) and only its names align. All five now read spoofed.
]);

const SPOOFED = { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } };

/** The sender's own SPF and DKIM key at `domain` (selector s1), with no DMARC record of its own. */
const sender = (domain: string, ip = ATTACKER_IP) => ({
  [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
  [`s1._domainkey.${domain}`]: KEY(),
});
/** The victim's DNS: its own servers in SPF, p=reject. */
const victim = (domain: string, record = 'v=DMARC1; p=reject') => ({
  [domain]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${domain}`]: { TXT: [record] },
});

type Case = {
  name: string;
  about: string;
  cls: string;
  from: string;
  /** The attacker's domain: envelope, entry line and (unless unsigned) DKIM d=. */
  own: string;
  signed?: boolean;
  zone: Record<string, unknown>;
  expect: object;
};

async function emit(write: CaseWriter, c: Case): Promise<void> {
  const raw = submitted({
    from: c.from,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Action required: confirm your details',
    body: 'Your account is on hold. Confirm your details at https://verify-account.example/confirm\r\n',
  });
  const signed = c.signed === false ? raw : await signCorpus(raw, { domain: c.own, selector: 's1' });
  write(c.name, {
    eml: onTop(
      signed,
      `Return-Path: <bounce@${c.own}>`,
      received({ helo: `mail.${c.own}`, rdns: `mail.${c.own}`, ip: ATTACKER_IP, by: RECEIVER }),
    ),
    zone: c.zone,
    meta: { about: c.about, class: `probe38-${c.cls}`, args: ARGS, expect: c.expect },
  });
}

const EU_ORG_OWN = 'v=DMARC1; p=none; rua=mailto:dmarc-reports@eu.org';
const GOV_UK = 'v=DMARC1;p=reject;sp=reject;rua=mailto:dmarc-rua@dmarc.service.gov.uk';
const UK_REGISTRY = 'v=DMARC1; p=reject; rua=mailto:dmarc@registry.example';

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- a private PSL suffix whose operator publishes an ordinary record -----------------------
  await emit(write, {
    name: 'probe38-walk-private-suffix-record-sibling-dkim',
    about: `Bank at northbank.eu.org (eu.org: PSL private section, free registration), p=reject. eu.org publishes its own record "${EU_ORG_OWN}" (no psd=). The attacker registers attacker.eu.org for free and sends, signed d=attacker.eu.org, SPF pass for bounce@attacker.eu.org. The Tree Walk from northbank.eu.org finds two records and no psd=, so the Organizational Domain is eu.org ("fewest labels"); attacker.eu.org walks to eu.org too: relaxed alignment. Wanted: spoofed (two registrants of a public suffix are two organisations, RFC 9989 §3.2.7)`,
    cls: 'psd-walk',
    from: 'Northbank Security <security@northbank.eu.org>',
    own: 'attacker.eu.org',
    zone: {
      ...victim('northbank.eu.org'),
      ...sender('attacker.eu.org'),
      '_dmarc.eu.org': { TXT: [EU_ORG_OWN] },
    },
    expect: SPOOFED,
  });
  await emit(write, {
    name: 'probe38-walk-private-suffix-record-sibling-spf-only',
    about: `As above, unsigned: only SPF passes, for bounce@attacker.eu.org. Wanted: spoofed`,
    cls: 'psd-walk',
    from: 'Northbank Security <security@northbank.eu.org>',
    own: 'attacker.eu.org',
    signed: false,
    zone: {
      ...victim('northbank.eu.org'),
      ...sender('attacker.eu.org'),
      '_dmarc.eu.org': { TXT: [EU_ORG_OWN] },
    },
    expect: SPOOFED,
  });
  await emit(write, {
    name: 'probe38-walk-private-suffix-psd-y-control',
    about: `Control: eu.org's record carries psd=y (RFC 9091, RFC 9989 §4.7): the Organizational Domain is northbank.eu.org, attacker.eu.org's signature does not align. Wanted: spoofed`,
    cls: 'psd-walk',
    from: 'Northbank Security <security@northbank.eu.org>',
    own: 'attacker.eu.org',
    zone: {
      ...victim('northbank.eu.org'),
      ...sender('attacker.eu.org'),
      '_dmarc.eu.org': { TXT: [`${EU_ORG_OWN}; psd=y`] },
    },
    expect: SPOOFED,
  });
  await emit(write, {
    name: 'probe38-walk-no-record-above-control',
    about: `Control: nothing published at _dmarc.eu.org: the walk ends at northbank.eu.org. Wanted: spoofed`,
    cls: 'psd-walk',
    from: 'Northbank Security <security@northbank.eu.org>',
    own: 'attacker.eu.org',
    zone: { ...victim('northbank.eu.org'), ...sender('attacker.eu.org') },
    expect: SPOOFED,
  });
  // --- gov.uk: the suffix's own record, no psd= ---------------------------------------------------
  await emit(write, {
    name: 'probe38-walk-gov-uk-record-other-body-dkim',
    about: `A council lure from revenues@northshire.gov.uk (its own record: p=reject). _dmarc.gov.uk publishes "${GOV_UK}" (no psd=). The attacker holds another gov.uk name (a small parish council's, taken over: oldparish.gov.uk) and signs with it. The walk makes gov.uk the organisation of both. Wanted: spoofed`,
    cls: 'psd-walk',
    from: 'Northshire Council Tax <revenues@northshire.gov.uk>',
    own: 'oldparish.gov.uk',
    zone: {
      ...victim('northshire.gov.uk'),
      ...sender('oldparish.gov.uk'),
      '_dmarc.gov.uk': { TXT: [GOV_UK] },
    },
    expect: SPOOFED,
  });
  await emit(write, {
    name: 'probe38-walk-gov-uk-from-is-suffix',
    about: `From noreply@gov.uk, the public suffix itself (its record: "${GOV_UK}"), signed by oldparish.gov.uk: the From's own record applies and its organisation is gov.uk, which every gov.uk name walks up to. Wanted: spoofed`,
    cls: 'psd-walk',
    from: 'GOV.UK <noreply@gov.uk>',
    own: 'oldparish.gov.uk',
    zone: { ...sender('oldparish.gov.uk'), '_dmarc.gov.uk': { TXT: [GOV_UK] } },
    expect: SPOOFED,
  });
  await emit(write, {
    name: 'probe38-walk-gov-uk-psd-y-control',
    about: `Control: gov.uk's record with psd=y: northshire.gov.uk is its own organisation. Wanted: spoofed`,
    cls: 'psd-walk',
    from: 'Northshire Council Tax <revenues@northshire.gov.uk>',
    own: 'oldparish.gov.uk',
    zone: {
      ...victim('northshire.gov.uk'),
      ...sender('oldparish.gov.uk'),
      '_dmarc.gov.uk': { TXT: [`${GOV_UK};psd=y`] },
    },
    expect: SPOOFED,
  });
  // --- co.uk: a record two labels up -------------------------------------------------------------
  await emit(write, {
    name: 'probe38-walk-uk-apex-record-co-uk-bank',
    about: `Bank at northbank.co.uk (p=reject); nothing at _dmarc.co.uk, but the ccTLD apex publishes "${UK_REGISTRY}" at _dmarc.uk (no psd=). The attacker registers attacker.co.uk and signs: both walk to "uk". Wanted: spoofed`,
    cls: 'psd-walk',
    from: 'Northbank Security <security@northbank.co.uk>',
    own: 'attacker.co.uk',
    zone: { ...victim('northbank.co.uk'), ...sender('attacker.co.uk'), '_dmarc.uk': { TXT: [UK_REGISTRY] } },
    expect: SPOOFED,
  });
  // --- sp=/np= and a made-up subdomain -----------------------------------------------------------
  await emit(write, {
    name: 'probe38-np-reject-made-up-subdomain-attacker-signed-control',
    about: `Control: From secure.northbank.example (does not exist), bank "p=reject; sp=none; np=reject"; signed by attacker.example with SPF pass. np=reject applies. Wanted: spoofed`,
    cls: 'np',
    from: 'Northbank Security <alerts@secure.northbank.example>',
    own: 'attacker.example',
    zone: {
      ...victim('northbank.example', 'v=DMARC1; p=reject; sp=none; np=reject'),
      ...sender('attacker.example'),
      '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    expect: SPOOFED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

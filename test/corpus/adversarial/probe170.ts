// Red-team round 170: lib/auth/dmarc.ts checkDmarc's two corrections of mailauth 7.1.0's DNS Tree
// Walk (RFC 9989 §4.10) made in the last round. "Wider": a walk that lands on a public suffix, or on
// a registrable name above the PSL's private suffix of the From, is replaced by the From's PSL
// registrable domain. "Narrower": where the walk makes a subdomain with a record of its own its own
// organisation and mailauth FAILS, while the PSL's registrable domain (organisationOf) publishes
// none, any passing SPF domain or DKIM d= under that registrable domain aligns (relaxed), unless the
// applied record says psd=n or a record on the From's walk says psd=y (operatorSuffixes).
// Probed, as the attacker:
// - the narrowing hands every sibling of the From to whoever holds one: a dangling CNAME
//   (`old.<firm>` → a lapsed vendor's name the attacker re-registers: its SPF answers for
//   old.<firm>; a CNAME covers no name below it, so no `_domainkey` that way) and a dangling NS
//   delegation (the attacker re-creates the zone: SPF and `s1._domainkey.old.<firm>` both his);
//   a made-up From under the subdomain (np=reject) signed by the taken-over sibling;
// - a registry zone the PSL does not list at all (com.ne, sold by a local registrar: publicsuffix/
//   list issue #343), so the PSL's "registrable domain" is the zone and the narrowing aligns every
//   co-registrant with a p=reject bank, where mailauth alone fails them; and a former CentralNic zone
//   (ar.com: removed from the PSL by publicsuffix/list PR #2136, kept in REGISTRY_SUFFIXES) whose
//   operator publishes a record for its own mail: the "wider" correction compares with the PSL's
//   private section only (ownOrg) and never sees the registry zone organisationOf knows;
// - psd= the checks do not compare: psd=n on an intermediate record that is not the applied one
//   (the regex reads only res.rr), psd=y at the From's own name (`from.endsWith('.'+n)` excludes
//   n === from), psd=y / psd=n on the SIGNER's side (a platform or partner name under the firm that
//   the From's walk never queries), and a platform's psd=y record beside a second lowercase
//   "v=dmarc1" TXT string: mailauth's version match is case-sensitive (one record, psd=y, its walk
//   stops) but ignoredRecords counts two (its regex has /i) and so never notes the suffix.
// Read right today, kept as regression cases: psd=n written "Psd = N" on the applied record, a
// platform's single psd=y record and the same record reached by CNAME (its vendor's name), and the
// genuine layouts (the firm's newsletter signed d=<firm>, SES with a sibling MAIL FROM, the bank's
// own mail under com.ne, the platform customer's own mail, the department under psd=n).
// Layouts: the reader's own Postfix box entry of probe38/probe169 (messages.ts received(),
// `--authserv-id`, HeaderLens decides alone). DNS shapes: the dangling CNAME of dmarcs.com's "How
// Attackers Turn Forgotten Subdomains Into Phishing Infrastructure" (`promo.yourbrand.com CNAME
// yourbrand.marketingvendor.io`, the vendor's name lapses and is registered by the attacker) and
// Guardio Labs' SubdoMailing as Red Sift's guide retells it (a CNAME into an expired domain; SPF
// answered by the new owner), dmarc.cc's "Subdomain Takeovers and Your DMARC Policy" (takeover
// bypasses p=reject on the parent); the missing registry zones from publicsuffix/list issue #343
// (a registrar: "com.ne http://www.nigerhosting.net/" among "missing public extensions … domain
// names we actually registered") and PR #2136 ("Remove discontinued CentralNic entries": ar.com,
// hu.com, kr.com …), checked against tldts 7.5.4 and the PSL at e8c9a2b (fetch). The realworld164
// newsletter/SES layouts as that file learnt them. Names and addresses are documentation ones
// except the registry zones (com.ne, ar.com), which the PSL must (not) know; their records are
// modelled, not copied.
import type { CaseExpectation } from '../../helpers/corpus';
import { ATTACKER_IP, emitCase, KEY, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today (11 cases; 9 more read right), kept out of the corpus until lib/ is fixed.
 *
 * (1) r170-narrow-dangling-cname-sibling-spf, -dangling-ns-sibling-dkim,
 * -made-up-from-np-reject-sibling-dkim, -registry-zone-not-on-psl-co-registrant: today
 * **authenticated**, dmarc.result "pass" with the narrowing's info ("… publishes its own DMARC
 * record while <org> publishes none …"). Wanted: spoofed. At fault: lib/auth/dmarc.ts checkDmarc,
 * the narrowing's `underOrg`: any name whose PSL registrable domain is pslOrg aligns, siblings
 * included; mailauth had failed each of them. For com.ne the PSL's "registrable domain" is the
 * registry zone itself, so every co-registrant aligns with a bank's own p=reject record: the
 * narrowing undoes the one thing RFC 9989's walk fixed. Smallest fix: in the narrowing, align
 * only identifiers that are pslOrg itself or an ancestor-or-self of the From (d=<firm>,
 * d=news.<firm>: whoever holds them holds the From's DNS anyway); a sibling (bounce.<firm>,
 * old.<firm>, mallory.com.ne) keeps mailauth's answer unless (a) pslOrg publishes SPF or MX of its
 * own (a mail domain, not a registry zone), (b) the sibling's TXT is answered inside pslOrg (no
 * CNAME out: the engine already follows such chains in lib/engine/origin-walk.ts staysInside), and
 * (c) a walk from the sibling meets no record of its own and no psd=. Genuine mail it could hurt:
 * realworld164's SES layout (alerts.<firm>, SPF only through bounce.<firm>) needs (a)-(c), which its
 * DNS meets; a firm whose sibling bounce host is an ESP's CNAME (SendGrid's em<nnnn>) and that signs
 * nothing of its own would lose its pass. The dangling-NS case still passes (a)-(c): a re-created
 * delegated zone is the firm's DNS as far as any resolver can tell; under RFC 7489 Gmail passes it
 * too, so only the ancestor-only rule catches it (and costs the SES layout).
 *
 * (2) r170-wider-former-centralnic-zone-operator-record: today **authenticated**, dmarc pass, dkim
 * aligned. Wanted: spoofed. At fault: checkDmarc's "wider" test uses ownOrg =
 * registrableDomain(from, private) = "ar.com" (tldts no longer lists it), so `onSuffix` and `past`
 * are both false when the walk lands on ar.com. Fix: take `pslOrg` (organisationOf, which knows the
 * REGISTRY_SUFFIXES zones) in place of ownOrg in `past`/`org`, and treat a REGISTRY_SUFFIXES zone as
 * a suffix in `onSuffix`; `aligns` must then compare with organisationOf too. Hurts: the operator's
 * own mail From ar.com (none expected: a From that is the zone stays "exact").
 * r170-narrow-former-centralnic-zone-subdomain-genuine (GENUINE mail): today **spoofed**
 * (dmarc-fail). Wanted: authenticated. Same root: the narrowing's `underOrg` compares
 * registrableDomain(d, private) ("ar.com") with pslOrg ("northbank.ar.com"): never equal, so under a
 * REGISTRY_SUFFIXES zone tldts lacks, d=<registrant> never aligns. Fix: compare organisationOf(d).
 *
 * (3) r170-psd-n-on-intermediate-record-sibling: today authenticated (narrowing). Wanted: spoofed.
 * The From alerts.news.<firm> has its own record; news.<firm> says psd=n and mailauth's walk stops
 * there (organisation news.<firm>); the regex reads only `res.rr`, the From's own record. Fix: note
 * psd=n as ignoredRecords notes psd=y (a second list) and skip the narrowing when any name on the
 * From's walk says psd=n.
 * r170-psd-y-at-from-itself-sibling: today authenticated. Wanted: spoofed. operatorSuffixes holds
 * news.<firm> but `from.endsWith('.'+n)` is false for n === from. Fix: `from === n ||`.
 * r170-psd-y-platform-under-firm-customer-signs, r170-psd-n-partner-delegation-signs-firm-from: today
 * authenticated. Wanted: spoofed. The signer's own walk is never made (mailauth's alignsRelaxed
 * returns false before walking for a name outside the walk's organisation), so its psd= is never
 * read. Fix: part (c) of (1).
 * r170-psd-y-second-lowercase-record-missed: today authenticated. Wanted: spoofed. ignoredRecords'
 * `/^\s*v\s*=\s*DMARC1\s*(;|$)/i` counts "v=dmarc1" too; mailauth's DMARC_VERSION_RE does not, so
 * mailauth applies the psd=y record while HeaderLens thinks the name has two. Fix: count with
 * mailauth's own rule (`/^[vV][ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/` after trim).
 * Hurts: none of the genuine layouts here (they read authenticated before and after).
 */
// Fixed at 15:0x (lib/auth/dmarc.ts checkDmarc): where the walk narrows, only an identifier of the
// registrable domain itself or of another ancestor of the From aligns (never a sibling, nor a
// co-registrant under a zone the PSL does not list); psd=n and psd=y anywhere on the walk, the From's
// own included, keep the walk's answer; records are told as mailauth tells them (DMARC1 in
// capitals); a former CentralNic zone counts as a suffix in the wider correction. The ten forgeries
// read spoofed and the ar.com newsletter authenticated. Pending: the SES layout whose only aligned
// identifier is a sibling MAIL FROM (bounce.<firm>) reads spoofed, as RFC 9989 reads it; telling it
// from a sibling taken over needs DNS the check does not ask (realworld164's three).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r170-narrow-ses-sibling-mail-from-genuine-control',
]);

const SPOOFED: CaseExpectation = { verdict: 'spoofed', fields: { 'dmarc.result': 'fail' } };
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
const ARGS = ['--authserv-id', RECEIVER];

// --- names -------------------------------------------------------------------------------------
const FIRM = 'copperleaf.example';
const FIRM_IP = '192.0.2.170';
const FIRM_RELAY: Relay = { helo: `out.${FIRM}`, rdns: `out.${FIRM}`, ip: FIRM_IP };
/** The forgotten name, its lapsed vendor's target (re-registered by the attacker). */
const OLD = `old.${FIRM}`;
const LAPSED = 'copperleaf-promo.lapsedvendor.example';
const SES: Relay = {
  helo: 'a48-93.smtp-out.amazonses.com',
  rdns: 'a48-93.smtp-out.amazonses.com',
  ip: '54.240.48.93',
};
const NEWS_RECORD = 'v=DMARC1; p=reject; rua=mailto:dmarc@news.copperleaf.example';

const sender = (domain: string, ip = ATTACKER_IP) => ({
  [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
  [`s1._domainkey.${domain}`]: KEY(),
});
const dmarcAt = (domain: string, ...records: string[]) => ({ [`_dmarc.${domain}`]: { TXT: records } });

/** The firm: SPF and key s1 at its apex, no DMARC record there; news.<firm> publishes p=reject. */
const firmZone = (extra: Record<string, unknown> = {}) => ({
  ...sender(FIRM, FIRM_IP),
  ...dmarcAt(`news.${FIRM}`, NEWS_RECORD),
  [`news.${FIRM}`]: { A: ['192.0.2.171'] },
  ...extra,
});

type Case = {
  name: string;
  about: string;
  cls: string;
  from: string;
  /** The envelope's domain (bounce@<own>) and, unless `relay`, the attacker's server's name. */
  own: string;
  relay?: Relay;
  signers: Array<[string, string]>;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
};

async function emit(write: CaseWriter, c: Case): Promise<void> {
  const relay = c.relay ?? { helo: `mail.${c.own}`, rdns: `mail.${c.own}`, ip: ATTACKER_IP };
  const raw = submitted({
    from: c.from,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Your account: action required',
    date: 'Fri, 20 Nov 2026 10:00:01 +0000',
    messageId: `<${c.name.slice(5)}.170@${c.own}>`,
    body: 'Please review your account details at https://verify-account.example/review\r\n',
  });
  const signed = c.signers.length ? await signAll(raw, c.signers) : raw;
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `probe170-${c.cls}`,
    args: ARGS,
    eml: onTop(
      signed,
      `Return-Path: <bounce@${c.own}>`,
      received({
        ...relay,
        by: RECEIVER,
        id: `4R170${c.name.length}Zq7k`,
        date: 'Fri, 20 Nov 2026 10:00:05 +0000',
      }),
    ),
    zone: { ...ptr(relay.ip, relay.rdns), ...c.zone },
    expect: c.expect,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await narrowing(write);
  await registryZones(write);
  await psdTags(write);
}

/** The narrowing aligns every sibling of the From: a taken-over one is the attacker's. */
async function narrowing(write: CaseWriter): Promise<void> {
  const from = `Copperleaf <news@news.${FIRM}>`;
  await emit(write, {
    name: 'r170-narrow-dangling-cname-sibling-spf',
    about: `${FIRM} publishes no DMARC record at its apex; its newsletter name news.${FIRM} publishes "${NEWS_RECORD}". A forgotten campaign name ${OLD} is still a CNAME to ${LAPSED}, whose domain lapsed; the attacker registered it and publishes "v=spf1 ip4:${ATTACKER_IP} -all" there, which answers TXT queries for ${OLD}. Unsigned mail From news@news.${FIRM}, envelope bounce@${OLD}: SPF passes for ${OLD}. mailauth's walk makes news.${FIRM} its own organisation and fails; checkDmarc's narrowing aligns ${OLD} with the PSL organisation ${FIRM}. Wanted: spoofed`,
    cls: 'narrow-sibling',
    from,
    own: OLD,
    signers: [],
    zone: firmZone({
      [OLD]: { CNAME: [LAPSED] },
      [LAPSED]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`], A: [ATTACKER_IP] },
    }),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'spf.aligned': false } },
  });
  await emit(write, {
    name: 'r170-narrow-dangling-ns-sibling-dkim',
    about: `As above, but ${OLD} was delegated (NS) to a DNS host where the firm deleted its zone; the attacker re-created it and publishes SPF and a key at s1._domainkey.${OLD} (a CNAME covers no name below it, an NS delegation does). Signed d=${OLD}, envelope bounce@${OLD}. Wanted: spoofed`,
    cls: 'narrow-sibling',
    from,
    own: OLD,
    signers: [[OLD, 's1']],
    zone: firmZone(sender(OLD)),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-narrow-made-up-from-np-reject-sibling-dkim',
    about: `news.${FIRM} publishes "v=DMARC1; p=reject; sp=reject; np=reject"; the attacker writes From a made-up name secure.news.${FIRM} (no DNS record: np=reject applies) and signs with the taken-over ${OLD} (dangling NS as above). The walk's organisation is news.${FIRM}; the narrowing aligns ${OLD}. Wanted: spoofed`,
    cls: 'narrow-sibling',
    from: `Copperleaf Security <alerts@secure.news.${FIRM}>`,
    own: OLD,
    signers: [[OLD, 's1']],
    zone: {
      ...sender(FIRM, FIRM_IP),
      ...dmarcAt(`news.${FIRM}`, 'v=DMARC1; p=reject; sp=reject; np=reject'),
      [`news.${FIRM}`]: { A: ['192.0.2.171'] },
      ...sender(OLD),
    },
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-narrow-newsletter-signed-by-apex-genuine-control',
    about: `Genuine (realworld164's layout): the firm's own relay ${FIRM_RELAY.rdns} sends the newsletter From news@news.${FIRM}, signed d=${FIRM} (s1), envelope bounce@${FIRM}; only news.${FIRM} publishes a record. RFC 7489 and the receivers align it. Wanted: authenticated`,
    cls: 'narrow-genuine',
    from,
    own: FIRM,
    relay: FIRM_RELAY,
    signers: [[FIRM, 's1']],
    zone: firmZone(),
    expect: { ...PASSES, fields: { 'dmarc.result': 'pass', 'dkim.0.aligned': true } },
  });
  await emit(write, {
    name: 'r170-narrow-ses-sibling-mail-from-genuine-control',
    about: `Genuine (realworld164's SES layout): order mail From orders@news.${FIRM} through Amazon SES without Easy DKIM, custom MAIL FROM bounce.${FIRM} (include:amazonses.com, in the firm's own zone); DMARC rests on relaxed SPF through a sibling. Wanted: authenticated`,
    cls: 'narrow-genuine',
    from: `Copperleaf Orders <orders@news.${FIRM}>`,
    own: `bounce.${FIRM}`,
    relay: SES,
    signers: [],
    zone: firmZone({
      [`bounce.${FIRM}`]: {
        TXT: ['v=spf1 include:amazonses.com ~all'],
        MX: [{ priority: 10, exchange: 'feedback-smtp.eu-west-1.amazonses.com' }],
      },
      'amazonses.com': {
        TXT: ['v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ~all'],
      },
    }),
    expect: { ...PASSES, fields: { 'dmarc.result': 'pass', 'spf.aligned': true } },
  });
}

/** Registry zones the PSL does not split: the narrowing and the wider correction. */
async function registryZones(write: CaseWriter): Promise<void> {
  const bank = 'northbank.com.ne';
  const mallory = 'mallory.com.ne';
  const bankRelay: Relay = { helo: `mail.${bank}`, rdns: `mail.${bank}`, ip: '203.0.113.170' };
  const comNe = {
    ...sender(bank, bankRelay.ip),
    ...dmarcAt(bank, 'v=DMARC1; p=reject; rua=mailto:dmarc@northbank.com.ne'),
  };
  await emit(write, {
    name: 'r170-narrow-registry-zone-not-on-psl-co-registrant',
    about: `A bank at ${bank} (p=reject). com.ne is sold by a local registrar but is not on the PSL (publicsuffix/list #343), nor in REGISTRY_SUFFIXES; com.ne publishes no DMARC record. The attacker buys ${mallory} and signs d=${mallory} with SPF for bounce@${mallory}. mailauth's walk: organisation ${bank}, fail. checkDmarc: the PSL's "registrable domain" of ${bank} is com.ne, the walk's organisation lies below it, so the narrowing aligns ${mallory}. Wanted: spoofed`,
    cls: 'registry-zone',
    from: `Northbank Security <security@${bank}>`,
    own: mallory,
    signers: [[mallory, 's1']],
    zone: { ...comNe, ...sender(mallory) },
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-narrow-registry-zone-not-on-psl-own-mail-control',
    about: `Genuine: the bank's own server sends From security@${bank}, signed d=${bank}. Wanted: authenticated`,
    cls: 'registry-zone-genuine',
    from: `Northbank Security <security@${bank}>`,
    own: bank,
    relay: bankRelay,
    signers: [[bank, 's1']],
    zone: comNe,
    expect: { ...PASSES, fields: { 'dmarc.result': 'pass', 'dkim.0.aligned': true } },
  });

  const arBank = 'northbank.ar.com';
  const arRelay: Relay = { helo: `mail.${arBank}`, rdns: `mail.${arBank}`, ip: '203.0.113.171' };
  await emit(write, {
    name: 'r170-wider-former-centralnic-zone-operator-record',
    about: `A bank at ${arBank} (p=reject). ar.com is a former CentralNic registry zone: removed from the PSL (publicsuffix/list #2136), still in REGISTRY_SUFFIXES. Its operator publishes "v=DMARC1; p=none; rua=mailto:dmarc@ar.com" for its own mail (no psd=). The attacker's mallory.ar.com signs. The walk from both names lands on ar.com; checkDmarc's wider correction asks tldts (private section), which calls ar.com registrable, so the pass stands. Wanted: spoofed`,
    cls: 'registry-zone',
    from: `Northbank Security <security@${arBank}>`,
    own: 'mallory.ar.com',
    signers: [['mallory.ar.com', 's1']],
    zone: {
      ...sender(arBank, arRelay.ip),
      ...dmarcAt(arBank, 'v=DMARC1; p=reject'),
      ...dmarcAt('ar.com', 'v=DMARC1; p=none; rua=mailto:dmarc@ar.com'),
      ...sender('mallory.ar.com'),
    },
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-narrow-former-centralnic-zone-subdomain-genuine',
    about: `Genuine (realworld164's layout under a registry zone): the bank's newsletter From news@news.${arBank}, which publishes its own record (p=reject); ${arBank} publishes none. Its own server signs d=${arBank}, envelope bounce@${arBank}. organisationOf knows ${arBank} is the registrant's domain, but the narrowing compares d= by tldts' private section ("ar.com"), so it never aligns. Wanted: authenticated`,
    cls: 'registry-zone-genuine',
    from: `Northbank News <news@news.${arBank}>`,
    own: arBank,
    relay: arRelay,
    signers: [[arBank, 's1']],
    zone: {
      ...sender(arBank, arRelay.ip),
      ...dmarcAt(`news.${arBank}`, 'v=DMARC1; p=reject'),
      [`news.${arBank}`]: { A: [arRelay.ip] },
    },
    expect: { ...PASSES, fields: { 'dmarc.result': 'pass', 'dkim.0.aligned': true } },
  });
}

/** psd= where the narrowing's checks do not look. */
async function psdTags(write: CaseWriter): Promise<void> {
  // psd=n on the walk's stop, not on the applied record.
  const deptZone = {
    ...sender(FIRM, FIRM_IP),
    ...sender(`news.${FIRM}`, FIRM_IP),
    ...dmarcAt(`news.${FIRM}`, 'v=DMARC1; p=reject; psd=n; rua=mailto:dmarc@news.copperleaf.example'),
    ...dmarcAt(`alerts.news.${FIRM}`, 'v=DMARC1; p=reject'),
    [`alerts.news.${FIRM}`]: { A: ['192.0.2.172'] },
  };
  await emit(write, {
    name: 'r170-psd-n-on-intermediate-record-sibling',
    about: `The news department runs news.${FIRM} as its own organisation and says so: "p=reject; psd=n" at _dmarc.news.${FIRM}; its alert host alerts.news.${FIRM} publishes "p=reject" too; the apex none. The walk from alerts.news.${FIRM} stops at news.${FIRM}'s psd=n (its organisation). The attacker holds ${OLD} (dangling NS) and signs. The narrowing reads psd= only on the applied record (alerts'), so it aligns ${OLD}. Wanted: spoofed`,
    cls: 'psd',
    from: `Copperleaf Alerts <alerts@alerts.news.${FIRM}>`,
    own: OLD,
    signers: [[OLD, 's1']],
    zone: { ...deptZone, ...sender(OLD) },
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-psd-n-on-intermediate-record-genuine-control',
    about: `Genuine: the same DNS, the department's own server signs d=news.${FIRM} for alerts.news.${FIRM}: inside the organisation psd=n declares. Wanted: authenticated`,
    cls: 'psd-genuine',
    from: `Copperleaf Alerts <alerts@alerts.news.${FIRM}>`,
    own: `news.${FIRM}`,
    relay: FIRM_RELAY,
    signers: [[`news.${FIRM}`, 's1']],
    zone: deptZone,
    expect: { ...PASSES, fields: { 'dmarc.result': 'pass', 'dkim.0.aligned': true } },
  });
  await emit(write, {
    name: 'r170-psd-n-spaced-upper-case-on-from-record',
    about: `news.${FIRM} writes its boundary as "v=DMARC1; p=reject; Psd = N" (mailauth folds tag case and trims around "="); the attacker's ${OLD} signs. The narrowing's regex must read it too. Wanted: spoofed`,
    cls: 'psd',
    from: `Copperleaf <news@news.${FIRM}>`,
    own: OLD,
    signers: [[OLD, 's1']],
    zone: {
      ...sender(FIRM, FIRM_IP),
      ...dmarcAt(`news.${FIRM}`, 'v=DMARC1; p=reject; Psd = N'),
      ...sender(OLD),
    },
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-psd-y-at-from-itself-sibling',
    about: `news.${FIRM} publishes "v=DMARC1; p=reject; psd=y" (it hands out names below it; RFC 9989: its organisation is itself). The attacker's ${OLD} signs From news@news.${FIRM}. operatorSuffixes holds news.${FIRM}, but the narrowing's test only counts a psd=y name strictly above the From. Wanted: spoofed`,
    cls: 'psd',
    from: `Copperleaf <news@news.${FIRM}>`,
    own: OLD,
    signers: [[OLD, 's1']],
    zone: {
      ...sender(FIRM, FIRM_IP),
      ...dmarcAt(`news.${FIRM}`, 'v=DMARC1; p=reject; psd=y'),
      ...sender(OLD),
    },
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  // The signer's side: a platform (psd=y) and a partner (psd=n) under the firm.
  const shops = `shops.${FIRM}`;
  await emit(write, {
    name: 'r170-psd-y-platform-under-firm-customer-signs',
    about: `The firm runs a shop platform under ${shops}, each customer's name delegated to the customer, and declares it with "v=DMARC1; p=reject; psd=y" at _dmarc.${shops} (RFC 9989's way to say the names below are other people's; the platform is not on the PSL). A customer, mallory.${shops}, signs From news@news.${FIRM}. The From's walk never passes ${shops}; mailauth fails, the narrowing aligns mallory.${shops} (PSL organisation ${FIRM}). Wanted: spoofed`,
    cls: 'psd-signer',
    from: `Copperleaf <news@news.${FIRM}>`,
    own: `mallory.${shops}`,
    signers: [[`mallory.${shops}`, 's1']],
    zone: firmZone({ ...dmarcAt(shops, 'v=DMARC1; p=reject; psd=y'), ...sender(`mallory.${shops}`) }),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-psd-y-platform-customer-genuine-control',
    about: `Genuine: a shop customer's own order mail From orders@mallory.${shops}, signed d=mallory.${shops}, its own record p=reject. Wanted: authenticated`,
    cls: 'psd-genuine',
    from: `Mallory's Shop <orders@mallory.${shops}>`,
    own: `mallory.${shops}`,
    relay: { helo: `mail.mallory.${shops}`, rdns: `mail.mallory.${shops}`, ip: '198.51.100.170' },
    signers: [[`mallory.${shops}`, 's1']],
    zone: firmZone({
      ...dmarcAt(shops, 'v=DMARC1; p=reject; psd=y'),
      ...sender(`mallory.${shops}`, '198.51.100.170'),
      ...dmarcAt(`mallory.${shops}`, 'v=DMARC1; p=reject'),
    }),
    expect: { ...PASSES, fields: { 'dmarc.result': 'pass', 'dkim.0.aligned': true } },
  });
  const partner = `partner.${FIRM}`;
  await emit(write, {
    name: 'r170-psd-n-partner-delegation-signs-firm-from',
    about: `The firm delegated ${partner} to a fulfilment partner, who declares its own organisation with "v=DMARC1; p=reject; psd=n" at _dmarc.${partner}. The partner (or whoever took its servers) signs d=${partner} on a message From news@news.${FIRM}. By RFC 9989 ${partner} is its own organisation; the narrowing never walks from the signer and aligns it. Wanted: spoofed`,
    cls: 'psd-signer',
    from: `Copperleaf <news@news.${FIRM}>`,
    own: partner,
    signers: [[partner, 's1']],
    zone: firmZone({ ...dmarcAt(partner, 'v=DMARC1; p=reject; psd=n'), ...sender(partner) }),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  // A platform missing from the PSL, with psd=y above its customers.
  const platform = 'payhost.example';
  const customer = `northbank.${platform}`;
  const platformZone = (records: Record<string, unknown>) => ({
    ...sender(customer, '192.0.2.173'),
    ...dmarcAt(customer, 'v=DMARC1; p=reject'),
    ...sender(`mallory.${platform}`),
    ...records,
  });
  const PSD_Y = 'v=DMARC1; p=none; psd=y; rua=mailto:psd-reports@payhost.example';
  await emit(write, {
    name: 'r170-psd-y-second-lowercase-record-missed',
    about: `A payroll platform ${platform} (not on the PSL) delegates customer names and publishes "${PSD_Y}", beside a left-over TXT string "v=dmarc1; p=none" from an old setup. mailauth matches "DMARC1" case-sensitively: one record, psd=y, the walk stops and ${customer} is its own organisation. HeaderLens's ignoredRecords counts both (its regex has /i) and never notes the suffix, so the narrowing aligns the co-customer mallory.${platform} with ${customer}. Wanted: spoofed`,
    cls: 'psd-platform',
    from: `Northbank Payroll <payroll@${customer}>`,
    own: `mallory.${platform}`,
    signers: [[`mallory.${platform}`, 's1']],
    zone: platformZone(dmarcAt(platform, PSD_Y, 'v=dmarc1; p=none')),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-psd-y-single-record-control',
    about: `Control: the platform's psd=y record alone; the co-customer mallory.${platform} signs. Wanted: spoofed`,
    cls: 'psd-platform',
    from: `Northbank Payroll <payroll@${customer}>`,
    own: `mallory.${platform}`,
    signers: [[`mallory.${platform}`, 's1']],
    zone: platformZone(dmarcAt(platform, PSD_Y)),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  const vendorName = '_dmarc.payhost_example._d.easydmarc.pro';
  await emit(write, {
    name: 'r170-psd-y-via-cname-control',
    about: `Control: the platform's record is hosted by its DMARC vendor (_dmarc.${platform} CNAME ${vendorName}, realworld164's EasyDMARC shape), psd=y there; mallory.${platform} signs. Wanted: spoofed`,
    cls: 'psd-platform',
    from: `Northbank Payroll <payroll@${customer}>`,
    own: `mallory.${platform}`,
    signers: [[`mallory.${platform}`, 's1']],
    zone: platformZone({
      [`_dmarc.${platform}`]: { CNAME: [vendorName] },
      [vendorName]: { TXT: [PSD_Y] },
    }),
    expect: { ...SPOOFED, fields: { 'dmarc.result': 'fail', 'dkim.0.aligned': false } },
  });
  await emit(write, {
    name: 'r170-psd-y-customer-own-mail-genuine-control',
    about: `Genuine: the customer's payroll server sends From payroll@${customer}, signed d=${customer}, with the lowercase left-over beside the platform's psd=y. Wanted: authenticated`,
    cls: 'psd-genuine',
    from: `Northbank Payroll <payroll@${customer}>`,
    own: customer,
    relay: { helo: `mail.${customer}`, rdns: `mail.${customer}`, ip: '192.0.2.173' },
    signers: [[customer, 's1']],
    zone: platformZone(dmarcAt(platform, PSD_Y, 'v=dmarc1; p=none')),
    expect: { ...PASSES, fields: { 'dmarc.result': 'pass', 'dkim.0.aligned': true } },
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

// Which authentication result counts, shared by the rules and the verdict.
// Online, our re-check counts, except where the provider's trusted Authentication-Results give a
// firmer answer: the provider saw the original bytes and the DNS at delivery time, and only the
// topmost trusted header above the receiver's entry hop reaches `analysis.provider` (RFC 8601 §5).
// Its pass beats our fail only when that header is proven to be the receiver's (`proven`).
// Offline, only the provider's results exist.
import { idnaHostname } from '../dns/name';
import {
  icannOnlyDomain,
  icannPublicSuffix,
  MAIL_TENANT_PARENTS,
  ownerDomain,
  pslDomain,
} from '../dns/registrable';
import { carriesScripts } from '../relay/esp-evidence';
import type { Analysis, AuthResultEntry, AuthWord, DkimCheck, Finding, SpfCheck } from '../types';
import { operatorOfOrg, orgDomain } from './domains';
import { eopSignedBeforeChange } from './eop-record';
import { listEnvelopeShown } from './list-evidence';
import type { RuleContext } from './rule';

export interface DmarcState {
  result: AuthWord | null;
  source: 'ours' | 'provider' | 'none';
  /**
   * Our failure cannot be trusted: the source is not byte-exact and a DKIM signature aligned with
   * From failed on its hashes (re-encoding breaks only those), with no firm provider result to
   * use instead.
   */
  unreliable: boolean;
  policy: string | null;
}

type Ctx = Pick<RuleContext, 'analysis' | 'options'>;

export function dmarcState(ctx: Ctx): DmarcState {
  const a = ctx.analysis;
  const prov = a.provider?.dmarc ?? null;
  if (a.mode === 'offline') {
    // The provider's fail judged the user's trusted gateway, not the sender (offlineAtTrustedGateway).
    if (a.dmarc.atTrustedGateway) return { result: null, source: 'none', unreliable: false, policy: null };
    if (!prov) return { result: null, source: 'none', unreliable: false, policy: null };
    // A pass the provider aligned through a parent whose names belong to many holders (another
    // Microsoft 365 tenant's signature on a tenant's From, a FreeDNS neighbour's: red-team rounds
    // 184 and 185): no identity of the From's own owner passed, so DMARC failed for it.
    if (prov.result === 'pass' && providerPassOutsideOwner(a))
      return { result: 'fail', source: 'provider', unreliable: false, policy: prov.policy };
    return { result: prov.result, source: 'provider', unreliable: false, policy: prov.policy };
  }
  const ours = a.dmarc.result;
  // The receiver's own fail judged SPF at the host handing over to it, which may be the reader's
  // own backup MX while the reader's MX lookup fails (Origin.receiverMxUnknown): undecided as ours.
  if (ours === 'temperror' && a.origin.receiverMxUnknown && prov?.result === 'fail')
    return { result: ours, source: 'ours', unreliable: false, policy: a.dmarc.policy };
  const provFirm = prov !== null && (prov.result === 'pass' || prov.result === 'fail');
  // The provider's pass outranks our own fail only from a header proven to be the receiver's
  // (above its entry hop, a Received line by one of its own hosts): a header we cannot place
  // could be the sender's, and a sender must not be able to overrule our check with one.
  const provCounts =
    prov?.result !== 'pass' || ours !== 'fail' || (a.provider?.proven === true && !providerPassUnfounded(a));
  if (prov && provFirm && provCounts && ours !== prov.result && (prov.result === 'pass' || ours !== 'pass')) {
    return { result: prov.result, source: 'provider', unreliable: false, policy: prov.policy };
  }
  const notExact = Boolean(ctx.options.notByteExact || a.meta.notByteExact);
  const unreliable = notExact && ours === 'fail' && reencodingCouldExplain(a);
  // Our failure cannot be trusted, but the provider checked the original bytes: its firm word
  // stands (here it agrees with ours, or the row above would have taken it).
  if (unreliable && prov && provFirm) {
    return { result: prov.result, source: 'provider', unreliable: false, policy: prov.policy };
  }
  return { result: ours, source: 'ours', unreliable, policy: a.dmarc.policy };
}

/** Characters no DNS name of a key or an envelope domain holds: the bytes receivers were fooled by. */
const NOT_IN_A_NAME = /[\x00-\x20\x7f'"()<>@\\,;[\]]/;

/** A selector or signing domain DNS can hold: labels of letters, digits, hyphens and underscores. */
export const KEY_NAME = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.?$/u;

/**
 * The domain of an envelope identity as a receiver's record writes it (`smtp.mailfrom`: an
 * address or a bare domain), or null when its local part holds another `@`: the receiver read a
 * domain out of a quoted or routed address (`any@bank'@attacker`, espoofer A6).
 */
export function envelopeDomain(id: string): string | null {
  const at = id.lastIndexOf('@');
  return id.slice(0, Math.max(at, 0)).includes('@') ? null : id.slice(at + 1);
}

/** A domain as a record names it: dot-separated labels of letters, digits, hyphens, underscores. */
function wellFormedDomain(d: string): boolean {
  return (
    d.length > 0 &&
    !NOT_IN_A_NAME.test(d) &&
    d
      .replace(/\.$/, '')
      .split('.')
      .every((l) => l.length > 0)
  );
}

/** A domain as DNS compares it: lower case, no trailing dot, A-labels (an envelope in UTF-8 and a From in xn-- are one name). */
function plainName(d: string): string {
  const x = d.toLowerCase().replace(/\.$/, '');
  return /[^\x00-\x7f]/.test(x) ? (idnaHostname(x) ?? x) : x;
}

/**
 * The name of the envelope the receiver wrote at delivery (Return-Path, brackets gone): the domain
 * after its last `@`, without a stray closing bracket; a Return-Path naming no domain
 * (`MAILER-DAEMON`) is that word, which no SPF pass's domain matches; '' for none or the null sender.
 */
function receiverEnvelopeName(returnPath: string | null): string {
  return returnPath ? plainName(returnPath.slice(returnPath.lastIndexOf('@') + 1).replace(/>$/, '')) : '';
}

/**
 * The provider's own record says dmarc=pass, yet every SPF or DKIM pass it lists for the From's
 * organisation rests on an identity no DNS name holds: an envelope written
 * `"any@bank(a.attacker"` or `any@bank'@attacker` (the receiver read the bank's domain in it), a
 * `d=bank'a.attacker`, or the bank's signature whose selector hides a NUL (espoofer, "Composition
 * Kills", A3 to A6: receivers of 2019 were fooled by exactly these). Then its pass is its parser's
 * mistake, which does not outrank our fail. A record that lists no SPF or DKIM pass at all, or any
 * well-formed aligned one (a key rotated since delivery), keeps the provider's word.
 */
function providerPassUnfounded(a: Ctx['analysis']): boolean {
  const prov = a.provider;
  const from = a.from?.domain;
  if (!prov || !from) return false;
  // Every proven header of the provider's: a Postfix host writes one per milter (OpenDMARC's
  // dmarc=pass above OpenDKIM's and the SPF daemon's).
  const all = a.authResults.filter((h) => h.proven && h.authservId === prov.authservId);
  const headers = all.filter((h) => !h.malformed);
  // Only malformed ones: the pass may be the sender's text the receiver copied into a comment it
  // did not close (red-team 37); it never outranks our own fail then.
  if (headers.length === 0) return all.length > 0;
  const aligned = (d: string) => alignsWithFrom(d, from);
  // The envelope the receiver itself wrote at delivery (Return-Path), when there is one: its SPF
  // pass is for that domain, not for one it read out of a quoted or commented address.
  const rp = receiverEnvelopeName(a.returnPath);
  // Behind the receiver's NAT or proxy its SPF check saw the NAT's address (its record names it,
  // or the envelope's record passes it too: ip4:10.0.0.0/8): that pass speaks for no sender, and
  // the CEO or a third party listing it forged through the NAT read "authenticated" on it
  // (probe94, probe96, probe101).
  const natPassVoid = a.origin.natSpfPass === true;
  let listed = false;
  for (const r of headers.flatMap((h) => h.results)) {
    if (r.result !== 'pass' || (r.method !== 'spf' && r.method !== 'dkim')) continue;
    listed = true;
    if (r.method === 'spf') {
      if (natPassVoid) continue;
      // A null sender (smtp.mailfrom=<> or empty) is checked on its HELO name (RFC 7208 §2.4).
      const mf = (r.props['smtp.mailfrom'] ?? '').trim();
      const envelope = mf !== '' && mf !== '<>';
      const domain = envelopeDomain(envelope ? mf : (r.props['smtp.helo'] ?? ''));
      if (domain === null || !wellFormedDomain(domain)) continue;
      if (envelope && rp && plainName(domain) !== rp) continue;
      if (aligned(domain)) return false;
    } else {
      const i = r.props['header.i'] ?? '';
      const d = r.props['header.d'] ?? i.slice(i.lastIndexOf('@') + 1);
      if (!wellFormedDomain(d) || !aligned(d)) continue;
      // Our own checks of the signatures of that domain (i= may name a subdomain of d=). None at
      // all: the provider read a d= the message does not carry. When those that are not hash
      // failures (a genuine signature the new body broke) all name a key no DNS name can hold (a
      // NUL in s=), the provider's pass read a name that is not there.
      const x = plainName(d);
      const ours = a.dkim.filter((c) => {
        const cd = plainName(c.domain ?? '');
        return cd !== '' && (x === cd || x.endsWith(`.${cd}`));
      });
      if (ours.length === 0) continue;
      const named = ours.filter(
        (c) =>
          !(c.result === 'fail' && (c.cause === 'body-hash-mismatch' || c.cause === 'signature-mismatch')),
      );
      // Those not hash failures all refused because a second copy of a field they sign was added
      // after signing (RFC 6376 §8.15): a milter that verifies the signed copy while readers show
      // the added one passed what the reader does not see (red-team round 215: a second Reply-To
      // above the bank's signed one, OpenDKIM's pass on a Postfix box; a copy of the signature
      // beside it fails its hash).
      // So too where one is so refused and none of ours passes: a copy beside it naming a key that
      // is not there fails for the provider as for us (round 218), and left the refused one alone.
      if (named.some((c) => c.cause === 'field-added') && !ours.some((c) => c.result === 'pass')) continue;
      if (
        named.length > 0 &&
        named.every((c) => !KEY_NAME.test(c.selector ?? '') || !KEY_NAME.test(c.domain ?? ''))
      )
        continue;
      return false;
    }
  }
  // Behind the NAT, a record that lists no pass at all (OpenDMARC's lone dmarc=pass beside
  // policyd-spf's Received-SPF naming the NAT's address: probe101) founded its DMARC pass on the
  // SPF check at the NAT's address, or on a signature our own check does not pass: nothing.
  return listed || natPassVoid;
}

/**
 * Relaxed DMARC alignment of `d` with the From domain as its owner is told apart: the PSL's
 * private section and the zones whose holders are owners of their own (`lib/dns/registrable.ts`:
 * Microsoft 365 tenants, FreeDNS's users), where receivers applying the PSL alone align every
 * holder with every other; a From that is such a zone itself aligns only with its own name.
 */
export function alignsWithFrom(d: string, from: string): boolean {
  const x = plainName(d);
  const f = plainName(from);
  if (x === f) return true;
  const owner = ownerDomain(f);
  return owner !== null && ownerDomain(x) === owner;
}

/**
 * Offline, the provider's dmarc=pass for a From below a parent whose names belong to many holders
 * (its owner is narrower than its ICANN organisation), where every SPF or DKIM pass the provider
 * lists is another holder's: the provider aligned them through the parent. A record that lists
 * none keeps the provider's word.
 */
function providerPassOutsideOwner(a: Ctx['analysis']): boolean {
  const prov = a.provider;
  const from = a.from?.domain;
  if (!prov || !from) return false;
  const f = plainName(from);
  // Where the provider's PSL and ours draw the same line, its alignment is ours (a registry zone
  // the PSL does not list, com.be, is one organisation to it: real-mail round 181).
  // Nor where a provider reading the PSL's ICANN section alone would draw it elsewhere (a
  // stranger's northbank-secure.us.com aligned with northbank.us.com: red-team round 192).
  const owner = ownerDomain(f);
  const widest = icannOnlyDomain(f);
  if (owner === orgDomain(f) && owner === pslDomain(f) && owner === widest) return false;
  // A Microsoft 365 tenant's name passes SPF through Microsoft's include, which every tenant's
  // mail passes (its record is Microsoft's to write): only a signature is the tenant's own
  // (red-team round 186, a stranger's tenant keeping the victim tenant's address as envelope).
  const tenant = [...MAIL_TENANT_PARENTS].some((t) => f.endsWith(`.${t}`));
  let listed = false;
  for (const r of providerResults(a)) {
    if (r.result !== 'pass' || (r.method !== 'spf' && r.method !== 'dkim')) continue;
    if (tenant && r.method === 'spf') {
      listed = true;
      continue;
    }
    const i = r.props['header.i'] ?? '';
    const id =
      r.method === 'spf'
        ? envelopeDomain((r.props['smtp.mailfrom'] ?? '').trim() || (r.props['smtp.helo'] ?? ''))
        : (r.props['header.d'] ?? i.slice(i.lastIndexOf('@') + 1));
    if (!id || !wellFormedDomain(id)) continue;
    // A pass for a name outside the From's widest organisation could never align with it, through
    // the parent or otherwise: not what the provider founded its pass on (real-mail round 182:
    // SES's own d=amazonses.com beside a com.be shop's pass on its SPF alone, which the Postfix
    // box's policyd-spf wrote only in Received-SPF).
    if (icannOnlyDomain(plainName(id)) !== widest) continue;
    listed = true;
    if (alignsWithFrom(id, from)) return false;
  }
  if (listed) return true;
  // Nothing the provider could have aligned is listed: the envelope the receiver itself wrote at
  // delivery (Return-Path), when it is another holder's under the same parent, is what an SPF pass
  // was aligned on (a stranger's SPF-only sibling under com.be).
  const rp = receiverEnvelopeName(a.returnPath);
  return rp !== '' && wellFormedDomain(rp) && icannOnlyDomain(rp) === widest && !alignsWithFrom(rp, from);
}

/**
 * Every result of the rows `analysis.provider` was read from (the topmost trusted run, its
 * authserv-id, well formed), as offline rules read what the provider listed beside its verdicts.
 */
export function providerResults(a: Pick<Analysis, 'provider' | 'authResults'>): AuthResultEntry[] {
  const id = a.provider?.authservId;
  if (id === undefined) return [];
  return a.authResults
    .filter((h) => h.trusted && !h.malformed && h.authservId === id)
    .flatMap((h) => h.results);
}

/**
 * Could a re-encoded copy (not byte-exact) have turned a DMARC pass into our fail? Re-encoding
 * breaks only DKIM hashes: SPF is judged on the origin IP and envelope, which the copy keeps. So
 * only when a DKIM signature aligned with From exists and failed on its hashes — a body or header
 * change — could the original have passed. Without one (no signature, or only a sender's own
 * unaligned one, or an aligned key that is missing) the fail stands: an attacker cannot escape
 * "spoofed" by getting its message read from a re-encoding view. (It can still add a bogus
 * aligned signature whose hash fails: then, with no provider result, the fail reads as "could not
 * check", never as a pass.)
 */
function reencodingCouldExplain(a: Ctx['analysis']): boolean {
  if (a.spf.result === 'pass' && a.spf.aligned) return false; // DMARC would not have failed
  return a.dkim.some(
    (d) =>
      d.aligned &&
      d.result !== 'pass' &&
      (d.cause === 'body-hash-mismatch' || d.cause === 'signature-mismatch'),
  );
}

/**
 * Microsoft 365's SPF include and the records it includes in turn, and the sovereign clouds'
 * (`spf.protection.office365.us`, GCC High / DoD; `spf.protection.partner.outlook.cn`, 21Vianet).
 */
const MICROSOFT_365_SPF = /(?:^|\.)protection\.(?:outlook\.com|office365\.us|partner\.outlook\.cn)$/;
/** Google Workspace's SPF include (`_spf.google.com`) and the `_netblocks` records it included. */
const GOOGLE_WORKSPACE_SPF = /^(?:_spf|_netblocks\d{0,2})\.google\.com$/;
/**
 * Mail platforms whose SPF include every customer passes (see sharedSpfOnly), each once: who it is
 * (`owner`, the name the summary gives), its include and the records it includes in turn
 * (`record`), and its relays' name in lib/relay/providers-esp.ts (`esp`: a customer's own record
 * that copies the platform's addresses in passes for every customer too). Besides Microsoft's and
 * Google's: GoDaddy's `secureserver.net`, MailChannels' `relay.mailchannels.net` (unless a domain
 * locks it to its own account, which HeaderLens does not read), IONOS's and Oracle Cloud Email
 * Delivery's records.
 */
const SHARED_PLATFORMS: ReadonlyArray<{
  owner: string;
  record: RegExp;
  esp: string;
  /** The built-in brand (lib/findings/domains.ts) that runs the platform, when there is one. */
  brand?: string;
}> = [
  { owner: 'microsoft', record: MICROSOFT_365_SPF, esp: 'Microsoft 365', brand: 'Microsoft' },
  { owner: 'google', record: GOOGLE_WORKSPACE_SPF, esp: 'Google Workspace / Gmail', brand: 'Google' },
  { owner: 'GoDaddy', record: /(?:^|\.)secureserver\.net$/, esp: 'GoDaddy Mail' },
  { owner: 'MailChannels', record: /(?:^|\.)relay\.mailchannels\.net$/, esp: 'MailChannels' },
  { owner: 'IONOS', record: /(?:^|\.)(?:ionos\.com|perfora\.net|kundenserver\.de)$/, esp: 'IONOS Mail' },
  // Every Salesforce org's mail leaves the same MTAs, which `_spf.salesforce.com` authorises
  // (BreakSPF, NDSS 2024: shared infrastructure in a sender's record; probe12).
  { owner: 'Salesforce', record: /(?:^|\.)_spf\.salesforce\.com$/, esp: 'Salesforce' },
  {
    owner: 'Oracle Cloud Email Delivery',
    record: /(?:^|\.)rp\.oracleemaildelivery\.com$/,
    esp: 'Oracle Cloud Email Delivery',
  },
  // Mailbox providers whose relays lib/relay/providers-esp.ts knows by name (real-mail round 51):
  // every customer's record includes the same one (Exmail's include:spf.mail.qq.com, Yandex 360's
  // redirect=_spf.yandex.net, OVH's include:mx.ovh.com, Aruba's include:_spf.aruba.it), so an
  // SPF-only pass through it proves "some customer sent this" (probe10-shared-spf-ovh-web-hosting-
  // include: another OVH web-hosting customer's PHP mail). Each pattern also takes the provider's
  // own mail domains, so qq.com's, foxmail.com's and yandex.ru's own mail is not "another customer's".
  { owner: 'Tencent', record: /(?:^|\.)(?:qq|foxmail)\.com$/, esp: 'QQ Mail / Tencent Exmail' },
  { owner: 'Yandex', record: /(?:^|\.)(?:yandex\.(?:net|ru|com)|ya\.ru)$/, esp: 'Yandex Mail' },
  { owner: 'OVHcloud', record: /(?:^|\.)ovh\.(?:com|net)$/, esp: 'OVHcloud Mail' },
  { owner: 'Aruba', record: /(?:^|\.)aruba\.it$/, esp: 'Aruba Mail' },
  // Hosted mail services and a gateway every customer sends through (real-mail rounds 99 and 100).
  { owner: 'Broadcom', record: /(?:^|\.)messagelabs\.com$/, esp: 'Symantec Email Security.cloud' },
  { owner: 'Rackspace', record: /(?:^|\.)emailsrvr\.com$/, esp: 'Rackspace Email' },
  { owner: 'Namecheap', record: /(?:^|\.)privateemail\.com$/, esp: 'Namecheap Private Email' },
  { owner: 'Titan', record: /(?:^|\.)titan\.email$/, esp: 'Titan Email' },
  { owner: 'Alibaba', record: /(?:^|\.)(?:mxhichina|aliyun)\.com$/, esp: 'Alibaba Mail' },
  { owner: 'HostGator', record: /(?:^|\.)websitewelcome\.com$/, esp: 'HostGator Mail' },
  // Shared web hosts and hosted-mail plans whose customers all publish one include (real-mail
  // round 126): Bluehost's `include:bluehost.com`, Namecheap shared hosting's
  // `include:spf.web-hosting.com`, Infomaniak's `include:spf.infomaniak.ch`, Gandi's
  // `include:_mailcust.gandi.net`: an SPF-only pass proves "some customer of the host sent this".
  { owner: 'Bluehost', record: /(?:^|\.)(?:bluehost\.com|unifiedlayer\.com)$/, esp: 'Bluehost Mail' },
  { owner: 'Namecheap hosting', record: /(?:^|\.)web-hosting\.com$/, esp: 'Namecheap Hosting Mail' },
  { owner: 'Infomaniak', record: /(?:^|\.)infomaniak\.(?:ch|com)$/, esp: 'Infomaniak Mail' },
  { owner: 'Gandi', record: /(?:^|\.)gandi\.net$/, esp: 'Gandi Mail' },
  // Real-mail round 138 and red-team round 139: GoDaddy's cPanel relay, SiteGround's, netcup's and
  // all-inkl's, and STRATO's (include:_spf.strato.com, relays *.smtp.rzone.de).
  { owner: 'GoDaddy', record: /(?:^|\.)secureserver\.net$/, esp: 'GoDaddy Hosting Mail' },
  { owner: 'SiteGround', record: /(?:^|\.)mailspamprotection\.com$/, esp: 'SiteGround Mail' },
  { owner: 'netcup', record: /(?:^|\.)yourmailgateway\.de$/, esp: 'netcup Hosting Mail' },
  { owner: 'all-inkl', record: /(?:^|\.)kasserver\.com$/, esp: 'all-inkl Mail' },
  { owner: 'STRATO', record: /(?:^|\.)(?:strato\.(?:com|de)|rzone\.de)$/, esp: 'STRATO Mail' },
  // Hosted mail for custom domains (real-mail round 141): one.com's `include:_custspf.one.com`,
  // mailbox.org's `include:mailbox.org`, Zoho's `include:zoho.eu` (.com, .in…), Tuta's
  // `include:spf.tutanota.de`: every customer's record names the same servers.
  { owner: 'one.com', record: /(?:^|\.)one\.com$/, esp: 'one.com Mail' },
  { owner: 'mailbox.org', record: /(?:^|\.)mailbox\.org$/, esp: 'mailbox.org' },
  { owner: 'Zoho', record: /(?:^|\.)zoho(?:mail)?\.(?:com|eu|in|jp|com\.au|com\.cn)$/, esp: 'Zoho Mail' },
  { owner: 'Tuta', record: /(?:^|\.)tutanota\.(?:de|com)$/, esp: 'Tuta Mail' },
  // The same for Fastmail's `include:spf.messagingengine.com`, Proton's `include:_spf.protonmail.ch`
  // and iCloud+'s `include:icloud.com` (red-team round 162): another account's mail passes the
  // record as well. Each pattern takes the provider's own domains. Not SMTP2GO's: its customers'
  // envelopes are their own CNAME'd bounce domains (em<account>.<domain>), which pass through its
  // include too (realworld149-box-smtp2go-receipt-return-path-only).
  { owner: 'Fastmail', record: /(?:^|\.)(?:messagingengine\.com|fastmail\.(?:com|fm))$/, esp: 'Fastmail' },
  { owner: 'Proton', record: /(?:^|\.)(?:protonmail\.(?:ch|com)|proton\.me|pm\.me)$/, esp: 'Proton Mail' },
  { owner: 'Apple', record: /(?:^|\.)(?:icloud|me|mac)\.com$/, esp: 'iCloud Mail', brand: 'Apple' },
  // Purelymail's `include:_spf.purelymail.com` (red-team round 197): another account passes it too,
  // signed only d=purelymail.com.
  { owner: 'Purelymail', record: /(?:^|\.)purelymail\.com$/, esp: 'Purelymail' },
  // Migadu's `include:spf.migadu.com` (red-team round 204): every customer's domain passes it.
  { owner: 'Migadu', record: /(?:^|\.)migadu\.com$/, esp: 'Migadu' },
  // kernel.org's list relays hand every poster's message on under vger's envelope, which aligns
  // with any From under kernel.org: an SPF-only pass there proves "someone posted to a kernel.org
  // list", not that kernel.org sent it (red-team round 219: an unsigned post as helpdesk@kernel.org).
  // kernel.org's own people sign (d=kernel.org).
  { owner: 'kernel.org lists', record: /(?:^|\.)vger\.kernel\.org$/, esp: 'kernel.org lists' },
  // Power Automate's approval senders (_spf1-meo.microsoft.com) carry any tenant's flow text from
  // flow-noreply@microsoft.com: an SPF pass there proves "some tenant's flow" (red-team round 199).
  // No brand: microsoft.com's own-mail exemption must not excuse it.
  {
    owner: 'Microsoft Power Automate',
    record: /^_spf1-meo\.microsoft\.com$/,
    esp: 'Microsoft Power Automate',
  },
];

/** Whose shared SPF record `record` is (see sharedSpfOnly), or null. */
export function sharedSpfOwner(record: string): string | null {
  const r = record.toLowerCase();
  return SHARED_PLATFORMS.find((p) => p.record.test(r))?.owner ?? null;
}
/**
 * Google's default signature for a Workspace tenant that has not set up DKIM of its own:
 * `d=<the tenant's primary domain, dots as hyphens>.<date>.gappssmtp.com` (Google Workspace
 * Admin Help, "Set up DKIM"). Only the tenant that owns the domain is named so.
 */
const GOOGLE_DEFAULT_SIGNER = /^([a-z0-9-]{1,253})\.\d{8}\.gappssmtp\.com$/;

/** Whether `d` is Google's default signature of the Workspace tenant whose domain is `from` (or its organisation). */
function googleTenantSigns(d: string, from: string): boolean {
  const tenant = GOOGLE_DEFAULT_SIGNER.exec(d.toLowerCase())?.[1];
  if (!tenant) return false;
  // Dots as hyphens name one domain only when there is one dot: mail.northbank.example and
  // northbank.co.uk share their names with mail-northbank.example and northbank-co.uk, which
  // anyone can register and give a Workspace tenant of their own (probe5-google-default-signer-*).
  // Nor where the label's hyphens read back as dots some other way give a name anyone may register
  // (northbank-co-uk is northbank-co.uk's and northbank.co.uk's; northbank-us-com northbank.us.com's:
  // red-team round 195).
  return [from, orgDomain(from)].some(
    (n) =>
      n.split('.').length === 2 &&
      n.toLowerCase().replace(/\./g, '-') === tenant &&
      !otherDomainReading(tenant, n.toLowerCase()),
  );
}

/** Whether `label`, its hyphens read as dots another way than `mine`, names a registrable domain. */
function otherDomainReading(label: string, mine: string): boolean {
  const parts = label.split('-');
  // Each hyphen a dot or a hyphen: few labels have more than a handful; past that, no proof.
  if (parts.length > 8) return true;
  for (let mask = 1; mask < 1 << (parts.length - 1); mask++) {
    let name = parts[0]!;
    for (let i = 1; i < parts.length; i++) name += (mask & (1 << (i - 1)) ? '.' : '-') + parts[i];
    if (name === mine) continue;
    // Under a suffix the PSL knows (not its default rule for an unknown last label): a registrable
    // name, or a name under one, which its holder may make a tenant's primary domain too
    // (northbank-varde-com reads northbank.varde.com, under a stranger's varde.com, or
    // northbank.mooo.com, free to anyone: red-team round 197).
    if (icannPublicSuffix(name) !== null) return true;
  }
  return false;
}

/**
 * The From domain authenticates only by an SPF pass that rests on Microsoft 365's shared include
 * (`include:spf.protection.outlook.com`), or Google Workspace's (`include:_spf.google.com`), with
 * no DKIM signature of its own (ours or the provider's). Every Microsoft 365 tenant — a free trial included — sends from the addresses that
 * include authorises, so that pass proves "some tenant sent this", not "the tenant that owns the
 * From domain did". Exchange Online can block a tenant that sends from domains it has not
 * registered (NDR 5.7.750, "Client blocked from sending from unregistered domains", in Microsoft's
 * list of Exchange Online NDRs), but nothing we could read says it checks every message:
 * HeaderLens cannot count on it. What ties a tenant to its domain is DKIM: a tenant signs as
 * `<tenant>.onmicrosoft.com` until it sets up DKIM for its own domain, and a spoofing tenant can
 * only ever sign as its own. Such a message is "unverified", not "authenticated" (the verdict's
 * dmarc-pass row), and never "spoofed": most of it is a real tenant that has not set up DKIM.
 * Google Workspace is the same: its SMTP relay can let a tenant send for "any addresses", from
 * the servers every tenant's SPF includes. There, Google's default signature of the tenant that
 * owns the From domain (`<domain>.<date>.gappssmtp.com`) ties the pass to it, as the domain's own
 * DKIM does; another tenant's default signature does not. Hosting companies' mail relays
 * (GoDaddy, IONOS, MailChannels, Oracle Cloud Email Delivery: SHARED_HOSTING_SPF) are the same:
 * their include is every customer's.
 * Returns the provider's record the pass came through, or null.
 */
export function sharedSpfOnly(ctx: Ctx, findings?: readonly Finding[]): string | null {
  return sharedSpfPlatform(ctx, findings)?.record ?? null;
}

/**
 * Whose shared platform an aligned SPF pass rests on, and through which record: the platform's
 * include (sharedSpfOwner) or its relay with its addresses copied into the sender's record.
 * Null when the pass is the sender's own (or there is no aligned pass).
 */
export function sharedSpfPass(
  a: Pick<Analysis, 'from' | 'mode' | 'spf' | 'origin'> & Partial<Pick<Analysis, 'provider' | 'authResults'>>,
): {
  record: string;
  owner: string;
  /** The host's own domains, whose signature its relay may put on any account's mail. */
  hostSigner?: RegExp;
  /** The pass is a mailing list's bounce envelope (Origin.listRelay); `owner` is the list. */
  list?: true;
} | null {
  const from = a.from?.domain;
  if (!from) return null;
  // Offline, the provider's own SPF pass for an envelope aligned with the From, beside its
  // dmarc=pass, from a shared platform's relay (below): what it founded the pass on, as our own
  // check would online (real-mail round 183: a stranger's Microsoft 365 tenant writing as a firm
  // whose only signature is the tenant's onmicrosoft.com key read authenticated offline in Gmail).
  if (a.mode === 'online' ? a.spf.result !== 'pass' || !a.spf.aligned : !providerAlignedSpfPass(a, from))
    return null;
  // The record that matched (innermost of the include chain) is Microsoft's, not the sender's.
  const path = a.mode === 'online' ? (a.spf.includePath ?? []) : [];
  const matched = path.length >= 2 ? path[path.length - 1]!.toLowerCase() : '';
  let owner = matched ? sharedSpfOwner(matched) : null;
  let record = matched;
  // Or the relay is the platform's, its addresses copied into a record of the sender's (red-team
  // round 9). Not for the platform's own domains (outlook.com mail from Exchange Online).
  // The platforms' relays send for every customer, whichever record lists their addresses.
  // Only the platform's own mail is exempt: a brand of the built-in table that is not the
  // platform's (a bank whose record copies Microsoft's ranges, sent from another tenant) is not
  // (red-team round 10).
  // A host's relay whose name counts only beside an aligned signature (Origin.platformRelay) is
  // the same platform's, the From domain's own `a mx` term included (red-team round 139: an
  // all-inkl server that is the firm's MX and every other account's relay).
  const relay = a.origin.esp ?? a.origin.platformRelay ?? null;
  const platform = relay ? SHARED_PLATFORMS.find((p) => p.esp === relay) : undefined;
  const org = orgDomain(from);
  // Not where the relay carries every hosting account's scripts: any account there can write as
  // the host's own domain (probe140: a co-tenant's "mailbox full" as noreply@secureserver.net).
  const scripts = platform !== undefined && carriesScripts(platform.esp);
  // Offline there is no include path to tell a record that copies the relay's addresses from the
  // platform's own, which includes the one every tenant passes: another tenant writing as
  // accounts.google.com read authenticated offline only (red-team round 195).
  const ownMail =
    a.mode === 'online' &&
    platform !== undefined &&
    !scripts &&
    ((platform.brand !== undefined && operatorOfOrg(org)?.name === platform.brand) ||
      platform.record.test(org));
  if (!owner && platform && !ownMail) {
    owner = platform.owner;
    record = (matched || a.spf.domain || from).toLowerCase();
  }
  // A list's own server handing on a subscriber's post under the list's bounce envelope, which
  // aligns with any From under the domain the list runs under: the pass proves that someone posted
  // to the list (red-team round 221: a post to python-dev@python.org as security@python.org, to an
  // ASF list as a foundation address). listBounceEnvelope leaves out the list's own word (a From
  // rewritten to the list, LISTSERV's and groups.io's own addresses).
  const list = a.origin.listRelay;
  if (!owner && list && a.spf.envelopeFrom)
    return { record: listEnvelopeShown(a.spf.envelopeFrom), owner: list, list: true };
  if (!owner) return null;
  // Such a host's relay may sign every account's mail as the host (SiteGround's
  // d=antispam.mailspamprotection.com): that signature ties no account to a From at the host's
  // own domain (probe140-gmail-siteground-host-key-own-domain-co-tenant).
  return platform && scripts ? { record, owner, hostSigner: platform.record } : { record, owner };
}

/** Offline: the provider's dmarc=pass beside its own SPF pass for an envelope aligned with `from`. */
function providerAlignedSpfPass(
  a: Partial<Pick<Analysis, 'provider' | 'authResults'>>,
  from: string,
): boolean {
  if (a.provider?.dmarc?.result !== 'pass' || a.provider.spf !== 'pass' || !a.authResults) return false;
  return providerResults({ provider: a.provider, authResults: a.authResults }).some((r) => {
    if (r.method !== 'spf' || r.result !== 'pass') return false;
    const env = envelopeDomain((r.props['smtp.mailfrom'] ?? '').trim());
    return !!env && wellFormedDomain(env) && alignsWithFrom(env, from);
  });
}

/** sharedSpfOnly's record, with whose platform it is (see sharedSpfOwner). */
export function sharedSpfPlatform(
  ctx: Ctx | RuleContext,
  findings?: readonly Finding[],
): { record: string; owner: string; list?: true } | null {
  const a = ctx.analysis;
  const shared = sharedSpfPass(a);
  const from = a.from?.domain;
  if (!shared || !from) return null;
  const { record, owner } = shared;
  const google = owner === 'google';
  const hostSigned = (d: string) => shared.hostSigner?.test(d.toLowerCase()) === true;
  // On a list's post, the list's own signature (DkimCheck.listSigned) is the list's word, not the
  // author's, and the provider's pass cannot be told from it.
  if (shared.list)
    return a.dkim.some((d) => d.aligned && ((d.result === 'pass' && !d.listSigned) || d.listRestore))
      ? null
      : { record, owner, list: true };
  // The list host's own signature (DkimCheck.listSigned) is no one's but the list's; an author's
  // signature restored from a list's changes is the author's (real-mail round 210: a member's
  // signed post through her firm's Google Group, its hand-off unsigned).
  if (a.dkim.some((d) => d.result === 'pass' && d.aligned && !hostSigned(d.domain) && !d.listSigned))
    return null;
  // Only on a Google Group's own hand-off (its `+bnc` envelope, Origin.listRelay): a replay through
  // another platform dressed with a List-Id and a list's envelope restores as well (red-team round
  // 225).
  if (google && a.origin.listRelay && a.dkim.some((d) => d.aligned && d.listRestore)) return null;
  if (google && a.dkim.some((d) => d.result === 'pass' && !d.listSigned && googleTenantSigns(d.domain, from)))
    return null;
  // Our reading of a pass as the list host's own signature (the provider's words cannot tell them
  // apart): then no provider pass below counts.
  const listOnly = a.dkim.some((d) => d.result === 'pass' && d.listSigned);
  // Offline, the provider's record of that default signature passing (real-mail round 183).
  if (
    google &&
    !listOnly &&
    a.mode === 'offline' &&
    a.provider?.dkim.some((d) => d.result === 'pass' && !!d.domain && googleTenantSigns(d.domain, from))
  )
    return null;
  // The provider's DKIM pass, from a header proven to be the receiver's (as hasAlignedPass reads it:
  // an unproven one could be the sender's).
  if (
    !listOnly &&
    (a.provider?.proven === true || a.mode === 'offline') &&
    a.provider?.dkim.some(
      (d) => d.result === 'pass' && d.domain && sameDomainOrSub(d.domain, from) && !hostSigned(d.domain),
    )
  )
    return null;
  // In Outlook, Exchange Online's own record above its entry line of the From's signature passing,
  // which the reader's own transport rule broke after (an "[EXTERNAL]" tag and banner: real-mail
  // round 127): the provider's DKIM pass, where EOP writes it (finding signed-before-change, which
  // the verdict and summary read; a rule reads the record itself).
  if (findings?.some((f) => f.id === 'signed-before-change')) return null;
  if ('message' in ctx && eopSignedBeforeChange(ctx as RuleContext, from)) return null;
  return { record, owner };
}

/** An aligned SPF or DKIM pass, ours or the provider's: the domain has some working authentication. */
/**
 * Behind the receiver's NAT or proxy our SPF check had no address to ask about: the entry's client
 * was recorded only by the NAT's address (lib/message/origin-nat.ts). Read where a rule would
 * otherwise take the missing check for a failure or a disagreement.
 */
export function spfUnaskedBehindNat(a: Pick<Analysis, 'spf' | 'origin'>): boolean {
  return a.spf.ip === null && !!a.origin.natAddress;
}

export function hasAlignedPass(ctx: Ctx): boolean {
  const a = ctx.analysis;
  if (dmarcState(ctx).result === 'pass') return true;
  if (a.mode === 'online') {
    if (a.spf.result === 'pass' && a.spf.aligned) return true;
    if (a.dkim.some((d) => d.result === 'pass' && d.aligned)) return true;
  }
  const from = a.from?.domain;
  // Online, a provider DKIM pass speaks only from a header proven to be the receiver's.
  if (from && a.provider && (a.mode === 'offline' || a.provider.proven)) {
    if (a.provider.dkim.some((d) => d.result === 'pass' && d.domain && sameDomainOrSub(d.domain, from)))
      return true;
  }
  return false;
}

function sameDomainOrSub(d: string, from: string): boolean {
  const x = d.toLowerCase();
  const f = from.toLowerCase();
  return x === f || f.endsWith(`.${x}`) || x.endsWith(`.${f}`);
}

export function fromDomain(ctx: Pick<RuleContext, 'analysis'>): string {
  return ctx.analysis.from?.domain ?? '';
}

/**
 * Which checks hit a temporary DNS error where a pass would have counted for the From domain: SPF
 * for an aligned envelope domain, DKIM for an aligned signing domain (or the whole DKIM check, when
 * it could not run at all). A fault anywhere else decides nothing (RFC 7489 §4.2: only aligned
 * identifiers count), and the sender picks those domains: counting its own broken DNS would let
 * it turn its spoof's DMARC fail into "could not be decided".
 */
export function alignedDnsFaults(a: { spf: SpfCheck; dkim: DkimCheck[] }): Array<'SPF' | 'DKIM'> {
  const out: Array<'SPF' | 'DKIM'> = [];
  if (a.spf.result === 'temperror' && a.spf.aligned) out.push('SPF');
  if (a.dkim.some((d) => d.result === 'temperror' && (d.aligned || d.domain === ''))) out.push('DKIM');
  return out;
}

/**
 * The domain owner does not ask receivers to act on a DMARC failure: the policy that applied is
 * p=none. Online that is mailauth's applied policy (sp= for a subdomain, np= for a name that does
 * not exist, t=y one step down: RFC 9989 §4.7); pct= is not read (a p=quarantine; pct=10 still asks
 * for action on some mail). From the provider's header only p= is known, so a subdomain counts as
 * p=none only when no sp= other than none is written next to it (`p=NONE sp=REJECT`).
 */
export function failureNotEnforced(
  a: Pick<Analysis, 'from' | 'provider' | 'dmarc'>,
  st: Pick<DmarcState, 'policy' | 'source'>,
): boolean {
  if (st.policy !== 'none') return false;
  if (st.source !== 'provider') return true;
  const from = a.from?.domain ?? '';
  const line = a.provider?.lines.find((l) => /\bdmarc=/i.test(l)) ?? '';
  const sp = /\bsp=([a-z]{1,16})/i.exec(line)?.[1]?.toLowerCase();
  return !(sp && sp !== 'none' && from !== orgDomain(from));
}

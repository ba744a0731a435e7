// hosted-server-relay (issue 4): the message entered the mail system from a server rented on a
// cloud/hosting network, not from an email service. Spoofers rent such servers by the hour; real
// companies almost always send through their mail provider or an ESP. We show the exact IP so the
// user can recognise (and approve) their own or a partner's server.
import { isAnsweredNo } from '../dns/errors';
import { CNAME_STEPS_INSIDE, hostKey } from '../dns/name';
import { ownerDomain, sameOwner } from '../dns/registrable';
import { msg } from '../i18n/message';
import { normalizeIp } from '../message/ip';
import { inOpenZone } from '../message/receiver-hosts';
import { parseIp, recordsHold, reverseName } from '../relay/address';
import { mailRelayName, mailServiceOfDomain } from '../relay/esp-evidence';
import type { DnsLogEntry, Finding, MxRecord } from '../types';
import { envelopeDomain, providerResults, sharedSpfPass } from './auth-state';
import { eopEntryResults, recordsDmarc } from './eop-record';
import { entryFieldIndex, originHopLine } from './evidence';
import { listEvidence, listHost } from './list-evidence';
import type { FindingRule, RuleContext } from './rule';
import { texts } from './text';

export const hostedServerRule: FindingRule = (ctx) => {
  const o = ctx.analysis.origin;
  if (!o.hostedServer || !o.hosting || !o.ip) return [];
  const provider = o.hosting.provider;
  const network =
    o.asn !== null ? `AS${o.asn}${o.org ? ` (${o.org})` : ''}` : msg('finding_hosted_network', { provider });
  const own = ownServerEvidence(ctx);
  // While the reader's MX lookup fails the server may be the reader's own backup MX
  // (Origin.receiverMxUnknown); beside the From domain's own aligned signature passing, which
  // proves the sender wherever the walk stopped, it is no concern (real-mail round 133).
  const ownBackup =
    o.receiverMxUnknown !== undefined && ctx.analysis.dkim.some((d) => d.aligned && d.result === 'pass');
  const finding: Finding = {
    id: 'hosted-server-relay',
    severity: own || ownBackup ? 'low' : 'medium',
    ...texts(
      msg('finding_hosted_server_relay_title', { provider, ip: o.ip }),
      msg('finding_hosted_server_relay_detail', { provider, ip: o.ip, network }),
    ),
    evidence: [...originHopLine(ctx), ...(own ?? [])],
  };
  return [finding];
};

/**
 * The From domain's own server on a cloud (groups.io's list servers on Linode), shown as the DNS
 * answers that prove it, or null. All must hold:
 * - DMARC passed for the From domain (our own check, online): the mail is that domain's;
 * - the origin's reverse name is inside the From domain's organisation and forward-confirmed by
 *   the answers recorded for this message (the IP's PTR names it, its A/AAAA holds the IP);
 * - without the domain's own aligned signature, the name is still in use: it reaches the address
 *   with no CNAME out of the organisation, or it is the domain's sole primary MX, or the domain's
 *   own SPF record names that one address (see below).
 * The attacker controls its own domain's DNS, so for its own domain this proves nothing more than
 * DMARC already does; what it cannot do is make DMARC pass for someone else's domain AND point
 * that domain's reverse and forward names at its rented IP. A pass through SPF alone does not
 * lower it, however narrow the term: a single shared-hosting address in the victim's SPF is
 * passed by every other customer on that server (BreakSPF, 2024), and only the IP's holder sets
 * its PTR. Offline nothing can be confirmed but by the clouds that confirm a customer's reverse name
 * themselves (offlineOwnCloudServer); elsewhere medium stays.
 */
export function ownServerEvidence(ctx: RuleContext): string[] | null {
  const a = ctx.analysis;
  const o = a.origin;
  const from = a.from?.domain;
  if (a.mode !== 'online')
    return offlineListServer(ctx) ?? offlineOwnCloudServer(ctx) ?? offlineMailRelay(ctx);
  if (!from || !o.ip || !o.rdns) return null;
  // A name in a zone where anyone takes one (an Azure region's `cloudapp.azure.com` labels, Google
  // Cloud's default names) is that customer's, not the zone owner's: a stranger's VM named
  // `apim-notify.westeurope.cloudapp.azure.com` replaying azure.com's signed notice is no server of
  // azure.com's (red-team round 182). sameOwner knows those zones (lib/dns/registrable.ts
  // `userZoneOf`), so each comparison below tells the customer from the zone's owner.
  if (a.dmarc.result === 'pass' && sameOwner(a.dmarc.domain, from) && sameOwner(o.rdns, from)) {
    const confirmed = forwardConfirmed(a.dns, o.ip, o.rdns);
    if (!confirmed || a.dkim.some((d) => d.result === 'pass' && d.aligned)) return confirmed;
    // Unsigned, the name is all that ties the server to the domain, and a name the domain no
    // longer uses confirms whoever holds the address now: a CNAME into a cloud's names that anyone
    // may re-register once the firm lets its VM go (red-team rounds 155 and 159, a backup MX
    // among them). It must reach the address inside the domain, or be its primary MX.
    const walk = cnameWalk(ctx, o.rdns);
    if (walk.inside) return confirmed;
    // Not a primary MX that leads into a zone where anyone may take a name (an Azure region's
    // labels, the PSL's private section, a dynamic-DNS zone): a domain that only sends (`v=spf1 mx
    // -all`, its replies going to the group's main domain) receives nothing, so its MX may dangle
    // unnoticed, and whoever re-claims the label is its MX (red-team round 164). A firm's own VM
    // there, unsigned, reads as the attack does: its DNS is the attack's.
    const mx = walk.exit && inOpenZone(walk.exit) ? null : namedMailExchanger(ctx, o.rdns);
    if (mx) return [...confirmed, ...mx];
    // Or the domain's own record names this one address (`ip4:52.169.88.140`): a re-claimed cloud
    // name comes with a new address, which such a term does not pass (real-mail round 159: a
    // firm's Azure relay named by a CNAME to its VM's cloud name).
    // Not a record whose name holds the client's address (`%{ir}._spf.<firm>`, red-team round
    // 163): that one-address answer is written for whichever address asks.
    const b = a.spf.breadth;
    const single =
      b !== null &&
      b !== undefined &&
      (b.kind === 'ip4' || b.kind === 'ip6') &&
      b.addresses === 1 &&
      !!b.recordDomain &&
      sameOwner(b.recordDomain, from) &&
      ![...(a.spf.includePath ?? []), b.recordDomain].some((r) => namesAddress(r, o.ip!));
    return single ? [...confirmed, `SPF ${b.recordDomain}: ${b.mechanism}`] : null;
  }
  const list = listServerOwner(ctx);
  return list && sameOwner(o.rdns, list) ? forwardConfirmed(a.dns, o.ip, o.rdns) : null;
}

/**
 * List hosting services whose servers run in the clouds: their own servers are known. Anyone can
 * run a list on a rented server with a confirmed name and an SPF record of his own, so that proves
 * nothing about the list (probe69-gmail-own-list-on-aws-vm-footer-plain-lure-link).
 */
const LIST_HOSTS: readonly string[] = [
  'groups.io',
  'simplelists.com',
  'freelists.org',
  'topicbox.com',
  'lists.sr.ht',
  // The Apache Software Foundation's own ezmlm lists (users@spamassassin.apache.org…), from its
  // servers on Hetzner (mxout1-he-de.apache.org, forward-confirmed; real-mail round 194). Only the
  // ASF runs lists under apache.org.
  'apache.org',
  // The Python Software Foundation's Mailman 3 lists (python-dev@python.org…) from mail.python.org
  // on DigitalOcean (188.166.95.178, forward-confirmed; real-mail round 199). Only the PSF runs
  // lists under python.org.
  'python.org',
  // kernel.org's lists (vger.kernel.org, delivered by lore's relays on Linode: tor/sto.lore.kernel.org),
  // which never sign: offline they count on the author's signature, their envelope and reverse name
  // (unsignedListServer).
  // Only kernel.org runs lists under kernel.org (real-mail rounds 202 and 204).
  'kernel.org',
];

/** The list's host when the message is a post of a list hosting service in LIST_HOSTS, or null. */
function listHostingService(ctx: RuleContext): string | null {
  const list = listEvidence(ctx.message);
  if (!list) return null;
  const host = listHost(list);
  return listHostOf(host) ? host : null;
}

/**
 * Online, a list hosting service's group on its customer's own domain (groups.io's enterprise
 * groups, `dev@lists.<firm>`: real-mail round 210): the service (LIST_HOSTS) whose server the
 * reverse name names, and the list's own domain, which signs and owns the envelope there. The name
 * counts only forward-confirmed (ownServerEvidence), which a rented server cannot be under
 * groups.io; offline a printed name is all there is, so not there.
 */
function customerDomainList(ctx: RuleContext): { service: string; domain: string } | null {
  if (ctx.analysis.mode !== 'online' || !ctx.analysis.origin.rdns) return null;
  const list = listEvidence(ctx.message);
  const service = listHostOf(ctx.analysis.origin.rdns);
  return list && service ? { service, domain: listHost(list) } : null;
}

/**
 * The list's own domain, when the message is a list's post whose changes were undone (the From
 * domain's signature verifies without them) and that domain authenticated the hand-off itself (our
 * SPF pass for the list's envelope, or its own DKIM signature): a list run on a cloud server
 * (groups.io's on Linode: rw64-gmail-online-groupsio-northbank-users-plain-footer) is the list's
 * own server, as a sender's own is: for the list hosting services in LIST_HOSTS only. A list run
 * on a rented server of its own stays a hosted server (medium). A post that carries no signature
 * of the author's counts when the host's own signature and envelope both passed.
 */
function listServerOwner(ctx: RuleContext): string | null {
  const a = ctx.analysis;
  const restored = a.dkim.some((d) => d.aligned && d.listRestore);
  // A list that changes nothing (ezmlm) hands on the author's signature as it was: the post is
  // the list's when the host's own envelope passed SPF at its server (a replay from a rented
  // server cannot pass the host's record).
  const unchanged = a.dkim.some((d) => d.aligned && d.result === 'pass');
  const listed = listHostingService(ctx);
  const customer = listed ? null : customerDomainList(ctx);
  const host = listed ?? customer?.service;
  if (!host) return null;
  const hosts = customer ? [host, customer.domain] : [host];
  const spf = a.spf.result === 'pass' && !!a.spf.domain && hosts.some((h) => sameOwner(a.spf.domain, h));
  const hostSigned = a.dkim.some((d) => d.result === 'pass' && hosts.some((h) => sameOwner(d.domain, h)));
  // groups.io removes the author's signature and signs as itself: with nothing of the author's to
  // undo, the post is the host's when both its own signature and its own envelope passed (real-mail
  // round 199; offline, offlineListServer reads the provider's pass the same way).
  if (!a.dkim.some((d) => d.aligned)) return spf && hostSigned ? host : null;
  if (!restored && !unchanged) return null;
  return spf || (restored && hostSigned) ? host : null;
}

/**
 * Offline, a list hosting service's own server (LIST_HOSTS), as the reader's provider saw it: the
 * message is the list's post (or the host's own notice, its From the host's with the provider's
 * dmarc=pass), the provider's own results record a DKIM pass for the host, and its entry line names
 * the client under the list host. groups.io strips the author's signature, so there is nothing to
 * undo, and signs as itself from its servers on Linode (real-mail round 163: a p=none author's post
 * read suspicious as a rented server). Nobody but the list host signs for it, and a forger's VM
 * cannot take a reverse name under it that Linode confirms. Where the entry line prints no reverse
 * name (Yahoo's and AOL's: real-mail round 179), the provider's SPF pass for an envelope under the
 * host stands for it: a replay from a rented server keeps the attacker's envelope or fails it.
 */
function offlineListServer(ctx: RuleContext): string[] | null {
  const a = ctx.analysis;
  const p = a.provider;
  if (!p) return eopListServer(ctx);
  const host = listHostingService(ctx) ?? hostsOwnNotice(ctx);
  if (!host) return null;
  const signed = p.dkim.find((d) => d.result === 'pass' && !!d.domain && sameOwner(d.domain, host));
  if (!signed) return unsignedListServer(ctx, host);
  const dkim = `${p.authservId}: dkim=pass header.d=${signed.domain}`;
  if (a.origin.rdns) return sameOwner(a.origin.rdns, host) ? [dkim] : null;
  const spf = providerSpfPass(ctx, (env) => sameOwner(env, host));
  return spf ? [dkim, spf] : null;
}

/**
 * Offline, a list host that signs nothing of its own (kernel.org's vger) and hands on the author's
 * signed post unchanged: the provider's own DKIM and DMARC pass for the From, its SPF pass for an envelope
 * under the host, and the entry line's printed reverse name under the host. A replay of such a post
 * from a rented server fails the host's SPF (or keeps the attacker's envelope), whatever reverse
 * name it shows.
 */
function unsignedListServer(ctx: RuleContext, host: string): string[] | null {
  const a = ctx.analysis;
  const p = a.provider;
  const from = a.from?.domain;
  if (!p?.proven || !from) return null;
  if (p.dmarc?.result !== 'pass' || !p.dmarc.domain || !sameOwner(p.dmarc.domain, from)) return null;
  // The author's own signature, passing for the From: not a DMARC pass that rests on the list's
  // envelope itself, which aligns with any From under the host (an unsigned post to vger as
  // helpdesk@kernel.org: red-team round 219). Without one, the server is still the host's where
  // that pass is read as the list's (sharedSpfPass: the list's own bounce envelope, vger's), so it
  // vouches for no author, or where the From is the host's own notice (real-mail round 209: the
  // ASF's unsigned ezmlm posts, confirmation requests and digests on Hetzner, offline).
  const signed = p.dkim.find((d) => d.result === 'pass' && !!d.domain && sameOwner(d.domain, from));
  if (!signed && sharedSpfPass(a) === null && hostsOwnNotice(ctx) !== host) return null;
  // The entry line's reverse name under the host: where the provider prints one (Yahoo's does not,
  // and the host's envelope passing SPF there stands for it, as offlineListServer reads it). vger's
  // reading keeps it required.
  const rdns = a.origin.rdns;
  if (rdns ? !sameOwner(rdns, host) : signed !== undefined || host === 'kernel.org') return null;
  const spf = providerSpfPass(ctx, (env) => sameOwner(env, host));
  if (!spf) return null;
  return [
    ...(signed ? [`${p.authservId}: dkim=pass header.d=${signed.domain}`] : []),
    `${p.authservId}: dmarc=pass header.from=${p.dmarc.domain}`,
    spf,
  ];
}

/**
 * Offline in Outlook, where no provider's results are read: a list host's post (LIST_HOSTS) that
 * Exchange Online's own record above its entry line (eopEntryResults: one header there, none
 * smuggled beside it) passed on DKIM for the host and on SPF for an envelope under the host. EOP
 * prints no reverse name in its entry line, and a replay of the host's signed post from a rented
 * server keeps the attacker's envelope or fails SPF for the host's (red-team round 190's
 * r190-outlook-linode-vm-replays-groupsio-notice-softfail-offline), so both passes must be there.
 */
function eopListServer(ctx: RuleContext): string[] | null {
  const eop = eopEntryResults(ctx);
  if (!eop) return null;
  // A list's post, or the host's own notice as hostsOwnNotice reads it: its From under the host,
  // with Exchange Online's DMARC pass for it (real-mail round 180: groups.io's moderation notice,
  // subscription confirmation and bounce probe, offline in Outlook).
  const from = ctx.analysis.from?.domain;
  const notice = !!from && recordsDmarc(eop.results, from, 'pass');
  const host = listHostingService(ctx) ?? (notice && from ? listHostOf(from) : null);
  if (!host) return null;
  const dkim = eop.results.some(
    (r) => r.method === 'dkim' && r.result === 'pass' && sameOwnerOf(r.props['header.d'], host),
  );
  const spf = eop.results.some(
    (r) =>
      r.method === 'spf' &&
      r.result === 'pass' &&
      sameOwnerOf(envelopeDomain((r.props['smtp.mailfrom'] ?? '').trim()), host),
  );
  return dkim && spf ? [eop.line] : null;
}

/** Whether `domain` (when there is one) has `host`'s owner. */
function sameOwnerOf(domain: string | null | undefined, host: string): boolean {
  return !!domain && sameOwner(domain, host);
}

/**
 * The provider's own SPF pass for an envelope `accepts` takes, as its line of evidence, or null:
 * what the offline own-server readings (offlineListServer, offlineMailRelay) ask of the hand-off.
 */
function providerSpfPass(ctx: RuleContext, accepts: (envelope: string) => boolean): string | null {
  const a = ctx.analysis;
  const spf = providerResults(a).find((r) => {
    if (r.method !== 'spf' || r.result !== 'pass') return false;
    const env = envelopeDomain((r.props['smtp.mailfrom'] ?? '').trim());
    return !!env && accepts(env);
  });
  if (spf) return `${a.provider?.authservId}: spf=pass smtp.mailfrom=${spf.props['smtp.mailfrom']}`;
  return receivedSpfPass(ctx, accepts);
}

/**
 * A box whose SPF check writes only policyd-spf's `Received-SPF: Pass … envelope-from=<…>` (no
 * Authentication-Results row; real-mail round 189), above its entry line where no sender writes,
 * for the client the entry line names: that line, or null.
 */
function receivedSpfPass(ctx: RuleContext, accepts: (envelope: string) => boolean): string | null {
  const a = ctx.analysis;
  const entryAt = entryFieldIndex(ctx);
  if (entryAt === undefined || !a.origin.ip) return null;
  const ip = normalizeIp(a.origin.ip);
  const pass = ctx.message.headers.find((h) => {
    if (h.index >= entryAt || h.key !== 'received-spf' || !/^\s*pass\b/i.test(h.rawValue)) return false;
    const v = h.rawValue.slice(0, 2000);
    if (/identity\s*=\s*helo/i.test(v)) return false;
    // The HELO and the envelope are the client's text, printed as given: a HELO or a quoted local
    // part holding `envelope-from=` or `;` would write a second pair (red-team round 201). One pair
    // of each, and an envelope that is a plain address, or nothing.
    if (
      (v.match(/envelope-from\s*=/gi) ?? []).length !== 1 ||
      (v.match(/client-ip\s*=/gi) ?? []).length !== 1
    )
      return false;
    const client = /(?:^|[;\s])client-ip\s*=\s*([0-9a-f:.]{2,45})\s*(?:;|$)/i.exec(v)?.[1];
    const env = /(?:^|[;\s])envelope-from\s*=\s*([^;\s]{1,330})\s*(?:;|$)/i.exec(v)?.[1];
    // Mail::SPF (postfix-policyd-spf-perl) quotes the whole value: `envelope-from="a@b.example"`.
    // Both quotes or none: a quoted local part cut at its `;` (`"bounce@groups.io;"@vm…`) opens one.
    const m = env
      ? /^(?:"<?([a-z0-9._%+=-]{1,64}@[a-z0-9.-]{1,253})>?"|<?([a-z0-9._%+=-]{1,64}@[a-z0-9.-]{1,253})>?)$/i.exec(
          env,
        )
      : null;
    const plain = m?.[1] ?? m?.[2];
    const domain = plain ? envelopeDomain(plain) : null;
    return !!client && normalizeIp(client) === ip && !!domain && accepts(domain);
  });
  return pass?.line ?? null;
}

/** The list host whose own notice this is (its From under one of LIST_HOSTS, the provider's dmarc=pass for it), or null. */
function hostsOwnNotice(ctx: RuleContext): string | null {
  const from = ctx.analysis.from?.domain;
  const d = ctx.analysis.provider?.dmarc;
  if (!from || d?.result !== 'pass' || !d.domain || !sameOwner(d.domain, from)) return null;
  // A group's own name under the host (`allotments.groups.io`) too: its notices leave the host's
  // servers as its posts do (real-mail round 180). Its owner writes what they say, as he writes
  // his posts, which read the same (red-team round 190: "Groups.io Support" from a group's name).
  return listHostOf(from);
}

/** The list host (LIST_HOSTS) a name is, or lies under, or null. */
function listHostOf(name: string): string | null {
  const f = hostKey(name);
  return LIST_HOSTS.find((h) => f === h || f.endsWith(`.${h}`)) ?? null;
}

/**
 * Clouds that set a customer's reverse name only once it is shown to be his: AWS's reverse DNS for
 * an Elastic IP needs the name's forward record to hold that address, Azure's `reverseFqdn` must
 * resolve to the address (or a name in the same subscription), Google Cloud's PTR needs the
 * domain verified. A VPS hoster that sets any name the customer types (DigitalOcean names the PTR
 * after the droplet) is not among them.
 */
const CONFIRMING_CLOUDS: ReadonlySet<string> = new Set([
  'Amazon Web Services',
  'Microsoft Azure',
  'Google Cloud',
  // Akamai Cloud (Linode) sets a reverse name only when the name's A/AAAA record already holds the
  // address (real-mail round 211: a SaaS's signed alert from 2600:3c1c::, offline on a box).
  'Akamai Cloud (Linode)',
]);

/**
 * Offline, the From domain's own server on such a cloud, as the reader's provider saw it: the
 * provider's own results (above its entry line) record DMARC passing for the From domain and a DKIM
 * pass of the From's organisation, and the reverse name the provider printed in its entry line is
 * inside that organisation. Zoom's notices from mail-170-114-10-84.zoom.us on Amazon's network read
 * authenticated online, as the domain's own forward-confirmed server, and suspicious offline as a
 * rented one (real-mail round 173). A stranger's VM there keeps the cloud's own name (a replay of
 * the platform's signed mail from it stays medium); a name under the platform's domain is the
 * platform's, or a name it left dangling, which online trusts as well.
 */
function offlineOwnCloudServer(ctx: RuleContext): string[] | null {
  const a = ctx.analysis;
  const p = a.provider;
  const o = a.origin;
  const from = a.from?.domain;
  if (!p?.proven || !from || !o.rdns || !o.hosting || !CONFIRMING_CLOUDS.has(o.hosting.provider)) return null;
  if (!sameOwner(o.rdns, from)) return null;
  const passed = providerSignedPass(p, from);
  return passed?.dmarc ? [passed.dkim, passed.dmarc] : null;
}

/**
 * The provider's own record of DMARC passing for the From domain's organisation beside a DKIM pass
 * of that organisation, as its two lines of evidence, or null: what the offline own-server readings
 * (offlineOwnCloudServer, offlineMailRelay) stand on.
 */
function providerSignedPass(
  p: NonNullable<RuleContext['analysis']['provider']>,
  from: string,
  /** A box that checks no DMARC at all (amavisd-new alone: real-mail round 189) records none. */
  dmarcUnchecked = false,
): { dkim: string; dmarc: string | null } | null {
  const dmarc = p.dmarc;
  if (dmarc ? dmarc.result !== 'pass' || !dmarc.domain || !sameOwner(dmarc.domain, from) : !dmarcUnchecked)
    return null;
  const signed = p.dkim.find((d) => d.result === 'pass' && !!d.domain && sameOwner(d.domain, from));
  return signed
    ? {
        dkim: `${p.authservId}: dkim=pass header.d=${signed.domain}`,
        dmarc: dmarc ? `${p.authservId}: dmarc=pass header.from=${dmarc.domain}` : null,
      }
    : null;
}

/**
 * Offline, a mailbox provider's own relay on its own cloud (QQ Mail on Tencent Cloud, Aliyun Mail
 * on Alibaba Cloud, Yandex on Yandex Cloud: real-mail round 176): the reverse name the reader's
 * provider printed in its entry line is one of a built-in email service's relay names, from an
 * address in the network its relays sit in (a Hetzner VM's PTR imitating one: red-team round 186), and the
 * provider's own results record DMARC passing for the From domain and a DKIM pass of the From's
 * own organisation, and its SPF pass for the message's own envelope. Online the name counts once its forward record holds the address
 * (espFromEvidence); offline the provider's aligned signature check stands for it: a stranger's VM
 * with such a name could only resend what the From domain signed. An unsigned pass (a co-tenant
 * through the service's shared SPF include: probe53) stays medium.
 */
function offlineMailRelay(ctx: RuleContext): string[] | null {
  const a = ctx.analysis;
  const p = a.provider;
  const o = a.origin;
  const from = a.from?.domain;
  if (!p?.proven || !from || !o.rdns) return null;
  const esp = mailRelayName(o.rdns, o.asn);
  const passed = esp ? providerSignedPass(p, from, true) : null;
  if (!passed) return null;
  // The provider's SPF pass for the message's own envelope (the From's organisation's, or the
  // service's bounce domain): a replay from a VM on the service's own cloud, named like its relays,
  // keeps the attacker's envelope or fails SPF for the author's (red-team round 187: a Tencent
  // Cloud VM named out…mail.qq.com). The relay's own servers pass it.
  const spf = providerSpfPass(ctx, (env) => sameOwner(env, from) || mailServiceOfDomain(env) === esp);
  return spf ? [passed.dkim, spf, ...(passed.dmarc ? [passed.dmarc] : [])] : null;
}

/**
 * The recorded MX answer of the From domain's registrable domain whose sole lowest-preference host is
 * `host`, as evidence, or null. A firm's primary MX named by a CNAME to its VM's cloud name (as
 * Azure's reverse-DNS page allows) is live: were it dangling, the firm's mail would not arrive. A
 * backup MX may dangle unnoticed (red-team round 159), as may any other name.
 */
export function namedMailExchanger(ctx: RuleContext, host: string): string[] | null {
  const a = ctx.analysis;
  const from = a.from?.domain;
  if (!from) return null;
  const wanted = hostKey(host);
  // The organisation's own MX only: a subdomain's (an SPF `mx:notices.<firm>` term puts its answer
  // in the log) receives no one's mail and may dangle unnoticed (red-team round 161).
  const org = ownerDomain(from);
  for (const e of a.dns) {
    if (e.type !== 'MX' || !Array.isArray(e.answer) || hostKey(e.name) !== org) continue;
    const mx = (e.answer as unknown[]).filter(
      (r): r is MxRecord => typeof r === 'object' && r !== null && 'exchange' in r && 'priority' in r,
    );
    const least = Math.min(...mx.map((r) => r.priority));
    const primary = mx.filter((r) => r.priority === least);
    if (primary.length === 1 && hostKey(primary[0]!.exchange) === wanted)
      return [`MX ${hostKey(e.name)}: ${least} ${wanted}`];
  }
  return null;
}

/**
 * Whether the recorded CNAME answers show `host` reaching its address inside its own registrable
 * domain: no CNAME, or CNAMEs that stay inside (the engine follows them for this rule:
 * lib/analyze.ts, lib/engine/origin-walk.ts staysInside). False when a CNAME leads out, or when
 * the chain was not looked up.
 */
export function reachedInside(ctx: RuleContext, host: string): boolean {
  return cnameWalk(ctx, host).inside;
}

/**
 * The recorded CNAME chain from `host`: whether it reaches the address inside the organisation
 * (reachedInside), and the first name it leads to outside it (null when it does not leave, or the
 * chain was not looked up).
 */
function cnameWalk(ctx: RuleContext, host: string): { inside: boolean; exit: string | null } {
  const start = hostKey(host);
  const domain = ownerDomain(start);
  if (!domain) return { inside: false, exit: null };
  let at = start;
  for (let step = 0; step < CNAME_STEPS_INSIDE; step++) {
    const e = ctx.analysis.dns.find((x) => x.type === 'CNAME' && hostKey(x.name) === at);
    if (!e) return { inside: false, exit: null };
    if (e.error) return { inside: isAnsweredNo(e.error), exit: null };
    const target = Array.isArray(e.answer) && typeof e.answer[0] === 'string' ? hostKey(e.answer[0]) : null;
    if (!target) return { inside: true, exit: null };
    if (ownerDomain(target) !== domain) return { inside: false, exit: target };
    at = target;
  }
  return { inside: false, exit: null };
}

/** Whether a record's name holds `ip`, as written or reversed (an SPF macro's %{i} or %{ir}). */
function namesAddress(record: string, ip: string): boolean {
  const addr = parseIp(ip);
  if (!addr) return false;
  const name = `.${hostKey(record)}.`;
  // The reversed form without its in-addr.arpa / ip6.arpa ending, and the address as written.
  const reversed = reverseName(addr).replace(/\.(?:in-addr|ip6)\.arpa$/, '');
  const forms = [reversed, ip.toLowerCase()];
  if (addr.v === 6) forms.push(reversed.split('.').reverse().join('.'));
  return forms.some((f) => name.includes(`.${f}.`));
}

/** The recorded PTR and A/AAAA answers that confirm `name` for `ip`, or null when they do not. */
function forwardConfirmed(dns: DnsLogEntry[], ip: string, name: string): string[] | null {
  const addr = parseIp(ip);
  if (!addr) return null;
  const host = hostKey(name);
  const ptrName = reverseName(addr);
  const ptr = dns.find(
    (e) =>
      e.type === 'PTR' &&
      hostKey(e.name) === ptrName &&
      Array.isArray(e.answer) &&
      e.answer.some((r) => typeof r === 'string' && hostKey(r) === host),
  );
  const type = addr.v === 4 ? 'A' : 'AAAA';
  const forward = dns.find(
    (e) =>
      e.type === type && hostKey(e.name) === host && Array.isArray(e.answer) && recordsHold(e.answer, addr),
  );
  if (!ptr || !forward) return null;
  return [`PTR ${ptrName}: ${host}`, `${type} ${host}: ${ip}`];
}

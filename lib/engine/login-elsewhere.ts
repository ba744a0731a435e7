// A login submission on a box the reader named that is not named under the From's organisation
// (lib/engine/login-submission.ts takes only a box under the From's own registrable domain):
// - a firm's box holding its second domain (mail.harbor-legal.example for harbor-notary.example,
//   rw41-postfix-two-firm-domains-notary-own-login): the From domain's own MX names the box, and
//   the box's own line names a login of the From's organisation: a colleague's (the MX may name
//   the box by another name of its address: Plesk's mail.<domain> on a server the provider named,
//   rw43-plesk-provider-named-box-mx-alias-colleague-login); a bare user name there names no
//   organisation, and reads as the login row does, naming it (rw43-family-domain-isp-box-bare-
//   name-login, probe45-login-mxbox-cotenant-bare-user-writes-as-bank), and a login the line
//   records no user for (Exim, Postfix's default) reads as that row too, worded for a login no one
//   is named for (rw43-cpanel-colleague-to-colleague-same-box-own-login);
// - a shared host (s42.webhost-eu.example, rw41-cpanel-shared-host-one-customer-two-domains-
//   quarantine): the box names a login of another organisation than the From's. Read as a login
//   (login-outside-organisation, suspicious, naming the login), not by SPF at the client's home
//   address, which says nothing about a login. Never a colleague's there.
import { checkDmarc } from '../auth/dmarc';
import { hostKey } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import { isSignUpDomain } from '../findings/freemail';
import { isInternalIp, normalizeIp } from '../message/ip';
import { isReceiverHost } from '../message/receiver-hosts';
import { boxLoginUsers, loginHost, loginOrg, loginUsers } from '../message/submission';
import type { HeaderField, Hop, MxRecord, Resolver, SpfCheck } from '../types';
import { type LoginSubmission, loginLine } from './login-submission';

interface OtherBox {
  h: Hop & { by: string };
  /** The From's registrable domain. */
  from: string;
  /** The From domain itself (host key). */
  fromHost: string;
}

/**
 * The login line on a box the reader named (authserv-id, `--recipient-domain`) that is not named
 * under the From's organisation, or null. The reader must have named it: which box is the
 * reader's is what tells its record from a line anyone can write (probe28-bank-login-line-*).
 */
function loginOnOtherBox(
  hops: Hop[],
  entry: number | null,
  fromDomain: string | null,
  receivers: string[],
  headers: readonly HeaderField[],
): OtherBox | null {
  if (!fromDomain || receivers.length === 0) return null;
  const h = loginLine(hops, entry, headers);
  if (!h?.by || !isReceiverHost(h.by, receivers)) return null;
  const from = registrableDomain(hostKey(fromDomain));
  // A box under the From's own name is loginSubmission's; a free-mail or sign-up domain's users
  // are strangers to each other.
  if (!from || isSignUpDomain(from) || registrableDomain(hostKey(h.by)) === from) return null;
  return { h: h as Hop & { by: string }, from, fromHost: hostKey(fromDomain) };
}

/**
 * What the box's record says once it is known whether the From domain's MX names the box
 * (`onMx`); `enforcedOnly`: it counts only at p=quarantine or p=reject. Each condition is a way a
 * stranger would otherwise borrow it.
 * - The From domain's MX names the box: only the domain's owner sets its MX, so a co-tenant of a
 *   shared host cannot make a victim's MX name the box he logs in to. A colleague then needs the
 *   box's own record of her login in its line (Postfix's `(Authenticated sender: …)` right before
 *   its `by`, after its record of the client: a HELO is printed before that record), and every
 *   login named anywhere of the From's organisation: a login it does not name, or a colleague's
 *   name in a header the sender wrote, proves nothing (probe35), and the message is judged as
 *   usual. A login the box names of another organisation reads login-outside-organisation, as on
 *   the firm's own box. A bare user name the box's line records (`grandma`, `shopadm`) names no
 *   organisation: a family on its ISP's box (rw43-family-domain-isp-box-bare-name-login) and a
 *   co-tenant of the bank's hoster (probe45-login-mxbox-cotenant-bare-user-writes-as-bank) print
 *   the same line, so it is neither a colleague's nor judged by SPF at the client's home address
 *   (which says nothing about a login): the login row, naming it (suspicious), where the policy
 *   is enforced; at p=none the failure reads unverified anyway.
 * - Otherwise, a shared host: only a login the box names of another organisation counts, at
 *   p=quarantine or p=reject (at p=none the failure is not enforced and reads unverified anyway).
 *   Trade-off, accepted: a co-tenant of the reader's shared host logging in to write as another
 *   customer (probe15's co-tenant, with a login) reads suspicious, his own login named, not
 *   spoofed; a colleague's name never makes a shared host's login a colleague's.
 */
function decide(
  found: OtherBox,
  headers: readonly HeaderField[],
  onMx: boolean,
): { login: LoginSubmission; enforcedOnly: boolean } | null {
  const { h, from } = found;
  const org = loginOrg;
  const lineRecord = boxRecordUsers(h);
  const outsider = [...lineRecord, ...boxLoginUsers(headers, h.by)].find(
    (u) => org(u) !== null && org(u) !== from,
  );
  if (!onMx) return outsider ? { login: { outsider }, enforcedOnly: true } : null;
  if (outsider) return { login: { outsider }, enforcedOnly: false };
  // A colleague's login on a box of another name is at the From domain itself or at its
  // registrable domain: a login at another sub-domain (`security@secure.northbank.example`) may be
  // a co-tenant's, whose hosting panel let him add that sub-domain to his own account
  // (probe49-login-mxbox-cotenant-subdomain-of-bank-login), and reads as a bare name does.
  const colleague = (u: string) =>
    u.includes('@') && (loginHost(u) === found.fromHost || loginHost(u) === from);
  const users = loginUsers(h, headers);
  if (lineRecord.some(colleague) && users.every(colleague))
    return { login: { outsider: null }, enforcedOnly: false };
  const unsure = lineRecord.find((u) => !colleague(u));
  if (unsure !== undefined)
    return users.every((u) => !u.includes('@') || org(u) === from)
      ? { login: { outsider: unsure }, enforcedOnly: true }
      : null;
  // The box's line records no user at all (Exim's `with esmtpsa`, Postfix without
  // smtpd_sasl_authenticated_header, its default): someone with an account on the box logged in,
  // and nothing the box wrote says who. A colleague (rw43-cpanel-colleague-to-colleague-same-box-
  // own-login: cPanel names her only in headers the sender can write too) and another customer of
  // the box print the same line: neither a colleague's login nor judged by SPF at the client's
  // home address; the login row, worded for a login nobody is named for (suspicious).
  return { login: { outsider: null, unrecorded: true }, enforcedOnly: true };
}

const mxNamesBox = (fromMx: readonly MxRecord[], box: string) =>
  fromMx.some((mx) => hostKey(mx.exchange) === hostKey(box));

/** MX hosts whose addresses are compared with the box's (the preferred ones). */
const MAX_MX_COMPARED = 2;

/**
 * The box's name and one of the From domain's (at most MAX_MX_COMPARED, most preferred) MX hosts
 * resolve to a common public address: two names of one server. Plesk makes a domain's MX
 * `mail.<domain>`, cPanel the domain itself, while the box prints the provider's name for the
 * server (rw43-plesk-provider-named-box-mx-alias-colleague-login: mail.fjord-outdoor.example and
 * h2890143.stratoserver.example). The same trust as the name: only the domain's owner points its
 * MX there. An inner or loopback address says nothing about one server.
 */
async function mxSharesAddress(
  fromMx: readonly MxRecord[],
  box: string,
  resolver: Resolver,
): Promise<boolean> {
  const addresses = async (name: string) =>
    (
      await Promise.all(
        (['A', 'AAAA'] as const).map(async (type) => {
          try {
            return (await resolver.resolve(hostKey(name), type)) as unknown[];
          } catch {
            return []; // No such record, or DNS could not say: no address shown.
          }
        }),
      )
    )
      .flat()
      .map((a) => (typeof a === 'string' ? normalizeIp(a) : null))
      .filter((a): a is string => a !== null && !isInternalIp(a));
  const hosts = [...fromMx]
    .sort((a, b) => a.priority - b.priority)
    .slice(0, MAX_MX_COMPARED)
    .map((m) => m.exchange);
  if (hosts.length === 0) return false;
  const own = new Set(await addresses(box));
  if (own.size === 0) return false;
  for (const host of hosts) if ((await addresses(host)).some((a) => own.has(a))) return true;
  return false;
}

/**
 * A login on a box the reader named under another name than the From's (see the file's head and
 * decide), with its DNS asked through `resolver` (the analysis's recording resolver, so each
 * lookup is in its DNS log): the From domain's MX; where it does not name the box and the box
 * names no outsider's login, the addresses of the box and of the MX hosts (only when the box's
 * record would count on the MX path); the From domain's DMARC policy only where the reading
 * depends on it. Nothing is asked for a message with no such login line.
 */
export async function loginOnNamedBoxOnline(
  hops: Hop[],
  entry: number | null,
  fromDomain: string | null,
  receivers: string[],
  headers: readonly HeaderField[],
  resolver: Resolver,
): Promise<LoginSubmission | null> {
  const found = loginOnOtherBox(hops, entry, fromDomain, receivers, headers);
  if (!found || !fromDomain) return null;
  let fromMx: MxRecord[] = [];
  try {
    fromMx = (await resolver.resolve(hostKey(fromDomain), 'MX')) as MxRecord[];
  } catch {
    // No MX, or DNS could not say: the box is not shown to be the domain's.
  }
  const onMx = mxNamesBox(fromMx, found.h.by);
  let reading = decide(found, headers, onMx);
  // No MX names the box and the shared-host reading takes nothing: an MX host of the box's address
  // makes it the domain's box all the same (rw43-plesk-provider-named-box-mx-alias-colleague-login).
  // A login of another organisation keeps the shared-host reading (policy enforced), as before.
  if (!onMx && reading === null) {
    const viaMx = decide(found, headers, true);
    if (viaMx && (await mxSharesAddress(fromMx, found.h.by, resolver))) reading = viaMx;
  }
  if (!reading) return null;
  if (!reading.enforcedOnly) return reading.login;
  const dmarc = await checkDmarc({ fromDomain, spf: NO_SPF, dkim: [], resolver });
  return dmarc.policy === 'quarantine' || dmarc.policy === 'reject' ? reading.login : null;
}

/** No SPF result: checkDmarc is asked only for the policy that applies to the From domain. */
const NO_SPF: SpfCheck = {
  result: 'none',
  domain: '',
  aligned: false,
  ip: null,
  helo: null,
  envelopeFrom: null,
  mechanism: null,
  explanation: null,
  lookups: 0,
  info: null,
};

/**
 * The login the box's own line names: Postfix's `(Authenticated sender: user)` right before its
 * `by <box>`, after its record of the client (`(rdns [IP])`, then its TLS comments). Postfix
 * prints the client's HELO before that record, so a comment the HELO carries (`HELO x
 * (Authenticated sender: kari@firm.example)`, probe35's trick) lies before it and is not read.
 */
export function boxRecordUsers(h: Hop): string[] {
  if (!h.ip || !h.by) return [];
  const line = h.line.slice(0, 2000).replace(/\s+/g, ' ');
  const at = line.toLowerCase().lastIndexOf(`${h.ip.toLowerCase()}])`);
  if (at === -1) return [];
  const m = BOX_RECORD.exec(line.slice(at));
  return m && hostKey(m[2]!) === hostKey(h.by) ? [m[1]!] : [];
}

/** `<ip>])`, the box's comments (one level of nesting: Postfix's TLS comment), the login, `by <box>`. */
const BOX_RECORD =
  /^[^\s()]*\)(?: ?\((?:[^()]|\([^()]*\))*\))* ?\(Authenticated sender: ?<?([^\s<>()]{1,320})>? ?\) by ([^\s();]+)/i;

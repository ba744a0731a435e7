// A login submission on a box the reader named that is not named under the From's organisation
// (lib/engine/login-submission.ts takes only a box under the From's own registrable domain):
// - a firm's box holding its second domain (mail.harbor-legal.example for harbor-notary.example,
//   rw41-postfix-two-firm-domains-notary-own-login): the From domain's own MX names the box, and
//   the box's own line names a login of the From's organisation: a colleague's;
// - a shared host (s42.webhost-eu.example, rw41-cpanel-shared-host-one-customer-two-domains-
//   quarantine): the box names a login of another organisation than the From's. Read as a login
//   (login-outside-organisation, suspicious, naming the login), not by SPF at the client's home
//   address, which says nothing about a login. Never a colleague's there.
import { checkDmarc } from '../auth/dmarc';
import { hostKey } from '../dns/name';
import { registrableDomain } from '../dns/registrable';
import { isSignUpDomain } from '../findings/freemail';
import { isReceiverHost } from '../message/receiver-hosts';
import { boxLoginUsers, loginUsers } from '../message/submission';
import type { HeaderField, Hop, MxRecord, Resolver, SpfCheck } from '../types';
import { type LoginSubmission, loginLine } from './login-submission';

/** What DNS says about the From domain, for a login on a box under another name. */
export interface LoginBoxFacts {
  /** The hosts the From domain's own MX records name (none: no MX, or DNS could not say). */
  fromMx: readonly string[];
  /** The From domain's applied DMARC policy is quarantine or reject. */
  enforced: boolean;
}

interface OtherBox {
  h: Hop & { by: string };
  /** The From's registrable domain. */
  from: string;
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
  return { h: h as Hop & { by: string }, from };
}

export function loginOnNamedBox(
  hops: Hop[],
  entry: number | null,
  fromDomain: string | null,
  receivers: string[],
  headers: readonly HeaderField[],
  facts: LoginBoxFacts,
): LoginSubmission | null {
  const found = loginOnOtherBox(hops, entry, fromDomain, receivers, headers);
  return found ? decide(found, headers, facts) : null;
}

/**
 * The decision, once DNS has answered (`facts`): see the file's head. Each condition is a way a
 * stranger would otherwise borrow it.
 * - The From domain's MX names the box: only the domain's owner sets its MX, so a co-tenant of a
 *   shared host cannot make a victim's MX name the box he logs in to. A colleague then needs the
 *   box's own record of her login in its line (Postfix's `(Authenticated sender: …)` right before
 *   its `by`, after its record of the client: a HELO is printed before that record), and every
 *   login named anywhere of the From's organisation: on a box that hosts other customers too, a
 *   login it does not name, a bare user name (`shopadm`) or a colleague's name in a header the
 *   sender wrote proves nothing (probe35), and the message is judged as usual. A login the box
 *   names of another organisation reads login-outside-organisation, as on the firm's own box.
 * - Otherwise, a shared host: only a login the box names of another organisation counts, at
 *   p=quarantine or p=reject (at p=none the failure is not enforced and reads unverified anyway).
 *   Trade-off, accepted: a co-tenant of the reader's shared host logging in to write as another
 *   customer (probe15's co-tenant, with a login) reads suspicious, his own login named, not
 *   spoofed; a colleague's name never makes a shared host's login a colleague's.
 */
function decide(
  found: OtherBox,
  headers: readonly HeaderField[],
  facts: LoginBoxFacts,
): LoginSubmission | null {
  const { h, from } = found;
  const org = (user: string) =>
    user.includes('@') ? registrableDomain(hostKey(user.slice(user.lastIndexOf('@') + 1))) : null;
  const lineRecord = boxRecordUsers(h);
  const outsider = [...lineRecord, ...boxLoginUsers(headers, h.by)].find(
    (u) => org(u) !== null && org(u) !== from,
  );
  if (mxNamesBox(facts, h)) {
    if (outsider) return { outsider };
    const colleague = (u: string) => org(u) === from;
    return lineRecord.some(colleague) && loginUsers(h, headers).every(colleague) ? { outsider: null } : null;
  }
  return outsider && facts.enforced ? { outsider } : null;
}

const mxNamesBox = (facts: LoginBoxFacts, h: Hop & { by: string }) =>
  facts.fromMx.some((mx) => hostKey(mx) === hostKey(h.by));

/**
 * loginOnNamedBox with its DNS asked through `resolver` (the analysis's recording resolver, so
 * each lookup is in its DNS log): the From domain's MX, then, only where it does not name the box
 * and the box names an outsider's login, the From domain's DMARC policy. Nothing is asked for a
 * message with no such login line.
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
  let fromMx: string[] = [];
  try {
    fromMx = ((await resolver.resolve(hostKey(fromDomain), 'MX')) as MxRecord[]).map((m) => m.exchange);
  } catch {
    // No MX, or DNS could not say: the box is not shown to be the domain's.
  }
  // The box the From's MX names: the policy plays no part.
  if (mxNamesBox({ fromMx, enforced: false }, found.h))
    return decide(found, headers, { fromMx, enforced: false });
  // A shared host: the policy matters only where the box names an outsider's login.
  const ifEnforced = decide(found, headers, { fromMx, enforced: true });
  if (ifEnforced === null) return null;
  const dmarc = await checkDmarc({ fromDomain, spf: NO_SPF, dkim: [], resolver });
  return dmarc.policy === 'quarantine' || dmarc.policy === 'reject' ? ifEnforced : null;
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

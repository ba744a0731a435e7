// RFC 3848 §2: the `with` keywords of a Received line that record an authenticated client (a login
// with SMTP AUTH): ESMTPA, ESMTPSA, and the LMTP and plain-SMTP forms some servers write.
import { hostKey } from '../dns/name';
import { registrableDomain, sameOwner } from '../dns/registrable';
import type { HeaderField, Hop } from '../types';

/**
 * A line recording an authenticated submission: `with ESMTPSA`, `ESMTPA`, `SMTPSA`, `LMTPSA`, and
 * IceWarp's `ASMTP` (rw32-login-icewarp-asmtp: "with ASMTP (SSL) id …" for a client that logged in).
 */
export function authenticatedSubmission(h: Hop | undefined): boolean {
  return h?.with != null && /^(?:e?smtps?a|lmtps?a|asmtp)$/i.test(h.with);
}

/**
 * The logins a box recorded under its own name in headers of its own (cPanel's Exim:
 * `X-Authenticated-Sender: <box>: user@domain` and `X-Get-Message-Sender-Via: <box>:
 * authenticated_id: user@domain`, since its Received line names no user): the users `box` names.
 * A sender can write these too, but a name only ever narrows who the login may be
 * (lib/engine/login-submission.ts), so a forged one can only cost its writer (probe32).
 */
export function boxLoginUsers(headers: readonly HeaderField[], box: string): string[] {
  const host = hostKey(box);
  const out: string[] = [];
  for (const h of headers) {
    if (h.key !== 'x-authenticated-sender' && h.key !== 'x-get-message-sender-via') continue;
    const login = boxLogin(h.value);
    if (login && hostKey(login.box) === host) out.push(login.user);
  }
  return out;
}

/** The box and the user one of cPanel's two login headers names (`<box>: [authenticated_id: ]user`). */
export function boxLogin(value: string): { box: string; user: string } | null {
  const m = BOX_LOGIN.exec(value.slice(0, 1000));
  return m ? { box: m[1]!, user: m[2]! } : null;
}

/**
 * Every login a box's record names for the submission line `h`: Postfix's in the line itself, and
 * the box's own headers under its name (boxLoginUsers).
 */
export function loginUsers(h: Hop, headers: readonly HeaderField[]): string[] {
  const users = [...h.line.slice(0, 2000).matchAll(AUTHENTICATED_SENDER)].map((m) => m[1]!);
  if (h.by) users.push(...boxLoginUsers(headers, h.by));
  return users;
}

/** The host a login names (`billing@pay.northbank.example` → pay.northbank.example), as a host key. */
export function loginHost(user: string): string {
  return hostKey(user.slice(user.lastIndexOf('@') + 1));
}

/** The organisation (registrable domain) a login names; null for a bare user name or a host with none. */
export function loginOrg(user: string): string | null {
  return user.includes('@') ? registrableDomain(loginHost(user)) : null;
}

/**
 * The first login of `users` that names a user of another organisation than the From domain
 * `fromDomain`: `orders@shop-customer.example` on the firm's box. A bare user name (`shopadm`)
 * names none. Organisations as DMARC tells them apart, the PSL's private section included: on a
 * box hosting several names under a free zone, a neighbour's account (`info@kayak-club.us.kg`)
 * is no colleague of `treasurer@harbor-rowing.us.kg` (probe64-box-us-kg-neighbour-club-login-as-treasurer).
 */
export function outsiderLogin(users: readonly string[], fromDomain: string): string | null {
  return users.find((user) => user.includes('@') && !sameOwner(loginHost(user), fromDomain)) ?? null;
}

/** Postfix's record of the SASL login (smtpd_sasl_authenticated_header): `(Authenticated sender: kari@firm.example)`. */
const AUTHENTICATED_SENDER = /\(Authenticated sender:\s{0,9}<?([^\s<>()]{1,320})>?\s{0,9}\)/gi;

/** `<box>: [authenticated_id: ]user` (cPanel's two headers). */
const BOX_LOGIN = /^\s{0,9}([^\s:]{1,253}):\s{0,9}(?:authenticated_id:\s{0,9})?<?([^\s<>]{1,320})>?\s*$/i;

// shared-host-other-account: a shared web host's mail server (cPanel's Exim at GoDaddy, Bluehost,
// Namecheap…) signs every local domain's mail with that domain's own key, and its relays pass every
// customer's SPF include; so another account on the same server can write as a neighbour's domain
// and pass DKIM, SPF and DMARC (red-team round 196: a co-tenant's PHP script as the dental practice
// next door). The server says whose account sent it, in the trailer it appends below every header
// the script or mail program wrote (`X-Source-Dir: <account's domain>:<directory>` for a script,
// `X-Get-Message-Sender-Via: <host>: authenticated_id: <mailbox>` for a login). Only the last of
// each is the server's: a sender's own copies come above it, and can only name himself.
//
// Read only where that host's relay handed the message over and the From authenticates through it.
// Medium (authenticated with concerns): a firm whose mail program logs in with its other domain's
// mailbox reads the same, as on the reader's own box (login-outside-organisation), and so does a
// script of an add-on domain, whose directory lies in the main domain's account
// (`primary.example:/public_html/addon.example/…`): any account may name a directory after a
// neighbour's domain, so the path says nothing.
import { hostKey } from '../dns/name';
import { sameOwner } from '../dns/registrable';
import { msg } from '../i18n/message';
import { boxLogin, loginHost } from '../message/submission';
import { carriesScripts } from '../relay/esp-evidence';
import type { Finding, HeaderField } from '../types';
import { hasAlignedPass } from './auth-state';
import { originHopLine, uniq } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

/** `<account's domain>:<directory under the account's home>` (cPanel's X-Source-Dir). */
const SOURCE_DIR = /^\s{0,9}([a-z0-9][a-z0-9.-]{0,252}):(?:\/\S{0,1000})?\s*$/i;

/** The first row of cPanel's trailer: `X-AntiAbuse: This header was added to track abuse, …`. */
const TRAILER_START = /^\s*this header was added to track abuse/i;

/**
 * cPanel's virtual-account form of a login, `authenticated_id: office+kiln.example/only user
 * confirmed/virtual account not confirmed` (the mailbox office@kiln.example).
 */
const VIRTUAL_LOGIN =
  /^\s{0,9}[^\s:]{1,253}:\s{0,9}authenticated_id:\s{0,9}[^\s+/@]{1,64}\+([a-z0-9.-]{1,253})\//i;

/**
 * The server's own trailer: the header fields from the last `X-AntiAbuse: This header was added…`
 * down. Exim appends it below every header the script or mail program wrote, so a copy the sender
 * wrote lies above it; where a host writes no X-Get-Message-Sender-Via (Newfold's Bluehost and
 * HostGator), a copy of one he wrote is not the server's either (red-team round 199).
 */
function serverTrailer(headers: readonly HeaderField[]): readonly HeaderField[] | null {
  for (let i = headers.length - 1; i >= 0; i--) {
    const h = headers[i]!;
    if (h.key === 'x-antiabuse' && TRAILER_START.test(h.value)) return headers.slice(i);
  }
  return null;
}

/** The domain a login names: `user@domain`, or cPanel's `user+domain/…` form. */
function loginDomain(field: HeaderField): string | null {
  const virtual = VIRTUAL_LOGIN.exec(field.value.slice(0, 1000));
  if (virtual) return hostKey(virtual[1]!);
  const login = field.key === 'x-source-auth' ? { user: field.value.trim() } : boxLogin(field.value);
  const user = login?.user ?? '';
  // A script's login is its Unix user, `kilnbr7/from_h`: no domain (X-Authenticated-Sender beside
  // it names the From the script wrote).
  if (!user.includes('@') || /\/from_h$/i.test(user)) return null;
  return loginHost(user) || null;
}

/**
 * The account the host's own trailer names, when it is not the From's organisation: the login (the
 * server's X-Get-Message-Sender-Via, else Newfold's X-Source-Auth, else X-Authenticated-Sender) or,
 * for a script, the domain whose directory it ran in, with the header lines that say so. Null when
 * the trailer names the From's own organisation or no one.
 */
export function otherAccount(
  headers: readonly HeaderField[],
  from: string,
): { account: string; lines: string[] } | null {
  const trailer = serverTrailer(headers);
  if (!trailer) return null;
  const last = (key: string) => {
    for (let i = trailer.length - 1; i >= 0; i--) if (trailer[i]!.key === key) return trailer[i];
    return undefined;
  };
  const via = last('x-get-message-sender-via');
  for (const field of [via, last('x-source-auth'), last('x-authenticated-sender')]) {
    if (!field) continue;
    const domain = loginDomain(field);
    if (domain === null) {
      // The server named its login without a domain (a script's user): the directory decides.
      if (field === via) break;
      continue;
    }
    return sameOwner(domain, from) ? null : { account: domain, lines: [field.line] };
  }
  const dir = last('x-source-dir');
  const m = dir ? SOURCE_DIR.exec(dir.value.slice(0, 1300)) : null;
  if (!m) return null;
  const domain = hostKey(m[1]!);
  if (!domain.includes('.') || sameOwner(domain, from)) return null;
  return { account: domain, lines: uniq([dir!.line, ...(via ? [via.line] : [])]) };
}

export const sharedHostAccountRule: FindingRule = (ctx) => {
  const a = ctx.analysis;
  const from = a.from?.domain;
  const relay = a.origin.esp ?? a.origin.platformRelay ?? null;
  if (!from || !relay || !carriesScripts(relay) || !hasAlignedPass(ctx)) return [];
  const other = otherAccount(ctx.message.headers, from);
  if (!other) return [];
  const finding: Finding = {
    id: 'shared-host-other-account',
    severity: 'medium',
    ...texts(
      msg('finding_shared_host_other_account_title', { esp: relay }),
      msg('finding_shared_host_other_account_detail', { esp: relay, account: other.account, domain: from }),
    ),
    evidence: uniq([...originHopLine(ctx), ...other.lines]),
  };
  return [finding];
};

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
import { boxLogin } from '../message/submission';
import { carriesScripts } from '../relay/esp-evidence';
import type { Finding, HeaderField } from '../types';
import { hasAlignedPass } from './auth-state';
import { originHopLine, uniq } from './evidence';
import type { FindingRule } from './rule';
import { texts } from './text';

/** `<account's domain>:<directory under the account's home>` (cPanel's X-Source-Dir). */
const SOURCE_DIR = /^\s{0,9}([a-z0-9][a-z0-9.-]{0,252}):(?:\/\S{0,1000})?\s*$/i;

function lastHeader(headers: readonly HeaderField[], key: string): HeaderField | undefined {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i]!.key === key) return headers[i];
  return undefined;
}

/**
 * The account the host's own trailer names, when it is not the From's organisation: the login
 * (`authenticated_id: user@domain`) or, for a script, the domain whose directory it ran in, with the
 * header lines that say so. Null when the trailer names the From's own organisation or no one.
 */
export function otherAccount(
  headers: readonly HeaderField[],
  from: string,
): { account: string; lines: string[] } | null {
  const via = lastHeader(headers, 'x-get-message-sender-via');
  const login = via ? boxLogin(via.value) : null;
  // A script's login is its Unix user (`kilnbr7/from_h`): no domain; its directory names one.
  if (login?.user.includes('@')) {
    const domain = hostKey(login.user.slice(login.user.lastIndexOf('@') + 1));
    return domain && !sameOwner(domain, from) ? { account: domain, lines: [via!.line] } : null;
  }
  const dir = lastHeader(headers, 'x-source-dir');
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

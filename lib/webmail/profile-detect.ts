// `--webmail auto` and the inspector's "(detected)": which webmail delivered a message, read from
// the one header the sender cannot write. Every receiving MTA puts its Received header on top
// (RFC 5321 §4.4), so the topmost Received is the final receiver's own; everything below the entry
// hop — Received lines naming mx.google.com, X-MS-Exchange-* headers, Authentication-Results
// without an authserv-id — may be the sender's. Detection reads nothing else, so a sender cannot
// steer it into a profile that would trust its own forged headers.
//
// Why not X-MS-Exchange-* or EOP's Authentication-Results, though Exchange Online writes them:
// Exchange appends its X-MS-Exchange-Organization-* headers at the BOTTOM of the header block,
// below the sender's own From/Subject (seen in real delivered mail, e.g. the Proofpoint
// Essentials → Microsoft 365 message cited in test/fixtures/legit/README-m365.md), and EOP's
// Authentication-Results carry no authserv-id: a sender can write both, in the same place.
import { hostKey } from '../dns/name';
import { normalizeIp } from '../message/ip';
import { EXCHANGE_HOST } from '../message/origin-exchange';
import type { ReceivedFields } from '../message/received';
import type { ProfileUse } from '../types';
import {
  WEBMAIL_PROFILES,
  type WebmailChoice,
  type WebmailProfile,
  type WebmailProfileName,
} from './profiles';

export interface DetectedProfile {
  name: WebmailProfileName;
  /** The Received line that decided. */
  evidence: string;
}

/** The webmail a `by` host belongs to, or null. */
export function webmailOfHost(by: string | null): WebmailProfileName | null {
  if (!by) return null;
  const host = hostKey(by);
  if (host === 'mx.google.com') return 'gmail';
  if (host.endsWith('.yahoo.com')) return 'yahoo';
  if (EXCHANGE_HOST.test(host)) return 'outlook';
  return null;
}

/**
 * The webmail whose server wrote the topmost Received header, or null. Passed over on the way
 * down: only a local hand-off with no sending side and no host name (Gmail's topmost
 * `Received: by 2002:a05:… with SMTP id …`), which no sender-written header can precede.
 */
export function detectProfile(hops: readonly ReceivedFields[]): DetectedProfile | null {
  for (const hop of hops) {
    const local = hop.ip === null && hop.helo === null && (hop.by === null || normalizeIp(hop.by) !== null);
    if (local) continue;
    const name = webmailOfHost(hop.by);
    return name ? { name, evidence: hop.line } : null;
  }
  return null;
}

/** The profile to apply for a caller's choice, and how it was picked; null for none. */
export function resolveWebmail(
  choice: WebmailChoice | undefined,
  hops: readonly ReceivedFields[],
): { profile: WebmailProfile; use: ProfileUse } | null {
  if (!choice || choice === 'none') return null;
  if (choice === 'auto') {
    const found = detectProfile(hops);
    return found
      ? {
          profile: WEBMAIL_PROFILES[found.name],
          use: { name: found.name, how: 'detected', evidence: found.evidence },
        }
      : null;
  }
  const profile = WEBMAIL_PROFILES[choice];
  return profile ? { profile, use: { name: choice, how: 'chosen', evidence: null } } : null;
}

// RFC 3848 §2: the `with` keywords of a Received line that record an authenticated client (a login
// with SMTP AUTH): ESMTPA, ESMTPSA, and the LMTP and plain-SMTP forms some servers write.
import type { Hop } from '../types';

/**
 * A line recording an authenticated submission: `with ESMTPSA`, `ESMTPA`, `SMTPSA`, `LMTPSA`, and
 * IceWarp's `ASMTP` (rw32-login-icewarp-asmtp: "with ASMTP (SSL) id …" for a client that logged in).
 */
export function authenticatedSubmission(h: Hop | undefined): boolean {
  return h?.with != null && /^(?:e?smtps?a|lmtps?a|asmtp)$/i.test(h.with);
}

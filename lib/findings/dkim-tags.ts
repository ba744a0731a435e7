// What a passing DKIM signature says about itself, read from its header line (RFC 6376 §3.5): the
// fields it covers (h=) and when it was made (t=). The rules that ask whether a signature really
// vouches for what the reader sees (an added Reply-To, a replayed old message) read them here.
import { compact, headerFieldValue, parseTagList, signedFields, tagValue } from '../auth/tag-list';
import type { Analysis, DkimCheck } from '../types';
import { sharedSpfPass } from './auth-state';

/** The h= of a DKIM-Signature header line, lower-case names. */
export function signedFieldNames(line: string): string[] {
  return signedFields(parseTagList(headerFieldValue(line)));
}

/** t= of a DKIM-Signature header line, in milliseconds; null when absent or not a number. */
export function signedAt(line: string): number | null {
  const t = tagValue(parseTagList(headerFieldValue(line)), 't');
  return t !== null && /^\d{1,12}$/.test(compact(t)) ? Number(compact(t)) * 1000 : null;
}

/**
 * The passing signatures aligned with From, when they alone vouch for it: no aligned SPF pass,
 * so the message did not come from the domain's own servers; or an aligned SPF pass that rests
 * on a shared platform `shared` accepts (its include, or its relay with its addresses copied in):
 * any customer of it passes there, so the signature vouches alone (red-team round 9). Empty
 * offline, where the signatures are the provider's word, not ours. The replay
 * rule accepts every platform; the Subject and Reply-To rules every one but Microsoft 365: Google
 * oversigns both, and the hosting companies' customers sign with their own servers' DKIM
 * (OpenDKIM's, Exim's, cPanel's defaults cover Subject and Reply-To), so their genuine mail raises
 * nothing there (red-team round 10: GoDaddy, MailChannels, IONOS and Oracle tenants replaying a
 * bank's signature). Exchange Online never signs Reply-To, and Microsoft 365's pass keeps standing
 * for the sender's servers.
 */
export function vouchingSignatures(
  a: Pick<Analysis, 'from' | 'mode' | 'spf' | 'dkim' | 'origin'>,
  shared: (owner: string) => boolean,
): DkimCheck[] {
  if (a.mode !== 'online') return [];
  const spfOwn = a.spf.result === 'pass' && a.spf.aligned;
  const owner = spfOwn ? sharedSpfPass(a)?.owner : undefined;
  if (spfOwn && (owner === undefined || !shared(owner))) return [];
  return a.dkim.filter((d) => d.result === 'pass' && d.aligned);
}

/** The Subject and Reply-To rules' platforms (see vouchingSignatures). */
export const NOT_MICROSOFT = (owner: string): boolean => owner !== 'microsoft';

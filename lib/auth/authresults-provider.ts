// What the receiving provider concluded, from its trusted Authentication-Results only: shown next
// to our own re-check, and the whole verdict in offline mode.
import type { AuthResultEntry, AuthResultsHeader, AuthWord, ProviderResults } from '../types';

const WORDS = new Set<AuthWord>([
  'pass',
  'fail',
  'softfail',
  'neutral',
  'none',
  'temperror',
  'permerror',
  'policy',
]);

/**
 * RFC 8601 result words, plus the older spellings still seen (RFC 5451 `hardfail`, RFC 7001's
 * `tempfail`/`permfail`, Microsoft's `bestguesspass`). Anything else says nothing: `none`.
 */
export function toAuthWord(result: string): AuthWord {
  const r = result.toLowerCase();
  if (WORDS.has(r as AuthWord)) return r as AuthWord;
  if (r === 'hardfail') return 'fail';
  if (r === 'tempfail' || r === 'error') return 'temperror';
  if (r === 'permfail') return 'permerror';
  if (r === 'bestguesspass') return 'neutral';
  return 'none';
}

export function providerResults(parsed: AuthResultsHeader[]): ProviderResults | null {
  const trusted = parsed.filter((h) => h.trusted);
  if (trusted.length === 0) return null;
  const entries = trusted.flatMap((h) => h.results);
  const firstOf = (method: string) => entries.find((e) => e.method === method);

  const spf = firstOf('spf');
  const dmarc = firstOf('dmarc');
  const arc = firstOf('arc');
  return {
    authservId: trusted[0]!.authservId,
    spf: spf ? toAuthWord(spf.result) : null,
    dkim: entries
      .filter((e) => e.method === 'dkim')
      .map((e) => ({
        result: toAuthWord(e.result),
        domain: dkimDomain(e),
        selector: e.props['header.s'] ?? null,
      })),
    dmarc: dmarc
      ? {
          result: toAuthWord(dmarc.result),
          policy: dmarcPolicy(dmarc),
          domain: dmarc.props['header.from']?.toLowerCase() ?? null,
        }
      : null,
    arc: arc ? toAuthWord(arc.result) : null,
    lines: trusted.map((h) => h.line),
  };
}

function dkimDomain(e: AuthResultEntry): string | null {
  const d = e.props['header.d'];
  if (d) return d.toLowerCase();
  // header.i is an identity (`@example.com` or `user@sub.example.com`): its domain is the signer's.
  const i = e.props['header.i'];
  if (i?.includes('@')) return i.slice(i.lastIndexOf('@') + 1).toLowerCase() || null;
  return null;
}

/**
 * The published DMARC policy. RFC 8601 §2.7.4 / IANA registers `policy.dmarc`; Gmail and Yahoo
 * write it in a comment instead (`dmarc=pass (p=REJECT sp=NONE dis=NONE)`).
 */
function dmarcPolicy(e: AuthResultEntry): string | null {
  const prop = e.props['policy.dmarc'] ?? e.props['policy.published-domain-policy'];
  if (prop) return prop.toLowerCase();
  const comments = 'comments' in e && Array.isArray(e.comments) ? (e.comments as string[]) : [];
  for (const c of comments) {
    const m = /(?:^|[\s,;])p=([a-z]{1,16})/i.exec(c);
    if (m) return (m[1] ?? '').toLowerCase();
  }
  return null;
}

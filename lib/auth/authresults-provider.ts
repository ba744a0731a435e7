// What the receiving provider concluded, from its trusted Authentication-Results only: shown next
// to our own re-check, and the whole verdict in offline mode.
import { hostKey } from '../dns/name';
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

/**
 * What the provider concluded. Each method comes from the topmost trusted header only, never
 * merged from lower ones: a method that header lacks stays unknown (a lower header under the same
 * name may be a sender's imitation that slipped into the run; RFC 8601 §5). A result whose
 * `header.from` names another domain than the message's From was about another author (two From
 * fields read differently, or a header copied from other mail): it does not count, and is listed
 * in `fromMismatch` to be shown.
 */
export function providerResults(
  parsed: AuthResultsHeader[],
  /** The From domain the engine parsed; undefined skips the header.from comparison (tests). */
  fromDomain?: string | null,
): ProviderResults | null {
  const top = parsed.find((h) => h.trusted);
  if (!top) return null;
  const fromMismatch: ProviderResults['fromMismatch'] = [];
  const entries = top.results.filter((e) => {
    const hf = e.props['header.from'];
    if (fromDomain === undefined || hf === undefined || sameDomain(hf, fromDomain)) return true;
    fromMismatch.push({ method: e.method, result: toAuthWord(e.result), headerFrom: hf });
    return false;
  });
  const firstOf = (method: string) => entries.find((e) => e.method === method);

  const spf = spfResult(entries);
  const dmarc = firstOf('dmarc');
  const arc = firstOf('arc');
  return {
    authservId: top.authservId,
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
    lines: [top.line],
    proven: top.proven === true,
    fromMismatch,
  };
}

/**
 * The SPF result: the MAIL FROM check (RFC 7208 §2.4), else the HELO check. A header may hold
 * several `spf=` results, one per identity: Cisco IronPort writes `spf=None smtp.pra=…;
 * spf=Pass smtp.mailfrom=…; spf=None smtp.helo=…`. `smtp.pra` is Sender ID's Purported
 * Responsible Address (RFC 4406, historic), checked against the From field, not SPF's identity:
 * it never stands for the SPF result, or IronPort's "None" for it would hide the MAIL FROM pass
 * (and a PRA pass would hide a MAIL FROM fail). A result naming no identity counts after both.
 */
function spfResult(entries: AuthResultEntry[]): AuthResultEntry | undefined {
  const spf = entries.filter((e) => e.method === 'spf');
  return (
    spf.find((e) => e.props['smtp.mailfrom'] !== undefined) ??
    spf.find((e) => e.props['smtp.helo'] !== undefined) ??
    spf.find((e) => e.props['smtp.pra'] === undefined)
  );
}

/** Domain names compared as DNS compares them: case, a trailing dot and U-/A-label form aside. */
function sameDomain(a: string, b: string | null): boolean {
  if (!b) return false;
  const x = asciiHost(a);
  return x !== null && x === asciiHost(b);
}

function asciiHost(d: string): string | null {
  const h = hostKey(d.replace(/^.*@/, ''));
  if (!h) return null;
  if (/^[\x00-\x7f]*$/.test(h)) return h;
  try {
    return new URL(`http://${h}/`).hostname;
  } catch {
    return null;
  }
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

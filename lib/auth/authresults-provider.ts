// What the receiving provider concluded, from its trusted Authentication-Results only: shown next
// to our own re-check, and the whole verdict in offline mode.
import { hostKey, idnaHostname } from '../dns/name';
import { namesAddress } from '../message/ip';
import type { AuthResultEntry, AuthResultsHeader, AuthWord, GatewayInfo, ProviderResults } from '../types';

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
  // Yahoo writes `perm_fail` (a signature that failed for good: a body hash, a missing key).
  if (r === 'permfail' || r === 'perm_fail') return 'permerror';
  if (r === 'bestguesspass') return 'neutral';
  return 'none';
}

/**
 * What the provider concluded. Each method comes from the first header that has it, read down the
 * provider's own run (`deliveryRun`): Proton writes one method per header (dkim, then dmarc, spf,
 * arc), RFC 8601 B.5 shows two MTAs of one ADMD adding a header each. A method the top header has
 * is never overridden from a lower one, and nothing is read from a header outside that run. A
 * result whose `header.from` names another domain than the message's From was about another
 * author (two From fields read differently, or a header copied from other mail): it does not
 * count, and is listed in `fromMismatch` to be shown.
 */
export function providerResults(
  parsed: AuthResultsHeader[],
  /** The From domain the engine parsed; undefined skips the header.from comparison (tests). */
  fromDomain?: string | null,
): ProviderResults | null {
  const run = deliveryRun(parsed);
  const top = run[0];
  if (!top) return null;
  // The header each method is read from: the first of the run that has it at all, a result about
  // another author included (that one is then shown as a mismatch, not replaced from below).
  const source = new Map<string, AuthResultsHeader>();
  for (const h of run) for (const e of h.results) if (!source.has(e.method)) source.set(e.method, h);
  // OpenDKIM writes a header of its own for each signature it checked: the headers right below the
  // first one of dkim results, each holding dkim results only, are that one check's (a second
  // signature of the same message, real-mail round 177's Purelymail customer on a Postfix box).
  const fromHeader = new Map<AuthResultsHeader, 'all' | 'dkim'>();
  for (const h of source.values()) fromHeader.set(h, 'all');
  const dkimAt = run.indexOf(source.get('dkim')!);
  // OpenDKIM ends each with its ATPS result (`dkim-atps=neutral`, RFC 6541): still that signature's.
  const dkimOnly = (h: AuthResultsHeader) =>
    h.results.some((e) => e.method === 'dkim') &&
    h.results.every((e) => e.method === 'dkim' || e.method === 'dkim-atps');
  if (dkimAt >= 0 && dkimOnly(run[dkimAt]!))
    for (const h of run.slice(dkimAt + 1)) {
      if (!dkimOnly(h)) break;
      if (!fromHeader.has(h)) fromHeader.set(h, 'dkim');
    }
  const used = run.filter((h) => h === top || fromHeader.has(h));
  const fromMismatch: ProviderResults['fromMismatch'] = [];
  const sameAuthor = (e: AuthResultEntry) => {
    const hf = e.props['header.from'];
    return fromDomain === undefined || hf === undefined || sameDomain(hf, fromDomain);
  };
  const entries = used
    .flatMap((h) =>
      h.results.filter(
        (e) => source.get(e.method) === h || (e.method === 'dkim' && fromHeader.get(h) === 'dkim'),
      ),
    )
    .filter((e) => {
      if (sameAuthor(e)) return true;
      fromMismatch.push({
        method: e.method,
        result: toAuthWord(e.result),
        headerFrom: e.props['header.from']!,
      });
      return false;
    });

  const spf = spfResult(entries);
  // DMARC and ARC are one result a message: where the header holds two, a sender may have written
  // one of them (a quoted local part whose ")" ends the receiver's SPF comment:
  // `"x);dmarc=pass(…)…;("@…`, red-team 37). He can add results, never remove the receiver's.
  // Exim built without DMARC writes `dmarc=skipped`: no check at all, not "no policy" (real-mail
  // round 191).
  const checked = onceOf(run, 'dmarc', sameAuthor, entries);
  const dmarc = checked?.result.toLowerCase() === 'skipped' ? undefined : checked;
  const arc = onceOf(run, 'arc', sameAuthor, entries);
  return {
    authservId: top.authservId,
    spf: spf ? toAuthWord(spf.result) : null,
    dkim: entries
      .filter((e) => e.method === 'dkim')
      .map((e) => {
        const b = e.props['header.b']?.replace(/\s+/g, '');
        return {
          result: toAuthWord(e.result),
          domain: dkimDomain(e),
          selector: e.props['header.s'] ?? null,
          ...(b ? { b } : {}),
        };
      }),
    dmarc: dmarc
      ? {
          result: toAuthWord(dmarc.result),
          policy: dmarcPolicy(dmarc),
          domain: dmarc.props['header.from']?.toLowerCase() ?? null,
        }
      : null,
    arc: arc ? toAuthWord(arc.result) : null,
    lines: used.map((h) => h.line),
    proven: top.proven === true,
    fromMismatch,
  };
}

/** How unfavourable a result is: a fail over an error over none over a pass. */
const UNFAVOURABLE: Readonly<Record<string, number>> = {
  pass: 0,
  none: 1,
  neutral: 1,
  temperror: 2,
  permerror: 2,
  fail: 3,
};

/**
 * The one result of a method a message has once (DMARC, ARC) where the header holds several: all
 * alike, that one; differing in a malformed header, the least favourable (what a sender's text in a
 * comment the receiver did not close adds: red-team 37), or in one well-formed header, or with
 * one naming no header.from (probe43), the least favourable; differing in well-formed headers of
 * their own, each naming its header.from, none: two of the receiver's own checkers disagree
 * (rspamd's pass beside OpenDMARC's fail under one id, rw38-rspamd-pass-opendmarc-fail-spf-only),
 * and our own check decides.
 */
function onceOf(
  run: AuthResultsHeader[],
  method: string,
  sameAuthor: (e: AuthResultEntry) => boolean,
  entries: AuthResultEntry[],
): AuthResultEntry | undefined {
  const first = entries.find((e) => e.method === method);
  const seen = run.flatMap((h) =>
    h.results.filter((e) => e.method === method && sameAuthor(e)).map((e) => ({ e, h })),
  );
  if (seen.every(({ e }) => e.result.toLowerCase() === seen[0]!.e.result.toLowerCase())) return first;
  // Two of the receiver's checkers each write a header of their own naming the From they judged.
  // Differing results in one header, or one naming no header.from, are a sender's text the header
  // kept well-formed (an RFC 5321 address literal `bounce@[x:y;dmarc=pass;…]` printed raw after
  // smtp.mailfrom=, probe43): the least favourable stands, as in a malformed header.
  const oneHeader = seen.some((a) =>
    seen.some((b) => b !== a && b.h === a.h && b.e.result.toLowerCase() !== a.e.result.toLowerCase()),
  );
  const unnamed = seen.some(({ e }) => !e.props['header.from']);
  return seen.some(({ h }) => h.malformed) || oneHeader || unnamed
    ? worstOf(
        seen.map(({ e }) => e),
        method,
      )
    : undefined;
}

/** The least favourable result of `method` among the entries (the first of equals). */
function worstOf(entries: AuthResultEntry[], method: string): AuthResultEntry | undefined {
  let worst: AuthResultEntry | undefined;
  for (const e of entries) {
    if (e.method !== method) continue;
    if (
      !worst ||
      (UNFAVOURABLE[e.result.toLowerCase()] ?? 2) > (UNFAVOURABLE[worst.result.toLowerCase()] ?? 2)
    )
      worst = e;
  }
  return worst;
}

/**
 * The provider's trusted headers of this delivery, top down: the topmost trusted one, then the
 * trusted ones right below it under the same authserv-id. Lower headers join only when the top
 * one is `proven` (the receiver's entry line is by one of its own hosts, so every trusted header
 * sits above it, where the sender cannot write; Gmail's one header under its entry line is one per
 * delivery and never has a second) and each is itself trusted and proven, with no
 * other Authentication-Results between (parseAuthResults ends the run at the first header it does
 * not trust). Otherwise the top header stands alone, as before: where the entry is not proven a
 * lower header under the receiver's name may be a sender's imitation (RFC 8601 §5), and it must
 * not fill in a method (dmarc=pass) the real header lacks.
 */
function deliveryRun(parsed: AuthResultsHeader[]): AuthResultsHeader[] {
  const at = parsed.findIndex((h) => h.trusted);
  const top = parsed[at];
  if (!top) return [];
  const run = [top];
  if (top.proven !== true || top.gateway) return run;
  const id = hostKey(top.authservId);
  for (const h of parsed.slice(at + 1)) {
    if (!h.trusted || h.forged || h.gateway || h.proven !== true || hostKey(h.authservId) !== id) break;
    run.push(h);
  }
  return run;
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
export function sameDomain(a: string, b: string | null): boolean {
  if (!b) return false;
  const x = asciiHost(a);
  return x !== null && x === asciiHost(b);
}

function asciiHost(d: string): string | null {
  const h = hostKey(d.replace(/^.*@/, ''));
  if (!h) return null;
  return /^[\x00-\x7f]*$/.test(h) ? h : idnaHostname(h);
}

/** The signing domain a `dkim=` result names: header.d, else the domain of header.i. */
export function dkimDomain(e: AuthResultEntry): string | null {
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
    // Gmail's `(p=REJECT sp=REJECT dis=NONE)`, rspamd's `(policy=none)` (real-mail round 201).
    const m = /(?:^|[\s,;])(?:p|policy)=([a-z]{1,16})/i.exec(c);
    if (m) return (m[1] ?? '').toLowerCase();
  }
  return null;
}

/**
 * A results line in the receiver's own words: without the values it copies from the sender
 * (smtp.helo, smtp.mailfrom, header.*), which may name any address (a HELO `[203.0.113.20]`).
 * Read where the line says which address the receiver checked (lib/engine/offline.ts,
 * lib/findings/provider.ts).
 */
export function boxWords(line: string): string {
  return line.replace(/\b(?:smtp\.(?:helo|mailfrom)|header\.[a-z]+)=(?:"(?:[^"\\]|\\.)*"|[^\s;]*)/gi, '');
}

/**
 * The trusted gateway whose connection the provider's own results judged, not the sender's, or
 * null. Behind a gateway the user trusts (the origin walk went below it) whose own results are not
 * what the provider's header holds, the receiver checked SPF at the gateway's address: its spf=fail
 * and the dmarc=fail resting on it say nothing about the sender (rw40-trend-micro-tmes-postfix-link-
 * rewrite-trusted). A receiver that looked past the gateway itself (Exchange Online's Enhanced
 * Filtering writes "sender IP is <the sender's>") checked the very server the sender used: its
 * results judged the sender. Read in the box's own words, never in the values it copies from the
 * sender (probe54-trusted-gateway-box-checks-past-filter-helo-names-filter-offline). Online this
 * makes the disagreement a low note (lib/findings/provider.ts); offline, with more conditions, it
 * sets the box's DMARC fail aside (lib/engine/offline.ts offlineAtTrustedGateway).
 */
export function gatewayJudged(
  provider: ProviderResults | null,
  gateway: GatewayInfo | null | undefined,
  originIp: string | null,
): string | null {
  const g = gateway;
  if (!g?.trusted || !provider) return null;
  // The gateway's own record of the sender is the provider's (providerWithGateway): its fail counts.
  if (provider.lines.some((l) => g.resultsLines.includes(l))) return null;
  if (originIp && originIp !== g.ip && provider.lines.some((l) => namesAddress(boxWords(l), originIp)))
    return null;
  return g.host ?? g.ip;
}

// What the memory may hold, in one place for both sides: learn writes only values the import
// check (validate.ts) accepts, or one odd message (an AS named "High5! B.V.", a From domain written
// in UTF-8, seventeen signatures) would make the stored memory fail its own check on the next
// load, and the worker would start again with an empty one (sender-memory red team).
import { idnaHostname } from '../dns/name';
import { ownString, remember } from '../remember';

/** A DNS name in A-labels, lower case (domains, DKIM signers). */
export const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(?:\.(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?))*$/;
/** A DKIM selector, lower case. */
export const SELECTOR = /^[a-z0-9_][a-z0-9_.-]{0,252}$/;
/** Markup and control characters, refused in every name the memory keeps. */
const UNSAFE = /[\u0000-\u001f<>"'`&\u007f]/g;
export const INFRA_KEY = /^(?:esp|host|as|net):[^\u0000-\u001f<>"'`&\u007f]{1,100}$/;
/**
 * Provider and AS names as registries write them ("High5! B.V.", "Hetzner Online GmbH"): anything
 * but control characters, markup (< > " `), and invisible or reordering marks.
 */
export const NAME =
  /^[^\u0000-\u001f\u007f-\u009f<>"`\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]{1,120}$/u;
const NOT_NAME = /[\u0000-\u001f\u007f-\u009f<>"`\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/gu;
/** An SPF mechanism as the record writes it: printable ASCII without markup characters. */
export const MECHANISM = /^[!#-%(-;=?-_a-~]{1,300}$/;
/** A message's signature in `recent[].d`: `d=/s=`. */
export const SIGNED = /^[a-z0-9_.-]{1,253}\/[a-z0-9_.-]{0,253}$/;
/**
 * A memory file over this is refused before it is parsed (validate.ts); `learn` keeps the memory
 * within it (budget.ts), so whatever it writes the import reads back.
 */
export const MAX_MEMORY_BYTES = 8 * 2 ** 20;
/** Signatures kept per message (`recent[].d`): the import refuses more. */
export const MAX_SIGNED = 16;

// Each a pure function of one string, remembered (lib/remember.ts): the recall and the learning
// ask them of the same few names on every message (issue 21's cost figure).

/**
 * A domain as the memory files it: lower case, A-labels, no trailing dot; null when it is no DNS
 * name. An ASCII name (nearly every one) is read by hand, not filed in a table: most names new to
 * the table are a first contact's, for which its miss and insertion, right after an analysis, cost
 * more than reading the name (issue 21); the last answer is kept (the From domain is asked again as
 * the signer's, by the recall and by the learning). The answer is a copy that stands alone.
 */
export const memoryHost: (domain: string) => string | null = lastOne((domain) => {
  if (!isAscii(domain)) return unicodeHost(domain);
  let d = domain.toLowerCase();
  if (d.endsWith('.')) d = d.slice(0, -1);
  return isHost(d) ? ownString(d) : null;
});

/** memoryHost of a name with a character outside ASCII (IDNA's conversion is costly: remembered). */
const unicodeHost = remember((domain: string): string | null => {
  let d = domain.toLowerCase();
  if (d.endsWith('.')) d = d.slice(0, -1);
  if (!isAscii(d)) {
    d = idnaHostname(d) ?? '';
    return HOST.test(d) ? d : null;
  }
  return isHost(d) ? d : null;
});

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * HOST.test, read by hand: each new From domain is checked once, right after an analysis, when the
 * regular expression's compiled code has left the processor's caches (about 4 µs of a first
 * contact's recall; test/unit/memory/names.test.ts checks it against HOST).
 */
export function isHost(d: string): boolean {
  const n = d.length;
  if (n < 1 || n > 253) return false;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? d.charCodeAt(i) : 46;
    if (c === 46) {
      const len = i - start;
      if (len < 1 || len > 63 || d.charCodeAt(start) === 45 || d.charCodeAt(i - 1) === 45) return false;
      start = i + 1;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) return false;
  }
  return true;
}

const plainName = remember((name: string) => {
  const n = name.replace(NOT_NAME, ' ').replace(/\s+/g, ' ').trim().slice(0, 120).trim();
  return NAME.test(n) ? n : '';
});

/** A provider or AS name the import accepts: other characters dropped, at most 120. */
export function memoryName(name: string, fallback: string): string {
  return plainName(name) || fallback;
}

/** An infrastructure key the import accepts (markup and control characters dropped, at most 100 after the kind). */
export const memoryKey: (key: string) => string = remember((key) => key.replace(UNSAFE, '').slice(0, 104));

/**
 * `f` with its last answer kept: the recall (inside the analysis) and the learning (right after it)
 * ask the same name of the same message, and the next message of a sender or email service asks it
 * again; one comparison instead of a table lookup, which after an analysis is cache misses. Only
 * for pure functions of one string; the input is kept as a copy that stands alone (names.ts above).
 */
export function lastOne<T>(f: (s: string) => T): (s: string) => T {
  let input: string | null = null;
  let output: T;
  return (s) => {
    if (s !== input) {
      output = f(s);
      input = ownString(s);
    }
    return output;
  };
}

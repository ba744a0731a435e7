// A pure function of one string, remembered: the warm path asks the same few names (the From
// domain, the display name, the envelope domain) of tldts, the confusables table and the skeleton
// rules many times per message and again for the next message of the same sender. Only for
// functions whose answer depends on nothing but the string, so a remembered answer is exactly
// the one the function would compute again. Callers must not change what they get back.

/** Answers kept per function; past it the table starts over (a batch sees thousands of senders). */
export const MAX_REMEMBERED = 2048;
/** Longer strings (hostile headers) are computed each time, never kept. */
export const MAX_REMEMBERED_LENGTH = 1024;

export function remember<T>(compute: (s: string) => T, max = MAX_REMEMBERED): (s: string) => T {
  const table = new Map<string, T>();
  return (s) => {
    if (s.length > MAX_REMEMBERED_LENGTH) return compute(s);
    const hit = table.get(s);
    if (hit !== undefined || table.has(s)) return hit as T;
    // Kept and computed on a copy that stands alone: a name cut from a message would otherwise keep
    // the whole message alive in the table, and so would an answer cut from that name.
    const key = ownString(s);
    const value = compute(key);
    if (table.size >= max) table.clear();
    table.set(key, value);
    return value;
  };
}

/**
 * A copy of `s` that stands alone. V8 keeps a substring (and a string joined from pieces) as a view
 * into the strings it came from: a From domain into its header, the header into the message. What
 * outlives one analysis (the tables here, the sender memory) keeps such names as copies, or it
 * would keep every message they came from alive. The copy: a character joined in front makes a
 * pair, which reading flattens into one new string holding both; the view cut from that drops the
 * character and holds only the new string (about 8× faster than splitting and joining, which the
 * memory paid on every message it learnt).
 */
export function ownString(s: string): string {
  return s.length === 0 ? s : ` ${s}`.slice(1);
}

/**
 * `remember` for a pure function of two strings: one table keyed by both, the first's length in
 * front so no two pairs share a key (`a\nb` + `c` is not `a` + `b\nc`).
 */
export function rememberPair<T>(
  compute: (a: string, b: string) => T,
  max = MAX_REMEMBERED,
): (a: string, b: string) => T {
  const one = remember((key: string) => {
    const colon = key.indexOf(':');
    const end = colon + 1 + Number(key.slice(0, colon));
    return compute(key.slice(colon + 1, end), key.slice(end));
  }, max);
  return (a, b) => {
    const key = `${a.length}:${a}${b}`;
    return key.length > MAX_REMEMBERED_LENGTH ? compute(a, b) : one(key);
  };
}

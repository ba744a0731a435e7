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
    const value = compute(s);
    if (table.size >= max) table.clear();
    table.set(s, value);
    return value;
  };
}

// The shape of a zone file as the CLI reads it (--dns-zone): a name → records object, or a saved
// report with a `dns` array. ZoneResolver.fromJson is lenient (it skips what it cannot use); the
// CLI is strict, so a typo does not silently become "no such record": the first bad entry is
// named by its path, e.g. `"example.com".MX[0].priority`.
const TYPES = new Set(['A', 'AAAA', 'PTR', 'CNAME', 'TXT', 'MX', 'SERVFAIL', 'TIMEOUT']);

function at(path: string, what: string): string {
  return `${path}: ${what}`;
}

function entryError(name: string, value: unknown): string | null {
  const base = JSON.stringify(name);
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return at(base, 'expected an object of record lists');
  for (const [type, records] of Object.entries(value)) {
    const path = `${base}.${type}`;
    if (!TYPES.has(type)) return at(path, `unknown record type (use ${[...TYPES].join(', ')})`);
    if (type === 'SERVFAIL' || type === 'TIMEOUT') {
      if (typeof records !== 'boolean') return at(path, 'expected true or false');
      continue;
    }
    if (!Array.isArray(records)) return at(path, 'expected a list');
    for (const [i, r] of records.entries()) {
      const p = `${path}[${i}]`;
      if (type === 'MX') {
        if (!r || typeof r !== 'object') return at(p, 'expected { "priority": number, "exchange": "host" }');
        const mx = r as Record<string, unknown>;
        if (!Number.isFinite(mx.priority)) return at(`${p}.priority`, 'expected a number');
        if (typeof mx.exchange !== 'string') return at(`${p}.exchange`, 'expected a host name');
      } else if (type === 'TXT') {
        if (typeof r !== 'string' && !(Array.isArray(r) && r.every((c) => typeof c === 'string')))
          return at(p, 'expected a string or a list of strings');
      } else if (typeof r !== 'string') return at(p, 'expected a string');
    }
  }
  return null;
}

/** The first shape error of parsed zone-file JSON, or null when it is well formed. */
export function zoneShapeError(obj: unknown): string | null {
  const log = Array.isArray(obj)
    ? obj
    : obj && typeof obj === 'object'
      ? (obj as { dns?: unknown }).dns
      : undefined;
  if (Array.isArray(log)) {
    const root = Array.isArray(obj) ? '' : 'dns';
    for (const [i, e] of log.entries()) {
      const p = `${root}[${i}]`;
      if (!e || typeof e !== 'object') return at(p, 'expected a DNS log entry');
      const entry = e as Record<string, unknown>;
      if (typeof entry.name !== 'string') return at(`${p}.name`, 'expected a name');
      if (typeof entry.type !== 'string') return at(`${p}.type`, 'expected a record type');
      if (entry.answer === undefined && typeof entry.error !== 'string')
        return at(p, 'expected an "answer" or an "error"');
    }
    return null;
  }
  if (!obj || typeof obj !== 'object')
    return at('(top level)', 'expected a zone object or a report with a "dns" array');
  for (const [name, value] of Object.entries(obj)) {
    const err = entryError(name, value);
    if (err) return err;
  }
  return null;
}

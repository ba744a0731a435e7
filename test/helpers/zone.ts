// Converts the RFC 7208 test suite's `zonedata` (pyspf's format) to our ZoneData, following the
// suite's own driver (pyspf testspf.py): SPF-type records are copied to TXT unless the name has a
// TXT entry (`TXT: NONE` means "no TXT records" and only blocks that copy), and `TIMEOUT` makes
// every query for a type the name has no records of time out.
import type { ZoneData, ZoneEntry } from '../../lib/dns/zone';

type SuiteRecord = string | Record<string, unknown>;

export function suiteZoneToZoneData(zonedata: Record<string, SuiteRecord[] | null>): ZoneData {
  const zone: ZoneData = {};
  for (const [rawName, records] of Object.entries(zonedata)) {
    const name = rawName.toLowerCase().replace(/\.$/, '');
    const entry: ZoneEntry = zone[name] ?? {};
    const spf: Array<string | string[]> = [];
    let hasTxt = false;
    for (const rec of records ?? []) {
      if (rec === 'TIMEOUT') {
        entry.TIMEOUT = true;
        continue;
      }
      if (typeof rec !== 'object' || rec === null) continue;
      for (const [type, value] of Object.entries(rec)) {
        if (type === 'TXT') hasTxt = true;
        if (value === 'NONE') continue;
        switch (type) {
          case 'SPF':
            spf.push(txtValue(value));
            break;
          case 'TXT':
            entry.TXT = [...(entry.TXT ?? []), txtValue(value)];
            break;
          case 'MX': {
            const [priority, exchange] = value as [number, string];
            entry.MX = [...(entry.MX ?? []), { priority: Number(priority), exchange: String(exchange) }];
            break;
          }
          case 'A':
          case 'AAAA':
          case 'PTR':
          case 'CNAME':
            entry[type] = [...(entry[type] ?? []), String(value)];
            break;
          default:
            throw new Error(`unknown suite record type ${type} at ${rawName}`);
        }
      }
    }
    // The obsolete SPF RR type (RFC 7208 §3.1 removed it) is only ever seen as TXT by us.
    if (!hasTxt && spf.length) entry.TXT = spf;
    zone[name] = entry;
  }
  return zone;
}

// A string is one character-string; a list is a record of several strings joined without spaces.
function txtValue(value: unknown): string | string[] {
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

// RFC 5322 §3.3 date-time → ISO 8601. Written out instead of `Date.parse` because engines disagree
// on what they accept (V8 takes almost anything, Firefox is stricter), and the same message must
// give the same hop delays in the CLI, in Chrome's worker and in Firefox.

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

// RFC 5322 §4.3 obs-zone: the US zones have fixed offsets; military letters are "-0000" (unknown)
// because RFC 822 got their signs wrong.
const OBS_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

// [dow ,] day month year hh:mm[:ss] zone — comments already removed. Every quantifier is bounded
// or separated by a literal, so there is no backtracking blow-up on hostile input.
const DATE_RE =
  /^(?:[a-z]{2,9}\s*,?\s*)?(\d{1,2})\s*[\s-]\s*([a-z]{3})[a-z]{0,6}\s*[\s-]\s*(\d{2,4})\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d{1,9})?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[a-z]{1,5})?/i;

/**
 * Go's time.Time.String() (`2018-04-22 02:54:17.028704749 +0000 UTC`), which SendGrid's filter
 * relays and home-grown Go relays stamp their Received lines with (MHA's githubHeader4 and
 * sendGrid cases), and RFC 3339 (`2026-11-20T10:00:06Z`). Only with a stated zone: a numeric date
 * without one would be a guess. Go's monotonic reading (` m=+0.01`) after it is left unread.
 */
const NUMERIC_ZONED_RE =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?\s{0,9}([+-]\d{2}:?\d{2}|z)(?![\d:])/i;

function numericZonedMs(text: string): number | null {
  const m = NUMERIC_ZONED_RE.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return utcMs(year, month - 1, day, hour, minute, second, m[7]);
}

/**
 * Epoch milliseconds of a date-time (month 0–11) in its zone, or null when a field is out of
 * range; a leap second reads as :59.
 */
function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone: string | undefined,
): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // Date.UTC rolls 31 Feb into March; reject instead of inventing a date.
  if (new Date(utc).getUTCDate() !== day) return null;
  return utc - zoneOffsetMinutes(zone) * 60_000;
}

/** Parses an RFC 5322 date (also the obsolete forms). Returns epoch milliseconds or null. */
export function parseMailDateMs(input: string): number | null {
  // Dates are short; anything longer is not a date worth reading.
  const text = input
    .slice(0, 256)
    .replace(/\([^()]{0,200}\)/g, ' ')
    .trim();
  const m = DATE_RE.exec(text);
  if (!m) return numericZonedMs(text);
  const day = Number(m[1]);
  const month = MONTHS[(m[2] ?? '').toLowerCase()];
  let year = Number(m[3]);
  if (month === undefined) return null;
  // RFC 5322 §4.3 obs-year: two digits → 1950–2049, three digits → add 1900.
  if ((m[3] ?? '').length === 2) year += year < 50 ? 2000 : 1900;
  else if ((m[3] ?? '').length === 3) year += 1900;
  return utcMs(year, month, day, Number(m[4]), Number(m[5]), m[6] ? Number(m[6]) : 0, m[7]);
}

/** Same as parseMailDateMs, as an ISO 8601 string. */
export function parseMailDate(input: string): string | null {
  const ms = parseMailDateMs(input);
  return ms === null ? null : isoString(ms);
}

const MS_PER_DAY = 86_400_000;

/**
 * `new Date(ms).toISOString()`, written out: V8's builtin goes through its date cache and took a
 * microsecond a call, three times what this does (parseMailDate runs for the Date header and each
 * Received line of every message). Years outside 0000–9999 (which toISOString writes with six
 * digits and a sign) are left to it.
 */
export function isoString(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  // Civil date from days since 1970-01-01 (H. Hinnant, "chrono-Compatible Low-Level Date
  // Algorithms", days_from_civil inverted): eras of 400 years starting on 0000-03-01.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 0 && year <= 9999)) return new Date(ms).toISOString();
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const y = year < 1000 ? String(year).padStart(4, '0') : String(year);
  const ms3 = milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : String(milli);
  return `${y}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}.${ms3}Z`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone) return 0; // RFC 5322 §4.3: a missing zone is treated as -0000 (UTC, unknown).
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return OBS_ZONES[zone.toLowerCase()] ?? 0;
}

// Dates for people: in the reader's locale and time zone, with the zone named, so "10:00" is never
// mistaken for someone else's clock. Reports use UTC instead (lib/report), to compare across readers.

/** "3 Mar 2026, 11:00 CET" in the reader's locale; the text itself when it is not a date. */
export function localDateTime(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    })
      .format(new Date(t))
      .concat(' ', zoneName(t, locale, timeZone));
  } catch {
    return iso;
  }
}

function zoneName(t: number, locale?: string, timeZone?: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZoneName: 'short', timeZone })
    .formatToParts(new Date(t))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

/** "3 Mar 2026" in the reader's locale (Options' approval dates). */
export function localDate(iso: string | null | undefined, locale?: string, timeZone?: string): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(t));
  } catch {
    return iso;
  }
}

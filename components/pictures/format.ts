// Numbers, durations and dates for the analyst pictures, in the reader's locale (Intl with
// uiLocale()); the words around them come from t().
import { uiLocale } from '../../lib/i18n';

function unit(value: number, name: 'second' | 'minute' | 'hour' | 'day', digits = 0): string {
  return new Intl.NumberFormat(uiLocale(), {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

/** A wait: "4 sec", "12 min", "1.5 hr", "3 days" (localised); negative waits keep their sign. */
export function formatWait(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(seconds);
  if (s < 60) return sign + unit(Math.round(s), 'second');
  if (s < 3600) return sign + unit(Math.round(s / 60), 'minute');
  if (s < 48 * 3600) return sign + unit(s / 3600, 'hour', 1);
  return sign + unit(s / 86400, 'day', 1);
}

/** A date and time in the reader's locale and time zone; the ISO text itself if it does not parse. */
export function formatWhen(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(ms);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

import { type Message, msg } from '../i18n/message';
/** "45 seconds", "12 minutes", "3 hours 5 minutes", "2 days": durations a reader grasps at once. */
export function formatDuration(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (s < 90) return plural(s, 'second');
  if (s < 3600) return plural(Math.round(s / 60), 'minute');
  if (s < 172800) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s % 3600) / 60);
    return m && h < 10 ? `${plural(h, 'hour')} ${plural(m, 'minute')}` : plural(Math.round(s / 3600), 'hour');
  }
  return plural(Math.round(s / 86400), 'day');
}

/** formatDuration as a Message, for sentences shown in the reader's language. */
export function durationMessage(seconds: number): Message {
  const s = Math.round(Math.abs(seconds));
  if (s < 90) return msg('duration_seconds', { count: s });
  if (s < 3600) return msg('duration_minutes', { count: Math.round(s / 60) });
  if (s < 172800) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s % 3600) / 60);
    return m && h < 10
      ? msg('duration_hours_minutes', {
          hours: msg('duration_hours', { count: h }),
          minutes: msg('duration_minutes', { count: m }),
        })
      : msg('duration_hours', { count: Math.round(s / 3600) });
  }
  return msg('duration_days', { count: Math.round(s / 86400) });
}

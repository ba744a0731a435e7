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

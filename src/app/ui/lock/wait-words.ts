// How long to wait before the next unlock try, said in words a person reads at a glance.

const plural = (count: number, unit: string) => (count === 1 ? `1 ${unit}` : `${count} ${unit}s`);

/** "45 seconds", "2 minutes 8 seconds", "15 minutes"; a part of a second counts as a second. */
export function waitInWords(waitMs: number): string {
  const totalSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return plural(seconds, 'second');
  if (seconds === 0) return plural(minutes, 'minute');
  return `${plural(minutes, 'minute')} ${plural(seconds, 'second')}`;
}

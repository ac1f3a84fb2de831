const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-05-01 10:30` in local time (the way offices write times, in either language). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `2026-05-01`, or `05-01 10:30` for a time of this year when `short`. */
export function formatShortDateTime(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  if (d.getFullYear() !== now.getFullYear()) return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whole hours or days between now and a deadline, for "剩余 / 超期" texts. */
export function timeLeft(iso: string, now: number = Date.now()): { overdue: boolean; days: number; hours: number } {
  const ms = new Date(iso).getTime() - now;
  const abs = Math.abs(ms);
  const hours = Math.floor(abs / 3_600_000);
  return { overdue: ms < 0, days: Math.floor(hours / 24), hours: hours % 24 };
}

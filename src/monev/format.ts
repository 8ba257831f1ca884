/**
 * Number and time formatting for the monitoring page and texts, in Bahasa Indonesia
 * (decimal comma). @internal
 */
import { formatWorkingTime } from 'sop-ap';

/** A share as a percentage: `0.8` → `80%`, `0.125` → `12,5%`; `null` → `-`. @internal */
export function pct(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '-';
  const v = Math.round(share * 1000) / 10;
  return `${String(v).replace('.', ',')}%`;
}

/** A number with at most `digits` decimals and a decimal comma. @internal */
export function dec(value: number, digits = 1): string {
  const f = 10 ** digits;
  return String(Math.round(value * f) / f).replace('.', ',');
}

/**
 * Working minutes in words on a calendar whose day has `minutesPerDay` minutes:
 * `1 hari 2 jam 5 menit`, `45 menit`, `0 menit`. Rounded to the minute. @internal
 */
export function workingTime(minutes: number | null | undefined, minutesPerDay: number): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '-';
  return formatWorkingTime(minutes, minutesPerDay);
}

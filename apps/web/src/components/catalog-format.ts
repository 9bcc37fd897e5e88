/** How the console writes dates and numbers: the reader's locale, one way everywhere. */

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** A number with at most `digits` decimals; "—" for a missing one. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined
    ? '—'
    : value.toLocaleString(undefined, { maximumFractionDigits: digits });
}

/** A 0..1 share as a percent with one decimal; "—" for a missing one. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined
    ? '—'
    : value.toLocaleString(undefined, { style: 'percent', maximumFractionDigits: 1 });
}

/** A number with exactly `digits` decimals (a column lines up); "—" for a missing one. */
export function formatFixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined
    ? '—'
    : value.toLocaleString(undefined, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
}

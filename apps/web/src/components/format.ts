/** How the console writes dates and numbers: the reader's locale, one way everywhere. */

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const utcDateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** A due date: a bare `2027-03-31` is that calendar day, wherever the reader is. */
export function formatDueDate(dueDate: string): string {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(dueDate);
  const at = new Date(bare ? `${dueDate}T00:00:00Z` : dueDate);
  if (Number.isNaN(at.getTime())) {
    return dueDate;
  }
  return bare ? utcDateFormat.format(at) : dateTimeFormat.format(at);
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

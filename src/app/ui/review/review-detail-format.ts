// Words for review screens: a moment as a person reads it, and a field value before or after a change.
import type { FieldValue } from '../../../domain/entities';

/** A timestamp as a date and time in the reader's locale: "12 May 2025, 14:05". */
export function formatMoment(at: FieldValue | undefined): string {
  if (typeof at !== 'number') return 'an unknown time';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(at),
  );
}

/** A timestamp as a date only: "12 May 2025". */
export function formatDay(at: FieldValue | undefined): string {
  if (typeof at !== 'number') return 'an unknown date';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(at));
}

/** A field's value in a change list: text as it is, empty as "(empty)", anything else as JSON. */
export function formatValue(value: FieldValue | undefined): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

// How the sync screen names records and fields for a person, never by their wire names.
import type { EntityName, FieldValue } from '../../../domain/entities';

/** What a person calls each kind of record. */
const RECORD_NAMES: Record<EntityName, string> = {
  client: 'Client',
  assessment: 'Visit',
  room: 'Room',
  finding: 'Item answer',
  intervention: 'Recommendation',
  photo: 'Photo',
  goal: 'Goal',
  comment: 'Comment',
  amendment: 'Amendment',
  conflict: 'Conflict',
  checklist: 'Checklist',
  setting: 'Setting',
};
const MAX_VALUE_LENGTH = 80;

/** "Item answer" for a finding; a name the app does not know is shown as it came. */
export function recordWords(entity: unknown): string {
  return typeof entity === 'string' && Object.hasOwn(RECORD_NAMES, entity)
    ? RECORD_NAMES[entity as EntityName]
    : String(entity);
}

/** "summaryNotes" as "summary notes". */
export function fieldWords(field: unknown): string {
  return String(field)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** A value as a person reads it: text in quotes, numbers and lists as they are, cut when long. */
export function valueWords(value: FieldValue | undefined): string {
  if (value === undefined || value === null) return '(empty)';
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

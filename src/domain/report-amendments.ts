// Changes made after sign-off, as a report lists them: who, when, why, and each field before and after.
import type { JsonValue } from './entities';
import { liveRecords, numberField, type RecordView, textField } from './record-view';

/** One field changed by an amendment, with names a reader understands. */
export interface AmendmentChange {
  /** What was changed: `Recommendation "Grab bar by the toilet"`, `Finding "Is the path…"`. */
  target: string;
  /** The field's readable name: `Cost from`, `Severity`. */
  field: string;
  before: string;
  after: string;
}

export interface ReportAmendment {
  amendmentId: string;
  authorName: string | undefined;
  /** When the amendment was opened (ms since 1970); undefined if not recorded. */
  at: number | undefined;
  reason: string | undefined;
  changes: AmendmentChange[];
}

const ENTITY_NAMES: Readonly<Record<string, string>> = {
  client: 'Client',
  assessment: 'Visit',
  room: 'Room',
  finding: 'Finding',
  intervention: 'Recommendation',
  photo: 'Photo',
  goal: 'Goal',
  comment: 'Comment',
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  answer: 'Answer',
  severity: 'Severity',
  notes: 'Notes',
  measurements: 'Measurements',
  choice: 'Choice',
  title: 'Title',
  priority: 'Priority',
  provider: 'Who usually does it',
  responsible: 'Who does it',
  costMin: 'Cost from',
  costMax: 'Cost to',
  currency: 'Currency',
  fundingSource: 'Funding source',
  dueDate: 'Due date',
  status: 'Status',
  activity: 'Activity',
  importance: 'Importance',
  performanceBaseline: 'Performance (baseline)',
  satisfactionBaseline: 'Satisfaction (baseline)',
  performanceFollowUp: 'Performance (follow-up)',
  satisfactionFollowUp: 'Satisfaction (follow-up)',
  summaryNotes: 'Summary notes',
  peoplePresent: 'People present',
  consentRecorded: 'Consent recorded',
  deleted: 'Removed',
};

/** A field name as words: a known label, else `fallRisk` reads `Fall risk`. */
export function readableFieldName(field: string): string {
  const known = FIELD_NAMES[field];
  if (known !== undefined) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** A stored value as text: `(empty)`, `yes`/`no`, a list joined by commas, or JSON for the rest. */
export function readableValue(value: JsonValue | undefined): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((entry) => readableValue(entry)).join(', ');
  return Object.entries(value)
    .map(([key, entry]) => `${key}: ${readableValue(entry)}`)
    .join('; ');
}

/** Names the records amendments point at: `Recommendation "Grab bar"`; by entity and id. */
export type TargetNamer = (entity: string, id: string) => string | undefined;

/** The visit's amendments, oldest first, with their changes in readable words. */
export function reportAmendments(
  amendments: readonly RecordView[],
  nameTarget: TargetNamer,
): ReportAmendment[] {
  const openedAt = (amendment: RecordView) => numberField(amendment, 'startedAt') ?? 0;
  return liveRecords(amendments)
    .sort((a, b) => openedAt(a) - openedAt(b))
    .map((amendment) => ({
      amendmentId: amendment.id,
      authorName: textField(amendment, 'authorName'),
      at: numberField(amendment, 'startedAt'),
      reason: textField(amendment, 'reason'),
      changes: readChanges(amendment.fields.changes, nameTarget),
    }));
}

function readChanges(value: JsonValue | undefined, nameTarget: TargetNamer): AmendmentChange[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((change) => {
    if (change === null || typeof change !== 'object' || Array.isArray(change)) return [];
    const { entity, id, field } = change;
    if (typeof entity !== 'string' || typeof field !== 'string') return [];
    const entityName = ENTITY_NAMES[entity] ?? readableFieldName(entity);
    const name = typeof id === 'string' ? nameTarget(entity, id) : undefined;
    return [
      {
        target: name === undefined || name === '' ? entityName : `${entityName} "${name}"`,
        field: readableFieldName(field),
        before: readableValue(change.before),
        after: readableValue(change.after),
      },
    ];
  });
}

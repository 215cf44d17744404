// Every synced record as screens, reports and exports read it: one typed shape per entity,
// restored once from stored, pulled or imported fields by the entity registry.
import {
  type ENTITY_FIELDS,
  type EntityName,
  type FieldValues,
  fieldSpec,
  type SpecValue,
} from './entities';
import { isValidValue } from './field-values';
import type { RecordId } from './ids';

/** An entity's fields once restored: each one absent or a value its spec accepts (never null). */
export type RecordFields<E extends EntityName> = {
  readonly [F in keyof (typeof ENTITY_FIELDS)[E]]?: SpecValue<(typeof ENTITY_FIELDS)[E][F]>;
};

/** One record of one entity, typed by the registry, without the sync's bookkeeping. */
export interface TypedRecord<E extends EntityName = EntityName> {
  readonly entity: E;
  readonly id: RecordId;
  readonly fields: RecordFields<E>;
}

export type Client = TypedRecord<'client'>;
export type Assessment = TypedRecord<'assessment'>;
export type Room = TypedRecord<'room'>;
export type Finding = TypedRecord<'finding'>;
export type Intervention = TypedRecord<'intervention'>;
export type Photo = TypedRecord<'photo'>;
export type Goal = TypedRecord<'goal'>;
export type Comment = TypedRecord<'comment'>;
export type Amendment = TypedRecord<'amendment'>;
export type Conflict = TypedRecord<'conflict'>;

/**
 * The entity's fields as a screen may rely on them: a value its field's spec accepts is kept,
 * anything else (a cleared field, a field the registry no longer has, a value of an older or
 * damaged shape) is left out, so a reader never meets a wrong type.
 */
export function restoreFields<E extends EntityName>(
  entity: E,
  fields: Readonly<FieldValues>,
): RecordFields<E> {
  const restored: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    const spec = fieldSpec(entity, field);
    if (spec !== undefined && isValidValue(spec, value, `${entity}.${field}`)) {
      restored[field] = value;
    }
  }
  return restored as RecordFields<E>;
}

/** One record restored from its stored fields (see `restoreFields`). */
export function restoreRecord<E extends EntityName>(
  entity: E,
  id: RecordId,
  fields: Readonly<FieldValues>,
): TypedRecord<E> {
  return { entity, id, fields: restoreFields(entity, fields) };
}

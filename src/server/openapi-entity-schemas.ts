// JSON Schemas of every entity's fields, patches and changes, generated from ENTITY_FIELDS.
import {
  ENTITY_FIELDS,
  ENTITY_NAMES,
  type EntityName,
  type FieldSpec,
  isDeviceWritable,
} from '../domain/entities';

/** A JSON Schema in draft 2020-12, the dialect of OpenAPI 3.1. */
export type JsonSchema = Record<string, unknown>;

/** A reference to a schema in the document's components. */
export function schemaRef(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/** A lower-case RFC 9562 UUID, the form `isRecordId` accepts. */
export const RECORD_ID_PATTERN =
  '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/** The schema holding an entity's fields, e.g. `ClientFields`. */
export function fieldsSchemaName(entity: EntityName): string {
  return `${capitalized(entity)}Fields`;
}

function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function withoutUndefined(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([, value]) => value !== undefined));
}

function wholeNumber(min: number | undefined, max: number | undefined): JsonSchema {
  return {
    type: 'integer',
    minimum: min ?? Number.MIN_SAFE_INTEGER,
    maximum: max ?? Number.MAX_SAFE_INTEGER,
  };
}

/** What one field spec allows, as JSON Schema, `null` aside. */
function valueSchema(spec: FieldSpec): JsonSchema {
  switch (spec.kind) {
    case 'string': {
      const { maxLength, pattern, patternHint } = spec;
      return withoutUndefined({
        type: 'string',
        maxLength,
        pattern: pattern?.source,
        description: patternHint,
      });
    }
    case 'id':
      return { type: 'string', pattern: RECORD_ID_PATTERN, description: 'A record id.' };
    case 'date':
      return { type: 'string', format: 'date', pattern: DATE_PATTERN, description: 'YYYY-MM-DD.' };
    case 'timestamp':
      return { ...wholeNumber(0, undefined), description: 'Milliseconds since 1970 (UTC).' };
    case 'number':
      return withoutUndefined({ type: 'number', minimum: spec.min, maximum: spec.max });
    case 'integer':
      return wholeNumber(spec.min, spec.max);
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...spec.values] };
    case 'string-list':
      return {
        type: 'array',
        maxItems: spec.maxItems,
        items: { type: 'string', maxLength: spec.maxItemLength },
      };
    case 'number-map':
      return {
        type: 'object',
        maxProperties: spec.maxEntries,
        propertyNames: { maxLength: spec.maxKeyLength },
        additionalProperties: { type: 'number' },
      };
    case 'json':
      return {
        description: `Any JSON value of at most ${spec.maxJsonLength} characters as JSON text.`,
      };
  }
}

/** Lets a schema also hold `null`, which clears the field; a `json` schema already does. */
function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type !== 'string') return schema;
  const withNull: JsonSchema = { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.enum)) withNull.enum = [...schema.enum, null];
  return withNull;
}

function fieldSchema(entity: EntityName, field: string, spec: FieldSpec): JsonSchema {
  const schema = orNull(valueSchema(spec));
  if (isDeviceWritable(entity, field)) return schema;
  const serverOnly =
    'Written only by the server; a patch setting it is rejected `read_only_field`.';
  const description = [schema.description, serverOnly].filter(Boolean).join(' ');
  return { ...schema, readOnly: true, description };
}

function fieldsSchema(entity: EntityName): JsonSchema {
  const fields: Record<string, FieldSpec> = ENTITY_FIELDS[entity];
  const properties = Object.fromEntries(
    Object.entries(fields).map(([field, spec]) => [field, fieldSchema(entity, field, spec)]),
  );
  return {
    type: 'object',
    description:
      `Fields of a \`${entity}\` record. Every field is optional, since a record is built up ` +
      'from patches; `null` clears a field and `deleted: true` marks the record deleted.',
    properties,
    additionalProperties: false,
  };
}

const deviceSeq = { ...wholeNumber(1, undefined), description: "The device's own patch number." };
const recordId = { type: 'string', pattern: RECORD_ID_PATTERN, description: 'A record id.' };

function patchSchema(entity: EntityName): JsonSchema {
  const fieldNames = Object.keys(ENTITY_FIELDS[entity]);
  return {
    type: 'object',
    description: `A device's edit of one \`${entity}\` record.`,
    required: ['seq', 'entity', 'id', 'set', 'at'],
    properties: {
      seq: deviceSeq,
      entity: { const: entity },
      id: recordId,
      set: { ...schemaRef(fieldsSchemaName(entity)), minProperties: 1 },
      base: {
        type: 'object',
        description:
          'For each field set, the change seq of the value the device had when editing (0 if none).',
        propertyNames: { enum: fieldNames },
        additionalProperties: wholeNumber(0, undefined),
      },
      at: {
        type: 'integer',
        minimum: 0,
        maximum: Number.MAX_SAFE_INTEGER,
        description:
          'The device clock in whole ms since 1970, for display only (else `wrong_type` or `out_of_range`).',
      },
    },
  };
}

function changeSchema(entity: EntityName): JsonSchema {
  return {
    type: 'object',
    description: `One applied change to a \`${entity}\` record, or its snapshot.`,
    required: ['seq', 'entity', 'id', 'set', 'deviceId', 'userId', 'at'],
    properties: {
      seq: { ...wholeNumber(1, undefined), description: "The organization's change number." },
      entity: { const: entity },
      id: recordId,
      set: schemaRef(fieldsSchemaName(entity)),
      deviceId: { type: 'string', description: 'The device that wrote it, or `server`.' },
      userId: { type: 'string', description: 'The user whose edit it was.' },
      at: { type: 'number', description: 'The writing device clock in ms, for display only.' },
    },
  };
}

function unionOf(kind: 'Patch' | 'Change', description: string): JsonSchema {
  const mapping = Object.fromEntries(
    ENTITY_NAMES.map((entity) => [entity, `#/components/schemas/${capitalized(entity)}${kind}`]),
  );
  return {
    description,
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'entity', mapping },
  };
}

/** `<Entity>Fields`, `<Entity>Patch` and `<Entity>Change` for every entity, and their unions. */
export function entitySchemas(): Record<string, JsonSchema> {
  const perEntity = ENTITY_NAMES.flatMap((entity) => [
    [fieldsSchemaName(entity), fieldsSchema(entity)],
    [`${capitalized(entity)}Patch`, patchSchema(entity)],
    [`${capitalized(entity)}Change`, changeSchema(entity)],
  ]);
  return {
    ...Object.fromEntries(perEntity),
    Patch: unionOf('Patch', 'A local edit to one record, by entity.'),
    Change: unionOf('Change', 'A change from the server, by entity.'),
  };
}

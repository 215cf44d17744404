// The values and bodies of hostile requests: nasty text and numbers, bodies shaped like each
// route's (with sound values too, to get past validation), random JSON, huge, deep and binary.
import fc from 'fast-check';
import { ENTITY_NAMES } from '../../../src/domain/entities';

const NASTY_TEXT = [
  "Robert'); DROP TABLE users;--",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e\ufeff',
  '=HYPERLINK("x")',
  'x'.repeat(300),
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '9'.repeat(30),
  '-1',
  '1e308',
];
export const nastyString = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const nastyValue = fc.oneof(
  nastyString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(2 ** 53, -(2 ** 63), 1.5, -0, true, null, [], {}),
);
/** Sound values for the fields routes read, so requests also get past validation. */
const SOUND_VALUES: Record<string, readonly unknown[]> = {
  email: ['grace@riverside.example', 'new.person@riverside.example'],
  password: ['correct horse battery', 'wrong password'],
  organization: ['Hillside OT'],
  name: ['Sam Carer'],
  role: ['admin', 'therapist', 'reviewer'],
  disabled: [true, false],
  what: ['findings CSV'],
  count: [0, 12],
};
/** An object with some of `keys`, each holding a sound or a hostile value. */
const shaped = (keys: readonly string[]) =>
  fc
    .uniqueArray(fc.constantFrom(...keys), { maxLength: keys.length })
    .chain((chosen) =>
      fc
        .tuple(
          ...chosen.map((key) =>
            fc.oneof(fc.constantFrom(...(SOUND_VALUES[key] ?? [key])), nastyValue),
          ),
        )
        .map((values) => Object.fromEntries(chosen.map((key, index) => [key, values[index]]))),
    );

const FIELD_NAMES = [
  'name',
  'notes',
  'status',
  'answer',
  'severity',
  'measurements',
  'roomId',
  'assessmentId',
  'therapistId',
  'signedBy',
  'deleted',
  'resolved',
  'x',
];
const patchShape = fc.record(
  {
    seq: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) }, nastyValue),
    entity: fc.oneof(fc.constantFrom(...ENTITY_NAMES), nastyString),
    id: fc.oneof(
      fc.uuid().map((id) => id.toLowerCase()),
      nastyString,
    ),
    set: fc.oneof({ weight: 4, arbitrary: shaped(FIELD_NAMES) }, nastyValue),
    base: fc.oneof(fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.nat()), nastyValue),
    at: fc.oneof(fc.constant(Date.now()), fc.nat(), nastyValue),
  },
  { requiredKeys: ['seq'] },
);
/** Mostly well-formed sync requests from three devices, with hostile patches inside. */
export const syncShape = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      {
        deviceId: fc.constantFrom('tablet-1', 'tablet-2', 'laptop'),
        cursor: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.nat({ max: 60 })),
        push: fc.array(patchShape, { maxLength: 5 }),
        limit: fc.oneof(fc.integer({ min: 1, max: 1000 }), nastyValue),
        snapshot: fc.boolean(),
      },
      { requiredKeys: ['deviceId', 'cursor', 'push'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        deviceId: fc.oneof(fc.constantFrom('tablet-1', 'server'), nastyString),
        cursor: nastyValue,
        push: fc.oneof(fc.array(patchShape, { maxLength: 3 }), nastyValue),
        limit: nastyValue,
        snapshot: nastyValue,
      },
      { requiredKeys: [] },
    ),
  },
);
const BODY_SHAPES = fc.oneof(
  shaped(['email', 'password']),
  shaped(['organization', 'name', 'email', 'password']),
  shaped(['name', 'email', 'role', 'password']),
  shaped(['role', 'disabled', 'name']),
  shaped(['what', 'count']),
  syncShape,
);

/** JSON text nested `depth` levels deep, built as text so nothing here recurses over it. */
const nestedText = (depth: number) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
const HUGE_JSON = Buffer.from(JSON.stringify({ email: 'x', password: 'y'.repeat(1_100_000) }));
const HUGE_SYNC = Buffer.from(
  JSON.stringify({
    deviceId: 'big',
    cursor: 0,
    push: [{ seq: 1, set: { notes: 'z'.repeat(8_500_000) } }],
  }),
);
export const PNG_START = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const bodyText = fc.oneof(
  { weight: 6, arbitrary: BODY_SHAPES.map((body) => JSON.stringify(body)) },
  { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 50_000 }).map(nestedText) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"isAdmin":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '{"email":"a@b.example","email":"c@d.example","password":"p"}',
      '{',
      '[]',
      'null',
      '"\\ud800"',
      '{"cursor":1e999}',
    ),
  },
);
/** Any body: none, JSON text (shaped, random, deep, odd), bytes, an image start, or huge. */
export const fuzzBody = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 8, arbitrary: bodyText.map((text) => Buffer.from(text)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)) },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 512 }).map((tail) => Buffer.concat([PNG_START, tail])),
  },
  { weight: 1, arbitrary: fc.constantFrom(HUGE_JSON, HUGE_SYNC) },
);

/** Content types, right, wrong and malformed. */
export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/jsonx',
  'text/plain',
  'text/html',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/svg+xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  ';;;',
  '',
];

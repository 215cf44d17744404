// A complete home visit put on the e2e server through the sync API, as a tablet would have pushed
// it: a client in a wheelchair, four rooms, answered items with barriers of each severity and
// measurements that fail and pass, costed recommendations, goals and a photo whose bytes uploaded.
import { createHash, randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { APIRequestContext } from '@playwright/test';
import { derivedId } from '../../../src/domain/ids';
import { THERAPIST } from './accounts';

export interface SeedOptions {
  clientName?: string;
  address?: string;
  setting?: 'home' | 'workplace' | 'school';
  /** The visit's date, YYYY-MM-DD; today when not given. */
  date?: string;
  status?: 'draft' | 'complete';
  /** Who records it; the organization's first user (THERAPIST) when not given. */
  email?: string;
  password?: string;
  /** Free text put in the first barrier's notes (e.g. markup that must stay inert). */
  barrierNote?: string;
  /** The bathroom's name, e.g. a long one that a chart must not cut off. */
  bathroomName?: string;
}

export interface SeededBarrier {
  findingId: string;
  roomName: string;
  prompt: string;
  severity: 'high' | 'medium' | 'low';
}

export interface SeededVisit {
  assessmentId: string;
  clientId: string;
  clientName: string;
  address: string;
  therapist: { id: string; name: string; token: string };
  rooms: { id: string; name: string }[];
  barriers: SeededBarrier[];
  /** Items answered OK or not applicable. */
  otherFindings: { findingId: string; roomName: string; prompt: string; answer: 'ok' | 'na' }[];
  interventions: {
    id: string;
    title: string;
    priority: 'high' | 'medium' | 'low';
    costMin?: number;
    costMax?: number;
  }[];
  /** The sum of the costed recommendations, in USD. */
  totalCost: { min: number; max: number };
  goals: { id: string; activity: string; performance: number; satisfaction: number }[];
  photo: { id: string; sha256: string; findingId: string };
}

/** A solid-colour PNG of the given size: a photo that shows on screen and on paper. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Fields = Record<string, unknown>;

/** Signs in through the API; answers the token and the user. */
async function logIn(request: APIRequestContext, email: string, password: string) {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  if (!response.ok()) throw new Error(`Login failed with ${response.status()}`);
  const body = (await response.json()) as { token: string; user: { id: string; name: string } };
  return { token: body.token, id: body.user.id, name: body.user.name };
}

const ROOMS = [
  { name: 'Front entrance', areaId: 'entrance' },
  { name: 'Bathroom', areaId: 'bathroom-toilet' },
  { name: 'Bedroom', areaId: 'bedroom' },
  { name: 'Kitchen', areaId: 'kitchen' },
] as const;

/** Pushes a complete visit for a new client; every call makes new records. */
export async function seedVisit(
  request: APIRequestContext,
  options: SeedOptions = {},
): Promise<SeededVisit> {
  const user = await logIn(
    request,
    options.email ?? THERAPIST.email,
    options.password ?? THERAPIST.password,
  );
  const records: { entity: string; id: string; set: Fields }[] = [];
  const put = (entity: string, id: string, set: Fields) => {
    records.push({ entity, id, set });
    return id;
  };
  const clientName = options.clientName ?? `Margaret Oduya ${randomUUID().slice(0, 6)}`;
  const address = options.address ?? '14 Elm Street, Springfield';
  const clientId = put('client', randomUUID(), {
    name: clientName,
    ageGroup: 'adult',
    mobilityDevice: 'manual-wheelchair',
    deviceWidthMm: 660,
    transferMethod: 'supervised',
    fallsInLast12Months: 2,
    fallRisk: 'high',
    address,
    livesWith: 'Daughter',
  });
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const assessmentId = put('assessment', randomUUID(), {
    clientId,
    setting: options.setting ?? 'home',
    type: 'initial',
    date,
    address,
    peoplePresent: ['Client', 'Daughter'],
    consentRecorded: true,
    checklistId: 'adult-home',
    checklistVersion: 1,
    status: 'draft',
    therapistId: user.id,
    therapistName: user.name,
    startedAt: Date.now(),
  });
  const rooms = ROOMS.map((room, order) => {
    const name =
      room.areaId === 'bathroom-toilet' ? (options.bathroomName ?? room.name) : room.name;
    const id = put('room', randomUUID(), { assessmentId, name, areaId: room.areaId, order });
    return { id, name };
  });
  const [entrance, bathroom, bedroom, kitchen] = rooms as [
    (typeof rooms)[0],
    (typeof rooms)[0],
    (typeof rooms)[0],
    (typeof rooms)[0],
  ];
  const finding = (room: { id: string }, itemId: string, set: Fields) =>
    put('finding', derivedId('finding', room.id, itemId), {
      assessmentId,
      roomId: room.id,
      itemId,
      ...set,
    });

  const barriers: SeededBarrier[] = [];
  const barrier = (
    room: { id: string; name: string },
    itemId: string,
    prompt: string,
    severity: SeededBarrier['severity'],
    set: Fields = {},
  ) => {
    const findingId = finding(room, itemId, { answer: 'barrier', severity, ...set });
    barriers.push({ findingId, roomName: room.name, prompt, severity });
    return findingId;
  };
  const doorId = barrier(
    entrance,
    'home.entrance.door-width',
    'Is the entrance door wide enough for the client and their device?',
    'high',
    {
      measurements: { 'home.entrance.door-width.clear-width': 711 },
      notes: options.barrierNote ?? 'Front door 28 in clear; the wheelchair catches the frame.',
    },
  );
  const thresholdId = barrier(
    entrance,
    'home.entrance.threshold',
    'Is the door threshold low enough to walk or roll over without catching?',
    'medium',
    { measurements: { 'home.entrance.threshold.height': 19 } },
  );
  const grabBarId = barrier(
    bathroom,
    'home.bath.grab-bar-toilet',
    'Is there a firm grab bar or frame beside the toilet?',
    'high',
    { notes: 'Uses the towel rail to stand up.' },
  );
  const rugsId = barrier(
    bedroom,
    'home.bedroom.rugs-cords',
    'Are there rugs, cords or clutter on the floor around the bed?',
    'low',
  );
  const otherFindings: SeededVisit['otherFindings'] = [];
  const other = (
    room: { id: string; name: string },
    itemId: string,
    prompt: string,
    answer: 'ok' | 'na',
    set: Fields = {},
  ) => {
    const findingId = finding(room, itemId, { answer, ...set });
    otherFindings.push({ findingId, roomName: room.name, prompt, answer });
  };
  other(
    entrance,
    'home.entrance.step-edges',
    'Can the edge of each entrance step be seen clearly?',
    'ok',
  );
  other(
    bathroom,
    'home.bath.toilet-transfer',
    'Can the client get on and off the toilet easily and safely?',
    'ok',
    { measurements: { 'home.bath.toilet-transfer.seat-height': 430 } },
  );
  other(
    bedroom,
    'home.bedroom.door-width',
    'Is the bedroom door wide enough for the client and their device?',
    'ok',
    { measurements: { 'home.bedroom.door-width.clear-width': 864 } },
  );
  other(
    kitchen,
    'home.kitchen.floor',
    'Is the kitchen floor non-slip and free of mats and spills?',
    'na',
  );

  const interventions: SeededVisit['interventions'] = [];
  const recommend = (findingId: string, set: Fields & SeededVisit['interventions'][number]) => {
    const { id: _unused, ...fields } = set;
    put('intervention', set.id, { assessmentId, findingId, status: 'recommended', ...fields });
    interventions.push({
      id: set.id,
      title: set.title,
      priority: set.priority,
      costMin: set.costMin,
      costMax: set.costMax,
    });
  };
  recommend(doorId, {
    id: randomUUID(),
    catalogueId: 'offset-hinges',
    title: 'Offset (swing-clear) hinges',
    category: 'home-modification',
    priority: 'high',
    provider: 'handyperson',
    responsible: 'Landlord',
    costMin: 20,
    costMax: 30,
    currency: 'USD',
    fundingSource: 'Landlord',
  });
  recommend(grabBarId, {
    id: randomUUID(),
    catalogueId: 'grab-bar-toilet',
    title: 'Grab bar beside the toilet',
    category: 'home-modification',
    priority: 'high',
    provider: 'licensed-contractor',
    responsible: 'Home modification program',
    costMin: 100,
    costMax: 300,
    currency: 'USD',
    fundingSource: 'Medicaid waiver',
  });
  recommend(thresholdId, {
    id: randomUUID(),
    catalogueId: 'threshold-ramp-fixed',
    title: 'Threshold ramp',
    category: 'home-modification',
    priority: 'medium',
    provider: 'handyperson',
    costMin: 50,
    costMax: 150,
    currency: 'USD',
  });
  recommend(rugsId, {
    id: randomUUID(),
    catalogueId: 'remove-loose-rugs',
    title: 'Remove loose rugs around the bed',
    category: 'education',
    priority: 'low',
    provider: 'family-or-carer',
  });

  const goals = [
    { activity: 'Get in and out of the house on her own', kind: 'getting-in-and-out', p: 3, s: 2 },
    { activity: 'Use the toilet safely at night', kind: 'toileting', p: 4, s: 3 },
  ].map((goal, order) => ({
    id: put('goal', randomUUID(), {
      assessmentId,
      clientId,
      activity: goal.activity,
      activityKind: goal.kind,
      order,
      importance: 9 - order,
      performanceBaseline: goal.p,
      satisfactionBaseline: goal.s,
    }),
    activity: goal.activity,
    performance: goal.p,
    satisfaction: goal.s,
  }));

  // Each seeded visit gets its own photo colour, so its bytes (and hash) are its own.
  const shade = Number.parseInt(assessmentId.slice(-2), 16);
  const bytes = solidPng(160, 120, [40, 120, shade]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const photoId = put('photo', randomUUID(), {
    ownerId: grabBarId,
    ownerEntity: 'finding',
    assessmentId,
    sha256,
    mimeType: 'image/png',
    byteSize: bytes.length,
    width: 160,
    height: 120,
    caption: 'Towel rail used as a grab bar',
    takenAt: Date.now(),
  });
  if (options.status === 'complete') {
    put('assessment', assessmentId, {
      status: 'complete',
      completedAt: Date.now(),
      completedBy: user.id,
      completedByName: user.name,
    });
  }

  const upload = await request.put(`/api/v1/blobs/${sha256}`, {
    headers: { authorization: `Bearer ${user.token}`, 'content-type': 'image/png' },
    data: bytes,
  });
  if (!upload.ok()) throw new Error(`Photo upload failed with ${upload.status()}`);
  await push(request, user.token, records);

  const costed = interventions.filter((line) => line.costMin !== undefined);
  return {
    assessmentId,
    clientId,
    clientName,
    address,
    therapist: user,
    rooms,
    barriers,
    otherFindings,
    interventions,
    totalCost: {
      min: costed.reduce((sum, line) => sum + (line.costMin ?? 0), 0),
      max: costed.reduce((sum, line) => sum + (line.costMax ?? 0), 0),
    },
    goals,
    photo: { id: photoId, sha256, findingId: grabBarId },
  };
}

/** Pushes the records from a new device; fails on any refusal. */
async function push(
  request: APIRequestContext,
  token: string,
  records: { entity: string; id: string; set: Fields }[],
): Promise<void> {
  const at = Date.now();
  const patches = records.map((record, index) => ({
    seq: index + 1,
    entity: record.entity,
    id: record.id,
    set: record.set,
    base: Object.fromEntries(Object.keys(record.set).map((field) => [field, 0])),
    at,
  }));
  const response = await request.post('/api/v1/sync', {
    headers: { authorization: `Bearer ${token}` },
    data: { deviceId: `e2e-seed-${randomUUID()}`, cursor: 0, push: patches, limit: 1 },
  });
  if (!response.ok()) throw new Error(`Seeding failed with ${response.status()}`);
  const answer = (await response.json()) as { acked: number; rejected: unknown[] };
  if (answer.acked !== patches.length || answer.rejected.length > 0) {
    throw new Error(`Seeding was refused: ${JSON.stringify(answer.rejected)}`);
  }
}

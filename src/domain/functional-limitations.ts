// The client's functional limitations, in our own words, and which barriers bear on each: the
// person side of the person-environment fit score (visit-scores.ts).
import type { Item } from './checklist';
import type { DeviceKind } from './client-device';
import { type RecordView, textField } from './record-view';
import type { Activity } from './vocabulary';

/** A limitation the therapist records, or one read from the client's mobility device. */
export interface Limitation {
  id: string;
  label: string;
  /** True when it follows from the mobility device rather than being ticked. */
  fromDevice: boolean;
  /** A barrier on a fall-related item bears on it. */
  fallRelated: boolean;
  /** A barrier in the way of any of these activities bears on it. */
  activities: readonly Activity[];
}

/** Whether a barrier on this item gets in the way of a person with this limitation. */
export function bearsOn(limitation: Limitation, item: Item): boolean {
  return (
    (limitation.fallRelated && item.fallRelated) ||
    item.activities.some((activity) => limitation.activities.includes(activity))
  );
}

/**
 * Our own list, after the idea of the Housing Enabler's personal component (functional
 * limitations and mobility aids); neither its items nor its severity matrix are reproduced.
 */
export const LIMITATIONS: readonly Limitation[] = [
  {
    id: 'balance',
    label: 'Poor balance or unsteady on their feet',
    fromDevice: false,
    fallRelated: true,
    activities: [],
  },
  {
    id: 'stamina',
    label: 'Tires quickly or gets short of breath',
    fromDevice: false,
    fallRelated: false,
    activities: ['moving-about', 'getting-in-and-out', 'household-tasks', 'bathing'],
  },
  {
    id: 'reach',
    label: 'Limited reach with the arms',
    fromDevice: false,
    fallRelated: false,
    activities: ['cooking', 'household-tasks', 'grooming', 'dressing', 'managing-medication'],
  },
  {
    id: 'hand-use',
    label: 'Weak grip or limited use of the hands',
    fromDevice: false,
    fallRelated: false,
    activities: ['cooking', 'grooming', 'managing-medication', 'getting-in-and-out'],
  },
  {
    id: 'bending',
    label: 'Difficulty bending, kneeling or getting down low',
    fromDevice: false,
    fallRelated: false,
    activities: ['toileting', 'bathing', 'dressing', 'household-tasks', 'sleeping'],
  },
  {
    id: 'vision',
    label: 'Low vision',
    fromDevice: false,
    fallRelated: true,
    activities: ['managing-medication', 'cooking'],
  },
  {
    id: 'hearing',
    label: 'Hard of hearing',
    fromDevice: false,
    fallRelated: false,
    activities: ['emergency-response'],
  },
  {
    id: 'cognition',
    label: 'Difficulty remembering, planning or judging risk',
    fromDevice: false,
    fallRelated: false,
    activities: ['emergency-response', 'managing-medication', 'cooking'],
  },
  {
    id: 'walking-aid',
    label: 'Walks with an aid (stick, crutches, frame or rollator)',
    fromDevice: true,
    fallRelated: false,
    activities: ['moving-about', 'getting-in-and-out', 'toileting', 'bathing'],
  },
  {
    id: 'wheelchair',
    label: 'Uses a wheelchair or scooter',
    fromDevice: true,
    fallRelated: false,
    activities: [
      'moving-about',
      'getting-in-and-out',
      'toileting',
      'bathing',
      'cooking',
      'grooming',
    ],
  },
];

const WALKING_AIDS: readonly DeviceKind[] = ['cane', 'crutches', 'walker', 'rollator'];
const WHEELED: readonly DeviceKind[] = ['manual-wheelchair', 'power-wheelchair', 'scooter'];

/** The ids of the limitations the therapist may tick (the device ones come from the device). */
export const TICKED_LIMITATIONS = LIMITATIONS.filter((limitation) => !limitation.fromDevice);

/** The client's limitations: those ticked on the profile, and their mobility device's. */
export function limitationsOf(client: RecordView | undefined): Limitation[] {
  if (client === undefined) return [];
  const ticked = client.fields.functionalLimitations;
  const ids = new Set(Array.isArray(ticked) ? ticked.filter((id) => typeof id === 'string') : []);
  const device = textField(client, 'mobilityDevice');
  if (WALKING_AIDS.some((kind) => kind === device)) ids.add('walking-aid');
  if (WHEELED.some((kind) => kind === device)) ids.add('wheelchair');
  return LIMITATIONS.filter((limitation) => ids.has(limitation.id));
}

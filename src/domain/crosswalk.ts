// Where a checklist item corresponds to a public instrument (HOME FAST, CDC, HSSAT, OSHA eTool, SFA).
import {
  join,
  type ReadContext,
  readEnum,
  readObject,
  rejectUnknownKeys,
  report,
} from './json-reader';

/** Areas of the CDC STEADI "Check for Safety" brochure. */
export const CDC_AREAS = [
  'Floors',
  'Stairs and steps',
  'Kitchen',
  'Bedrooms',
  'Bathrooms',
  'Other things you can do',
] as const;

/** Areas of the Home Safety Self-Assessment Tool (HSSAT v5). */
export const HSSAT_AREAS = [
  'Front entrance and yard',
  'Back or side entrance',
  'Hallway and foyer',
  'Living room',
  'Kitchen',
  'Bedroom',
  'Bathroom',
  'Staircases',
  'Laundry and basement',
  'Garage',
] as const;

/** Sections of the OSHA Computer Workstations eTool evaluation checklist. */
export const OSHA_AREAS = [
  'Working postures',
  'Seating',
  'Keyboard and input devices',
  'Monitor',
  'Work area',
  'Accessories',
  'General',
] as const;

/** School Function Assessment activity areas (physical and cognitive/behavioural tasks). */
export const SFA_AREAS = [
  'Travel',
  'Maintaining and changing positions',
  'Recreational movement',
  'Using materials',
  'Setup and cleanup',
  'Eating and drinking',
  'Hygiene',
  'Clothing management',
  'Up and down stairs',
  'Written work',
  'Computer and equipment use',
  'Safety',
] as const;

/** HOME FAST items are numbered as in the BMJ Open items table (see schema.json). */
const HOME_FAST_ITEM_COUNT = 25;

export interface Crosswalk {
  homeFast?: number;
  cdc?: (typeof CDC_AREAS)[number];
  hssat?: (typeof HSSAT_AREAS)[number];
  osha?: (typeof OSHA_AREAS)[number];
  sfa?: (typeof SFA_AREAS)[number];
}

const CROSSWALK_KEYS = ['homeFast', 'cdc', 'hssat', 'osha', 'sfa'];

/** Reads an item's crosswalk; a missing crosswalk reads as empty. */
export function readCrosswalk(value: unknown, path: string, context: ReadContext): Crosswalk {
  if (value === undefined) return {};
  const object = readObject(value, path, context, 'a crosswalk');
  if (object === undefined) return {};
  rejectUnknownKeys(object, CROSSWALK_KEYS, path, context);
  const crosswalk: Crosswalk = {};
  const homeFast = object.homeFast;
  if (homeFast !== undefined) {
    if (
      Number.isInteger(homeFast) &&
      Number(homeFast) >= 1 &&
      Number(homeFast) <= HOME_FAST_ITEM_COUNT
    ) {
      crosswalk.homeFast = Number(homeFast);
    } else {
      report(
        context,
        join(path, 'homeFast'),
        `"homeFast" is an item number from 1 to ${HOME_FAST_ITEM_COUNT}.`,
      );
    }
  }
  const cdc = readEnum(object, 'cdc', CDC_AREAS, path, context, true);
  const hssat = readEnum(object, 'hssat', HSSAT_AREAS, path, context, true);
  const osha = readEnum(object, 'osha', OSHA_AREAS, path, context, true);
  const sfa = readEnum(object, 'sfa', SFA_AREAS, path, context, true);
  if (cdc !== undefined) crosswalk.cdc = cdc;
  if (hssat !== undefined) crosswalk.hssat = hssat;
  if (osha !== undefined) crosswalk.osha = osha;
  if (sfa !== undefined) crosswalk.sfa = sfa;
  return crosswalk;
}

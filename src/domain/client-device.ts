// The mobility device a client uses and its measured size, recorded in the client's profile.
import { numberField, oneOfField, type RecordView } from './record-view';

export type DeviceKind =
  | 'none'
  | 'cane'
  | 'crutches'
  | 'walker'
  | 'rollator'
  | 'manual-wheelchair'
  | 'power-wheelchair'
  | 'scooter';

export const DEVICE_KINDS: readonly DeviceKind[] = [
  'none',
  'cane',
  'crutches',
  'walker',
  'rollator',
  'manual-wheelchair',
  'power-wheelchair',
  'scooter',
];

/** The client's own device; every size is optional because it is measured at the visit. */
export interface ClientDevice {
  kind: DeviceKind;
  /** Overall width at its widest point (wheels, hand rims or frame). */
  widthMm?: number;
  /** Overall length, including footplates. */
  lengthMm?: number;
  /** Height of the top of the seat cushion from the floor. */
  seatHeightMm?: number;
  /** Smallest circle the client turns the device in. */
  turningDiameterMm?: number;
}

/** The device sizes a measurement can be checked against. */
export type DeviceDimension = 'widthMm' | 'lengthMm' | 'seatHeightMm' | 'turningDiameterMm';

export const DEVICE_DIMENSIONS: readonly DeviceDimension[] = [
  'widthMm',
  'lengthMm',
  'seatHeightMm',
  'turningDiameterMm',
];

const DEVICE_NAMES: Readonly<Record<DeviceKind, string>> = {
  none: 'no device',
  cane: 'cane',
  crutches: 'crutches',
  walker: 'walker',
  rollator: 'rollator',
  'manual-wheelchair': 'wheelchair',
  'power-wheelchair': 'power wheelchair',
  scooter: 'scooter',
};

const DIMENSION_NAMES: Readonly<Record<DeviceDimension, string>> = {
  widthMm: 'width',
  lengthMm: 'length',
  seatHeightMm: 'seat height',
  turningDiameterMm: 'turning circle',
};

/** The device's name as a clinician says it: `wheelchair`, `rollator`. */
export function deviceName(kind: DeviceKind): string {
  return DEVICE_NAMES[kind];
}

/** The name of one of a device's sizes: `width`, `seat height`. */
export function dimensionName(dimension: DeviceDimension): string {
  return DIMENSION_NAMES[dimension];
}

/** True for devices a person sits in while moving. */
export function isWheeledSeating(kind: DeviceKind): boolean {
  return kind === 'manual-wheelchair' || kind === 'power-wheelchair' || kind === 'scooter';
}

/** Where the profile keeps each of the device's sizes. */
const CLIENT_DEVICE_FIELDS: readonly [DeviceDimension, string][] = [
  ['widthMm', 'deviceWidthMm'],
  ['lengthMm', 'deviceLengthMm'],
  ['seatHeightMm', 'seatHeightMm'],
  ['turningDiameterMm', 'turningDiameterMm'],
];

/** The client's mobility device and its sizes from their profile; none for no device. */
export function clientDeviceOf(client: RecordView | undefined): ClientDevice | undefined {
  const kind =
    client === undefined ? undefined : oneOfField(client, 'mobilityDevice', DEVICE_KINDS);
  if (client === undefined || kind === undefined || kind === 'none') return undefined;
  const device: ClientDevice = { kind };
  for (const [dimension, field] of CLIENT_DEVICE_FIELDS) {
    const size = numberField(client, field);
    if (size !== undefined) device[dimension] = size;
  }
  return device;
}

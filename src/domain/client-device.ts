// The mobility device a client uses and its measured size, recorded in the client's profile.

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

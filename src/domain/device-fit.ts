// Judging a measurement against the client's own device: a door against a wheelchair, a bed against its seat.
import { type ClientDevice, deviceName, dimensionName } from './client-device';
import type { DeviceCheck, Measurement } from './measurement';
import { formatLength, type UnitSystem } from './units';

export type CheckStatus = 'pass' | 'fail' | 'unknown';

export interface CheckResult {
  against: 'standard' | 'device';
  status: CheckStatus;
  sentence: string;
}

/** Tolerance for comparing converted lengths. */
export const LENGTH_EPSILON_MM = 0.01;

/** The device check of a measurement, or undefined when it does not apply to this client. */
export function checkDevice(
  measurement: Measurement,
  value: number,
  device: ClientDevice | undefined,
  system: UnitSystem,
): CheckResult | undefined {
  const check = measurement.deviceCheck;
  if (check === undefined || device === undefined || !check.appliesTo.includes(device.kind)) {
    return undefined;
  }
  const size = device[check.dimension];
  const owner = `the ${deviceName(device.kind)}'s`;
  const dimension = dimensionName(check.dimension);
  if (size === undefined) {
    const sentence = `Record ${owner} ${dimension} to check it fits.`;
    return { against: 'device', status: 'unknown', sentence };
  }
  const show = (lengthMm: number) => formatLength(lengthMm, system);
  const lead = `${measurement.label} ${show(value)}`;
  return check.rule === 'at-least'
    ? checkAtLeast(check, value, size, `${lead}`, `${owner} ${show(size)} ${dimension}`, show)
    : checkLevelWith(check, value, size, lead, `${owner} ${show(size)} ${dimension}`, show);
}

function checkAtLeast(
  check: DeviceCheck,
  valueMm: number,
  sizeMm: number,
  lead: string,
  deviceSize: string,
  show: (lengthMm: number) => string,
): CheckResult {
  const needed = sizeMm + check.allowanceMm;
  const allowance =
    check.allowanceMm > 0 ? ` plus ${show(check.allowanceMm)} of ${check.allowanceName}` : '';
  if (valueMm < needed - LENGTH_EPSILON_MM) {
    return fail(`${lead} is less than ${deviceSize}${allowance}.`, 'device');
  }
  return pass(`${lead} leaves room for ${deviceSize}${allowance}.`, 'device');
}

function checkLevelWith(
  check: DeviceCheck,
  valueMm: number,
  sizeMm: number,
  lead: string,
  deviceSize: string,
  show: (lengthMm: number) => string,
): CheckResult {
  const difference = valueMm - sizeMm;
  const within = `within ${show(check.allowanceMm)} of ${deviceSize}`;
  if (Math.abs(difference) <= check.allowanceMm + LENGTH_EPSILON_MM) {
    return pass(`${lead} is ${within}.`, 'device');
  }
  const direction = difference > 0 ? 'higher' : 'lower';
  const sentence = `${lead} is ${show(Math.abs(difference))} ${direction} than ${deviceSize}; ${check.allowanceName} need it within ${show(check.allowanceMm)}.`;
  return fail(sentence, 'device');
}

/** A passing check with its sentence. */
export function pass(sentence: string, against: CheckResult['against'] = 'standard'): CheckResult {
  return { against, status: 'pass', sentence };
}

/** A failing check with its sentence. */
export function fail(sentence: string, against: CheckResult['against'] = 'standard'): CheckResult {
  return { against, status: 'fail', sentence };
}

// How one visit's measurements are judged: its standard profile and setting, and each finding's readings.
import type { Item, Setting } from './checklist';
import type { ClientDevice } from './client-device';
import { isObject } from './json-reader';
import type { RecordView } from './record-view';
import { isProfileId, type Judging } from './standards';
import { evaluateMeasurement, type MeasurementEvaluation } from './thresholds';
import type { UnitSystem } from './units';

const SETTINGS: readonly Setting[] = ['home', 'workplace', 'school'];

/** What every verdict of a visit depends on besides the reading. */
export interface VisitJudging {
  judging: Judging;
  setting: Setting;
  unitSystem: UnitSystem;
  device?: ClientDevice;
}

/**
 * The visit's profile: its `standard`, or `legacy` for a visit started before standards could be
 * chosen, so an old (perhaps signed) visit keeps the verdicts it was given.
 */
export function judgingOf(assessment: RecordView | undefined): Judging {
  const standard = assessment?.fields.standard;
  return isProfileId(standard) ? standard : 'legacy';
}

/** The visit's setting; a checklist's own setting wins over the visit's field. */
export function settingOf(assessment: RecordView | undefined, checklistSetting?: Setting): Setting {
  if (checklistSetting !== undefined) return checklistSetting;
  return SETTINGS.find((setting) => setting === assessment?.fields.setting) ?? 'home';
}

/** A finding's text map (variants chosen, readings refused), with anything malformed left out. */
export function textMapOf(finding: RecordView | undefined, field: string): Record<string, string> {
  const value = finding?.fields[field];
  if (!isObject(value)) return {};
  const map: Record<string, string> = {};
  for (const [key, text] of Object.entries(value)) if (typeof text === 'string') map[key] = text;
  return map;
}

/** The readings a finding holds, by measurement id. */
export function readingsOf(finding: RecordView | undefined): Record<string, number> {
  const value = finding?.fields.measurements;
  if (!isObject(value)) return {};
  const readings: Record<string, number> = {};
  for (const [key, reading] of Object.entries(value)) {
    if (typeof reading === 'number' && Number.isFinite(reading)) readings[key] = reading;
  }
  return readings;
}

/** One taken measurement of an item with its verdict. */
export interface MeasurementVerdict {
  measurementId: string;
  value: number;
  evaluation: MeasurementEvaluation;
}

/** The verdict of every measurement the finding holds, in the item's order. */
export function verdictsOf(
  item: Item,
  finding: RecordView | undefined,
  context: VisitJudging,
): MeasurementVerdict[] {
  const readings = readingsOf(finding);
  const variants = textMapOf(finding, 'measurementVariants');
  return item.measurements.flatMap((measurement) => {
    const value = readings[measurement.id];
    if (value === undefined) return [];
    const variant = variants[measurement.id];
    const evaluation = evaluateMeasurement(measurement, value, {
      ...context,
      ...(variant === undefined ? {} : { variant }),
    });
    return [{ measurementId: measurement.id, value, evaluation }];
  });
}

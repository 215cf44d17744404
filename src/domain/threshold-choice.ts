// Which threshold judges a measurement: the first of the profile's standards with a figure, else its guidance.
import type { Setting } from './checklist';
import type { Measurement, Threshold } from './measurement';
import {
  guidanceFor,
  type Judging,
  STANDARDS,
  type StandardId,
  standardsFor,
  type ThresholdStandard,
} from './standards';

/** What judges a measurement under a profile. */
export type ThresholdChoice =
  /** A figure; `silent` lists the profile's standards that set none, consulted first. */
  | { kind: 'figure'; threshold: Threshold; silent: Threshold[] }
  /** The figure depends on a variant the therapist has not chosen (a transfer or a roll-in shower). */
  | { kind: 'choose-variant'; options: { label: string; threshold: Threshold }[] }
  /** No figure: the standards are silent (`silent`), or no figure is recorded for `missing`. */
  | { kind: 'none'; silent: Threshold[]; missing: StandardId[] };

export interface ChoiceContext {
  judging: Judging;
  setting: Setting;
  /** The variant the therapist chose for this measurement, if it has variants. */
  variant?: string;
}

/**
 * Chooses the threshold that judges a measurement: the profile's standards in order (a silent
 * standard passes to the next), then the guidance the profile names, and nothing else.
 */
export function chooseThreshold(measurement: Measurement, context: ChoiceContext): ThresholdChoice {
  const silent: Threshold[] = [];
  const missing: StandardId[] = [];
  for (const standard of standardsFor(context.judging, context.setting)) {
    const found = pick(measurement, standard, context);
    if (found === undefined) missing.push(standard);
    else if (found.kind === 'choose-variant') return found;
    else if (found.threshold.silent === true) silent.push(found.threshold);
    else return { kind: 'figure', threshold: found.threshold, silent };
  }
  for (const guidance of guidanceFor(context.judging)) {
    const found = pick(measurement, guidance, context);
    if (found?.kind === 'choose-variant') return found;
    if (found !== undefined && found.threshold.silent !== true) {
      return { kind: 'figure', threshold: found.threshold, silent };
    }
  }
  return { kind: 'none', silent, missing };
}

type Picked =
  | { kind: 'threshold'; threshold: Threshold }
  | Extract<ThresholdChoice, { kind: 'choose-variant' }>;

function pick(
  measurement: Measurement,
  standard: ThresholdStandard,
  context: ChoiceContext,
): Picked | undefined {
  const entries = measurement.thresholds.filter(
    (threshold) =>
      threshold.standard === standard &&
      (threshold.settings === undefined || threshold.settings.includes(context.setting)),
  );
  if (entries.length === 0) return undefined;
  const general = entries.find((threshold) => threshold.variant === undefined);
  const byVariant = entries.filter((threshold) => threshold.variant !== undefined);
  if (byVariant.length === 0) return general && { kind: 'threshold', threshold: general };
  const chosen = byVariant.find((threshold) => threshold.variant === context.variant);
  if (chosen !== undefined) return { kind: 'threshold', threshold: chosen };
  if (context.variant !== undefined) return general && { kind: 'threshold', threshold: general };
  const options = measurement.variants?.options ?? [];
  return {
    kind: 'choose-variant',
    options: byVariant.map((threshold) => ({
      label:
        options.find((option) => option.id === threshold.variant)?.label ??
        String(threshold.variant),
      threshold,
    })),
  };
}

/** The citation shown after a figure: `ADA 2010 §404.2.3`, `AS 1428.1:2021 cl. 13.2`. */
export function citation(threshold: Threshold): string {
  if (threshold.standard === 'any') return threshold.section;
  const standard = STANDARDS[threshold.standard];
  if (threshold.section === '') return standard.label;
  // A volume leads the section: `Approved Document M 2015 Vol 2, para 4.30(c)`.
  const volume = /^(Vol \d+), (.+)$/.exec(threshold.section);
  const [lead, section] =
    volume?.[1] !== undefined && volume[2] !== undefined
      ? [`${standard.label} ${volume[1]}`, volume[2]]
      : [standard.label, threshold.section];
  // Numbered sections read `ADA 2010 §404.2.3`; named ones `LRC/AARP Lighting the Way, ambient light`.
  return /^[A-Z]?\d/.test(section)
    ? `${lead} ${standard.sectionPrefix}${section}`
    : `${lead}, ${section}`;
}

/** The standard's name with its edition, or the guidance named by a version 1 threshold. */
export function standardName(standard: ThresholdStandard, section = ''): string {
  return standard === 'any' ? section : STANDARDS[standard].label;
}

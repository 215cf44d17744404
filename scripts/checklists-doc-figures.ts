// The figures part of docs/checklists.md: one line per threshold, and how much of each checklist each profile covers.
import {
  allItems,
  type Checklist,
  type Measurement,
  type Threshold,
} from '../src/domain/checklist';
import { formatQuantity } from '../src/domain/quantities';
import { PROFILE_IDS, PROFILES, STANDARDS } from '../src/domain/standards';
import { chooseThreshold, citation } from '../src/domain/threshold-choice';

/** One threshold as the doc lists it: `ADA 2010 §404.2.3: at least 32 in (812.8 mm); verified; [source](…).` */
export function thresholdLine(measurement: Measurement, threshold: Threshold): string {
  const variant =
    threshold.variant === undefined
      ? ''
      : `${measurement.variants?.options.find((option) => option.id === threshold.variant)?.label ?? threshold.variant}: `;
  const title = threshold.standard === 'any' ? '' : ` (${STANDARDS[threshold.standard].title})`;
  const evidence =
    threshold.evidence === 'verified'
      ? 'verified'
      : `secondary; to confirm: ${threshold.confirm ?? 'the figure in the standard itself'}`;
  const note = threshold.note === undefined ? '' : ` ${threshold.note}`;
  return `${variant}${citation(threshold)}${title}: ${figureWords(measurement, threshold)}; ${evidence}; [source](${threshold.source}).${note}`;
}

function figureWords(measurement: Measurement, threshold: Threshold): string {
  if (threshold.silent === true) return 'sets no figure';
  const show = (figure: { value: number; printed?: string }) => {
    const metric = formatQuantity(measurement.kind, figure.value, 'metric');
    return figure.printed === undefined ? metric : `${figure.printed} (${metric})`;
  };
  const { min, max, exactly } = threshold;
  if (exactly !== undefined)
    return `exactly ${show(exactly)}, read within ${show(exactly.tolerance)}`;
  if (min !== undefined && max !== undefined) return `${show(min)} to ${show(max)}`;
  if (min !== undefined) return `at least ${show(min)}`;
  return max === undefined ? 'no figure' : `at most ${show(max)}`;
}

/** A table of how many measurements each profile judges by a figure, finds silent, or lacks. */
export function profileCoverageLines(checklists: readonly Checklist[]): string[] {
  const rows = checklists.map((checklist) => {
    const measurements = allItems(checklist).flatMap((item) => item.measurements);
    const cells = PROFILE_IDS.map((profile) => {
      const counts = { figure: 0, silent: 0, none: 0 };
      for (const measurement of measurements) {
        const choice = chooseThreshold(measurement, {
          judging: profile,
          setting: checklist.setting,
        });
        if (choice.kind !== 'none') counts.figure += 1;
        else if (choice.silent.length > 0) counts.silent += 1;
        else counts.none += 1;
      }
      return `${counts.figure} / ${counts.silent} / ${counts.none}`;
    });
    return `| ${checklist.title} (${measurements.length}) | ${cells.join(' | ')} |`;
  });
  return [
    '## What each profile covers',
    '',
    'Measurements judged by a figure (from the standards or the guidance the profile names) / where',
    'the standards say they set none / with no figure recorded yet.',
    '',
    `| Checklist (measurements) | ${PROFILE_IDS.map((id) => `${PROFILES[id].country}: ${PROFILES[id].label}`).join(' | ')} |`,
    `| --- | ${PROFILE_IDS.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
  ];
}

// The measurements of a whole visit at a glance: how many pass and fail, and failures not yet marked a barrier.
import { type Checklist, findItem } from './checklist';
import { liveRecords, type RecordView, textField } from './record-view';
import { type VisitJudging, verdictsOf } from './visit-judging';

/** A failing measurement on an item not answered as a barrier (and not kept OK with a reason). */
export interface UnresolvedFailure {
  findingId: string;
  roomId: string;
  itemId: string;
  prompt: string;
  sentence: string;
}

export interface MeasurementSummary {
  pass: number;
  fail: number;
  unknown: number;
  unresolved: UnresolvedFailure[];
}

/** Counts the visit's verdicts and lists the failures whose item is not yet a barrier. */
export function summarizeMeasurements(
  checklist: Checklist,
  findings: readonly RecordView[],
  judging: VisitJudging,
): MeasurementSummary {
  const summary: MeasurementSummary = { pass: 0, fail: 0, unknown: 0, unresolved: [] };
  for (const finding of liveRecords(findings)) {
    const itemId = textField(finding, 'itemId') ?? '';
    const item = findItem(checklist, itemId);
    if (item === undefined) continue;
    const isResolved =
      textField(finding, 'answer') === 'barrier' ||
      textField(finding, 'keptOkReason') !== undefined;
    for (const { evaluation } of verdictsOf(item, finding, judging)) {
      summary[evaluation.status] += 1;
      if (evaluation.status !== 'fail' || isResolved) continue;
      summary.unresolved.push({
        findingId: finding.id,
        roomId: textField(finding, 'roomId') ?? '',
        itemId,
        prompt: item.prompt,
        sentence: evaluation.checks[0]?.sentence ?? evaluation.sentence,
      });
    }
  }
  return summary;
}

// Every outcome measure side by side: the baseline and each of its follow-ups on this device as
// columns, the change against the baseline marked by each measure's own rule, then a chart per
// measure. The measures come from OUTCOME_MEASURES, so a measure added there shows here too.

import type { EntityName } from '../../../../domain/entities';
import type { VisitRecordSet } from '../../../../domain/follow-up-plan';
import {
  type MeasureJudgement,
  type MeasureSeries,
  outcomeTimeline,
} from '../../../../domain/outcome-measures';
import type { TypedRecord } from '../../../../domain/records';
import { MeasureChart, measureValueText } from '../../charts/measure-chart';
import { useRecords } from '../../records';
import { TableScroll } from '../../table-scroll';
import type { BaselineData } from '../use-visit';

const ofVisit = <E extends EntityName>(records: TypedRecord<E>[] | undefined, visitId: string) =>
  (records ?? []).filter(
    (record) => (record.fields as { assessmentId?: string }).assessmentId === visitId,
  );

/** The follow-ups of one baseline held on this device, each with its records. */
export function useFollowUpsOf(baselineId: string): VisitRecordSet[] {
  const assessments = useRecords('assessment');
  const rooms = useRecords('room');
  const findings = useRecords('finding');
  const interventions = useRecords('intervention');
  const goals = useRecords('goal');
  return (assessments ?? [])
    .filter((visit) => visit.fields.baselineId === baselineId && visit.fields.deleted !== true)
    .map((visit) => ({
      assessment: visit,
      rooms: ofVisit(rooms, visit.id),
      findings: ofVisit(findings, visit.id),
      interventions: ofVisit(interventions, visit.id),
      goals: ofVisit(goals, visit.id),
    }));
}

const VERDICT_CLASS = { improved: 'change-improved', worse: 'change-worse' } as const;

function ChangeCell({ judgement }: { judgement: MeasureJudgement | undefined }) {
  if (judgement === undefined) return <td>not compared</td>;
  const flag =
    judgement.verdict === 'improved' || judgement.verdict === 'worse'
      ? VERDICT_CLASS[judgement.verdict]
      : undefined;
  return (
    <td>
      {flag === undefined ? (
        judgement.words
      ) : (
        <span class={`change-flag ${flag}`}>{judgement.words}</span>
      )}
    </td>
  );
}

function SideBySide({ timeline, currentId }: { timeline: MeasureSeries[]; currentId: string }) {
  const points = timeline[0]?.points ?? [];
  const current = Math.max(
    1,
    points.findIndex((point) => point.visitId === currentId),
  );
  return (
    <TableScroll label="Outcome measures, baseline and follow-ups">
      <table class="scope outcome-measures">
        <caption class="visually-hidden">
          Each measure at the baseline and at each follow-up
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {points.map((point, index) => (
              <th key={point.visitId} scope="col">
                {index === 0 ? 'Baseline' : `Follow-up ${index}`}
                <span class="hint"> {point.date ?? 'undated'}</span>
              </th>
            ))}
            <th scope="col">This follow-up against the baseline</th>
          </tr>
        </thead>
        <tbody>
          {timeline.map((series) => (
            <tr key={series.definition.id}>
              <th scope="row">{series.definition.name}</th>
              {series.points.map((point) => (
                <td key={point.visitId}>{measureValueText(series, point.value)}</td>
              ))}
              <ChangeCell judgement={series.changes[current - 1]} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function OutcomeMeasures({
  baseline,
  currentId,
}: {
  baseline: BaselineData;
  currentId: string;
}) {
  const followUps = useFollowUpsOf(baseline.assessment.id);
  const timeline = outcomeTimeline(baseline, followUps);
  const charted = timeline.filter((series) =>
    series.points.some((point) => point.value !== undefined),
  );
  return (
    <section class="panel" aria-labelledby="outcome-measures-heading">
      <h2 id="outcome-measures-heading">Measures side by side</h2>
      <p class="hint">
        {followUps.length > 1
          ? `The baseline and its ${followUps.length} follow-ups, in date order.`
          : 'The baseline and this follow-up.'}{' '}
        Each change is marked by the rule its measure's authors give, under each chart.
      </p>
      <SideBySide timeline={timeline} currentId={currentId} />
      <div class="measure-charts">
        {charted.map((series) => (
          <MeasureChart key={series.definition.id} series={series} />
        ))}
      </div>
    </section>
  );
}

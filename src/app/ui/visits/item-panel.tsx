// One checklist item in one room: the answer, severity, notes, measurements, photos and, for a
// barrier, the recommendations. Every change saves at once.
import type { Item, Measurement } from '../../../domain/checklist';
import { ageBandOf, ageInYears, ageVariantOf, localCalendarDate } from '../../../domain/child-age';
import { suggestedSeverity } from '../../../domain/client-defaults';
import type { FieldValues } from '../../../domain/entities';
import { barrierSeverityDefault, fallRiskOf } from '../../../domain/fall-risk';
import { baselineFindingOf } from '../../../domain/follow-up-outcome';
import { derivedId } from '../../../domain/ids';
import type { Room } from '../../../domain/records';
import { readingsOf, textMapOf, verdictsOf } from '../../../domain/visit-judging';
import { ANSWER_WORDS, SEVERITY_WORDS } from '../../../domain/words';
import { RaisedReason } from '../clinical/raised-reason';
import { PhotoStrip } from '../photos/photo-strip';
import { useUnits } from '../records';
import { useServices } from '../services';
import { TextField } from '../text-field';
import { AnswerButtons, type AnswerValue } from './answer-buttons';
import { BaselineAnswer } from './follow-up/baseline-answer';
import { InterventionsPanel } from './interventions-panel';
import { type MeasurementChange, MeasurementField } from './measurement-field';
import { MeasurementProposal } from './measurement-proposal';
import { type VisitData, visitJudging } from './use-visit';

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;

/** The finding of an item in a room has an id derived from both, the same on every device. */
export const findingIdOf = (roomId: string, itemId: string) => derivedId('finding', roomId, itemId);

interface ItemPanelProps {
  data: VisitData;
  room: Room;
  item: Item;
}

export function ItemPanel({ data, room, item }: ItemPanelProps) {
  const services = useServices();
  const [units] = useUnits();
  const findingId = findingIdOf(room.id, item.id);
  const finding = data.findings.find((candidate) => candidate.id === findingId);
  const baselineFinding =
    data.baseline === undefined
      ? undefined
      : baselineFindingOf(room, item.id, data.baseline.findings);
  const newFinding: FieldValues = {
    assessmentId: data.visit.id,
    roomId: room.id,
    itemId: item.id,
    ...(baselineFinding === undefined ? {} : { baselineFindingId: baselineFinding.id }),
  };
  const save = (set: FieldValues, label: string) =>
    services.engine.edit(
      'finding',
      findingId,
      finding === undefined ? { ...newFinding, ...set } : set,
      label,
    );
  const answer = finding?.fields.answer as AnswerValue | undefined;
  const measured = readingsOf(finding);
  const drafts = textMapOf(finding, 'measurementDrafts');
  const variants = textMapOf(finding, 'measurementVariants');
  // A child's date of birth chooses the age band of the children's figures, unless one is chosen.
  const dateOfBirth = data.client?.fields.dateOfBirth ?? '';
  const ageBand = ageBandOf(ageInYears(dateOfBirth, localCalendarDate(new Date(services.now()))));
  const variantOf = (measurement: Measurement) =>
    variants[measurement.id] ?? ageVariantOf(measurement, ageBand);
  const judging = units === undefined ? undefined : visitJudging(data, units);
  const failing =
    judging === undefined
      ? []
      : verdictsOf(item, finding, judging).filter(
          (verdict) => verdict.evaluation.status === 'fail',
        );
  // A new barrier starts at the higher of the fall-risk raise and what the item's guidance
  // suggests for this client's profile.
  const severityStart = barrierSeverityDefault(item, fallRiskOf(data.client));
  const suggestion = suggestedSeverity(item, data.client);
  const startSeverity =
    SEVERITY_RANK[severityStart.severity] >= SEVERITY_RANK[suggestion.severity]
      ? severityStart.severity
      : suggestion.severity;
  const severity = String(finding?.fields.severity ?? startSeverity);
  const keptReason =
    typeof finding?.fields.keptOkReason === 'string' && answer === 'ok'
      ? finding.fields.keptOkReason
      : undefined;
  const chooseAnswer = (value: AnswerValue) => {
    const set: FieldValues = { answer: value };
    if (value === 'barrier' && finding?.fields.severity === undefined) set.severity = startSeverity;
    if (value !== 'ok' && finding?.fields.keptOkReason !== undefined) set.keptOkReason = null;
    void save(set, `Answer: ${ANSWER_WORDS[value]}`);
  };
  const saveMeasurement = (measurementId: string, label: string, change: MeasurementChange) => {
    const nextReadings: Record<string, number> = { ...measured };
    if (change.value === null) delete nextReadings[measurementId];
    else nextReadings[measurementId] = change.value;
    const set: FieldValues = { measurements: nextReadings };
    if (change.draft !== null || drafts[measurementId] !== undefined) {
      const nextDrafts: Record<string, string> = { ...drafts };
      if (change.draft === null) delete nextDrafts[measurementId];
      else nextDrafts[measurementId] = change.draft;
      set.measurementDrafts = nextDrafts;
    }
    const measurement = item.measurements.find((candidate) => candidate.id === measurementId);
    const byAge = measurement === undefined ? undefined : variantOf(measurement);
    if (variants[measurementId] === undefined && byAge !== undefined)
      set.measurementVariants = { ...variants, [measurementId]: byAge };
    void save(set, label);
  };
  const saveVariant = (measurementId: string, variant: string | null) => {
    const next: Record<string, string> = { ...variants };
    if (variant === null) delete next[measurementId];
    else next[measurementId] = variant;
    void save({ measurementVariants: next }, 'Measurement type');
  };
  return (
    <article class="panel item-panel" aria-labelledby="item-prompt">
      <h2 id="item-prompt" class="item-prompt">
        {item.prompt}
      </h2>
      {item.help !== '' && <p class="hint">{item.help}</p>}
      {data.baseline !== undefined && (
        <BaselineAnswer
          data={data}
          baseline={data.baseline}
          room={room}
          item={item}
          units={units}
        />
      )}
      <AnswerButtons value={answer} onChoose={chooseAnswer} />
      {answer === 'barrier' && (
        <label class="field">
          Severity
          <select
            value={severity}
            onChange={(event) => void save({ severity: event.currentTarget.value }, 'Severity')}
          >
            {(['high', 'medium', 'low'] as const).map((severity) => (
              <option key={severity} value={severity}>
                {SEVERITY_WORDS[severity]}
              </option>
            ))}
          </select>
          <span class="hint">
            {item.severity.guidance}
            {suggestion.reasons.length > 0 &&
              ` Suggested ${SEVERITY_WORDS[suggestion.severity].toLowerCase()} for this client: ${suggestion.reasons.join(', ')}.`}
          </span>
        </label>
      )}
      {answer === 'barrier' && severityStart.raisedReason !== undefined && severity === 'high' && (
        <RaisedReason reason={severityStart.raisedReason} />
      )}
      {judging !== undefined &&
        item.measurements.map((measurement) => (
          <MeasurementField
            key={measurement.id}
            measurement={measurement}
            value={measured[measurement.id]}
            draft={drafts[measurement.id]}
            variant={variantOf(measurement)}
            judging={judging}
            onSave={(change) => saveMeasurement(measurement.id, measurement.label, change)}
            onVariant={(variant) => saveVariant(measurement.id, variant)}
          />
        ))}
      {answer !== 'barrier' && (
        <MeasurementProposal
          failing={failing}
          keptReason={keptReason}
          onBarrier={() => chooseAnswer('barrier')}
          onKeep={(reason) =>
            void save({ answer: 'ok', keptOkReason: reason }, 'Kept as OK despite a measurement')
          }
        />
      )}
      <TextField
        label="Notes"
        multiline
        value={finding?.fields.notes ?? ''}
        onSave={(text) => void save({ notes: text }, 'Notes')}
      />
      {finding === undefined ? (
        <p class="hint">Answer the item to add photos.</p>
      ) : (
        <PhotoStrip
          ownerEntity="finding"
          ownerId={findingId}
          label={item.prompt}
          assessmentId={data.visit.id}
        />
      )}
      {answer === 'barrier' && finding !== undefined && (
        <InterventionsPanel data={data} item={item} finding={finding} />
      )}
    </article>
  );
}

// When a measurement fails the standard and the item is not a barrier: propose Barrier in one tap,
// or keep the answer with a reason that is saved on the finding.
import { useState } from 'preact/hooks';
import type { MeasurementVerdict } from '../../../domain/visit-judging';
import { TextPrompt } from '../text-prompt';

interface MeasurementProposalProps {
  failing: readonly MeasurementVerdict[];
  /** The reason the item was kept as it is, if one was given. */
  keptReason: string | undefined;
  onBarrier: () => void;
  onKeep: (reason: string) => void;
}

export function MeasurementProposal({
  failing,
  keptReason,
  onBarrier,
  onKeep,
}: MeasurementProposalProps) {
  const [isAsking, setIsAsking] = useState(false);
  if (failing.length === 0) return null;
  const sentences = failing.map((verdict) => verdict.evaluation.checks[0]?.sentence ?? '');
  if (keptReason !== undefined && !isAsking) {
    return (
      <section class="measurement-proposal is-kept" aria-label="Failing measurement">
        <p>
          Kept as OK although a measurement fails: <q>{keptReason}</q>
        </p>
        <button type="button" class="button" onClick={onBarrier}>
          Mark as barrier
        </button>
      </section>
    );
  }
  return (
    <section class="measurement-proposal" aria-labelledby="proposal-heading">
      <h3 id="proposal-heading">
        {failing.length === 1 ? 'A measurement fails' : `${failing.length} measurements fail`}: mark
        this item as a barrier?
      </h3>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {isAsking ? (
        <TextPrompt
          label="Why it stays OK"
          submitLabel="Keep as OK"
          emptyMessage="Say why the item is not a barrier for this client, for the report."
          extraClass="form proposal-reason"
          onSubmit={(reason) => {
            setIsAsking(false);
            onKeep(reason);
          }}
          onCancel={() => setIsAsking(false)}
        />
      ) : (
        <div class="actions">
          <button type="button" class="button button-primary" onClick={onBarrier}>
            Mark as barrier
          </button>
          <button type="button" class="button" onClick={() => setIsAsking(true)}>
            Keep as OK…
          </button>
        </div>
      )}
    </section>
  );
}

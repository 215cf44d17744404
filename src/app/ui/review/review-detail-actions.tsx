// The status actions the signed-in person may take: Mark complete (with what is still missing),
// Return to draft, and Sign off after a confirmation that says the assessment is then locked.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type Actor,
  allowedStatusActions,
  assessmentStatus,
  completionIssues,
  type StatusAction,
  statusActionRefusal,
  statusEdit,
} from '../../../domain/review';
import { useFeed } from '../feed';
import { FormMessages } from '../form-messages';
import { useServices } from '../services';
import type { VisitData } from '../visits/use-visit';

const DONE_NOTICES: Record<StatusAction, string> = {
  complete: 'Marked complete.',
  reopen: 'Returned to draft.',
  sign: 'Signed off. The assessment is now locked; changes are made as amendments.',
};

function CompletionCheck({ data, onComplete }: { data: VisitData; onComplete: () => void }) {
  const issues = completionIssues({ ...data, checklist: data.checklist });
  const isBlocked = issues.some((issue) => issue.blocking);
  return (
    <div class="review-detail-completion">
      {issues.length > 0 && (
        <>
          <p>Before completing:</p>
          <ul>
            {issues.map((issue) => (
              <li key={issue.code} class={issue.blocking ? 'error' : undefined}>
                {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="button button-primary" disabled={isBlocked} onClick={onComplete}>
        Mark complete
      </button>
    </div>
  );
}

function SignOffConfirmation({
  actor,
  onConfirm,
  onCancel,
}: {
  actor: Actor;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  // The Sign off button is gone once asked, so the focus moves to the question's answer.
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div class="review-detail-confirm">
      <p>
        Sign off this assessment as {actor.name}? It is then locked: later changes are recorded as
        amendments.
      </p>
      <div class="actions">
        <button type="button" class="button button-primary" ref={confirm} onClick={onConfirm}>
          Confirm sign-off
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The actions on the assessment's status allowed to the signed-in person. */
export function ReviewDetailActions({ data }: { data: VisitData }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const [isConfirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  if (session === undefined) {
    return <p class="hint">Sign in to complete or sign off this assessment.</p>;
  }
  const actor = session.user;
  const allowed = allowedStatusActions(data.visit, actor);
  const act = (action: StatusAction) => {
    setConfirming(false);
    const set = statusEdit(action, actor, services.now());
    void services.engine
      .edit('assessment', data.visit.id, set, null)
      .then(() => setNotice(DONE_NOTICES[action]));
  };
  const signRefusal =
    assessmentStatus(data.visit) === 'complete' && !allowed.includes('sign')
      ? statusActionRefusal('sign', data.visit, actor)
      : undefined;
  return (
    <div class="review-detail-actions">
      {allowed.includes('complete') && (
        <CompletionCheck data={data} onComplete={() => act('complete')} />
      )}
      <div class="actions">
        {allowed.includes('sign') && !isConfirming && (
          <button type="button" class="button button-primary" onClick={() => setConfirming(true)}>
            Sign off
          </button>
        )}
        {allowed.includes('reopen') && (
          <button type="button" class="button" onClick={() => act('reopen')}>
            Return to draft
          </button>
        )}
      </div>
      {isConfirming && (
        <SignOffConfirmation
          actor={actor}
          onConfirm={() => act('sign')}
          onCancel={() => setConfirming(false)}
        />
      )}
      {signRefusal !== undefined && <p class="hint">{signRefusal}</p>}
      <FormMessages notice={notice} />
    </div>
  );
}

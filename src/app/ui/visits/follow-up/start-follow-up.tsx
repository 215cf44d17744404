// "Start follow-up visit": writes the records a follow-up of this visit begins with, then opens it.
import { useState } from 'preact/hooks';
import { planFollowUp } from '../../../../domain/follow-up-plan';
import { ConfirmButton } from '../../confirm-button';
import { useFeed } from '../../feed';
import { navigate } from '../../router';
import { useServices } from '../../services';
import type { VisitData } from '../use-visit';
import { visitPath } from '../visit-routes';
import { visitRecordSet } from './visit-record-set';

export function StartFollowUpButton({ data }: { data: VisitData }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const [isStarting, setIsStarting] = useState(false);
  const start = async () => {
    setIsStarting(true);
    const therapist =
      session === undefined ? undefined : { id: session.user.id, name: session.user.name };
    const plan = planFollowUp(visitRecordSet(data), services.newId, services.now(), therapist);
    // The visit record comes last in the plan, so only a complete follow-up appears in the list;
    // only that last edit is offered for Undo.
    try {
      for (const record of plan.records) {
        const label = record.entity === 'assessment' ? 'Start follow-up visit' : null;
        await services.engine.edit(record.entity, record.id, record.fields, label);
      }
      navigate(visitPath(plan.assessmentId));
    } finally {
      setIsStarting(false);
    }
  };
  const isDraft = data.visit.fields.status !== 'complete' && data.visit.fields.status !== 'signed';
  return (
    <ConfirmButton
      disabled={isStarting}
      isRemoval={false}
      question={
        <>
          Start a follow-up of this visit of {data.visit.fields.date ?? 'no date'}? It opens a new
          visit with the same rooms and goals, to re-check each against this one.
          {isDraft && ' This visit is still a draft: its answers may yet change.'}
        </>
      }
      confirm="Start the follow-up"
      cancel="Not now"
      onConfirm={() => void start()}
    >
      Start follow-up visit
    </ConfirmButton>
  );
}

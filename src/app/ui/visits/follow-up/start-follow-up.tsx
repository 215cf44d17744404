// "Start follow-up visit": writes the records a follow-up of this visit begins with, then opens it.
import { useState } from 'preact/hooks';
import { planFollowUp } from '../../../../domain/follow-up-plan';
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
  return (
    <button type="button" class="button" disabled={isStarting} onClick={() => void start()}>
      Start follow-up visit
    </button>
  );
}

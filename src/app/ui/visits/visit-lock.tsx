// A signed visit is read-only: a banner says who signed it and when, and "Amend" (with a reason)
// opens an amendment under which the server records every change until the person finishes it.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { amendmentStart, openAmendmentOf } from '../../../domain/amendments';
import type { RecordId } from '../../../domain/ids';
import type { Amendment, Assessment } from '../../../domain/records';
import { mayAmend, visitLock } from '../../../domain/review';
import { AppLink } from '../app-link';
import { useFeed } from '../feed';
import { useRecord, useRecords } from '../records';
import { formatDay } from '../review/review-detail-format';
import { reviewPath } from '../review/review-routes';
import { useServices } from '../services';
import { TextPrompt } from '../text-prompt';
import { StartFollowUpButton } from './follow-up/start-follow-up';
import { useVisit } from './use-visit';
import './visit-lock.css';

/** A follow-up starts from a signed or read-only baseline too: its records are all new. */
function FollowUpFromBanner({ visit }: { visit: Assessment }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const load = useVisit(visit.id);
  const mayStart = session !== undefined && mayAmend(session.user.role);
  if (visit.fields.type === 'follow-up' || !mayStart || load.state !== 'ready') return null;
  return <StartFollowUpButton data={load.data} />;
}

function AmendForm({ visit, onDone }: { visit: Assessment; onDone: () => void }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const start = (reason: string) => {
    if (session === undefined) return;
    const fields = amendmentStart(visit.id, reason, session.user, services.now());
    // Saved without a label: "Undo" never takes back the opening of an amendment.
    void services.engine.edit('amendment', services.newId(), fields, null).then(onDone);
  };
  return (
    <TextPrompt
      label="Reason for the amendment"
      submitLabel="Start amendment"
      emptyMessage="Give the reason for the amendment."
      extraClass="visit-lock-form"
      onSubmit={start}
      onCancel={onDone}
    />
  );
}

function SignedBanner({ visit }: { visit: Assessment }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const [isAsking, setAsking] = useState(false);
  const signer = visit.fields.signedByName ?? 'a reviewer';
  return (
    <section class="banner visit-lock-banner" aria-label="Sign-off">
      <p>
        Signed off by {signer} on {formatDay(visit.fields.signedAt)}. Changes are recorded as
        amendments.
      </p>
      <div class="banner-actions">
        <AppLink class="button" href={reviewPath(visit.id)}>
          Read for review
        </AppLink>
        <FollowUpFromBanner visit={visit} />
        {session !== undefined && mayAmend(session.user.role) && !isAsking && (
          <button type="button" class="button button-primary" onClick={() => setAsking(true)}>
            Amend
          </button>
        )}
      </div>
      {isAsking && <AmendForm visit={visit} onDone={() => setAsking(false)} />}
    </section>
  );
}

function AmendingBanner({ amendment }: { amendment: Amendment }) {
  const services = useServices();
  const finish = () =>
    void services.engine.edit('amendment', amendment.id, { closedAt: services.now() }, null);
  return (
    <section class="banner banner-warning visit-lock-banner" aria-label="Amendment">
      <p>
        You are amending this signed assessment ({amendment.fields.reason ?? ''}). The server
        records every change with the amendment as it arrives.
      </p>
      <div class="banner-actions">
        <button type="button" class="button button-primary" onClick={finish}>
          Finish amendment
        </button>
      </div>
    </section>
  );
}

/** Whether the visit's screens may write: false while it is locked or read-only for this person. */
const VisitEditableContext = createContext(true);

/** True when the visit on screen may be changed by this person now. */
export function useIsVisitEditable(): boolean {
  return useContext(VisitEditableContext);
}

function ReadOnlyBanner({ visit }: { visit: Assessment }) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const owner = visit.fields.therapistName ?? 'its therapist';
  return (
    <section class="banner visit-lock-banner" aria-label="Read only">
      <p>
        {session?.user.role === 'reviewer'
          ? 'You can read this visit and comment on it in the review; reviewers do not change visits.'
          : `You can read this visit; only ${owner} or an admin can change it, unless ${owner} shares it with the team.`}
      </p>
      <div class="banner-actions">
        <AppLink class="button" href={reviewPath(visit.id)}>
          Read for review
        </AppLink>
        <FollowUpFromBanner visit={visit} />
      </div>
    </section>
  );
}

/** Wraps a visit's screen: editable as it is, read-only once signed, editable again while amending. */
export function VisitLock({
  visitId,
  children,
}: {
  visitId: RecordId;
  children: ComponentChildren;
}) {
  const services = useServices();
  const session = useFeed(services.currentSession);
  const visit = useRecord('assessment', visitId);
  const amendments = useRecords('amendment') ?? [];
  const userId = session?.user.id;
  const lock =
    visit == null ? 'editable' : visitLock(visit, amendments, userId, session?.user.role);
  const amendment = userId === undefined ? undefined : openAmendmentOf(amendments, visitId, userId);
  return (
    <>
      {lock === 'locked' && visit != null && <SignedBanner visit={visit} />}
      {lock === 'read-only' && visit != null && <ReadOnlyBanner visit={visit} />}
      {lock === 'amending' && amendment !== undefined && <AmendingBanner amendment={amendment} />}
      {/* One element in every state, so the screen keeps its place when the lock changes. */}
      <fieldset class="visit-lock" disabled={lock === 'locked' || lock === 'read-only'}>
        <VisitEditableContext.Provider value={lock === 'editable' || lock === 'amending'}>
          {children}
        </VisitEditableContext.Provider>
      </fieldset>
    </>
  );
}

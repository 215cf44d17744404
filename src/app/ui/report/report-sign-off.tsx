// The end of a report: changes made after sign-off, and who assessed and who signed it off, or a
// clear draft marker.
import type { Report, SignOff } from '../../../domain/report';
import { formatMoment, type ReportVariant } from '../../../domain/report-wording';

const when = (at: number | undefined) => (at === undefined ? '' : ` on ${formatMoment(at)}`);

/** A marker at the top of a report that is not signed off, so a draft is never mistaken. */
export function DraftMarker({ signOff }: { signOff: SignOff }) {
  if (signOff.state === 'signed') return null;
  return (
    <p class="report-draft" role="note">
      DRAFT — not signed off
    </p>
  );
}

export function ReportAmendments({ report, variant }: { report: Report; variant: ReportVariant }) {
  if (report.amendments.length === 0) return null;
  const isPlain = variant === 'plain';
  return (
    <section class="report-section" aria-labelledby="report-amendments-heading">
      <h2 id="report-amendments-heading">
        {isPlain ? 'Changes made after the report was signed' : 'Amendments after sign-off'}
      </h2>
      <ol class="report-amendments">
        {report.amendments.map((amendment) => (
          <li key={amendment.amendmentId}>
            <p>
              <strong>{amendment.authorName ?? 'Unknown author'}</strong>
              {when(amendment.at)}
              {amendment.reason === undefined || amendment.reason === ''
                ? ''
                : `. ${isPlain ? 'Why' : 'Reason'}: ${amendment.reason}`}
            </p>
            {amendment.changes.length > 0 && (
              <ul>
                {amendment.changes.map((change, index) => (
                  <li key={index}>
                    {change.target}, {change.field}: {change.before} → {change.after}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function SignOffLine({ signOff, isPlain }: { signOff: SignOff; isPlain: boolean }) {
  if (signOff.state === 'signed') {
    return (
      <p class="report-signed">
        {isPlain ? 'Checked and signed by ' : 'Signed off by '}
        {signOff.byName ?? 'a reviewer'}
        {when(signOff.at)}
      </p>
    );
  }
  return (
    <p class="report-draft">
      DRAFT — not signed off
      {signOff.state === 'complete' &&
        ` (marked complete by ${signOff.byName ?? 'the therapist'}${when(signOff.at)})`}
    </p>
  );
}

/** Who assessed, and who signed off and when, or the draft marker. */
export function ReportSignOff({ report, variant }: { report: Report; variant: ReportVariant }) {
  const isPlain = variant === 'plain';
  const therapist = report.visit.therapistName;
  return (
    <section class="report-section report-sign-off" aria-labelledby="report-sign-off-heading">
      <h2 id="report-sign-off-heading">{isPlain ? 'Who wrote this report' : 'Sign-off'}</h2>
      <p>
        {isPlain ? 'Written by ' : 'Assessed by '}
        {therapist === undefined
          ? 'the occupational therapist'
          : `${therapist}, occupational therapist`}
      </p>
      <SignOffLine signOff={report.signOff} isPlain={isPlain} />
    </section>
  );
}

// The report's statement of the standard and edition that judged its measurements, and of any
// figures corrected since the checklist version it used.
import type { Report } from '../../../domain/report';
import type { ReportVariant } from '../../../domain/report-wording';

export function ReportStandardSection({
  report,
  variant,
}: {
  report: Report;
  variant: ReportVariant;
}) {
  const { standard, visit } = report;
  if (variant === 'plain') {
    return (
      <section class="report-section report-standard" aria-label="How measurements were judged">
        <p>
          We compared the measurements with {standard.plainName}.
          {standard.changes.length > 0 &&
            ' Some of these figures have been corrected since; your therapist can explain what that means for you.'}
        </p>
      </section>
    );
  }
  return (
    <section class="report-section report-standard" aria-labelledby="report-standard-heading">
      <h2 id="report-standard-heading">Standard and figures</h2>
      <p>
        Every measurement was judged by <strong>{standard.name}</strong>, with the figures of the
        checklist {visit.checklistTitle}, version {standard.checklistVersion}.
      </p>
      <ul class="report-standard-list" aria-label="Standards consulted, in order">
        {standard.standards.map((title) => (
          <li key={title}>{title}</li>
        ))}
      </ul>
      {standard.changes.length > 0 && (
        <div class="report-corrections">
          <p>
            Version {standard.newerVersion} of the checklist has since corrected{' '}
            {standard.changes.length === 1 ? 'a figure' : `${standard.changes.length} figures`} this
            visit used. This report keeps the figures it was judged by:
          </p>
          <ul>
            {standard.changes.map((change) => (
              <li key={change.measurementId}>
                {change.label}: judged by {change.before}; now {change.after}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

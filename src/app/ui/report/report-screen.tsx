// The printable report of one assessment: clinical, or in plain language for the client and family.
// The browser prints it or saves it as PDF; it reads only the device, so it works offline.

import { useMemo } from 'preact/hooks';
import type { RecordId } from '../../../domain/ids';
import { buildReport, type Report, roomsShown } from '../../../domain/report';
import { placeWords, priorityWords } from '../../../domain/report-wording';
import { AppLink } from '../app-link';
import { BarrierChart, type ChartPriority } from '../charts/barrier-chart';
import { VisitScoresPanel } from '../clinical/visit-scores-panel';
import { type ReportVariant, reportPath, reviewPath } from '../review/review-routes';
import { ScreenFrame } from '../screens/screen-frame';
import { OutcomeComparison } from '../visits/follow-up/outcome-screen';
import { ReportDetails } from './report-details';
import { ReportFindings } from './report-findings';
import {
  type LoadedReport,
  ReportLoader,
  reportInputOf,
  usePhotoReadiness,
} from './report-loading';
import { ReportScope } from './report-scope';
import { DraftMarker, ReportAmendments, ReportSignOff } from './report-sign-off';
import { ReportStandardSection } from './report-standard';
import { TemplateLinks } from './template-links';
import './report.css';

const PRIORITIES: readonly ChartPriority[] = ['high', 'medium', 'low', 'unrated'];

interface ReportScreenProps {
  assessmentId: RecordId;
  variant: ReportVariant;
}

export function ReportScreen({ assessmentId, variant }: ReportScreenProps) {
  return (
    <ReportLoader assessmentId={assessmentId}>
      {(loaded) => <ReportView loaded={loaded} variant={variant} />}
    </ReportLoader>
  );
}

interface ReportViewProps {
  loaded: LoadedReport;
  variant: ReportVariant;
}

function reportTitle(report: Report, variant: ReportVariant): string {
  const name = report.client.name ?? 'client';
  const place = placeWords(report.visit.setting);
  return variant === 'plain'
    ? `Your ${place} visit: ${name}`
    : `${place.charAt(0).toUpperCase()}${place.slice(1)} assessment report: ${name}`;
}

function ReportView({ loaded, variant }: ReportViewProps) {
  const { data } = loaded;
  const report = useMemo(() => buildReport(reportInputOf(loaded)), [loaded]);
  const rooms = useMemo(() => roomsShown(report, variant), [report, variant]);
  const photoIds = useMemo(
    () =>
      rooms.flatMap((shown) => [
        ...shown.room.photos.map((photo) => photo.photoId),
        ...shown.items.flatMap((item) => item.photos.map((photo) => photo.photoId)),
      ]),
    [rooms],
  );
  const { onPhotoSettled, settledCount, isReady } = usePhotoReadiness(photoIds);
  const isPlain = variant === 'plain';
  const chartNames = Object.fromEntries(
    PRIORITIES.map((priority) => [
      priority,
      priorityWords(priority === 'unrated' ? undefined : priority, variant),
    ]),
  ) as Record<ChartPriority, string>;
  return (
    <ScreenFrame title={reportTitle(report, variant)} pageTitle="Report">
      <ReportToolbar
        assessmentId={data.visit.id}
        variant={variant}
        isReady={isReady}
        progress={`${settledCount} of ${photoIds.length}`}
      />
      <article class={`report report-${variant}`} aria-busy={!isReady}>
        <DraftMarker signOff={report.signOff} />
        <ReportDetails report={report} variant={variant} />
        <ReportStandardSection report={report} variant={variant} />
        {data.baseline !== undefined && (
          <section class="report-section report-outcome" aria-labelledby="report-outcome-heading">
            <h2 id="report-outcome-heading">
              {isPlain ? 'What changed since the first visit' : 'Outcome since the baseline visit'}
            </h2>
            <OutcomeComparison data={data} baseline={data.baseline} />
          </section>
        )}
        <VisitScoresPanel data={data} sectionClass="report-section" />
        <section class="report-section">
          <BarrierChart
            headingLevel={2}
            title={
              isPlain
                ? `Things to change, room by room (${report.barrierCount})`
                : `Barriers by room and priority (${report.barrierCount})`
            }
            rows={report.barrierChart}
            names={chartNames}
          />
        </section>
        {/* The family reads first what will be done; the clinician first what was found. */}
        {isPlain && <ReportScope report={report} variant={variant} />}
        <ReportFindings
          rooms={rooms}
          variant={variant}
          firstName={report.client.firstName}
          pronouns={report.client.pronouns}
          onPhotoSettled={onPhotoSettled}
        />
        {!isPlain && <ReportScope report={report} variant={variant} />}
        {!isPlain && report.unansweredCount > 0 && (
          <p class="report-section">
            {report.unansweredCount} checklist item
            {report.unansweredCount === 1 ? ' was' : 's were'} not answered.
          </p>
        )}
        {report.visit.summaryNotes !== undefined && report.visit.summaryNotes !== '' && (
          <section class="report-section" aria-labelledby="report-notes-heading">
            <h2 id="report-notes-heading">{isPlain ? 'Other notes' : 'Summary notes'}</h2>
            <p class="report-notes">{report.visit.summaryNotes}</p>
          </section>
        )}
        <ReportAmendments report={report} variant={variant} />
        <ReportSignOff report={report} variant={variant} />
      </article>
    </ScreenFrame>
  );
}

interface ToolbarProps {
  assessmentId: string;
  variant: ReportVariant;
  isReady: boolean;
  progress: string;
}

/** Print, the other variant and back; none of it prints. */
function ReportToolbar({ assessmentId, variant, isReady, progress }: ToolbarProps) {
  return (
    <div class="report-toolbar">
      <AppLink class="button" href={reviewPath(assessmentId)}>
        Back
      </AppLink>
      <nav aria-label="Report variant" class="report-variants">
        <AppLink
          class="button"
          href={reportPath(assessmentId, 'clinical')}
          aria-current={variant === 'clinical' ? 'page' : undefined}
        >
          Clinical report
        </AppLink>
        <AppLink
          class="button"
          href={reportPath(assessmentId, 'plain')}
          aria-current={variant === 'plain' ? 'page' : undefined}
        >
          Plain-language report
        </AppLink>
      </nav>
      <button
        type="button"
        class="button button-primary"
        disabled={!isReady}
        onClick={() => window.print()}
      >
        Print or save as PDF
      </button>
      <p class="hint" role="status">
        {isReady ? 'Ready to print.' : `Loading photos: ${progress}…`}
      </p>
      <TemplateLinks assessmentId={assessmentId} />
    </div>
  );
}

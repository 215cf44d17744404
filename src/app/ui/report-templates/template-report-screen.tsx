// One assessment printed with a funder's template: its sections in the template's order and
// units, the organization's letterhead when asked, and, on screen only, what the template still
// needs recorded, with a control to record each right here. Reads only the device: works offline.
import { useMemo } from 'preact/hooks';
import { builtinReportTemplates } from '../../../domain/builtin-report-templates';
import type { RecordId } from '../../../domain/ids';
import { letterheadOf, letterheadSettingId } from '../../../domain/organization-settings';
import { buildReport } from '../../../domain/report';
import { type ReportTemplate, resolveTemplate } from '../../../domain/report-template';
import { missingInformation } from '../../../domain/report-template-facts';
import { workRows, workTotals } from '../../../domain/report-template-work';
import type { UnitSystem } from '../../../domain/units';
import { AppLink } from '../app-link';
import { useRecord } from '../records';
import {
  type LoadedReport,
  ReportLoader,
  reportInputOf,
  usePhotoReadiness,
} from '../report/report-loading';
import { reportPath } from '../review/review-routes';
import { ScreenFrame } from '../screens/screen-frame';
import { barrierPhotoIds } from './template-findings-sections';
import { TemplateMissing } from './template-missing';
import { TemplateSectionView } from './template-section';
import '../report/report.css';
import './template-report.css';

const templates = builtinReportTemplates();
const library = new Map(templates.map((template) => [template.id, template]));

/** The units a template prints lengths in: its own, or the reader's. */
function unitsFor(template: ReportTemplate, readerUnits: UnitSystem): UnitSystem {
  if (template.units === 'mm') return 'metric';
  if (template.units === 'in') return 'imperial';
  return readerUnits;
}

export function TemplateReportScreen({
  assessmentId,
  templateId,
}: {
  assessmentId: RecordId;
  templateId: string;
}) {
  const chosen = library.get(templateId);
  const resolved = chosen === undefined ? undefined : resolveTemplate(chosen, library);
  if (resolved === undefined || !resolved.ok) {
    return (
      <ScreenFrame title="Report">
        <p>
          {resolved === undefined
            ? 'There is no report template of that name on this device.'
            : resolved.message}
        </p>
        <AppLink class="button" href={reportPath(assessmentId)}>
          Back to the report
        </AppLink>
      </ScreenFrame>
    );
  }
  const template = resolved.template;
  return (
    <ReportLoader assessmentId={assessmentId}>
      {(loaded) => (
        <TemplateReport
          loaded={loaded}
          template={template}
          units={unitsFor(template, loaded.units)}
        />
      )}
    </ReportLoader>
  );
}

interface TemplateReportProps {
  loaded: LoadedReport;
  template: ReportTemplate;
  units: UnitSystem;
}

function TemplateReport({ loaded, template, units }: TemplateReportProps) {
  const { data } = loaded;
  const letterheadRecord = useRecord('setting', letterheadSettingId());
  const letterhead = letterheadOf(letterheadRecord?.fields);
  const report = useMemo(() => buildReport(reportInputOf(loaded, units)), [loaded, units]);
  const interventionFields = useMemo(
    () => new Map(data.interventions.map((record) => [record.id as string, record.fields])),
    [data.interventions],
  );
  const rows = useMemo(
    () => workRows(report.scopeOfWorks, interventionFields, units),
    [report, interventionFields, units],
  );
  const totals = useMemo(
    () => workTotals(report.scopeOfWorks, interventionFields),
    [report, interventionFields],
  );
  const missing = missingInformation(template.requires, {
    client: data.client?.fields,
    assessment: data.visit.fields,
    goals: data.goals.map((goal) => goal.fields),
    interventions: data.interventions.map((record) => ({ id: record.id, fields: record.fields })),
  });
  const showsPhotos = template.sections.some((section) => section.kind === 'barriers-by-room');
  const photoIds = useMemo(
    () => (showsPhotos ? barrierPhotoIds(report.rooms) : []),
    [showsPhotos, report],
  );
  const { onPhotoSettled, settledCount, isReady } = usePhotoReadiness(photoIds);
  return (
    <ScreenFrame title={`${template.title}: ${report.client.name ?? 'client'}`} pageTitle="Report">
      <div class="report-toolbar">
        <AppLink class="button" href={reportPath(data.visit.id)}>
          Back
        </AppLink>
        <button
          type="button"
          class="button button-primary"
          disabled={!isReady}
          onClick={() => window.print()}
        >
          Print or save as PDF
        </button>
        <p class="hint" role="status">
          {isReady ? 'Ready to print.' : `Loading photos: ${settledCount} of ${photoIds.length}…`}
        </p>
      </div>
      <TemplateMissing missing={missing} data={data} template={template} />
      <article
        class={`report template-report${template.pageXOfY ? '' : ' template-unnumbered'}`}
        aria-busy={!isReady}
      >
        {template.letterhead && letterhead !== undefined && (
          <header class="template-letterhead">
            <strong>{letterhead.name}</strong>
            {[letterhead.address, letterhead.phone, letterhead.email]
              .filter((line) => line !== '')
              .map((line) => (
                <span key={line}>{line}</span>
              ))}
          </header>
        )}
        <h2 class="template-title">{template.title}</h2>
        <p class="template-funder">
          For: {template.funder}. Lengths in {units === 'metric' ? 'millimetres' : 'inches'}.
        </p>
        {template.sections.map((section, index) => (
          <TemplateSectionView
            key={`${section.kind}-${index}`}
            index={index}
            section={section}
            context={{ data, report, rows, totals, units, template, onPhotoSettled }}
          />
        ))}
      </article>
    </ScreenFrame>
  );
}

// One section of a template report: its heading, the template's fixed wording, then what the
// section draws from the assessment.
import type { Report } from '../../../domain/report';
import type { ReportTemplate, TemplateSection } from '../../../domain/report-template';
import type { WorkRow } from '../../../domain/report-template-work';
import type { UnitSystem } from '../../../domain/units';
import type { CurrencyTotal } from '../../../domain/visit-summary';
import type { VisitData } from '../visits/use-visit';
import {
  ClientAndVisit,
  Diagnosis,
  Funding,
  Property,
  Signatures,
  WorkHealthAndSafety,
} from './template-facts-sections';
import {
  BarrierPhotos,
  FunctionalFindings,
  Goals,
  Measurements,
  Scores,
} from './template-findings-sections';
import { Costs, Recommendations, ScopeOfWorks, WorkDocumentation } from './template-work-sections';

export interface SectionContext {
  data: VisitData;
  report: Report;
  rows: readonly WorkRow[];
  totals: readonly CurrencyTotal[];
  units: UnitSystem;
  template: ReportTemplate;
  onPhotoSettled: (photoId: string) => void;
}

function SectionBody({ section, context }: { section: TemplateSection; context: SectionContext }) {
  const { data, report, rows, totals, units, template, onPhotoSettled } = context;
  switch (section.kind) {
    case 'client-and-visit':
      return <ClientAndVisit report={report} />;
    case 'funding':
      return <Funding client={data.client} />;
    case 'diagnosis':
      return <Diagnosis client={data.client} units={units} />;
    case 'goals':
      return <Goals goals={report.goals} />;
    case 'functional-findings':
      return <FunctionalFindings rooms={report.rooms} />;
    case 'barriers-by-room':
      return <BarrierPhotos rooms={report.rooms} onPhotoSettled={onPhotoSettled} />;
    case 'measurements':
      return <Measurements rooms={report.rooms} />;
    case 'sketches':
      return <p>No sketch plan has been drawn for this visit.</p>;
    case 'recommendations':
      return <Recommendations rows={rows} />;
    case 'scope-of-works':
      return <ScopeOfWorks rows={rows} />;
    case 'work-documentation':
      return <WorkDocumentation rows={rows} />;
    case 'costs':
      return <Costs totals={totals} report={report} />;
    case 'property':
      return <Property client={data.client} visit={data.visit} />;
    case 'whs':
      return <WorkHealthAndSafety visit={data.visit} />;
    case 'scores':
      return <Scores rooms={report.rooms} />;
    case 'signatures':
      return <Signatures report={report} roles={template.signatures} />;
    case 'text':
      return null;
  }
}

export function TemplateSectionView({
  section,
  index,
  context,
}: {
  section: TemplateSection;
  index: number;
  context: SectionContext;
}) {
  const headingId = `template-section-${index}`;
  return (
    <section class={`report-section template-section-${section.kind}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <SectionBody section={section} context={context} />
    </section>
  );
}

// The funders' templates a report can also be printed with, as links from the report's toolbar.
import { builtinReportTemplates } from '../../../domain/builtin-report-templates';
import { AppLink } from '../app-link';
import { templateReportPath } from '../review/review-routes';

const templates = builtinReportTemplates();

export function TemplateLinks({ assessmentId }: { assessmentId: string }) {
  return (
    <details class="template-links">
      <summary>Print with a funder's template</summary>
      <ul class="plain-list">
        {templates.map((template) => (
          <li key={template.id}>
            <AppLink href={templateReportPath(assessmentId, template.id)}>{template.title}</AppLink>{' '}
            <span class="hint">{template.funder}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

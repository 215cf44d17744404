// On screen, never printed: what the template still needs before the report is ready, each with
// the control to record it (or a link to where it is recorded).
import type { ReportTemplate } from '../../../domain/report-template';
import type { MissingInformation } from '../../../domain/report-template-facts';
import { AppLink } from '../app-link';
import { reviewPath } from '../review/review-routes';
import type { VisitData } from '../visits/use-visit';
import { visitPath } from '../visits/visit-routes';
import { FactEditor } from './fact-editors';

function placeLink(missing: MissingInformation, data: VisitData) {
  if (missing.place === 'goals') return { href: visitPath(data.visit.id), label: 'Open the visit' };
  if (missing.place === 'review') {
    return { href: reviewPath(data.visit.id), label: 'Open the review' };
  }
  return undefined;
}

export function TemplateMissing({
  missing,
  data,
  template,
}: {
  missing: readonly MissingInformation[];
  data: VisitData;
  template: ReportTemplate;
}) {
  if (missing.length === 0) {
    return (
      <p class="template-ready" role="status">
        Everything this template asks for is recorded.
      </p>
    );
  }
  return (
    <section class="panel template-missing" aria-labelledby="template-missing-heading">
      <h2 id="template-missing-heading">
        Still needed for {template.funder.split(',')[0]} ({missing.length})
      </h2>
      <ul class="plain-list">
        {missing.map((item) => {
          const link = placeLink(item, data);
          return (
            <li key={`${item.fact}/${item.recordId ?? ''}`} class="template-missing-item">
              <p>{item.words}</p>
              <FactEditor missing={item} data={data} />
              {link !== undefined && (
                <AppLink class="button" href={link.href}>
                  {link.label}
                </AppLink>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// The review screens' addresses: the list, one assessment read for review, and its printable report.
import type { RecordId } from '../../../domain/ids';

export type ReportVariant = 'clinical' | 'plain';

export type ReviewRoute =
  | { screen: 'list' }
  | { screen: 'assessment'; assessmentId: RecordId }
  | { screen: 'report'; assessmentId: RecordId; variant: ReportVariant }
  | { screen: 'template-report'; assessmentId: RecordId; templateId: string };

/** Reads a review route from a path under /review and the query string. */
export function reviewRoute(path: string, search: string): ReviewRoute {
  const [assessmentId, section, templateId] = path
    .split('/')
    .filter((part) => part !== '')
    .slice(1)
    .map(decodeURIComponent) as [RecordId | undefined, string | undefined, string | undefined];
  if (assessmentId === undefined) return { screen: 'list' };
  if (section === 'report' && templateId !== undefined) {
    return { screen: 'template-report', assessmentId, templateId };
  }
  if (section === 'report') {
    const variant = new URLSearchParams(search).get('variant') === 'plain' ? 'plain' : 'clinical';
    return { screen: 'report', assessmentId, variant };
  }
  return { screen: 'assessment', assessmentId };
}

export const reviewPath = (assessmentId: string) => `/review/${encodeURIComponent(assessmentId)}`;
export const reportPath = (assessmentId: string, variant: ReportVariant = 'clinical') =>
  `${reviewPath(assessmentId)}/report${variant === 'plain' ? '?variant=plain' : ''}`;
/** A report printed with one of the funders' templates. */
export const templateReportPath = (assessmentId: string, templateId: string) =>
  `${reviewPath(assessmentId)}/report/${encodeURIComponent(templateId)}`;

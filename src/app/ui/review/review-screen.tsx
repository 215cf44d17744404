// The Review area: the organization's assessments (with this chunk), one assessment read for
// sign-off, and reports (each loaded on demand).
import { lazyScreen } from '../lazy-screen';
import { useLocation } from '../router';
import { ReviewList } from './review-list';
import { reviewRoute } from './review-routes';

const AssessmentReview = lazyScreen(
  'Assessment',
  async () => (await import('./assessment-review')).AssessmentReview,
);
const ReportScreen = lazyScreen(
  'Report',
  async () => (await import('../report/report-screen')).ReportScreen,
);

const TemplateReportScreen = lazyScreen(
  'Report',
  async () => (await import('../report-templates/template-report-screen')).TemplateReportScreen,
);

export function ReviewScreen() {
  const { path, search } = useLocation();
  const route = reviewRoute(path, search);
  if (route.screen === 'assessment') return <AssessmentReview assessmentId={route.assessmentId} />;
  if (route.screen === 'template-report') {
    return <TemplateReportScreen assessmentId={route.assessmentId} templateId={route.templateId} />;
  }
  if (route.screen === 'report') {
    return <ReportScreen assessmentId={route.assessmentId} variant={route.variant} />;
  }
  return <ReviewList />;
}

// The printable report of one assessment: clinical, or in plain language for the client and family.
import type { RecordId } from '../../../domain/ids';
import type { ReportVariant } from '../review/review-routes';
import { ScreenFrame } from '../screens/screen-frame';

export function ReportScreen({
  assessmentId,
  variant,
}: {
  assessmentId: RecordId;
  variant: ReportVariant;
}) {
  return (
    <ScreenFrame title="Report">
      <p>
        {variant} report of {assessmentId}
      </p>
    </ScreenFrame>
  );
}

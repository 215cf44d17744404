// The edits the server refused, kept on the device with their content for a person to resolve.
import type { Patch, Rejection, SyncResponse } from '../../sync/protocol';
import type { RejectedEdit } from './sync-engine';

/**
 * The refused edits after one answer: those kept before, plus each new rejection with the
 * patch it refused, under the device id it was sent with (`sentUnder`: a seq counts one device
 * id's edits, and a new person on the device starts a new id). A `gap` is not a refusal of the
 * edit, only of its order, so it is not kept.
 */
export function rejectedEditsOf(
  response: SyncResponse,
  pushed: readonly Patch[],
  previous: RejectedEdit[],
  sent: { nowMs: number; sentUnder: string },
): RejectedEdit[] {
  const isKept = (rejection: Rejection) =>
    previous.some(
      (kept) => kept.seq === rejection.seq && (kept.deviceId ?? sent.sentUnder) === sent.sentUnder,
    );
  const fresh = response.rejected
    .filter((rejection) => rejection.code !== 'gap' && !isKept(rejection))
    .map((rejection) => ({
      ...rejection,
      patch: pushed.find((patch) => patch.seq === rejection.seq),
      rejectedAt: sent.nowMs,
      deviceId: sent.sentUnder,
    }));
  return [...previous, ...fresh];
}

// The edits the server refused, kept on the device with their content for a person to resolve.
import type { Patch, SyncResponse } from '../../sync/protocol';
import type { RejectedEdit } from './sync-engine';

/**
 * The refused edits after one answer: those kept before, plus each new rejection with the
 * patch it refused. A `gap` is not a refusal of the edit, only of its order, so it is not kept.
 */
export function rejectedEditsOf(
  response: SyncResponse,
  pushed: readonly Patch[],
  previous: RejectedEdit[],
  nowMs: number,
): RejectedEdit[] {
  const fresh = response.rejected
    .filter(
      (rejection) =>
        rejection.code !== 'gap' && !previous.some((kept) => kept.seq === rejection.seq),
    )
    .map((rejection) => ({
      ...rejection,
      patch: pushed.find((patch) => patch.seq === rejection.seq),
      rejectedAt: nowMs,
    }));
  return [...previous, ...fresh];
}

// Why a barrier starts at a higher severity than its item's usual one (the client's fall risk).
import './clinical.css';

export function RaisedReason({ reason }: { reason: string }) {
  return <p class="raised-reason">{reason}</p>;
}

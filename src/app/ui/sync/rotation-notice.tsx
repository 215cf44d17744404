// Says in words that the sign-in stored before the app lock was turned on still waits to be renewed.
import type { AppServices } from '../../app-services';
import { useFeed } from '../feed';

/** Shown while the token rotation waits for a connection; nothing otherwise. */
export function RotationNotice({ services }: { services: AppServices }) {
  const isPending = useFeed(services.rotationPending);
  if (!isPending) return null;
  return (
    <p class="notice" role="status">
      This device's sign-in is renewed the next time it reaches the server. Until then, the sign-in
      it stored before the app lock was turned on still works.
    </p>
  );
}

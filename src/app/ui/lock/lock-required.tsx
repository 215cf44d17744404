// What a screen shows instead of records when the organization requires an app lock and this device has none.
import { AppLink } from '../app-link';
import { ScreenFrame } from '../screens/screen-frame';

/** The explanation, and the way to Settings → App lock; sync goes on, so nothing is stranded. */
export function LockRequiredNotice() {
  return (
    <section class="banner banner-warning lock-required" aria-labelledby="lock-required-heading">
      <h2 id="lock-required-heading">Your organization requires an app lock</h2>
      <p>
        Records on this device open only once it has an app lock, so that a lost or stolen tablet
        does not give them away. Set one in Settings → App lock; it takes a minute.
      </p>
      <p>
        Nothing is lost meanwhile: changes already made on this device keep syncing to the server.
      </p>
    </section>
  );
}

/** Takes the place of every screen but Settings until a lock is set. */
export function LockRequiredScreen() {
  return (
    <ScreenFrame title="Set an app lock to go on">
      <LockRequiredNotice />
      <AppLink class="button button-primary" href="/settings#app-lock-heading">
        Set the app lock in Settings
      </AppLink>
    </ScreenFrame>
  );
}

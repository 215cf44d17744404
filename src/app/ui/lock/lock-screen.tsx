// The full-screen lock: asks for the passphrase (or the PIN and the screen lock); nothing of the app is behind it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type AppLock, unlockDelayMs } from '../../security/app-lock';
import { ForgotPassphrase } from './forgot-passphrase';
import { waitInWords } from './wait-words';

/** From this many failures on, the screen says that waits stay long and points to the reset. */
const MANY_FAILURES = 10;

type UnlockResult = Awaited<ReturnType<AppLock['unlock']>>;

function refusal(result: UnlockResult, secretName: string): string {
  if (result.kind === 'device-failed') return result.message;
  if (result.kind !== 'wrong') return '';
  // A wait that follows is said by the wait notice, with its countdown.
  const wrong = `That ${secretName} is not right.`;
  return unlockDelayMs(result.failures) === 0 ? `${wrong} Try again.` : wrong;
}

/** Counts down to `retryAtMs`; undefined once the next try is allowed. */
function useWaitLeft(retryAtMs: number | undefined, now: () => number): number | undefined {
  const [nowMs, setNowMs] = useState(now());
  useEffect(() => {
    if (retryAtMs === undefined) return;
    setNowMs(now());
    const timer = window.setInterval(() => setNowMs(now()), 1000);
    return () => window.clearInterval(timer);
  }, [retryAtMs, now]);
  if (retryAtMs === undefined || nowMs >= retryAtMs) return undefined;
  return retryAtMs - nowMs;
}

function WaitNotice(props: { waitMs: number | undefined; failures: number; secretName: string }) {
  const { waitMs, failures, secretName } = props;
  if (waitMs === undefined) return null;
  return (
    <div class="lock-wait" role="status">
      <p>
        Too many wrong tries. You can try again in <strong>{waitInWords(waitMs)}</strong>.
      </p>
      {failures >= MANY_FAILURES && (
        <p>
          After {failures} wrong tries, each further try waits up to 15 minutes. If the {secretName}{' '}
          is forgotten, "Forgot {secretName}?" below resets this device.
        </p>
      )}
    </div>
  );
}

/** Shown instead of the app while the data key is not in memory. */
export function LockScreen({
  lock,
  now,
  onReset,
}: {
  lock: AppLock;
  now: () => number;
  onReset: () => void;
}) {
  const [error, setError] = useState<string | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);
  const [isForgotOpen, setForgotOpen] = useState(false);
  const [wait, setWait] = useState<{ failures: number; retryAtMs: number | undefined }>({
    failures: 0,
    retryAtMs: undefined,
  });
  const waitLeftMs = useWaitLeft(wait.retryAtMs, now);
  const input = useRef<HTMLInputElement>(null);
  const isDevicePin = lock.secretKind() === 'device-pin';
  const secretName = isDevicePin ? 'PIN' : 'passphrase';
  useEffect(() => {
    input.current?.focus();
    void lock.unlockWait().then(setWait);
  }, [lock]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const typed = input.current?.value ?? '';
    setBusy(true);
    setError(undefined);
    try {
      const result = await lock.unlock(typed);
      if (result.kind === 'unlocked') return;
      if (result.kind !== 'device-failed' && input.current !== null) input.current.value = '';
      setError(result.kind === 'wait' ? undefined : refusal(result, secretName));
      setWait(await lock.unlockWait());
      input.current?.focus();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="lock-screen" aria-labelledby="lock-heading">
      <div class="lock-card">
        <h1 id="lock-heading">HomeAssess is locked</h1>
        <p>
          {isDevicePin
            ? "Enter your PIN, then confirm with this device's screen lock or fingerprint."
            : 'Enter your passphrase to go on where you left off.'}
        </p>
        <form class="form" onSubmit={(event) => void submit(event)}>
          <label class="field">
            {isDevicePin ? 'PIN' : 'Passphrase'}
            <input
              ref={input}
              type="password"
              required
              inputMode={isDevicePin ? 'numeric' : undefined}
              autocomplete="current-password"
            />
          </label>
          {error !== undefined && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <WaitNotice waitMs={waitLeftMs} failures={wait.failures} secretName={secretName} />
          <button
            type="submit"
            class="button button-primary"
            disabled={isBusy || waitLeftMs !== undefined}
          >
            {isBusy ? 'Checking…' : 'Unlock'}
          </button>
        </form>
        <button
          type="button"
          class="button lock-forgot-toggle"
          aria-expanded={isForgotOpen}
          onClick={() => setForgotOpen(!isForgotOpen)}
        >
          Forgot {secretName}?
        </button>
        {isForgotOpen && <ForgotPassphrase lock={lock} onReset={onReset} />}
      </div>
    </main>
  );
}

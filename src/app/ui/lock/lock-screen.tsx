// The full-screen lock: asks for the passphrase; nothing of the app is rendered behind it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppLock } from '../../security/app-lock';
import { ForgotPassphrase } from './forgot-passphrase';

function refusal(result: Awaited<ReturnType<AppLock['unlock']>>, nowMs: number): string {
  if (result.kind === 'unlocked') return '';
  if (result.kind === 'wrong') return 'That passphrase is not right. Try again.';
  const seconds = Math.max(1, Math.ceil((result.retryAtMs - nowMs) / 1000));
  return `Too many wrong tries. Wait ${seconds} seconds before trying again.`;
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
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    const passphrase = input.current?.value ?? '';
    setBusy(true);
    setError(undefined);
    try {
      const result = await lock.unlock(passphrase);
      if (result.kind !== 'unlocked') {
        setError(refusal(result, now()));
        if (input.current !== null) input.current.value = '';
        input.current?.focus();
      }
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
        <p>Enter your passphrase or PIN to go on where you left off.</p>
        <form class="form" onSubmit={(event) => void submit(event)}>
          <label class="field">
            Passphrase
            <input ref={input} type="password" required autocomplete="current-password" />
          </label>
          {error !== undefined && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="button button-primary" disabled={isBusy}>
            {isBusy ? 'Checking…' : 'Unlock'}
          </button>
        </form>
        <button
          type="button"
          class="button lock-forgot-toggle"
          aria-expanded={isForgotOpen}
          onClick={() => setForgotOpen(!isForgotOpen)}
        >
          Forgot passphrase?
        </button>
        {isForgotOpen && <ForgotPassphrase lock={lock} onReset={onReset} />}
      </div>
    </main>
  );
}

// Calls back once no pointer or key input has come for the chosen time, or when the app returns after it.

export interface IdleTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Where input and visibility events come from (document in the app). */
export type IdleEventSource = Pick<
  Document,
  'addEventListener' | 'removeEventListener' | 'visibilityState'
>;

export interface IdleWatcherOptions {
  idleMs: number;
  now: () => number;
  timers: IdleTimers;
  events: IdleEventSource | undefined;
  onIdle: () => void;
}

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Watches for input; input only records the time, so typing does not reset a timer per key.
 * Returns a function that stops watching.
 */
export function watchIdle(options: IdleWatcherOptions): () => void {
  const { timers, events } = options;
  let lastInputAt = options.now();
  let timer: number | undefined;
  const onInput = () => {
    lastInputAt = options.now();
  };
  const check = () => {
    const idleForMs = options.now() - lastInputAt;
    if (idleForMs >= options.idleMs) {
      stop();
      options.onIdle();
      return;
    }
    schedule(options.idleMs - idleForMs);
  };
  const schedule = (delayMs: number) => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(check, delayMs);
  };
  // A tablet put to sleep may not run timers; coming back checks the time at once.
  const onVisibility = () => {
    if (events?.visibilityState === 'visible') check();
  };
  const stop = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    for (const name of INPUT_EVENTS) events?.removeEventListener(name, onInput, true);
    events?.removeEventListener('visibilitychange', onVisibility);
  };
  for (const name of INPUT_EVENTS)
    events?.addEventListener(name, onInput, { capture: true, passive: true });
  events?.addEventListener('visibilitychange', onVisibility);
  schedule(options.idleMs);
  return stop;
}

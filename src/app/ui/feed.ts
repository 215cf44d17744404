// A value that screens can watch: the sync status, the session, a counter of record changes.
import { useEffect, useState } from 'preact/hooks';

export interface Feed<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: (value: T) => void): () => void;
}

/** Creates a feed holding `initial`. */
export function createFeed<T>(initial: T): Feed<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The feed's current value, re-rendering when it changes. */
export function useFeed<T>(feed: Feed<T>): T {
  const [value, setValue] = useState(feed.get());
  useEffect(() => {
    setValue(feed.get());
    return feed.subscribe(setValue);
  }, [feed]);
  return value;
}

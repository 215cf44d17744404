// Runs tasks one at a time, so a local edit and an incoming sync page never interleave.

export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/** A queue: each task starts after the previous one settled, whatever its outcome. */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

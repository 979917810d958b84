// The pages waiting to be regenerated on this instance: one at a time (a render is a handful of
// queries, and a burst of changes must not crowd out visitors), each path once however often it is
// announced while it waits, and at most `maxPending` of them. A path announced again while it is being
// regenerated waits for another turn: the render under way may have read the data before the change.

export type RegenerationQueue = {
  add(paths: Iterable<string>): void;
  /** Settles once nothing is waiting or being regenerated. */
  idle(): Promise<void>;
};

type QueueOptions = {
  regenerate(path: string): Promise<void>;
  maxPending: number;
  onError(path: string, error: unknown): void;
  onDropped(count: number): void;
};

export function createRegenerationQueue({ regenerate, maxPending, onError, onDropped }: QueueOptions): RegenerationQueue {
  const pending = new Set<string>();
  let draining: Promise<void> | null = null;

  async function drain() {
    for (let path = first(pending); path !== undefined; path = first(pending)) {
      pending.delete(path);
      try {
        await regenerate(path);
      } catch (error) {
        onError(path, error);
      }
    }
    // Set in the same turn as the loop found nothing waiting, so an add() after this starts a new drain.
    draining = null;
  }

  return {
    add(paths) {
      let dropped = 0;
      for (const path of paths) {
        if (pending.has(path)) continue;
        if (pending.size >= maxPending) dropped++;
        else pending.add(path);
      }
      if (dropped) onDropped(dropped);
      if (pending.size) draining ??= drain();
    },
    idle: () => draining ?? Promise.resolve(),
  };
}

function first(set: ReadonlySet<string>): string | undefined {
  return set.values().next().value;
}

// A small seeded PRNG so the seed produces the same people on every machine and every run.

export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  pickWeighted: <T>(items: readonly { value: T; weight: number }[]) => T;
  sample: <T>(items: readonly T[], count: number) => T[];
};

/** FNV-1a: turns a stable key such as "expert:42" into a 32-bit seed. */
export function seedFromKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each generated person gets a generator of their own, so adding people never reshuffles the others. */
export function createRandom(key: string): Random {
  const next = mulberry32(seedFromKey(key));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    pickWeighted: (items) => {
      const total = items.reduce((sum, item) => sum + item.weight, 0);
      let remaining = next() * total;
      for (const item of items) {
        remaining -= item.weight;
        if (remaining < 0) return item.value;
      }
      return items[items.length - 1].value;
    },
    sample: (items, count) => {
      const pool = [...items];
      for (let index = pool.length - 1; index > 0; index--) {
        const swap = Math.floor(next() * (index + 1));
        [pool[index], pool[swap]] = [pool[swap], pool[index]];
      }
      return pool.slice(0, Math.min(count, pool.length));
    },
  };
}

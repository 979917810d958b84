// What a soak run saw, per kind of traffic and per minute: how many requests, how many failed (with
// the first few reasons), and their latencies (p50, p99).

type Bucket = { latencies: number[]; errors: number };

const percentile = (sorted: number[], share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;

export type KindSummary = { kind: string; requests: number; errors: number; p50Ms: number; p99Ms: number };

export class SoakRecorder {
  private readonly minutes = new Map<number, Map<string, Bucket>>();
  private readonly firstErrors: string[] = [];
  constructor(private readonly startedAt = Date.now()) {}

  /** One request (or one step of a flow) of `kind` that took `ms`; `error` when it failed. */
  record(kind: string, ms: number, error?: string) {
    const minute = Math.floor((Date.now() - this.startedAt) / 60_000);
    const kinds = this.minutes.get(minute) ?? new Map<string, Bucket>();
    this.minutes.set(minute, kinds);
    const bucket = kinds.get(kind) ?? { latencies: [], errors: 0 };
    kinds.set(kind, bucket);
    bucket.latencies.push(ms);
    if (error !== undefined) {
      bucket.errors++;
      if (this.firstErrors.length < 20) this.firstErrors.push(`${kind}: ${error}`);
    }
  }

  /** Times `step` and records it under `kind`; a thrown error is recorded and then rethrown. */
  async time<T>(kind: string, step: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await step();
      this.record(kind, performance.now() - started);
      return result;
    } catch (error) {
      this.record(kind, performance.now() - started, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  minute(index: number): KindSummary[] {
    return summarize(this.minutes.get(index) ?? new Map());
  }

  /** Every minute together. */
  total(): KindSummary[] {
    const merged = new Map<string, Bucket>();
    for (const kinds of this.minutes.values())
      for (const [kind, bucket] of kinds) {
        const into = merged.get(kind) ?? { latencies: [], errors: 0 };
        into.latencies.push(...bucket.latencies);
        into.errors += bucket.errors;
        merged.set(kind, into);
      }
    return summarize(merged);
  }

  get errors() {
    return this.firstErrors;
  }
}

function summarize(kinds: Map<string, Bucket>): KindSummary[] {
  return [...kinds]
    .map(([kind, { latencies, errors }]) => {
      const sorted = [...latencies].sort((a, b) => a - b);
      return { kind, requests: sorted.length, errors, p50Ms: Math.round(percentile(sorted, 0.5)), p99Ms: Math.round(percentile(sorted, 0.99)) };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind));
}

export function summaryTable(rows: KindSummary[]) {
  return [
    "| kind | requests | errors | p50 ms | p99 ms |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map((row) => `| ${row.kind} | ${row.requests} | ${row.errors} | ${row.p50Ms} | ${row.p99Ms} |`),
  ].join("\n");
}

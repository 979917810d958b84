// Turns Prisma groupBy rows into the plain shapes the dashboards return.

/** A count for every possible value, so a status nobody is in still shows as 0. */
export function countEvery<Key extends string>(keys: readonly Key[], rows: readonly { key: Key; count: number }[]): Record<Key, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;
  for (const row of rows) counts[row.key] += row.count;
  return counts;
}

/** Sums amounts per currency; a dashboard never adds cents of different currencies together. */
export function sumByCurrency<Bucket extends string>(
  buckets: readonly Bucket[],
  rows: readonly { currency: string; bucket: Bucket | null; cents: number | null }[],
): ({ currency: string } & Record<Bucket, number>)[] {
  const byCurrency = new Map<string, Record<Bucket, number>>();
  for (const row of rows) {
    if (row.bucket === null) continue;
    const totals = byCurrency.get(row.currency) ?? countEvery(buckets, []);
    totals[row.bucket] += row.cents ?? 0;
    byCurrency.set(row.currency, totals);
  }
  return [...byCurrency.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, totals]) => ({ currency, ...totals }));
}

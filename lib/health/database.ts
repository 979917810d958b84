import { db } from "@/lib/db";

type Queryable = { $queryRaw: typeof db.$queryRaw };

export const DATABASE_TIMEOUT_MS = 2_000;

/** The work's answer, or `fallback` when it fails or takes longer than two seconds. */
export function withinTimeout<T, F>(work: Promise<T>, fallback: F): Promise<T | F> {
  const timeout = new Promise<F>((resolve) => setTimeout(() => resolve(fallback), DATABASE_TIMEOUT_MS).unref());
  return Promise.race([work.catch(() => fallback), timeout]);
}

/** Whether the database answers a trivial query within two seconds. */
export function isDatabaseReachable(client: Queryable = db) {
  return withinTimeout(
    client.$queryRaw`SELECT 1`.then(() => true as const),
    false as const,
  );
}

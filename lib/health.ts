import { db } from "@/lib/db";

type Queryable = { $queryRaw: typeof db.$queryRaw };

const DATABASE_TIMEOUT_MS = 2_000;

/** Whether the database answers a trivial query within two seconds. */
export async function isDatabaseReachable(client: Queryable = db) {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS).unref());
  const query = client.$queryRaw`SELECT 1`.then(
    () => true as const,
    () => false as const,
  );
  return Promise.race([query, timeout]);
}

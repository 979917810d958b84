import { Client } from "pg";

// Row locks held from outside a process under test, to stop it at an exact point (waiting for the
// lock) so that it can be killed there; and the clean-up of a killed process's database sessions.

export type HeldLock = { release: () => Promise<void> };

/** Runs `sql` (a SELECT … FOR UPDATE) in a transaction left open until release(). */
export async function holdRowLock(databaseUrl: string, sql: string, params: unknown[]): Promise<HeldLock> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  const { rowCount } = await client.query(sql, params);
  if (!rowCount) throw new Error(`holdRowLock: no row for ${sql}`);
  return {
    async release() {
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}

/**
 * Ends the database sessions a killed process left behind (named by its PGAPPNAME). A statement it
 * sent just before dying, still waiting for a lock, would otherwise run once the lock is free: after a
 * real crash Postgres notices the closed socket only when it next talks to the client.
 */
export async function endSessionsOf(databaseUrl: string, applicationName: string, timeoutMs = 5_000) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ ended: boolean | null }>(
        "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
        [applicationName],
      );
      if (!rows.length) return;
      if (Date.now() > deadline) throw new Error(`sessions of ${applicationName} did not end within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

/** Whether a session of `applicationName` is waiting for a lock right now. */
export async function isWaitingForLock(databaseUrl: string, applicationName: string) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", [applicationName]);
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

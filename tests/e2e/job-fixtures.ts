import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { e2eDatabaseUrl } from "./fixtures";

// Jobs written straight into the e2e database: the API makes none by hand, and a failure is easiest
// to arrange as the row a worker would have left. Timestamps are UTC, as Prisma stores them.

const NOW = `(now() AT TIME ZONE 'UTC')`;

async function withJobsTable<T>(work: (database: Client) => Promise<T>) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    return await work(database);
  } finally {
    await database.end();
  }
}

type JobRow = { kind: string; payload: unknown; lastError?: string };

/** A job that used up its five attempts just now, as its worker left it. */
export function insertFailedJob({ kind, payload, lastError = "Connection terminated unexpectedly" }: JobRow) {
  const id = `e2e-job-${randomUUID()}`;
  return withJobsTable(async (database) => {
    await database.query(
      `INSERT INTO jobs (id, kind, payload, status, "runAt", attempts, "maxAttempts", "failedAt", "lastError")
       VALUES ($1, $2, $3, 'FAILED', ${NOW}, 5, 5, ${NOW}, $4)`,
      [id, kind, JSON.stringify(payload), lastError],
    );
    return id;
  });
}

/** A job due now, for the e2e worker (it polls every 250 ms) to claim. */
export function insertDueJob({ kind, payload }: JobRow) {
  const id = `e2e-job-${randomUUID()}`;
  return withJobsTable(async (database) => {
    await database.query(`INSERT INTO jobs (id, kind, payload, "runAt") VALUES ($1, $2, $3, ${NOW})`, [id, kind, JSON.stringify(payload)]);
    return id;
  });
}

export function jobRow(id: string) {
  return withJobsTable(async (database) => {
    const { rows } = await database.query<{ status: string; attempts: number; lastError: string | null }>(
      `SELECT status, attempts, "lastError" FROM jobs WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  });
}

/** The audit log's entries about one job, oldest first. */
export function jobAuditActions(id: string) {
  return withJobsTable(async (database) => {
    const { rows } = await database.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE "targetType" = 'Job' AND "targetId" = $1 ORDER BY "createdAt"`,
      [id],
    );
    return rows.map((row) => row.action);
  });
}

import { Client } from "pg";

// A fingerprint of the e2e database: per table, the row count, the latest createdAt/updatedAt and an
// md5 over every row's text, so an update that keeps the count (a read mark, a status) shows too.

/** Tables left out entirely, and why. */
export const SKIPPED_TABLES: Record<string, string> = {
  rate_limit_events:
    "counters, not data: every sign-in clears its failures and every message post records a hit before it is validated against the conversation",
  worker_heartbeats: "the job worker running beside the app writes when it last polled, every few seconds; no request writes it",
};

/** Tables whose rows the job worker running beside the app updates on its own: only their ids are compared, so a new row still shows. */
export const IDS_ONLY_TABLES: Record<string, string> = {
  jobs: "the worker claims, leases, finishes and fails jobs (status, lockedBy, lockedUntil, attempts, doneAt, failedAt), and requeues its periodic ones",
  email_outbox: "the worker sends queued emails (status, attempts, sentAt, lastError)",
  stripe_events: "the worker processes stored webhooks (processedAt, error)",
};

export type TableFingerprint = { rows: number; latest: string | null; digest: string };
export type Fingerprint = Record<string, TableFingerprint>;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function databaseFingerprint(connectionString: string): Promise<Fingerprint> {
  const database = new Client({ connectionString });
  await database.connect();
  try {
    const { rows: columns } = await database.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
    );
    const columnsOf = new Map<string, Set<string>>();
    for (const { table_name, column_name } of columns) (columnsOf.get(table_name) ?? columnsOf.set(table_name, new Set()).get(table_name)!).add(column_name);
    const fingerprint: Fingerprint = {};
    for (const table of [...columnsOf.keys()].sort()) {
      if (table in SKIPPED_TABLES) continue;
      const names = columnsOf.get(table)!;
      const stamps = ["createdAt", "updatedAt"].filter((column) => names.has(column)).map((column) => `max(${quoted(column)})`);
      const rowText = table in IDS_ONLY_TABLES ? "t.id::text" : "t::text";
      const { rows } = await database.query<{ rows: number; latest: Date | null; digest: string }>(
        `SELECT count(*)::int AS rows,
                ${stamps.length ? `greatest(${stamps.join(", ")})` : "NULL::timestamp"} AS latest,
                md5(coalesce(string_agg(md5(${rowText}), '' ORDER BY md5(${rowText})), '')) AS digest
         FROM ${quoted(table)} t`,
      );
      const [row] = rows;
      fingerprint[table] = { rows: row.rows, latest: row.latest ? new Date(row.latest).toISOString() : null, digest: row.digest };
    }
    return fingerprint;
  } finally {
    await database.end();
  }
}

/** The tables whose fingerprint differs, with both sides, for the failure message. */
export function fingerprintChanges(before: Fingerprint, after: Fingerprint) {
  const tables = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return tables
    .filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]))
    .map((table) => ({ table, before: before[table], after: after[table] }));
}

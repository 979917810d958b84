import { Client } from "pg";

// The job worker beside the app runs timers that other tests queued (an unread-message email, a
// digest), and what they write would look like a malformed request's doing. While the malformed
// requests run, every queued job is moved a day on and put back afterwards; a job already claimed
// is waited for first.

const POSTPONE = "interval '1 day'";

export async function holdQueuedJobs(connectionString: string) {
  const database = new Client({ connectionString });
  await database.connect();
  try {
    await database.query(`UPDATE jobs SET "runAt" = "runAt" + ${POSTPONE} WHERE status = 'QUEUED'`);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await database.query<{ running: number }>(`SELECT count(*)::int AS running FROM jobs WHERE status = 'QUEUED' AND "lockedUntil" > now()`);
      if (rows[0]!.running === 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await database.end();
  }
}

export async function releaseQueuedJobs(connectionString: string) {
  const database = new Client({ connectionString });
  await database.connect();
  try {
    await database.query(`UPDATE jobs SET "runAt" = "runAt" - ${POSTPONE} WHERE status = 'QUEUED'`);
  } finally {
    await database.end();
  }
}

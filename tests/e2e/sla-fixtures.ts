import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { demoAccount, e2eDatabaseUrl } from "./fixtures";

/**
 * A demo company's request being matched, submitted `hoursAgo` with the usual 8-hour deadline, needing a
 * skill the demo expert has: for the SLA board and hand-picking, written as rows (matching is not the subject).
 */
export async function insertMatchingRequest({ label, hoursAgo, description }: { label: string; hoursAgo: number; description: string }) {
  const title = `E2E ${label} ${randomUUID().slice(0, 8)}`;
  const requestId = `e2e_request_${randomUUID()}`;
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const owner = await database.query<{ companyId: string; userId: string }>(
      `SELECT cm."companyId", cm."userId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = $1`,
      [demoAccount("CLIENT").email],
    );
    await database.query(
      `INSERT INTO hiring_requests (id, "companyId", "createdById", title, description, "budgetMaxCents", timezone, status, "slaBreached",
         "submittedAt", "matchDeadline", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 15000, 'UTC', 'MATCHING', $6 >= 8,
         now() - make_interval(hours => $6), now() - make_interval(hours => $6) + interval '8 hours', now())`,
      [requestId, owner.rows[0].companyId, owner.rows[0].userId, title, description, hoursAgo],
    );
    await database.query(
      `INSERT INTO request_skills ("requestId", "skillId", "isRequired")
       SELECT $1, es."skillId", true FROM expert_skills es JOIN expert_profiles ep ON ep.id = es."expertProfileId" JOIN users u ON u.id = ep."userId"
       WHERE u.email = $2 ORDER BY es."skillId" LIMIT 1`,
      [requestId, demoAccount("EXPERT").email],
    );
    return { title, requestId };
  } finally {
    await database.end();
  }
}

import { Client } from "pg";

// Real ids for path parameters, read (never written) from the e2e database: each belongs to the demo
// account that calls the operation, so a refusal is about the input, not about the id.

export const NO_SUCH_ID = "cmalformedprobenosuchid00";

type Emails = { client: string; expert: string; admin: string };

// Each query's $1 (and $2, $3) are the emails of the accounts named beside it.
const QUERIES: Record<string, { sql: string; accounts: (keyof Emails)[] }> = {
  request: {
    sql: `SELECT hr.id FROM hiring_requests hr JOIN company_members cm ON cm."companyId" = hr."companyId"
          JOIN users u ON u.id = cm."userId" WHERE u.email = $1 ORDER BY hr."createdAt" LIMIT 1`,
    accounts: ["client"],
  },
  conversation: {
    sql: `SELECT cp."conversationId" AS id FROM conversation_participants cp JOIN users u ON u.id = cp."userId"
          WHERE u.email = $1 ORDER BY cp."conversationId" LIMIT 1`,
    accounts: ["client"],
  },
  invitation: {
    sql: `SELECT m.id FROM matches m JOIN expert_profiles ep ON ep.id = m."expertProfileId" JOIN users u ON u.id = ep."userId"
          WHERE u.email = $1 ORDER BY m."createdAt" LIMIT 1`,
    accounts: ["expert"],
  },
  clientContract: {
    sql: `SELECT c.id FROM contracts c JOIN users u ON u.id = c."clientUserId" WHERE u.email = $1 ORDER BY c."createdAt" LIMIT 1`,
    accounts: ["client"],
  },
  expertContract: {
    sql: `SELECT c.id FROM contracts c JOIN expert_profiles ep ON ep.id = c."expertProfileId" JOIN users u ON u.id = ep."userId"
          WHERE u.email = $1 ORDER BY c."createdAt" LIMIT 1`,
    accounts: ["expert"],
  },
  clientMilestone: {
    sql: `SELECT m.id FROM milestones m JOIN contracts c ON c.id = m."contractId" JOIN users u ON u.id = c."clientUserId"
          WHERE u.email = $1 ORDER BY m."createdAt" LIMIT 1`,
    accounts: ["client"],
  },
  expertMilestone: {
    sql: `SELECT m.id FROM milestones m JOIN contracts c ON c.id = m."contractId" JOIN expert_profiles ep ON ep.id = c."expertProfileId"
          JOIN users u ON u.id = ep."userId" WHERE u.email = $1 ORDER BY m."createdAt" LIMIT 1`,
    accounts: ["expert"],
  },
  amendment: {
    sql: `SELECT a.id FROM contract_amendments a JOIN contracts c ON c.id = a."contractId" JOIN users u ON u.id = c."clientUserId"
          WHERE u.email = $1 ORDER BY a."createdAt" LIMIT 1`,
    accounts: ["client"],
  },
  dispute: { sql: `SELECT id FROM disputes ORDER BY "createdAt" LIMIT 1`, accounts: [] },
  applicant: {
    sql: `SELECT ep.id FROM expert_profiles ep WHERE ep."vettingStatus" IN ('APPLIED', 'SCREENING', 'INTERVIEW')
          ORDER BY EXISTS (SELECT 1 FROM interviews i WHERE i."expertProfileId" = ep.id) DESC, ep.id LIMIT 1`,
    accounts: [],
  },
  user: { sql: `SELECT id FROM users WHERE email NOT IN ($1, $2, $3) ORDER BY id LIMIT 1`, accounts: ["client", "expert", "admin"] },
  job: { sql: `SELECT id FROM jobs WHERE status = 'FAILED' ORDER BY id LIMIT 1`, accounts: [] },
};

/** `ownedId(pathTemplate, parameter)` for every path parameter of the API, falling back to an id that exists nowhere. */
export async function loadOwnedIds(connectionString: string, emails: Emails) {
  const database = new Client({ connectionString });
  await database.connect();
  const found: Record<string, string> = {};
  try {
    for (const [name, { sql, accounts }] of Object.entries(QUERIES)) {
      const { rows } = await database.query<{ id: string }>(
        sql,
        accounts.map((account) => emails[account]),
      );
      if (rows[0]) found[name] = rows[0].id;
    }
    if (found.applicant) {
      const interview = await database.query<{ id: string }>(`SELECT id FROM interviews WHERE "expertProfileId" = $1 LIMIT 1`, [found.applicant]);
      const skill = await database.query<{ id: string }>(`SELECT "skillId" AS id FROM expert_skills WHERE "expertProfileId" = $1 LIMIT 1`, [found.applicant]);
      if (interview.rows[0]) found.interview = interview.rows[0].id;
      if (skill.rows[0]) found.applicantSkill = skill.rows[0].id;
    }
  } finally {
    await database.end();
  }
  const kindOf = (path: string, parameter: string): string => {
    if (parameter === "interviewId") return "interview";
    if (parameter === "skillId") return "applicantSkill";
    if (parameter === "amendmentId") return "amendment";
    if (path.startsWith("/api/v1/admin/applicants/")) return "applicant";
    if (path.startsWith("/api/v1/admin/users/")) return "user";
    if (path.startsWith("/api/v1/admin/disputes/") || path.startsWith("/api/v1/disputes/")) return "dispute";
    if (path.startsWith("/api/v1/admin/jobs/")) return "job";
    if (path.startsWith("/api/v1/invitations/")) return "invitation";
    if (path.startsWith("/api/v1/conversations/")) return "conversation";
    if (path.startsWith("/api/v1/contracts/{id}/accept") || path.startsWith("/api/v1/contracts/{id}/decline")) return "expertContract";
    if (path.startsWith("/api/v1/contracts/")) return "clientContract";
    if (path.startsWith("/api/v1/milestones/{id}/submit")) return "expertMilestone";
    if (path.startsWith("/api/v1/milestones/")) return "clientMilestone";
    return "request";
  };
  return {
    found,
    ownedId: (path: string, parameter: string) => found[kindOf(path, parameter)] ?? NO_SUCH_ID,
  };
}

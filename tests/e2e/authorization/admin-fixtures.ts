import { request as playwrightRequest } from "@playwright/test";
import { applyAsNewExpert } from "../application-fixtures";
import { PRIMARY_URL } from "../chat-fixtures";
import { createClientAccount } from "../fixtures";
import { callApi, expectStatus, inDays, type Party, withDatabase } from "./api-client";

// What admins act on: applicants (one in APPLIED, one at INTERVIEW with an interview booked), a
// throwaway account to suspend, and spare experts to hand-pick.

export async function createApplicants(admin: Party) {
  const contexts = await Promise.all([0, 1].map(() => playwrightRequest.newContext({ baseURL: PRIMARY_URL })));
  const [applicant, interviewee] = await Promise.all(contexts.map((context) => applyAsNewExpert(context, { skillSlugs: ["python", "postgresql"] })));
  await Promise.all(contexts.map((context) => context.dispose()));
  const decide = (stage: string, scores: Record<string, number>) =>
    expectStatus(
      callApi(admin, "POST", `/api/v1/admin/applicants/${interviewee.expertProfileId}/decisions`, { stage, decision: "ADVANCE", scores }),
      201,
      `advancing from ${stage}`,
    );
  await decide("APPLIED", { profile: 4, skillFit: 4, communication: 4 });
  await decide("SCREENING", { technicalDepth: 4, problemSolving: 4, communication: 4 });
  const interview = await expectStatus(
    callApi<{ interviewId: string }>(admin, "POST", `/api/v1/admin/applicants/${interviewee.expertProfileId}/interviews`, {
      scheduledAt: inDays(3),
      meetingUrl: "https://meet.example.test/authz",
    }),
    201,
    "scheduling an interview",
  );
  const skillOf = (expertProfileId: string) =>
    withDatabase(
      async (database) =>
        (await database.query<{ skillId: string }>(`SELECT "skillId" FROM expert_skills WHERE "expertProfileId" = $1 LIMIT 1`, [expertProfileId])).rows[0]
          .skillId,
    );
  const foreignSkillId = await withDatabase(async (database) => {
    const { rows } = await database.query<{ id: string }>(
      `SELECT id FROM skills WHERE id NOT IN (SELECT "skillId" FROM expert_skills WHERE "expertProfileId" = $1) ORDER BY slug LIMIT 1`,
      [interviewee.expertProfileId],
    );
    return rows[0].id;
  });
  return {
    foreignSkillId,
    applicant: { expertProfileId: applicant.expertProfileId, skillId: await skillOf(applicant.expertProfileId) },
    interviewee: { expertProfileId: interviewee.expertProfileId, interviewId: interview.interviewId, skillId: await skillOf(interviewee.expertProfileId) },
  };
}

export async function createThrowawayUser() {
  const setup = await playwrightRequest.newContext({ baseURL: PRIMARY_URL });
  const account = await createClientAccount(setup);
  await setup.dispose();
  return withDatabase(async (database) => (await database.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [account.email])).rows[0].id);
}

/** Approved, active experts nobody's conversation involves: the admin may hand-pick them without touching A or B. */
export const spareExperts = (exclude: string[]) =>
  withDatabase(async (database) => {
    const { rows } = await database.query<{ id: string }>(
      `SELECT ep.id FROM expert_profiles ep JOIN users u ON u.id = ep."userId"
       WHERE ep."vettingStatus" = 'APPROVED' AND u."suspendedAt" IS NULL AND ep.id <> ALL($1)
         AND NOT EXISTS (SELECT 1 FROM conversation_participants cp WHERE cp."userId" = u.id)
       ORDER BY random() LIMIT 2`,
      [exclude],
    );
    return rows.map((row) => row.id);
  });

import { randomUUID } from "node:crypto";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { markEmailVerified } from "../../tests/fixtures/accounts";
import { createApprovedExperts, createSkill } from "../../tests/fixtures/matching";
import { enrolTwoFactor } from "../../tests/fixtures/two-factor";
import { EXPERT_PASSWORD } from "../crash/matching-crashes";

// What the smoke test finds in place rather than makes over HTTP: experts already vetted (vetting is
// an admin's server actions, not API operations) with a skill nobody else has, and an admin account.
// Written straight to the database, as the e2e and crash tests arrange their data.

export const EXPERT_COUNT = 3;

export async function arrangeVettedExperts() {
  const skill = await createSkill();
  const experts = await createApprovedExperts(skill.id, EXPERT_COUNT);
  const password = `smoke-admin-${randomUUID()}`;
  const admin = await signUp({ accountType: "EXPERT", name: "Smoke Admin", email: `smoke-admin-${randomUUID()}@example.test`, password });
  await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
  await db.expertProfile.deleteMany({ where: { userId: admin.id } });
  const totpSecret = await enrolTwoFactor(admin.id); // admins need two-factor authentication
  return {
    skillId: skill.id,
    experts: experts.map((expert) => ({ email: expert.email, password: EXPERT_PASSWORD, expertProfileId: expert.expertProfileId! })),
    admin: { email: admin.email, password, totpSecret },
  };
}

/** The smoke client's address counts as confirmed (following the emailed link is the e2e suite's to test). */
export async function confirmClientEmail(email: string) {
  const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await markEmailVerified(id);
}

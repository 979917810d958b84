import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertVettingAdmin } from "./access";
import { readAnswers, readLinks, readResults, readScores } from "./read-stored";
import { enteredStageAt, hasCompletedInterviewSince, isReviewStage, SKILL_VERIFICATION_STAGES } from "./stages";

export type Applicant = Awaited<ReturnType<typeof getApplicant>>;
export type ApplicantInterview = Applicant["interviews"][number];

/** Admins only: an application in full, with every decision (scores and internal notes included) and interview. */
export async function getApplicant(options: { user: SessionUser; expertProfileId: string; now?: Date }) {
  const { user, expertProfileId, now = clockNow() } = options;
  assertVettingAdmin(user);
  const profile = await db.expertProfile.findUnique({
    where: { id: expertProfileId },
    select: {
      id: true,
      headline: true,
      bio: true,
      hourlyRateCents: true,
      currency: true,
      timezone: true,
      weeklyAvailableHours: true,
      isAvailable: true,
      vettingStatus: true,
      links: true,
      answers: true,
      submittedAt: true,
      approvedAt: true,
      rejectedAt: true,
      reapplyAfter: true,
      user: { select: { id: true, name: true, email: true } },
      skills: {
        orderBy: [{ level: "desc" }, { years: "desc" }, { skillId: "asc" }],
        select: { skillId: true, level: true, years: true, verifiedAt: true, skill: { select: { name: true } }, verifiedBy: { select: { name: true } } },
      },
      decisions: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, scores: true, notes: true, reason: true, createdAt: true, admin: { select: { name: true } } },
      },
      interviews: {
        orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
        select: { id: true, scheduledAt: true, meetingUrl: true, results: true, completedAt: true },
      },
    },
  });
  if (!profile) throw notFound("Applicant");

  const { user: account, skills, decisions, interviews, vettingStatus: status, links, answers, ...facts } = profile;
  const skillNames = new Map(skills.map((skill) => [skill.skillId, skill.skill.name]));
  const enteredAt = enteredStageAt(status, facts.submittedAt, decisions.at(-1)?.createdAt ?? null);
  const reviewStage = isReviewStage(status) && facts.submittedAt ? status : null;
  const hasInterviewResults = hasCompletedInterviewSince(interviews, enteredAt);
  const readInterviews = interviews.map(({ results, ...interview }) => ({ ...interview, results: readResults(results, skillNames) }));

  return {
    ...facts,
    userId: account.id,
    name: account.name,
    email: account.email,
    status,
    enteredStageAt: enteredAt,
    millisecondsInStage: enteredAt ? Math.max(0, now.getTime() - enteredAt.getTime()) : null,
    reviewStage,
    canAdvance: reviewStage !== null && (reviewStage !== "INTERVIEW" || hasInterviewResults),
    hasInterviewResults,
    canVerifySkills: SKILL_VERIFICATION_STAGES.includes(status),
    links: readLinks(links),
    answers: readAnswers(answers),
    skills: skills.map(({ skill, verifiedBy, ...rest }) => ({ ...rest, name: skill.name, verifiedByName: verifiedBy?.name ?? null })),
    decisions: decisions.map(({ admin, scores, ...decision }) => ({
      ...decision,
      adminName: admin?.name ?? null,
      scores: readScores(scores, decision.fromStatus),
    })),
    interviews: readInterviews,
    openInterview: readInterviews.findLast((interview) => interview.completedAt === null) ?? null,
  };
}

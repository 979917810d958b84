import type { Prisma } from "@/generated/prisma/client";
import type { ContractStatus, TransferStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { openInvitationWhere } from "@/lib/invitations/invitation-view";
import { assertRole } from "./assert-role";
import { describeNextStep } from "./expert-next-step";
import { sumMilestoneMoney } from "./milestone-money";

const ACTIVE_CONTRACT_STATUSES: ContractStatus[] = ["PROPOSED", "ACTIVE", "DISPUTED"];
// A pending transfer is already owed to the expert; failed and reversed ones are not earnings.
const EARNED_TRANSFER_STATUSES: TransferStatus[] = ["PENDING", "PAID"];
const ACTIVE_CONTRACTS_SHOWN = 20;

export type ExpertDashboard = Awaited<ReturnType<typeof getExpertDashboard>>;

/** The signed-in expert's own profile, vetting history, invitations, contracts and earnings. */
export async function getExpertDashboard({ user, now = clockNow() }: { user: SessionUser; now?: Date }) {
  assertRole(user, "EXPERT");
  const ownProfile: Prisma.ExpertProfileWhereInput = { userId: user.id };

  const [profile, decisions, invitations, activeContracts, earnedRows, money] = await Promise.all([
    db.expertProfile.findUnique({
      where: { userId: user.id },
      select: {
        headline: true,
        vettingStatus: true,
        hourlyRateCents: true,
        currency: true,
        isAvailable: true,
        weeklyAvailableHours: true,
        timezone: true,
        ratingSum: true,
        ratingCount: true,
        submittedAt: true,
        reapplyAfter: true,
        payoutsEnabled: true,
        skills: {
          orderBy: [{ years: "desc" }, { skill: { name: "asc" } }],
          select: { level: true, years: true, verifiedAt: true, skill: { select: { id: true, name: true } } },
        },
      },
    }),
    // The admin's notes and scores are internal: never selected here.
    db.vettingDecision.findMany({
      where: { expertProfile: ownProfile },
      orderBy: { createdAt: "desc" },
      select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true },
    }),
    db.match.findMany({
      where: { expertProfile: ownProfile, ...openInvitationWhere(now) },
      orderBy: { expiresAt: "asc" },
      select: { id: true, invitedAt: true, expiresAt: true, request: { select: { id: true, title: true } } },
    }),
    db.contract.findMany({
      where: { expertProfile: ownProfile, status: { in: ACTIVE_CONTRACT_STATUSES } },
      orderBy: { createdAt: "desc" },
      take: ACTIVE_CONTRACTS_SHOWN,
      select: { id: true, title: true, status: true, totalCents: true, currency: true, company: { select: { name: true } } },
    }),
    db.transfer.groupBy({
      by: ["currency"],
      where: { status: { in: EARNED_TRANSFER_STATUSES }, milestone: { contract: { expertProfile: ownProfile } } },
      _sum: { amountCents: true },
      orderBy: { currency: "asc" },
    }),
    sumMilestoneMoney({ contract: { expertProfile: ownProfile } }),
  ]);
  if (!profile) throw notFound("Your expert profile");

  const { ratingSum, ratingCount, skills, ...profileFields } = profile;
  return {
    profile: {
      ...profileFields,
      ratingCount,
      ratingAverage: ratingCount > 0 ? Math.round((ratingSum / ratingCount) * 10) / 10 : null,
      skills: skills.map(({ skill, verifiedAt, ...expertSkill }) => ({
        ...expertSkill,
        skillId: skill.id,
        name: skill.name,
        isVerified: verifiedAt !== null,
      })),
    },
    nextStep: describeNextStep(profile, now),
    vettingHistory: decisions.map((decision) => ({
      ...decision,
      reason: decision.toStatus === "REJECTED" ? decision.reason : null,
    })),
    openInvitations: invitations.map(({ request, ...invitation }) => ({ ...invitation, requestId: request.id, requestTitle: request.title })),
    activeContracts: activeContracts.map(({ company, ...contract }) => ({ ...contract, companyName: company.name })),
    earnings: earnedRows.map((row) => ({ currency: row.currency, earnedCents: row._sum.amountCents ?? 0 })),
    pendingInEscrow: money.filter((totals) => totals.inEscrowCents > 0).map((totals) => ({ currency: totals.currency, inEscrowCents: totals.inEscrowCents })),
  };
}

import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, forbidden } from "@/lib/errors";
import { lockRequest } from "@/lib/matching/lock-request";
import { assertCan } from "@/lib/teams/assert-can";
import { createProposal, termsOf } from "./propose-contract";
import type { HireAgainInput } from "./schemas";

// "Hire again": a new proposal to an expert the company has worked with, without a new request. The
// contract still needs its request, so one is written for it: origin DIRECT_HIRE, already MATCHED with
// the expert as its one SHORTLISTED match. It is never matched, never listed among the company's
// requests, and the usual accept turns it HIRED. The proposal itself is the ordinary one
// (createProposal), so accepting, declining and withdrawing need nothing new.

/** Contracts that mean the company has worked with the expert: accepted at some point. */
const WORKED_TOGETHER = { acceptedAt: { not: null } } as const;

export async function hireAgain({ user, input, now }: { user: SessionUser; input: HireAgainInput; now: Date }) {
  assertCan(user, "manageContracts");
  const companyId = user.companyId;
  if (!companyId) throw forbidden("Only members of a company can hire.");
  const previous = await db.contract.findFirst({
    where: { companyId, expertProfileId: input.expertProfileId, ...WORKED_TOGETHER },
    orderBy: { acceptedAt: "desc" },
    select: {
      request: { select: { timezone: true } },
      expertProfile: { select: { userId: true, vettingStatus: true, user: { select: { name: true, deletedAt: true, suspendedAt: true } } } },
    },
  });
  if (!previous) {
    throw forbidden("You can hire again only an expert your company has had a contract with. To work with someone new, invite them to a request.");
  }
  const { expertProfile } = previous;
  if (expertProfile.vettingStatus !== "APPROVED" || expertProfile.user.deletedAt || expertProfile.user.suspendedAt) {
    throw conflict(`${expertProfile.user.name} is not taking new contracts on Vetted at the moment.`);
  }
  const company = await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { name: true } });

  return db.$transaction(async (tx) => {
    // The company's row orders its direct hires: of two sent at once (a double click), the second sees the first.
    await tx.$queryRaw`SELECT id FROM companies WHERE id = ${companyId} FOR UPDATE`;
    const open = await tx.contract.findFirst({
      where: { companyId, expertProfileId: input.expertProfileId, status: "PROPOSED" },
      select: { id: true },
    });
    if (open) throw conflict(`There is already an open proposal to ${expertProfile.user.name}; withdraw it before proposing again.`);
    const request = await tx.hiringRequest.create({
      data: {
        companyId,
        createdById: user.id,
        title: input.title,
        description: `Hired again directly: ${input.title}`,
        budgetMaxCents: input.totalCents,
        currency: input.currency,
        timezone: previous.request.timezone,
        status: "MATCHED",
        origin: "DIRECT_HIRE",
        submittedAt: now,
        shortlistedAt: now,
      },
      select: { id: true },
    });
    await lockRequest(tx, request.id);
    const match = await tx.match.create({
      data: {
        requestId: request.id,
        expertProfileId: input.expertProfileId,
        status: "SHORTLISTED",
        score: 0,
        scoreBreakdown: { terms: {}, reasons: ["Hired again: your company has worked with them before."] },
        rank: 1,
        invitedAt: now,
        expiresAt: now,
        respondedAt: now,
      },
      select: { id: true, expertProfileId: true },
    });
    const { expertProfileId: _expert, title, ...fixedTerms } = input;
    return createProposal(tx, {
      user,
      match: { ...match, expertProfile: { userId: expertProfile.userId }, request: { id: request.id, companyId, company } },
      title,
      currency: input.currency,
      // Hiring again is fixed-price: no saved card or billing time zone comes into it.
      terms: await termsOf({ billing: "FIXED", ...fixedTerms }, { companyId, timezone: "UTC" }),
      now,
      auditData: { directHire: true },
    });
  });
}

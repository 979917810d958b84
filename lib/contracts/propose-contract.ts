import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, conflict, notFound } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { lockRequest } from "@/lib/matching/lock-request";
import { notifyUsers } from "@/lib/notifications/notify";
import { SHORTLIST_STATUSES } from "@/lib/parties/shortlist-statuses";
import { memberOfCompany } from "@/lib/parties/sides";
import { hasSavedCard } from "@/lib/payment-methods/saved-card";
import { nudgeExpertAboutPayouts } from "@/lib/payments/payout-readiness";
import { assertCan } from "@/lib/teams/assert-can";
import { isValidTimeZone } from "@/lib/time/timezones";
import type { ProposeContractInput } from "./schemas";

type RequestTerms = { companyId: string; timezone: string; company: { name: string } };

export type ProposalTerms = Awaited<ReturnType<typeof termsOf>>;

/** What the contract row gets, and what the expert is told, for either kind of billing. */
export async function termsOf(input: Omit<ProposeContractInput, "matchId" | "title">, request: Pick<RequestTerms, "companyId" | "timezone">) {
  if (input.billing === "FIXED") {
    const milestones = input.milestones ?? [];
    const count = milestones.length;
    return {
      data: {
        totalCents: input.totalCents ?? 0,
        milestones: { create: milestones.map((milestone, index) => ({ ...milestone, position: index + 1, currency: input.currency })) },
      },
      summary: `${formatMoney(input.totalCents ?? 0, input.currency)} in ${count} milestone${count === 1 ? "" : "s"}`,
      audit: { totalCents: input.totalCents, milestones: count },
    };
  }
  if (!(await hasSavedCard(request.companyId))) {
    throw conflict("Save a card in Billing before hiring by the hour: each approved week is charged to it automatically.");
  }
  const hourlyRateCents = input.hourlyRateCents ?? 0;
  const weeklyCapMinutes = Math.round((input.weeklyCapHours ?? 0) * 60);
  const weekTimeZone = input.weekTimeZone ?? (isValidTimeZone(request.timezone) ? request.timezone : "UTC");
  return {
    data: { billing: "HOURLY" as const, totalCents: 0, hourlyRateCents, weeklyCapMinutes, weekTimeZone },
    summary: `${formatMoney(hourlyRateCents, input.currency)} an hour, up to ${input.weeklyCapHours} hours a week (weeks run Monday to Sunday, ${weekTimeZone} time)`,
    audit: { billing: "HOURLY", hourlyRateCents, weeklyCapMinutes, weekTimeZone },
  };
}

/**
 * A member of the request's company proposes a contract to one shortlisted expert: fixed-price
 * milestones, or an hourly rate with a weekly cap (the company needs a saved card for that). The
 * request row is locked, so a proposal cannot slip in while another expert is accepting theirs.
 * Everything is checked before the first write, in one transaction: an error leaves nothing behind.
 */
export async function proposeContract({ user, input, now }: { user: SessionUser; input: ProposeContractInput; now: Date }) {
  assertCan(user, "manageContracts");

  const match = await db.match.findFirst({
    where: { id: input.matchId, status: { in: [...SHORTLIST_STATUSES] }, request: { company: memberOfCompany(user, "manageContracts") } },
    select: {
      id: true,
      expertProfileId: true,
      expertProfile: { select: { userId: true, user: { select: { name: true } } } },
      request: { select: { id: true, companyId: true, currency: true, timezone: true, company: { select: { name: true } } } },
    },
  });
  if (!match) throw notFound("Shortlisted expert");
  const { request } = match;
  if (input.currency !== request.currency) {
    const message = `This request is priced in ${request.currency}; propose the contract in ${request.currency}.`;
    throw new AppError("VALIDATION_FAILED", message, { fields: { currency: [message] } });
  }

  const terms = await termsOf(input, request);

  return db.$transaction(async (tx) => {
    if ((await lockRequest(tx, request.id)) !== "MATCHED") throw conflict("This request is no longer choosing an expert, so it takes no new proposals.");
    const current = await tx.match.findUniqueOrThrow({ where: { id: match.id }, select: { status: true, contract: { select: { id: true } } } });
    if (current.status !== "SHORTLISTED") throw conflict(`${match.expertProfile.user.name} is no longer on the shortlist.`);
    if (current.contract) throw conflict(`There is already an open proposal to ${match.expertProfile.user.name}; withdraw it before proposing again.`);

    return createProposal(tx, { user, match, title: input.title, currency: input.currency, terms, now });
  });
}

type ProposalTarget = {
  id: string;
  expertProfileId: string;
  expertProfile: { userId: string };
  request: { id: string; companyId: string; company: { name: string } };
};
/** Writes the proposal to one match's expert, tells them and audits it; the caller holds the request's lock. */
export async function createProposal(
  tx: Transaction,
  {
    user,
    match,
    title,
    currency,
    terms,
    now,
    auditData = {},
  }: { user: SessionUser; match: ProposalTarget; title: string; currency: string; terms: ProposalTerms; now: Date; auditData?: Record<string, unknown> },
) {
  const { request } = match;
  const contract = await tx.contract.create({
    data: {
      requestId: request.id,
      matchId: match.id,
      companyId: request.companyId,
      clientUserId: user.id,
      expertProfileId: match.expertProfileId,
      title,
      currency,
      platformFeeBps: env().PLATFORM_FEE_BPS,
      proposedAt: now,
      ...terms.data,
    },
    select: { id: true, status: true },
  });
  await notifyUsers(tx, [match.expertProfile.userId], {
    kind: "contract.proposed",
    title: `Contract proposal: ${title}`,
    body: `${request.company.name} proposes ${terms.summary}. Review it, then accept or decline.`,
    link: `/contracts/${contract.id}`,
    dedupeKey: `contract-proposed:${contract.id}`,
  });
  await nudgeExpertAboutPayouts(tx, { expertProfileId: match.expertProfileId, companyName: request.company.name, now });
  await recordAudit(tx, {
    actorId: user.id,
    companyId: companyOf(user),
    action: "contract.proposed",
    targetType: "Contract",
    targetId: contract.id,
    data: { ...auditData, matchId: match.id, currency, ...terms.audit },
  });
  return { id: contract.id, status: "PROPOSED" as const };
}

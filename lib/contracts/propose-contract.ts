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
import { assertCan } from "@/lib/teams/assert-can";
import type { ProposeContractInput } from "./schemas";

/**
 * A member of the request's company proposes a fixed-price contract to one shortlisted expert. The
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
      request: { select: { id: true, companyId: true, currency: true, company: { select: { name: true } } } },
    },
  });
  if (!match) throw notFound("Shortlisted expert");
  const { request } = match;
  if (input.currency !== request.currency) {
    const message = `This request is priced in ${request.currency}; propose the contract in ${request.currency}.`;
    throw new AppError("VALIDATION_FAILED", message, { fields: { currency: [message] } });
  }

  return db.$transaction(async (tx) => {
    if ((await lockRequest(tx, request.id)) !== "MATCHED") throw conflict("This request is no longer choosing an expert, so it takes no new proposals.");
    const current = await tx.match.findUniqueOrThrow({ where: { id: match.id }, select: { status: true, contract: { select: { id: true } } } });
    if (current.status !== "SHORTLISTED") throw conflict(`${match.expertProfile.user.name} is no longer on the shortlist.`);
    if (current.contract) throw conflict(`There is already an open proposal to ${match.expertProfile.user.name}; withdraw it before proposing again.`);

    return createProposal(tx, { user, match, input, now });
  });
}

type ProposalTarget = {
  id: string;
  expertProfileId: string;
  expertProfile: { userId: string };
  request: { id: string; companyId: string; company: { name: string } };
};
type ContractTerms = Omit<ProposeContractInput, "matchId">;

/** Writes the proposal to one match's expert, tells them and audits it; the caller holds the request's lock. */
export async function createProposal(
  tx: Transaction,
  {
    user,
    match,
    input,
    now,
    auditData = {},
  }: { user: SessionUser; match: ProposalTarget; input: ContractTerms; now: Date; auditData?: Record<string, unknown> },
) {
  const { request } = match;
  const contract = await tx.contract.create({
    data: {
      requestId: request.id,
      matchId: match.id,
      companyId: request.companyId,
      clientUserId: user.id,
      expertProfileId: match.expertProfileId,
      title: input.title,
      currency: input.currency,
      totalCents: input.totalCents,
      platformFeeBps: env().PLATFORM_FEE_BPS,
      proposedAt: now,
      milestones: {
        create: input.milestones.map((milestone, index) => ({ ...milestone, position: index + 1, currency: input.currency })),
      },
    },
    select: { id: true, status: true },
  });
  const count = input.milestones.length;
  await notifyUsers(tx, [match.expertProfile.userId], {
    kind: "contract.proposed",
    title: `Contract proposal: ${input.title}`,
    body: `${request.company.name} proposes ${formatMoney(input.totalCents, input.currency)} in ${count} milestone${count === 1 ? "" : "s"}. Review it, then accept or decline.`,
    link: `/contracts/${contract.id}`,
    dedupeKey: `contract-proposed:${contract.id}`,
  });
  await recordAudit(tx, {
    actorId: user.id,
    companyId: companyOf(user),
    action: "contract.proposed",
    targetType: "Contract",
    targetId: contract.id,
    data: { ...auditData, matchId: match.id, currency: input.currency, totalCents: input.totalCents, milestones: count },
  });
  return { id: contract.id, status: "PROPOSED" as const };
}

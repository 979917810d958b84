import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SETTLED_MILESTONE_STATUSES } from "@/lib/payments/money-states";
import { moneySummaries } from "@/lib/payments/money-summary";
import { readableContractWhere } from "./access";
import type { ListContractsQuery } from "./api-schemas";

const CONTRACTS_PAGE_SIZE = 50;

export type ContractSummary = Awaited<ReturnType<typeof listContracts>>["contracts"][number];

/** The viewer's contracts, newest first, 50 a page: a client's companies', an expert's own, every one for an admin. */
export async function listContracts({ user, query = {} }: { user: SessionUser; query?: ListContractsQuery }) {
  const { cursor } = query;

  const rows = await db.contract.findMany({
    where: readableContractWhere(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    take: CONTRACTS_PAGE_SIZE + 1,
    select: {
      id: true,
      title: true,
      status: true,
      currency: true,
      totalCents: true,
      proposedAt: true,
      company: { select: { name: true } },
      expertProfile: { select: { user: { select: { name: true } } } },
      milestones: { select: { status: true } },
    },
  });
  const page = rows.slice(0, CONTRACTS_PAGE_SIZE);
  const money = await moneySummaries(page);
  return {
    contracts: page.map(({ company, expertProfile, milestones, ...contract }) => {
      const { fundedCents, heldCents, releasedCents } = money.get(contract.id)!;
      return {
        ...contract,
        companyName: company.name,
        expertName: expertProfile.user.name,
        milestoneCount: milestones.length,
        settledMilestoneCount: milestones.filter((milestone) => SETTLED_MILESTONE_STATUSES.includes(milestone.status)).length,
        fundedCents,
        heldCents,
        releasedCents,
      };
    }),
    nextCursor: rows.length > CONTRACTS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

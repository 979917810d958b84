import type { Prisma } from "@/generated/prisma/client";
import { type ContractStatus, MatchStatus, RequestStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { can } from "@/lib/teams/permissions";
import { assertRole } from "./assert-role";
import { sumMilestoneMoney } from "./milestone-money";
import { countEvery } from "./tally";

const LATEST_REQUESTS = 10;
const ACTIVE_CONTRACTS_SHOWN = 20;
const ACTIVE_CONTRACT_STATUSES: ContractStatus[] = ["PROPOSED", "ACTIVE", "DISPUTED"];

export type ClientDashboard = Awaited<ReturnType<typeof getClientDashboard>>;

/** The signed-in client's company, its requests, contracts and money. Scoped by membership, not by the session's companyId alone. */
export async function getClientDashboard({ user }: { user: SessionUser }) {
  assertRole(user, "CLIENT");
  // An empty id matches nothing; `undefined` would silently drop the filter and match every company.
  const companyId = user.companyId ?? "";
  const companyWhere: Prisma.CompanyWhereInput = { id: companyId, members: { some: { userId: user.id } } };

  const [company, requests, requestStatusRows, activeContracts, money] = await Promise.all([
    db.company.findFirst({
      where: companyWhere,
      select: {
        id: true,
        name: true,
        members: {
          orderBy: [{ role: "asc" }, { createdAt: "asc" }],
          select: { role: true, user: { select: { id: true, name: true, email: true } } },
        },
      },
    }),
    db.hiringRequest.findMany({
      where: { company: companyWhere, origin: "MATCHING" },
      orderBy: { createdAt: "desc" },
      take: LATEST_REQUESTS,
      select: { id: true, title: true, status: true, submittedAt: true, matchDeadline: true, slaBreached: true, createdAt: true },
    }),
    db.hiringRequest.groupBy({ by: ["status"], where: { company: companyWhere, origin: "MATCHING" }, _count: { _all: true } }),
    db.contract.findMany({
      where: { company: companyWhere, status: { in: ACTIVE_CONTRACT_STATUSES } },
      orderBy: { createdAt: "desc" },
      take: ACTIVE_CONTRACTS_SHOWN,
      select: {
        id: true,
        title: true,
        status: true,
        totalCents: true,
        currency: true,
        expertProfile: { select: { user: { select: { name: true } } } },
      },
    }),
    sumMilestoneMoney({ contract: { company: companyWhere } }),
  ]);

  const matchCountsByRequest = await countMatchesByRequest(requests.map((request) => request.id));

  return {
    /** What the viewer's company role lets them start from the dashboard. */
    canManageRequests: can(user, "manageRequests"),
    company: company && {
      id: company.id,
      name: company.name,
      members: company.members.map((member) => ({ ...member.user, companyRole: member.role })),
    },
    requests: requests.map((request) => ({
      ...request,
      matchCounts: matchCountsByRequest.get(request.id) ?? countEvery(Object.values(MatchStatus), []),
    })),
    requestCounts: countEvery(
      Object.values(RequestStatus),
      requestStatusRows.map((row) => ({ key: row.status, count: row._count._all })),
    ),
    activeContracts: activeContracts.map(({ expertProfile, ...contract }) => ({ ...contract, expertName: expertProfile.user.name })),
    money,
  };
}

async function countMatchesByRequest(requestIds: string[]) {
  const byRequest = new Map<string, Record<MatchStatus, number>>();
  if (requestIds.length === 0) return byRequest;
  const rows = await db.match.groupBy({
    by: ["requestId", "status"],
    where: { requestId: { in: requestIds } },
    _count: { _all: true },
  });
  for (const requestId of requestIds) {
    const requestRows = rows.filter((row) => row.requestId === requestId);
    byRequest.set(
      requestId,
      countEvery(
        Object.values(MatchStatus),
        requestRows.map((row) => ({ key: row.status, count: row._count._all })),
      ),
    );
  }
  return byRequest;
}

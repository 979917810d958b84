import { MatchStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { memberOfCompany } from "@/lib/parties/sides";
import { assertClient } from "./access";
import { listRequestsQuerySchema } from "./api-schemas";

export type RequestSummary = Awaited<ReturnType<typeof listRequests>>["requests"][number];

const noMatches = (): Record<MatchStatus, number> => Object.fromEntries(Object.values(MatchStatus).map((status) => [status, 0])) as Record<MatchStatus, number>;

/** The company's requests, newest first, a page at a time, each with how many matches are in each state. */
export async function listRequests(options: { user: SessionUser; query?: unknown }) {
  const { user } = options;
  assertClient(user);
  const parsed = listRequestsQuerySchema.safeParse(options.query ?? {});
  if (!parsed.success) throw validationError(parsed.error, "The query string");
  const { status, cursor, limit } = parsed.data;

  const rows = await db.hiringRequest.findMany({
    // A direct hire's request (lib/contracts/hire-again.ts) is the contract's paperwork, not a request to list.
    where: { company: memberOfCompany(user), origin: "MATCHING", ...(status && { status }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    take: limit + 1,
    select: { id: true, title: true, status: true, slaBreached: true, createdAt: true, submittedAt: true, matchDeadline: true },
  });
  const page = rows.slice(0, limit);
  const counts = await db.match.groupBy({
    by: ["requestId", "status"],
    where: { requestId: { in: page.map((request) => request.id) } },
    _count: { _all: true },
  });
  const countsByRequest = new Map(page.map((request) => [request.id, noMatches()]));
  for (const row of counts) {
    const requestCounts = countsByRequest.get(row.requestId);
    if (requestCounts) requestCounts[row.status] = row._count._all;
  }
  return {
    requests: page.map((request) => ({ ...request, matchCounts: countsByRequest.get(request.id) ?? noMatches() })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

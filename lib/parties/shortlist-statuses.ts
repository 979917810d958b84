import type { MatchStatus } from "@/generated/prisma/enums";

/** The matches on a delivered shortlist: the experts a client sees by name and may propose a contract to. */
export const SHORTLIST_STATUSES = ["SHORTLISTED", "HIRED", "PASSED"] as const satisfies readonly MatchStatus[];

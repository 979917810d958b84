import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { type MatchingConfig, matchingConfig } from "@/lib/matching/config";
import { acceptedCountOf, countMatches, slaFlags } from "./sla-flags";

export type SlaCounts = { onTrack: number; atRisk: number; breached: number };

/**
 * Requests being matched, by where they stand against the 8-hour SLA (the SLA board's rule). Only
 * requests flagged or within the at-risk lead of their deadline can be anything but on track, so only
 * those are read row by row.
 */
export async function countMatchingRequestsBySla(options: { now?: Date; config?: MatchingConfig } = {}): Promise<SlaCounts> {
  const now = options.now ?? clockNow();
  const config = options.config ?? matchingConfig();
  const nearDeadline = new Date(now.getTime() + config.atRiskLeadMs);
  const [matching, candidates] = await Promise.all([
    db.hiringRequest.count({ where: { status: "MATCHING" } }),
    db.hiringRequest.findMany({
      where: { status: "MATCHING", OR: [{ slaBreached: true }, { matchDeadline: { lt: nearDeadline } }] },
      select: { id: true, status: true, matchDeadline: true, slaBreached: true },
    }),
  ]);
  const counts = await countMatches(candidates.map((request) => request.id));
  let atRisk = 0;
  let breached = 0;
  for (const request of candidates) {
    const flags = slaFlags(request, acceptedCountOf(counts.get(request.id) ?? {}), now, config);
    if (flags.isBreached) breached++;
    else if (flags.isAtRisk) atRisk++;
  }
  return { onTrack: matching - atRisk - breached, atRisk, breached };
}

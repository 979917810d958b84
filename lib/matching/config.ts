import { z } from "zod";

// Matching knobs in one place, overridable from the environment (e.g. a faster window in a demo).

const HOUR_MS = 3_600_000;

/** The matching knobs as environment variables; lib/env.ts lists them with the others. */
export const matchingEnvironment = z.object({
  MATCH_INVITATIONS_PER_ROUND: z.coerce.number().int().min(1).max(50).default(5),
  MATCH_INVITATION_TTL_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(2 * HOUR_MS),
  MATCH_SHORTLIST_SIZE: z.coerce.number().int().min(1).max(20).default(3),
  MATCH_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(8 * HOUR_MS),
  MATCH_AT_RISK_LEAD_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(2 * HOUR_MS),
  // Candidates scored per round, best-fitting first (see find-candidates.ts): keeps ranking under
  // 250 ms p95 at 100k experts; the whole pool changed 4 of 100 top-5 slots in bench:matching.
  MATCH_CANDIDATE_POOL_LIMIT: z.coerce.number().int().min(10).max(100_000).default(1000),
});

export type MatchingConfig = {
  invitationsPerRound: number;
  invitationTtlMs: number;
  shortlistSize: number;
  matchWindowMs: number;
  atRiskLeadMs: number;
  candidatePoolLimit: number;
};

export function matchingConfig(source: Record<string, string | undefined> = process.env): MatchingConfig {
  const parsed = matchingEnvironment.parse(source);
  return {
    invitationsPerRound: parsed.MATCH_INVITATIONS_PER_ROUND,
    invitationTtlMs: parsed.MATCH_INVITATION_TTL_MS,
    shortlistSize: parsed.MATCH_SHORTLIST_SIZE,
    matchWindowMs: parsed.MATCH_WINDOW_MS,
    atRiskLeadMs: parsed.MATCH_AT_RISK_LEAD_MS,
    candidatePoolLimit: parsed.MATCH_CANDIDATE_POOL_LIMIT,
  };
}

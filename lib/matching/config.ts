import { z } from "zod";

// Matching knobs in one place, overridable from the environment (e.g. a faster window in a demo).

const HOUR_MS = 3_600_000;

const configSchema = z.object({
  invitationsPerRound: z.coerce.number().int().min(1).max(50).default(5),
  invitationTtlMs: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(2 * HOUR_MS),
  shortlistSize: z.coerce.number().int().min(1).max(20).default(3),
  matchWindowMs: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(8 * HOUR_MS),
  atRiskLeadMs: z.coerce
    .number()
    .int()
    .min(0)
    .default(2 * HOUR_MS),
  // Candidates scored per round, best-fitting first (see find-candidates.ts): keeps ranking under
  // 250 ms p95 at 100k experts; the whole pool changed 4 of 100 top-5 slots in bench:matching.
  candidatePoolLimit: z.coerce.number().int().min(10).max(100_000).default(1000),
});

export type MatchingConfig = z.infer<typeof configSchema>;

export function matchingConfig(source: Record<string, string | undefined> = process.env): MatchingConfig {
  return configSchema.parse({
    invitationsPerRound: source.MATCH_INVITATIONS_PER_ROUND,
    invitationTtlMs: source.MATCH_INVITATION_TTL_MS,
    shortlistSize: source.MATCH_SHORTLIST_SIZE,
    matchWindowMs: source.MATCH_WINDOW_MS,
    atRiskLeadMs: source.MATCH_AT_RISK_LEAD_MS,
    candidatePoolLimit: source.MATCH_CANDIDATE_POOL_LIMIT,
  });
}

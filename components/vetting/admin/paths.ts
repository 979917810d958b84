import { DEFAULT_FUNNEL_PERIOD_DAYS } from "@/lib/vetting/admin/schemas";
import type { ReviewStage } from "@/lib/vetting/transitions";

// Where the vetting pages live. The board keeps its state in the URL, so every link
// and form on it carries the filters it does not change.

export type BoardState = { stage: ReviewStage; skillId?: string | null; minWaitingDays?: number | null; page?: number; periodDays?: number };

export function boardSearchParams({ stage, skillId, minWaitingDays, page, periodDays }: BoardState) {
  const search = new URLSearchParams({ stage });
  if (skillId) search.set("skillId", skillId);
  if (minWaitingDays) search.set("minWaitingDays", String(minWaitingDays));
  if (page && page > 1) search.set("page", String(page));
  if (periodDays && periodDays !== DEFAULT_FUNNEL_PERIOD_DAYS) search.set("periodDays", String(periodDays));
  return search;
}

export const boardHref = (state: BoardState) => `/admin/vetting?${boardSearchParams(state).toString()}`;

export const applicantHref = (expertProfileId: string) => `/admin/vetting/${encodeURIComponent(expertProfileId)}`;

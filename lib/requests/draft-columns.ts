import { BUDGET_TOLERANCE_CHOICES, type BudgetTolerancePercent, DEFAULT_BUDGET_TOLERANCE_PERCENT } from "@/lib/matching/budget-fit";
import { CURRENCIES } from "@/lib/payments/currencies";
import type { DraftChanges } from "./api-schemas";
import type { RequestDraft } from "./schemas";

// A draft may lack fields that the table requires (title, description, budget, timezone). Until the
// client fills them in they are stored as these "not set yet" values and read back as missing; a
// submission never carries them, because the submission schema rejects each one.
const UNSET_TEXT = "";
const UNSET_BUDGET_CENTS = 0;

export type DraftColumns = ReturnType<typeof draftColumns>;

export function draftColumns(draft: RequestDraft) {
  return {
    title: draft.title ?? UNSET_TEXT,
    description: draft.description ?? UNSET_TEXT,
    engagement: draft.engagement ?? "FIXED_PRICE",
    currency: draft.currency ?? "USD",
    budgetMinCents: draft.budgetMinCents ?? null,
    budgetMaxCents: draft.budgetMaxCents ?? UNSET_BUDGET_CENTS,
    budgetTolerancePercent: draft.budgetTolerancePercent ?? DEFAULT_BUDGET_TOLERANCE_PERCENT,
    startDate: draft.startDate ?? null,
    durationWeeks: draft.durationWeeks ?? null,
    hoursPerWeek: draft.hoursPerWeek ?? null,
    timezone: draft.timezone ?? UNSET_TEXT,
    minOverlapHours: draft.minOverlapHours ?? 0,
  };
}

export function requestSkillRows(requestId: string, draft: Pick<RequestDraft, "requiredSkills" | "niceToHaveSkillIds">) {
  return [
    ...(draft.requiredSkills ?? []).map(({ skillId, minYears }) => ({ requestId, skillId, isRequired: true, minYears })),
    ...(draft.niceToHaveSkillIds ?? []).map((skillId) => ({ requestId, skillId, isRequired: false, minYears: 0 })),
  ];
}

type StoredRequest = Omit<DraftColumns, "engagement" | "currency" | "budgetTolerancePercent"> & {
  budgetTolerancePercent: number;
  engagement: "FIXED_PRICE" | "HOURLY";
  currency: string;
  skills: { skillId: string; isRequired: boolean; minYears: number }[];
};

type Currency = (typeof CURRENCIES)[number];
const isBudgetTolerance = (percent: number): percent is BudgetTolerancePercent => (BUDGET_TOLERANCE_CHOICES as readonly number[]).includes(percent);
const isCurrency = (currency: string): currency is Currency => (CURRENCIES as readonly string[]).includes(currency);

/** The stored row as draft fields, leaving out whatever is not set yet. */
export function draftFromColumns(row: StoredRequest): DraftChanges {
  const draft: DraftChanges = {
    engagement: row.engagement,
    budgetMinCents: row.budgetMinCents,
    minOverlapHours: row.minOverlapHours,
    requiredSkills: row.skills.filter((skill) => skill.isRequired).map(({ skillId, minYears }) => ({ skillId, minYears })),
    niceToHaveSkillIds: row.skills.filter((skill) => !skill.isRequired).map((skill) => skill.skillId),
  };
  if (isCurrency(row.currency)) draft.currency = row.currency;
  if (isBudgetTolerance(row.budgetTolerancePercent)) draft.budgetTolerancePercent = row.budgetTolerancePercent;
  if (row.title !== UNSET_TEXT) draft.title = row.title;
  if (row.description !== UNSET_TEXT) draft.description = row.description;
  if (row.budgetMaxCents !== UNSET_BUDGET_CENTS) draft.budgetMaxCents = row.budgetMaxCents;
  if (row.startDate) draft.startDate = row.startDate;
  if (row.durationWeeks !== null) draft.durationWeeks = row.durationWeeks;
  if (row.hoursPerWeek !== null) draft.hoursPerWeek = row.hoursPerWeek;
  if (row.timezone !== UNSET_TEXT) draft.timezone = row.timezone;
  return draft;
}

export const isUnsetBudget = (cents: number) => cents === UNSET_BUDGET_CENTS;
export const isUnsetText = (text: string) => text === UNSET_TEXT;

export const draftSelect = {
  id: true,
  status: true,
  title: true,
  description: true,
  engagement: true,
  currency: true,
  budgetMinCents: true,
  budgetMaxCents: true,
  budgetTolerancePercent: true,
  startDate: true,
  durationWeeks: true,
  hoursPerWeek: true,
  timezone: true,
  minOverlapHours: true,
  skills: { select: { skillId: true, isRequired: true, minYears: true } },
} as const;

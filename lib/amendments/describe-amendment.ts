import type { AmendmentKind } from "@/generated/prisma/enums";
import { formatDate, formatMoney } from "@/lib/format";

// Amendment terms in words, for notifications, emails and the contract page's history.

export type MilestoneTerms = { title?: string; description?: string; amountCents?: number; dueDate?: string | null };
export type TermsRecord = MilestoneTerms & { hourlyRateCents?: number; weeklyCapMinutes?: number };

const hours = (minutes: number) => `${minutes / 60} h`;

export function describeTerms(terms: TermsRecord, currency: string): string {
  const parts: string[] = [];
  if (terms.title !== undefined) parts.push(`"${terms.title}"`);
  if (terms.amountCents !== undefined) parts.push(formatMoney(terms.amountCents, currency));
  if (terms.dueDate) parts.push(`due ${formatDate(new Date(terms.dueDate))}`);
  if (terms.description !== undefined && terms.title === undefined)
    parts.push(terms.description ? `description "${terms.description.slice(0, 80)}"` : "no description");
  if (terms.hourlyRateCents !== undefined) parts.push(`${formatMoney(terms.hourlyRateCents, currency)}/h`);
  if (terms.weeklyCapMinutes !== undefined) parts.push(`cap ${hours(terms.weeklyCapMinutes)} a week`);
  return parts.join(", ");
}

export function describeChange(kind: AmendmentKind, before: TermsRecord, after: TermsRecord, currency: string): string {
  if (kind === "ADD_MILESTONE") return `add the milestone ${describeTerms(after, currency)}`;
  const what = kind === "CHANGE_MILESTONE" ? `change "${before.title ?? "the milestone"}"` : "change the hourly terms";
  return `${what} from ${describeTerms({ ...before, title: undefined }, currency)} to ${describeTerms({ ...after, title: undefined }, currency)}`;
}

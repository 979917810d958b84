import type { DisputeCategory } from "@/generated/prisma/enums";

// The short list a dispute is opened with, in the words both sides and the admin read.

export const DISPUTE_CATEGORIES = [
  "NOT_DELIVERED",
  "QUALITY",
  "NOT_AS_AGREED",
  "MISSED_DEADLINE",
  "HOURS",
  "OTHER",
] as const satisfies readonly DisputeCategory[];

export const DISPUTE_CATEGORY_LABEL: Record<DisputeCategory, string> = {
  NOT_DELIVERED: "Work not delivered",
  QUALITY: "Quality is not acceptable",
  NOT_AS_AGREED: "Not what was agreed",
  MISSED_DEADLINE: "Deadline missed",
  HOURS: "Hours billed",
  OTHER: "Something else",
};

/** What a milestone dispute can be opened for (HOURS is for a disputed hourly week). */
export const MILESTONE_DISPUTE_CATEGORIES = DISPUTE_CATEGORIES.filter((category) => category !== "HOURS");

import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { ATTACHED_FILES } from "@/lib/files/attached-files";
import { toFileSummary } from "@/lib/files/serialize";

// How a milestone's revision timeline is read: every round, oldest first, with the files handed in,
// authors by name only.
// Shared by the contract page (both sides) and the admin's dispute view.

const linksSchema = z.array(z.string()).catch([]);

export const SUBMISSIONS_SELECT = {
  orderBy: { round: "asc" },
  select: {
    round: true,
    note: true,
    links: true,
    submittedAt: true,
    submittedBy: { select: { name: true } },
    changesRequestedNote: true,
    changesRequestedAt: true,
    changesRequestedBy: { select: { name: true } },
    files: ATTACHED_FILES,
  },
} as const satisfies Prisma.Milestone$submissionsArgs;

type SubmissionRow = Prisma.MilestoneSubmissionGetPayload<{ select: (typeof SUBMISSIONS_SELECT)["select"] }>;

export type MilestoneSubmissionView = ReturnType<typeof toSubmissionView>;

export function toSubmissionView({ links, submittedBy, changesRequestedBy, files, ...submission }: SubmissionRow) {
  return {
    ...submission,
    links: linksSchema.parse(links),
    files: files.map(toFileSummary),
    submittedBy: { name: submittedBy.name },
    changesRequestedBy: changesRequestedBy && { name: changesRequestedBy.name },
  };
}

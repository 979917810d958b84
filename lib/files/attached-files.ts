import type { Prisma } from "@/generated/prisma/client";
import { fileSummarySelect } from "./serialize";

/** How a record reads its attached files (messages, submissions, briefs): the summary's columns, in upload order. */
export const ATTACHED_FILES = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }] as Prisma.StoredFileOrderByWithRelationInput[],
  select: fileSummarySelect,
};

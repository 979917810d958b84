import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { memberOfCompany } from "@/lib/parties/sides";

// Who may touch a request: a member of the company that owns it. The check sits in the `where`, so
// another company's request is simply not found (a 404, which also hides that it exists).

export function assertClient(user: SessionUser) {
  if (user.role !== "CLIENT") throw new AppError("FORBIDDEN", "Only company members manage hiring requests.");
}

export const ownRequestWhere = (user: SessionUser, requestId: string): Prisma.HiringRequestWhereInput => ({
  id: requestId,
  company: memberOfCompany(user),
});

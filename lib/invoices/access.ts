import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/sessions/session-user";
import { can } from "@/lib/teams/permissions";

// Who sees money documents (receipts, credit notes) and edits billing details: the members of the
// billed company whose role carries `viewBilling` — owners and finance — and admins. Hiring managers
// fund milestones but see no billing paperwork; viewers see none either (PRODUCT.md, "Money
// documents"). Anyone else gets a 404, as if the document did not exist.

export const canManageBilling = (user: SessionUser) => user.role === "CLIENT" && can(user, "viewBilling");

/** Whether `user` may read this company's money documents. */
export function canReadCompanyMoneyDocuments(user: Pick<SessionUser, "role" | "companyId" | "companyRole">, companyId: string): boolean {
  if (user.role === "ADMIN") return true;
  return user.role === "CLIENT" && user.companyId === companyId && can(user, "viewBilling");
}

/** The invoices `user` may read, as a `where` fragment; matches nothing for anyone without billing access. */
export function readableInvoiceWhere(user: SessionUser): Prisma.InvoiceWhereInput {
  if (user.role === "ADMIN") return {};
  if (!canManageBilling(user) || !user.companyId) return { id: { in: [] } };
  return { companyId: user.companyId };
}

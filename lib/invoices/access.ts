import type { SessionUser } from "@/lib/sessions/session-user";
import { can } from "@/lib/teams/permissions";

// Who sees money documents (receipts, credit notes) and edits billing details: the members of the
// billed company whose role carries `viewBilling` — owners and finance — and admins. Hiring managers
// fund milestones but see no billing paperwork; viewers see none either (README, "Receipts, credit
// notes and billing details"). Anyone else gets a 404, as if the document did not exist.

/** Whether `user` may read this company's money documents. */
export function canReadCompanyMoneyDocuments(user: Pick<SessionUser, "role" | "companyId" | "companyRole">, companyId: string): boolean {
  if (user.role === "ADMIN") return true;
  return user.role === "CLIENT" && user.companyId === companyId && can(user, "viewBilling");
}

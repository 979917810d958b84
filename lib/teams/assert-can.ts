import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { type CompanyAbility, can } from "./permissions";

const REFUSALS: Record<CompanyAbility, string> = {
  view: "Only members of a company can see this.",
  manageRequests: "Your role in your company does not include managing hiring requests.",
  chat: "Your role in your company does not include conversations with candidates.",
  manageContracts: "Your role in your company does not include managing contracts.",
  approveWork: "Your role in your company does not include reviewing delivered work.",
  fund: "Your role in your company does not include funding milestones.",
  viewBilling: "Your role in your company does not include billing.",
  manageMembers: "Only your company's owners can manage its members.",
  viewActivity: "Only your company's owners can see its activity.",
};

/** Refuses a client whose company role lacks `ability` (403), with the reason in the user's words. */
export function assertCan(user: SessionUser, ability: CompanyAbility) {
  if (user.role !== "CLIENT") throw new AppError("FORBIDDEN", "Only company members can do this.");
  if (!can(user, ability)) throw new AppError("FORBIDDEN", REFUSALS[ability]);
}

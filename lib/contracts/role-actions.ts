import type { MilestoneActions } from "@/lib/milestones/milestone-actions";
import type { SessionUser } from "@/lib/sessions/session-user";
import { type CompanyAbility, can } from "@/lib/teams/permissions";
import type { ContractActions } from "./contract-actions";

// The buttons a company member is offered, narrowed to what their role allows: the states decide
// what could be done, the role who may do it. Experts and admins are not narrowed here.

const allows = (user: SessionUser, ability: CompanyAbility) => user.role !== "CLIENT" || can(user, ability);

export const milestoneActionsFor = (user: SessionUser, actions: MilestoneActions): MilestoneActions => ({
  ...actions,
  fund: actions.fund && allows(user, "fund"),
  approve: actions.approve && allows(user, "approveWork"),
  releasePart: actions.releasePart && allows(user, "approveWork"),
  requestChanges: actions.requestChanges && allows(user, "approveWork"),
  dispute: actions.dispute && allows(user, "approveWork"),
  cancel: actions.cancel && allows(user, "manageContracts"),
});

export const contractActionsFor = (user: SessionUser, actions: ContractActions): ContractActions => ({
  ...actions,
  withdraw: actions.withdraw && allows(user, "manageContracts"),
  review: actions.review && allows(user, "manageContracts"),
  proposeChange: actions.proposeChange && allows(user, "manageContracts"),
  payBonus: actions.payBonus && allows(user, "manageContracts"),
});

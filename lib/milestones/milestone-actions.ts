import type { ContractStatus, MilestoneKind, MilestoneStatus, Role } from "@/generated/prisma/enums";
import { canChangeMilestone } from "./transitions";

// Which buttons a viewer sees on a milestone, from their side and the current states. The lib
// functions check the same rules again when a button is pressed; this only decides what to offer.

export type MilestoneActions = {
  fund: boolean;
  submit: boolean;
  approve: boolean;
  releasePart: boolean;
  requestChanges: boolean;
  cancel: boolean;
  dispute: boolean;
};

type MilestoneState = {
  viewerRole: Role;
  contractStatus: ContractStatus;
  milestoneStatus: MilestoneStatus;
  /** A bonus is paid and released at once: it is funded (or removed while unpaid) and nothing else. */
  kind?: MilestoneKind;
  /** Stripe can only pay an expert whose payouts are enabled, so funding waits for it. */
  isExpertPayable: boolean;
  /** An ended contract takes no new funding, work or change requests; held money follows the ending rules. */
  isContractEnded?: boolean;
};

export function milestoneActions({
  viewerRole,
  contractStatus,
  milestoneStatus: status,
  kind = "FIXED",
  isExpertPayable,
  isContractEnded = false,
}: MilestoneState): MilestoneActions {
  const isActive = contractStatus === "ACTIVE";
  const isOpen = isActive && !isContractEnded;
  if (kind === "BONUS") {
    const isUnpaid = isOpen && viewerRole === "CLIENT" && (status === "PENDING" || status === "FUNDING");
    return {
      fund: isUnpaid && isExpertPayable,
      submit: false,
      approve: false,
      releasePart: false,
      requestChanges: false,
      cancel: isUnpaid && status === "PENDING",
      dispute: false,
    };
  }
  const isClient = isActive && viewerRole === "CLIENT";
  const isExpert = isActive && viewerRole === "EXPERT";
  // A dispute freezes the contract, yet its other held milestones can still be disputed.
  const isParty = (isActive || contractStatus === "DISPUTED") && (viewerRole === "CLIENT" || viewerRole === "EXPERT");
  return {
    // FUNDING: a payment page opened and left; funding again returns to it.
    fund: isOpen && isClient && isExpertPayable && (status === "PENDING" || status === "FUNDING"),
    submit: isOpen && isExpert && canChangeMilestone(status, "SUBMITTED"),
    approve: isClient && status === "SUBMITTED",
    releasePart: isClient && kind === "FIXED" && (status === "FUNDED" || status === "SUBMITTED"),
    requestChanges: isOpen && isClient && canChangeMilestone(status, "CHANGES_REQUESTED"),
    // PENDING is removed at no cost, FUNDED is refunded; once work is in, a dispute is the way out.
    cancel: isOpen && isClient && (status === "PENDING" || status === "FUNDED"),
    dispute: isParty && canChangeMilestone(status, "DISPUTED"),
  };
}

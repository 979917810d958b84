import { getLedgerOverviewOperation } from "@/lib/admin/get-ledger-overview.operation";
import { runLedgerCheckOperation } from "@/lib/admin/run-ledger-check.operation";
import { acceptProposalOperation } from "@/lib/contracts/accept-proposal.operation";
import { declineProposalOperation } from "@/lib/contracts/decline-proposal.operation";
import { getContractOperation } from "@/lib/contracts/get-contract.operation";
import { listContractsOperation } from "@/lib/contracts/list-contracts.operation";
import { proposeContractOperation } from "@/lib/contracts/propose-contract.operation";
import { reviewContractOperation } from "@/lib/contracts/review-contract.operation";
import { withdrawProposalOperation } from "@/lib/contracts/withdraw-proposal.operation";
import { approveMilestoneOperation } from "@/lib/milestones/approve-milestone.operation";
import { cancelMilestoneOperation } from "@/lib/milestones/cancel-milestone.operation";
import { listDisputesOperation } from "@/lib/milestones/list-disputes.operation";
import { openDisputeOperation } from "@/lib/milestones/open-dispute.operation";
import { requestChangesOperation } from "@/lib/milestones/request-changes.operation";
import { resolveDisputeOperation } from "@/lib/milestones/resolve-dispute.operation";
import { startFundingOperation } from "@/lib/milestones/start-funding.operation";
import { submitMilestoneOperation } from "@/lib/milestones/submit-milestone.operation";
import { getPayoutStatusOperation } from "@/lib/payments/get-payout-status.operation";
import { listStripeEventsOperation } from "@/lib/payments/list-stripe-events.operation";
import { refundPaymentUnderReviewOperation } from "@/lib/payments/refund-payment-under-review.operation";
import { startPayoutOnboardingOperation } from "@/lib/payments/start-payout-onboarding.operation";
import { cancelRequestOperation } from "@/lib/requests/cancel-request.operation";
import { createRequestOperation } from "@/lib/requests/create-request.operation";
import { getRequestOperation } from "@/lib/requests/get-request.operation";
import { listRequestsOperation } from "@/lib/requests/list-requests.operation";
import { submitRequestOperation } from "@/lib/requests/submit-request.operation";
import { updateDraftOperation } from "@/lib/requests/update-draft.operation";
import { searchSkillsOperation } from "@/lib/skills/search-skills.operation";

// Every operation declared with defineOperation: the API router serves these, the OpenAPI document
// and the typed client are derived from them. (Operations not yet moved here are still Next route
// handlers under app/api, listed in lib/endpoints/operations.ts.)

export const API_OPERATIONS = [
  listRequestsOperation,
  createRequestOperation,
  getRequestOperation,
  updateDraftOperation,
  submitRequestOperation,
  cancelRequestOperation,
  searchSkillsOperation,
  listContractsOperation,
  proposeContractOperation,
  getContractOperation,
  acceptProposalOperation,
  declineProposalOperation,
  withdrawProposalOperation,
  reviewContractOperation,
  submitMilestoneOperation,
  requestChangesOperation,
  startFundingOperation,
  approveMilestoneOperation,
  cancelMilestoneOperation,
  openDisputeOperation,
  listDisputesOperation,
  resolveDisputeOperation,
  getPayoutStatusOperation,
  startPayoutOnboardingOperation,
  getLedgerOverviewOperation,
  runLedgerCheckOperation,
  refundPaymentUnderReviewOperation,
  listStripeEventsOperation,
] as const;

export type ApiOperations = typeof API_OPERATIONS;

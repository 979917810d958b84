import { resendVerificationEmailOperation } from "@/lib/accounts/resend-verification-email.operation";
import { discardJobOperation } from "@/lib/admin/discard-job.operation";
import { getJobsOverviewOperation } from "@/lib/admin/get-jobs-overview.operation";
import { getLedgerOverviewOperation } from "@/lib/admin/get-ledger-overview.operation";
import { getUserOperation } from "@/lib/admin/get-user.operation";
import { listAuditLogOperation } from "@/lib/admin/list-audit-log.operation";
import { listUsersOperation } from "@/lib/admin/list-users.operation";
import { reinstateUserOperation } from "@/lib/admin/reinstate-user.operation";
import { retryJobOperation } from "@/lib/admin/retry-job.operation";
import { runLedgerCheckOperation } from "@/lib/admin/run-ledger-check.operation";
import { searchAdminOperation } from "@/lib/admin/search-admin.operation";
import { suspendUserOperation } from "@/lib/admin/suspend-user.operation";
import { acceptAmendmentOperation } from "@/lib/amendments/accept-amendment.operation";
import { declineAmendmentOperation } from "@/lib/amendments/decline-amendment.operation";
import { listAmendmentsOperation } from "@/lib/amendments/list-amendments.operation";
import { proposeAmendmentOperation } from "@/lib/amendments/propose-amendment.operation";
import { withdrawAmendmentOperation } from "@/lib/amendments/withdraw-amendment.operation";
import type { AnyOperation } from "@/lib/api/operation";
import { createApiTokenOperation } from "@/lib/api-tokens/create-api-token.operation";
import { listApiTokensOperation } from "@/lib/api-tokens/list-api-tokens.operation";
import { revokeApiTokenOperation } from "@/lib/api-tokens/revoke-api-token.operation";
import { disableTwoFactorOperation } from "@/lib/auth/disable-two-factor.operation";
import { getCurrentUserOperation } from "@/lib/auth/get-current-user.operation";
import { signUpOperation } from "@/lib/auth/sign-up.operation";
import { getMessagePageOperation } from "@/lib/chat/get-message-page.operation";
import { listConversationsOperation } from "@/lib/chat/list-conversations.operation";
import { markConversationReadOperation } from "@/lib/chat/mark-conversation-read.operation";
import { openStreamOperation } from "@/lib/chat/open-stream.operation";
import { postMessageOperation } from "@/lib/chat/post-message.operation";
import { answerEndRefundOperation } from "@/lib/contract-endings/answer-end-refund.operation";
import { endContractOperation } from "@/lib/contract-endings/end-contract.operation";
import { requestReplacementOperation } from "@/lib/contract-endings/request-replacement.operation";
import { acceptProposalOperation } from "@/lib/contracts/accept-proposal.operation";
import { declineProposalOperation } from "@/lib/contracts/decline-proposal.operation";
import { getContractOperation } from "@/lib/contracts/get-contract.operation";
import { hireAgainOperation } from "@/lib/contracts/hire-again.operation";
import { listContractsOperation } from "@/lib/contracts/list-contracts.operation";
import { proposeContractOperation } from "@/lib/contracts/propose-contract.operation";
import { withdrawProposalOperation } from "@/lib/contracts/withdraw-proposal.operation";
import { addDisputeEvidenceOperation } from "@/lib/disputes/add-dispute-evidence.operation";
import { getDisputeCaseOperation } from "@/lib/disputes/get-dispute-case.operation";
import { respondToDisputeOperation } from "@/lib/disputes/respond-to-dispute.operation";
import { addPortfolioItemOperation } from "@/lib/expert-profiles/add-portfolio-item.operation";
import { deletePortfolioItemOperation } from "@/lib/expert-profiles/delete-portfolio-item.operation";
import { getExpertProfileOperation } from "@/lib/expert-profiles/get-expert-profile.operation";
import { getPublicProfileFileOperation } from "@/lib/expert-profiles/get-public-profile-file.operation";
import { listPortfolioOperation } from "@/lib/expert-profiles/list-portfolio.operation";
import { removeProfilePhotoOperation } from "@/lib/expert-profiles/remove-profile-photo.operation";
import { reorderPortfolioOperation } from "@/lib/expert-profiles/reorder-portfolio.operation";
import { searchExpertsOperation } from "@/lib/expert-profiles/search-experts.operation";
import { setProfilePhotoOperation } from "@/lib/expert-profiles/set-profile-photo.operation";
import { updatePortfolioItemOperation } from "@/lib/expert-profiles/update-portfolio-item.operation";
import { completeUploadOperation } from "@/lib/files/complete-upload.operation";
import { deleteFileOperation } from "@/lib/files/delete-file.operation";
import { downloadFileOperation } from "@/lib/files/download-file.operation";
import { downloadThumbnailOperation } from "@/lib/files/download-thumbnail.operation";
import { startUploadOperation } from "@/lib/files/start-upload.operation";
import { getHealthOperation } from "@/lib/health/get-health.operation";
import { getReadinessOperation } from "@/lib/health/get-readiness.operation";
import { getContractsInsightOperation } from "@/lib/insights/get-contracts-insight.operation";
import { getEarningsChartOperation } from "@/lib/insights/get-earnings-chart.operation";
import { getMoneyInsightOperation } from "@/lib/insights/get-money-insight.operation";
import { getShortlistInsightOperation } from "@/lib/insights/get-shortlist-insight.operation";
import { getSkillsInsightOperation } from "@/lib/insights/get-skills-insight.operation";
import { getSpendChartOperation } from "@/lib/insights/get-spend-chart.operation";
import { getVettingInsightOperation } from "@/lib/insights/get-vetting-insight.operation";
import { cancelInterviewOperation } from "@/lib/interviews/cancel-interview.operation";
import { pickInterviewSlotOperation } from "@/lib/interviews/pick-interview-slot.operation";
import { proposeInterviewOperation } from "@/lib/interviews/propose-interview.operation";
import { requestOtherTimesOperation } from "@/lib/interviews/request-other-times.operation";
import { rescheduleInterviewOperation } from "@/lib/interviews/reschedule-interview.operation";
import { acceptInvitationOperation } from "@/lib/invitations/accept-invitation.operation";
import { declineInvitationOperation } from "@/lib/invitations/decline-invitation.operation";
import { getInvitationOperation } from "@/lib/invitations/get-invitation.operation";
import { listInvitationsOperation } from "@/lib/invitations/list-invitations.operation";
import { getBillingDetailsOperation } from "@/lib/invoices/get-billing-details.operation";
import { listInvoicesOperation } from "@/lib/invoices/list-invoices.operation";
import { updateBillingDetailsOperation } from "@/lib/invoices/update-billing-details.operation";
import { listLedgerExportsOperation } from "@/lib/ledger-exports/list-exports.operation";
import { requestLedgerExportOperation } from "@/lib/ledger-exports/request-export.operation";
import { handPickExpertOperation } from "@/lib/matching/hand-pick-expert.operation";
import { inviteSavedExpertOperation } from "@/lib/matching/invite-saved-expert.operation";
import { getMetricsOperation } from "@/lib/metrics/get-metrics.operation";
import { approveMilestoneOperation } from "@/lib/milestones/approve-milestone.operation";
import { cancelMilestoneOperation } from "@/lib/milestones/cancel-milestone.operation";
import { listDisputesOperation } from "@/lib/milestones/list-disputes.operation";
import { openDisputeOperation } from "@/lib/milestones/open-dispute.operation";
import { payBonusOperation } from "@/lib/milestones/pay-bonus.operation";
import { releasePartOperation } from "@/lib/milestones/release-part.operation";
import { requestChangesOperation } from "@/lib/milestones/request-changes.operation";
import { resolveDisputeOperation } from "@/lib/milestones/resolve-dispute.operation";
import { startFundingOperation } from "@/lib/milestones/start-funding.operation";
import { submitMilestoneOperation } from "@/lib/milestones/submit-milestone.operation";
import { getNotificationPreferencesOperation } from "@/lib/notifications/get-notification-preferences.operation";
import { listNotificationsOperation } from "@/lib/notifications/list-notifications.operation";
import { markNotificationsReadOperation } from "@/lib/notifications/mark-notifications-read.operation";
import { unsubscribeOperation } from "@/lib/notifications/unsubscribe.operation";
import { updateNotificationPreferencesOperation } from "@/lib/notifications/update-notification-preferences.operation";
import { getSavedCardOperation } from "@/lib/payment-methods/get-saved-card.operation";
import { startCardSetupOperation } from "@/lib/payment-methods/start-card-setup.operation";
import { createPayoutDashboardLinkOperation } from "@/lib/payments/create-payout-dashboard-link.operation";
import { getPayoutStatusOperation } from "@/lib/payments/get-payout-status.operation";
import { listStripeEventsOperation } from "@/lib/payments/list-stripe-events.operation";
import { listStripePayoutsOperation } from "@/lib/payments/list-stripe-payouts.operation";
import { receiveStripeWebhookOperation } from "@/lib/payments/receive-stripe-webhook.operation";
import { refundPaymentUnderReviewOperation } from "@/lib/payments/refund-payment-under-review.operation";
import { startPayoutOnboardingOperation } from "@/lib/payments/start-payout-onboarding.operation";
import { deleteAccountOperation } from "@/lib/privacy/delete-account.operation";
import { downloadExportOperation } from "@/lib/privacy/download-export.operation";
import { listExportsOperation } from "@/lib/privacy/list-exports.operation";
import { requestExportOperation } from "@/lib/privacy/request-export.operation";
import { cancelRequestOperation } from "@/lib/requests/cancel-request.operation";
import { createRequestOperation } from "@/lib/requests/create-request.operation";
import { getRequestOperation } from "@/lib/requests/get-request.operation";
import { listRequestsOperation } from "@/lib/requests/list-requests.operation";
import { submitRequestOperation } from "@/lib/requests/submit-request.operation";
import { updateDraftOperation } from "@/lib/requests/update-draft.operation";
import { readContractReviewsOperation } from "@/lib/reviews/read-contract-reviews.operation";
import { writeReviewOperation } from "@/lib/reviews/write-review.operation";
import { listSavedExpertsOperation } from "@/lib/saved-experts/list-saved-experts.operation";
import { saveExpertOperation } from "@/lib/saved-experts/save-expert.operation";
import { unsaveExpertOperation } from "@/lib/saved-experts/unsave-expert.operation";
import { searchSkillsOperation } from "@/lib/skills/search-skills.operation";
import { getSlaBoardOperation } from "@/lib/sla/get-sla-board.operation";
import { listHandPickCandidatesOperation } from "@/lib/sla/list-hand-pick-candidates.operation";
import { listEarningsOperation } from "@/lib/statements/list-earnings.operation";
import { requestStatementOperation } from "@/lib/statements/request-statement.operation";
import { diskDownloadOperation } from "@/lib/storage/disk-download.operation";
import { diskUploadOperation } from "@/lib/storage/disk-upload.operation";
import { acceptTeamInvitationOperation } from "@/lib/team-members/accept-invitation.operation";
import { changeMemberRoleOperation } from "@/lib/team-members/change-member-role.operation";
import { getTeamOperation } from "@/lib/team-members/get-team.operation";
import { inviteMemberOperation } from "@/lib/team-members/invite-member.operation";
import { listCompanyActivityOperation } from "@/lib/team-members/list-activity.operation";
import { removeMemberOperation } from "@/lib/team-members/remove-member.operation";
import { resendInvitationOperation } from "@/lib/team-members/resend-invitation.operation";
import { revokeInvitationOperation } from "@/lib/team-members/revoke-invitation.operation";
import { signUpInviteeOperation } from "@/lib/team-members/sign-up-invitee.operation";
import { approveWeekOperation } from "@/lib/timesheets/approve-week.operation";
import { deleteTimeEntryOperation } from "@/lib/timesheets/delete-time-entry.operation";
import { disputeWeekOperation } from "@/lib/timesheets/dispute-week.operation";
import { listTimeEntriesOperation } from "@/lib/timesheets/list-time-entries.operation";
import { listWeeksOperation } from "@/lib/timesheets/list-weeks.operation";
import { logTimeEntryOperation } from "@/lib/timesheets/log-time-entry.operation";
import { updateTimeEntryOperation } from "@/lib/timesheets/update-time-entry.operation";
import { confirmEnrolmentOperation } from "@/lib/two-factor/confirm-enrolment.operation";
import { getTwoFactorStatusOperation } from "@/lib/two-factor/get-two-factor-status.operation";
import { regenerateRecoveryCodesOperation } from "@/lib/two-factor/regenerate-recovery-codes.operation";
import { startEnrolmentOperation } from "@/lib/two-factor/start-enrolment.operation";
import { decideStageOperation } from "@/lib/vetting/admin/decide-stage.operation";
import { getApplicantOperation } from "@/lib/vetting/admin/get-applicant.operation";
import { getVettingFunnelOperation } from "@/lib/vetting/admin/get-vetting-funnel.operation";
import { listVettingQueueOperation } from "@/lib/vetting/admin/list-vetting-queue.operation";
import { recordInterviewOperation } from "@/lib/vetting/admin/record-interview.operation";
import { scheduleInterviewOperation } from "@/lib/vetting/admin/schedule-interview.operation";
import { verifySkillOperation } from "@/lib/vetting/admin/verify-skill.operation";
import { getApplicationOperation } from "@/lib/vetting/application/get-application.operation";
import { reapplyOperation } from "@/lib/vetting/application/reapply.operation";
import { saveApplicationStepOperation } from "@/lib/vetting/application/save-application-step.operation";
import { submitApplicationOperation } from "@/lib/vetting/application/submit-application.operation";
import { updateProfileOperation } from "@/lib/vetting/application/update-profile.operation";
import { getOpenApiDocumentOperation } from "./get-openapi-document.operation";

// Every HTTP operation we serve besides pages, server actions and next-auth's own routes, each declared
// once with defineOperation beside the domain function it calls: the API router serves this list, and
// the OpenAPI document, the typed client and the contract tests are derived from it.

export const API_OPERATIONS = [
  getHealthOperation,
  getReadinessOperation,
  getMetricsOperation,
  receiveStripeWebhookOperation,
  listRequestsOperation,
  createRequestOperation,
  getRequestOperation,
  updateDraftOperation,
  submitRequestOperation,
  cancelRequestOperation,
  searchSkillsOperation,
  getOpenApiDocumentOperation(servedOperations),
  signUpOperation,
  signUpInviteeOperation,
  getCurrentUserOperation,
  resendVerificationEmailOperation,
  getTwoFactorStatusOperation,
  startEnrolmentOperation,
  confirmEnrolmentOperation,
  regenerateRecoveryCodesOperation,
  disableTwoFactorOperation,
  listApiTokensOperation,
  createApiTokenOperation,
  revokeApiTokenOperation,
  listNotificationsOperation,
  markNotificationsReadOperation,
  getNotificationPreferencesOperation,
  updateNotificationPreferencesOperation,
  unsubscribeOperation,
  listConversationsOperation,
  getMessagePageOperation,
  postMessageOperation,
  markConversationReadOperation,
  openStreamOperation,
  listVettingQueueOperation,
  getApplicantOperation,
  decideStageOperation,
  scheduleInterviewOperation,
  recordInterviewOperation,
  verifySkillOperation,
  getVettingFunnelOperation,
  listUsersOperation,
  searchAdminOperation,
  getUserOperation,
  suspendUserOperation,
  reinstateUserOperation,
  listAuditLogOperation,
  getApplicationOperation,
  saveApplicationStepOperation,
  submitApplicationOperation,
  reapplyOperation,
  updateProfileOperation,
  getExpertProfileOperation,
  searchExpertsOperation,
  getPublicProfileFileOperation,
  setProfilePhotoOperation,
  removeProfilePhotoOperation,
  listPortfolioOperation,
  addPortfolioItemOperation,
  reorderPortfolioOperation,
  updatePortfolioItemOperation,
  deletePortfolioItemOperation,
  listInvitationsOperation,
  getInvitationOperation,
  acceptInvitationOperation,
  declineInvitationOperation,
  getSlaBoardOperation,
  listHandPickCandidatesOperation,
  handPickExpertOperation,
  listContractsOperation,
  proposeContractOperation,
  getContractOperation,
  acceptProposalOperation,
  declineProposalOperation,
  withdrawProposalOperation,
  listAmendmentsOperation,
  proposeAmendmentOperation,
  acceptAmendmentOperation,
  declineAmendmentOperation,
  withdrawAmendmentOperation,
  writeReviewOperation,
  readContractReviewsOperation,
  hireAgainOperation,
  saveExpertOperation,
  unsaveExpertOperation,
  listSavedExpertsOperation,
  inviteSavedExpertOperation,
  submitMilestoneOperation,
  requestChangesOperation,
  startFundingOperation,
  approveMilestoneOperation,
  releasePartOperation,
  payBonusOperation,
  cancelMilestoneOperation,
  openDisputeOperation,
  endContractOperation,
  answerEndRefundOperation,
  requestReplacementOperation,
  listDisputesOperation,
  resolveDisputeOperation,
  getDisputeCaseOperation,
  respondToDisputeOperation,
  addDisputeEvidenceOperation,
  listWeeksOperation,
  listTimeEntriesOperation,
  logTimeEntryOperation,
  updateTimeEntryOperation,
  deleteTimeEntryOperation,
  approveWeekOperation,
  disputeWeekOperation,
  getPayoutStatusOperation,
  listStripePayoutsOperation,
  createPayoutDashboardLinkOperation,
  startPayoutOnboardingOperation,
  listEarningsOperation,
  requestStatementOperation,
  getLedgerOverviewOperation,
  runLedgerCheckOperation,
  listLedgerExportsOperation,
  requestLedgerExportOperation,
  refundPaymentUnderReviewOperation,
  listStripeEventsOperation,
  getJobsOverviewOperation,
  retryJobOperation,
  discardJobOperation,
  getTeamOperation,
  inviteMemberOperation,
  resendInvitationOperation,
  revokeInvitationOperation,
  acceptTeamInvitationOperation,
  changeMemberRoleOperation,
  removeMemberOperation,
  listCompanyActivityOperation,
  getBillingDetailsOperation,
  getSavedCardOperation,
  startCardSetupOperation,
  updateBillingDetailsOperation,
  listInvoicesOperation,
  requestExportOperation,
  listExportsOperation,
  downloadExportOperation,
  deleteAccountOperation,
  startUploadOperation,
  completeUploadOperation,
  deleteFileOperation,
  downloadFileOperation,
  downloadThumbnailOperation,
  diskUploadOperation,
  diskDownloadOperation,
  getVettingInsightOperation,
  getShortlistInsightOperation,
  getMoneyInsightOperation,
  getContractsInsightOperation,
  getSkillsInsightOperation,
  getEarningsChartOperation,
  getSpendChartOperation,
  proposeInterviewOperation,
  rescheduleInterviewOperation,
  pickInterviewSlotOperation,
  requestOtherTimesOperation,
  cancelInterviewOperation,
] as const;

export type ApiOperations = typeof API_OPERATIONS;

function servedOperations(): readonly AnyOperation[] {
  return API_OPERATIONS;
}

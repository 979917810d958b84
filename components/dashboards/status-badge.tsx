import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ContractStatus, MatchStatus, MilestoneStatus, RequestStatus, VettingStatus } from "@/generated/prisma/enums";
import type { SlaState } from "@/lib/dashboards/matching-sla";
import { formatStatus } from "@/lib/format";

export type DashboardStatus = VettingStatus | RequestStatus | MatchStatus | ContractStatus | MilestoneStatus | SlaState;

// One tone per status name, so the same word looks the same on every dashboard.
const TONE_OF_STATUS: Record<DashboardStatus, BadgeTone> = {
  APPLIED: "info",
  SCREENING: "info",
  INTERVIEW: "info",
  APPROVED: "success",
  REJECTED: "danger",
  SUSPENDED: "danger",
  DRAFT: "neutral",
  MATCHING: "info",
  MATCHED: "success",
  HIRED: "success",
  CLOSED: "neutral",
  CANCELLED: "neutral",
  INVITED: "info",
  ACCEPTED: "success",
  DECLINED: "neutral",
  EXPIRED: "neutral",
  SHORTLISTED: "success",
  PASSED: "neutral",
  PROPOSED: "info",
  ACTIVE: "success",
  COMPLETED: "neutral",
  DISPUTED: "danger",
  PENDING: "neutral",
  FUNDING: "info",
  FUNDED: "info",
  SUBMITTED: "info",
  CHANGES_REQUESTED: "warning",
  RELEASED: "success",
  REFUNDED: "neutral",
  ON_TRACK: "success",
  AT_RISK: "warning",
  BREACHED: "danger",
};

export function StatusBadge({ status }: { status: DashboardStatus }) {
  return <Badge tone={TONE_OF_STATUS[status]}>{formatStatus(status)}</Badge>;
}

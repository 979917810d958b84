import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { InvitationState } from "@/lib/invitations/invitation-view";

const LABEL_AND_TONE: Record<InvitationState, [string, BadgeTone]> = {
  OPEN: ["Waiting for you", "info"],
  ACCEPTED: ["Accepted", "success"],
  SHORTLISTED: ["On the shortlist", "success"],
  HIRED: ["Hired", "success"],
  PASSED: ["Not chosen", "neutral"],
  DECLINED: ["Declined", "neutral"],
  EXPIRED: ["Expired", "neutral"],
  CLOSED: ["Request closed", "neutral"],
};

export function InvitationStateBadge({ state }: { state: InvitationState }) {
  const [label, tone] = LABEL_AND_TONE[state];
  return <Badge tone={tone}>{label}</Badge>;
}

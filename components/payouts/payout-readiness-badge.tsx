import { Badge } from "@/components/ui/badge";

/** Whether a client can fund this expert's work now, or once they finish their Stripe payout setup. */
export function PayoutReadinessBadge({ isReady }: { isReady: boolean }) {
  return isReady ? <Badge tone="success">Ready to be paid</Badge> : <Badge tone="warning">Finishing payout setup</Badge>;
}

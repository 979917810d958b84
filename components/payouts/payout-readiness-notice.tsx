import { Alert } from "@/components/ui/alert";
import { PayoutReadinessBadge } from "./payout-readiness-badge";

/** On the hire pages: hiring never waits for payouts; funding does. */
export function PayoutReadinessNotice({ expertName, isReady }: { expertName: string; isReady: boolean }) {
  if (isReady) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <PayoutReadinessBadge isReady /> {expertName} can be paid through Stripe: you can fund milestones as soon as they accept.
      </p>
    );
  }
  return (
    <Alert tone="info" title={`${expertName} is finishing payout setup`}>
      You can hire them now. Funding opens when {expertName} finishes payout setup with Stripe; we have reminded them and will tell you when it opens.
    </Alert>
  );
}

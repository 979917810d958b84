"use client";

import { useCallback, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi, type OutputOf } from "@/lib/endpoints/client";
import { PayoutAccountFacts } from "./payout-account-facts";
import { PayoutCountryForm } from "./payout-country-form";
import { describeRequirements } from "./payout-requirements";

type PayoutStatus = OutputOf<"GET /api/v1/payouts">;

const CARD = "space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200";

/**
 * The expert's Stripe payout account. It shows at once what our database last heard from Stripe
 * (server-rendered), then asks Stripe in the background and shows the answer when it differs.
 */
export function PayoutSetup({ initialStatus, suggestedCountry }: { initialStatus: PayoutStatus; suggestedCountry: string | null }) {
  const [status, setStatus] = useState(initialStatus);
  const [refresh, setRefresh] = useState<"idle" | "checking" | "checked" | "failed">("idle");
  const [pending, setPending] = useState<"onboarding" | "dashboard" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const check = useCallback(async () => {
    setRefresh("checking");
    const answer = await callApi("GET /api/v1/payouts", {});
    if (!answer.ok) return setRefresh("failed");
    setStatus(answer.data);
    setRefresh("checked");
  }, []);

  useEffect(() => {
    if (initialStatus.hasAccount) void check();
  }, [initialStatus.hasAccount, check]);

  async function leaveFor(kind: "onboarding" | "dashboard") {
    if (pending) return;
    setPending(kind);
    setProblem(null);
    const answer = await callApi(kind === "onboarding" ? "POST /api/v1/payouts/onboarding" : "POST /api/v1/payouts/dashboard-link", { body: {} });
    if (answer.ok) return window.location.assign(answer.data.url);
    setProblem(answer.message);
    setPending(null);
  }

  if (!status.hasAccount) {
    return (
      <section aria-labelledby="payouts-status" className={CARD}>
        <h2 id="payouts-status" className="text-lg font-semibold text-slate-900">
          Get paid through Stripe
        </h2>
        <p className="text-sm text-slate-700">Stripe holds your bank details and checks your identity; Vetted never sees them. It takes about five minutes.</p>
        <PayoutCountryForm suggestedCountry={suggestedCountry} />
      </section>
    );
  }

  return (
    <section aria-labelledby="payouts-status" className={CARD}>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      <h2 id="payouts-status" className={status.payoutsEnabled ? "text-lg font-semibold text-emerald-800" : "text-lg font-semibold text-slate-900"}>
        {status.payoutsEnabled ? "Payouts enabled" : "Payout setup in progress"}
      </h2>
      {status.payoutsEnabled ? (
        <p className="text-sm text-slate-700">
          Clients can fund your milestones, and each approved milestone is paid to your Stripe account, minus the platform fee.
        </p>
      ) : status.currentlyDue.length > 0 ? (
        <>
          <p className="text-sm text-slate-700">Stripe still needs:</p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-900">
            {describeRequirements(status.currentlyDue).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm text-slate-700">Stripe is checking your details. This usually takes a few minutes.</p>
      )}
      <PayoutAccountFacts status={status} />
      <p role="status" className="text-xs text-slate-600">
        {refresh === "checking"
          ? "Checking with Stripe for changes…"
          : refresh === "failed"
            ? "Stripe could not be reached just now; this is what we last heard from it."
            : refresh === "checked"
              ? "Up to date with Stripe."
              : ""}
      </p>
      <div className="flex flex-wrap gap-3">
        {status.payoutsEnabled ? (
          <Button onClick={() => void leaveFor("dashboard")} isLoading={pending === "dashboard"} loadingLabel="Opening Stripe…">
            Open Stripe dashboard
          </Button>
        ) : (
          <Button onClick={() => void leaveFor("onboarding")} isLoading={pending === "onboarding"} loadingLabel="Opening Stripe…">
            Continue setup
          </Button>
        )}
        <Button variant="secondary" onClick={() => void check()} disabled={refresh === "checking"}>
          Check again
        </Button>
      </div>
    </section>
  );
}

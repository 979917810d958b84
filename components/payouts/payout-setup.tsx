"use client";

import { useCallback, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { callApi, type OutputOf } from "@/lib/endpoints/client";
import { describeRequirements } from "./payout-requirements";

type PayoutStatus = OutputOf<"GET /api/v1/payouts">;

type State = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "loaded"; status: PayoutStatus };

const CARD = "space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200";

/** The expert's Stripe payout account: read from GET /api/v1/payouts; set up on Stripe's own pages. */
export function PayoutSetup() {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [isLeaving, setLeaving] = useState(false);
  const [onboardingProblem, setOnboardingProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    setState({ kind: "loading" });
    const answer = await callApi("GET /api/v1/payouts", {});
    setState(answer.ok ? { kind: "loaded", status: answer.data } : { kind: "failed", message: answer.message });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function startOnboarding() {
    if (isLeaving) return;
    setLeaving(true);
    setOnboardingProblem(null);
    const answer = await callApi("POST /api/v1/payouts/onboarding", { body: {} });
    if (answer.ok) return window.location.assign(answer.data.url);
    setOnboardingProblem(answer.message);
    setLeaving(false);
  }

  if (state.kind === "loading") {
    return (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
        <Spinner /> Checking your payout setup…
      </p>
    );
  }
  if (state.kind === "failed") {
    return (
      <Alert tone="danger" role="alert" title="We could not load your payout setup">
        <p>{state.message}</p>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => void load()}>
          Try again
        </Button>
      </Alert>
    );
  }

  const { status } = state;
  const onboardingButton = (label: string) => (
    <Button onClick={() => void startOnboarding()} isLoading={isLeaving} loadingLabel="Opening Stripe…">
      {label}
    </Button>
  );
  return (
    <div className="space-y-6">
      {onboardingProblem && (
        <Alert tone="danger" role="alert">
          {onboardingProblem}
        </Alert>
      )}
      {status.payoutsEnabled ? (
        <section aria-labelledby="payouts-status" className={CARD}>
          <h2 id="payouts-status" className="text-lg font-semibold text-emerald-800">
            Payouts enabled
          </h2>
          <p className="text-sm text-slate-700">
            Clients can fund your milestones, and each approved milestone is paid to your Stripe account, minus the platform fee.
          </p>
        </section>
      ) : status.hasAccount ? (
        <section aria-labelledby="payouts-status" className={CARD}>
          <h2 id="payouts-status" className="text-lg font-semibold text-slate-900">
            Payout setup in progress
          </h2>
          {status.currentlyDue.length > 0 ? (
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
          <div className="flex flex-wrap gap-3">
            {onboardingButton("Continue setup")}
            <Button variant="secondary" onClick={() => void load()}>
              Check again
            </Button>
          </div>
        </section>
      ) : (
        <section aria-labelledby="payouts-status" className={CARD}>
          <h2 id="payouts-status" className="text-lg font-semibold text-slate-900">
            Get paid through Stripe
          </h2>
          <p className="text-sm text-slate-700">
            Stripe holds your bank details and checks your identity; Vetted never sees them. It takes about five minutes.
          </p>
          {onboardingButton("Set up payouts with Stripe")}
        </section>
      )}
    </div>
  );
}

"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { callApi } from "@/lib/endpoints/client";
import { PAYOUT_COUNTRIES, PLATFORM_COUNTRY } from "@/lib/payments/payout-countries";

/** The first step of payout setup: the country of the expert's bank account, then Stripe's own pages. */
export function PayoutCountryForm({ suggestedCountry }: { suggestedCountry: string | null }) {
  // The profile's country when Stripe pays out there, else the platform's: a choice the expert can change.
  const [country, setCountry] = useState(suggestedCountry ?? PLATFORM_COUNTRY);
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [isLeaving, setLeaving] = useState(false);
  const chosen = PAYOUT_COUNTRIES.find((candidate) => candidate.code === country);

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (isLeaving) return;
    if (!country) return setError("Choose the country your bank account is in.");
    setLeaving(true);
    setError(undefined);
    setProblem(null);
    const answer = await callApi("POST /api/v1/payouts/onboarding", { body: { country } });
    if (answer.ok) return window.location.assign(answer.data.url);
    const fieldError = answer.fields?.country?.[0];
    if (fieldError) setError(fieldError);
    else setProblem(answer.message);
    setLeaving(false);
  }

  return (
    <form onSubmit={(event) => void start(event)} noValidate className="space-y-4">
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      <Select
        label="Country of your bank account"
        name="country"
        value={country}
        placeholder="Choose a country"
        error={error}
        hint="Your Stripe account is opened in this country and cannot move to another one later."
        onChange={(event) => {
          setCountry(event.target.value);
          setError(undefined);
        }}
      >
        {PAYOUT_COUNTRIES.map((candidate) => (
          <option key={candidate.code} value={candidate.code}>
            {candidate.name} ({candidate.currency})
          </option>
        ))}
      </Select>
      {chosen && (
        <p className="text-sm text-slate-700">
          You will be paid out in {chosen.currency}.
          {chosen.code !== PLATFORM_COUNTRY &&
            " Stripe pays you across the border as a recipient: your account receives your earnings and pays them to your bank, nothing more."}
        </p>
      )}
      <p className="text-sm text-slate-700">Your country is not listed? Stripe cannot pay out there yet, so Vetted cannot pay you there.</p>
      <Button type="submit" isLoading={isLeaving} loadingLabel="Opening Stripe…">
        Set up payouts with Stripe
      </Button>
    </form>
  );
}

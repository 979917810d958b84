"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { callApi, type OutputOf } from "@/lib/endpoints/client";
import { formatCount, formatDateTime, formatMoney } from "@/lib/format";

type Report = OutputOf<"POST /api/v1/admin/ledger/check">;

/** Runs the ledger check on demand and shows every difference it found, or that there are none. */
export function LedgerCheckPanel() {
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function run() {
    setProblem(null);
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/admin/ledger/check", { body: {} });
      if (!answer.ok) return setProblem(answer.message);
      setReport(answer.data);
    });
  }

  return (
    <div className="space-y-3">
      <Button onClick={run} disabled={isPending}>
        {isPending ? "Checking the ledger…" : "Run ledger check"}
      </Button>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      <div role="status">
        {report && !isPending && (
          <Alert
            tone={report.problems.length ? "warning" : "success"}
            title={report.problems.length ? formatCount(report.problems.length, "difference") : "0 differences: the ledger balances and matches Stripe"}
          >
            <p>Checked {formatDateTime(new Date(report.checkedAt))}.</p>
            {report.heldForReview
              .filter((total) => total.payments > 0)
              .map((total) => (
                <p key={total.currency}>
                  Held for review, apart from the books: {formatMoney(total.heldCents, total.currency)} in {formatCount(total.payments, "payment")}.
                </p>
              ))}
            {report.inFlight.length > 0 && (
              <p>
                In flight, not a difference: {formatCount(report.inFlight.length, "movement")} made at Stripe and being booked by{" "}
                {report.inFlight.length === 1 ? "its settle job" : "their settle jobs"}.
              </p>
            )}
            {report.problems.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5 break-words">
                {report.problems.map((difference, index) => (
                  <li key={index}>{difference}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
    </div>
  );
}

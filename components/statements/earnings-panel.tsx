"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { callApi, type OutputOf } from "@/lib/endpoints/client";
import { formatDateTime, formatMoney } from "@/lib/format";

type Earnings = OutputOf<"GET /api/v1/earnings">;
type EarningsMonth = Earnings["months"][number];
type Statement = NonNullable<EarningsMonth["statement"]>;

const REFRESH_WHILE_BUILDING_MS = 2_000;
const isInFlight = (statement: Statement | null) => statement?.status === "QUEUED" || statement?.status === "BUILDING";

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00.000Z`));

function statementText(month: EarningsMonth) {
  const { statement } = month;
  if (!statement) return month.isCurrent ? "No statement yet: ask for one to download the month so far." : "No statement yet.";
  switch (statement.status) {
    case "QUEUED":
      return "Waiting to start…";
    case "BUILDING":
      return "Preparing the PDF and the CSV…";
    case "READY":
      return month.isOutdated
        ? `Out of date: something changed after it was made (${formatDateTime(new Date(statement.createdAt))}). Ask again for a new one.`
        : `Made ${formatDateTime(new Date(statement.createdAt))}`;
    case "FAILED":
      return statement.failureReason ?? "Failed: ask again.";
  }
}

/** The expert's months: net earnings per currency, and each month's statement to ask for, follow and download. */
export function EarningsPanel({ earnings }: { earnings: Earnings }) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [pendingMonth, setPendingMonth] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const hasInFlight = earnings.months.some((month) => isInFlight(month.statement));

  useEffect(() => {
    if (!hasInFlight) return;
    const timer = setInterval(() => router.refresh(), REFRESH_WHILE_BUILDING_MS);
    return () => clearInterval(timer);
  }, [hasInFlight, router]);

  function requestStatement(month: string) {
    setProblem(null);
    setPendingMonth(month);
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/earnings/statements", { body: { month } });
      if (!answer.ok) setProblem(answer.message);
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      <Table caption="Your earnings by month (UTC)">
        <THead>
          <Tr>
            <Th>Month</Th>
            <Th>Net earnings</Th>
            <Th>Statement</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </Tr>
        </THead>
        <TBody>
          {earnings.months.map((month) => {
            const { statement } = month;
            const canAsk = !isInFlight(statement) && (statement?.status !== "READY" || month.isOutdated || month.isCurrent);
            return (
              <Tr key={month.month} data-month={month.month}>
                <Th scope="row">
                  {monthLabel(month.month)}
                  {month.isCurrent && <span className="block text-xs font-normal text-slate-600">so far</span>}
                </Th>
                <Td>
                  {month.totals.length === 0
                    ? "Nothing released"
                    : month.totals.map((total) => (
                        <span key={total.currency} className="block">
                          {formatMoney(total.netCents, total.currency)}{" "}
                          <span className="text-xs text-slate-600">
                            ({formatMoney(total.releasedCents, total.currency)} released − {formatMoney(total.feesCents, total.currency)} fee)
                          </span>
                        </span>
                      ))}
                </Td>
                <Td>
                  <span role={isInFlight(statement) ? "status" : undefined}>{statementText(month)}</span>
                  {isInFlight(statement) && <progress className="mt-1 block w-40" aria-label={`Preparing the ${monthLabel(month.month)} statement`} />}
                </Td>
                <Td className="space-x-3 whitespace-nowrap">
                  {statement?.pdfDownloadPath && (
                    <a href={statement.pdfDownloadPath} className="font-medium text-indigo-700 underline hover:text-indigo-900">
                      PDF<span className="sr-only"> statement for {monthLabel(month.month)}</span>
                    </a>
                  )}
                  {statement?.csvDownloadPath && (
                    <a href={statement.csvDownloadPath} className="font-medium text-indigo-700 underline hover:text-indigo-900">
                      CSV<span className="sr-only"> statement for {monthLabel(month.month)}</span>
                    </a>
                  )}
                  {canAsk && (
                    <Button
                      variant="secondary"
                      onClick={() => requestStatement(month.month)}
                      isLoading={isPending && pendingMonth === month.month}
                      loadingLabel="Asking…"
                      aria-label={`${statement ? "Update statement" : "Make statement"} for ${monthLabel(month.month)}`}
                    >
                      {statement ? "Update statement" : "Make statement"}
                    </Button>
                  )}
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}

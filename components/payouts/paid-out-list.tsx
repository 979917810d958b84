"use client";

import { useEffect, useState } from "react";
import { Table, TBody, Td, THead, Th, Tr } from "@/components/ui/table";
import { callApi, type OutputOf } from "@/lib/endpoints/client";
import { formatDate, formatMoney, formatStatus } from "@/lib/format";

type Payouts = OutputOf<"GET /api/v1/payouts/paid-out">["payouts"];
type State = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "loaded"; payouts: Payouts };

/** Stripe's payouts from the expert's account to their bank, read from Stripe after the page shows. */
export function PaidOutList() {
  const [state, setState] = useState<State>({ kind: "loading" });
  useEffect(() => {
    void callApi("GET /api/v1/payouts/paid-out", {}).then((answer) =>
      setState(answer.ok ? { kind: "loaded", payouts: answer.data.payouts } : { kind: "failed", message: answer.message }),
    );
  }, []);

  if (state.kind === "loading") return <p className="text-sm text-slate-700">Reading your payouts from Stripe…</p>;
  if (state.kind === "failed") return <p className="text-sm text-red-800">{state.message}</p>;
  if (!state.payouts.length) return <p className="text-sm text-slate-700">No payouts yet: Stripe pays out money released to you on your schedule.</p>;
  return (
    <Table caption="Payouts from Stripe to your bank" isCaptionHidden>
      <THead>
        <Tr>
          <Th>Amount</Th>
          <Th>Status</Th>
          <Th>Started</Th>
          <Th>Arrives</Th>
        </Tr>
      </THead>
      <TBody>
        {state.payouts.map((payout) => (
          <Tr key={payout.id}>
            <Td>{formatMoney(payout.amountCents, payout.currency)}</Td>
            <Td>{formatStatus(payout.status)}</Td>
            <Td>{formatDate(new Date(payout.createdAt))}</Td>
            <Td>{formatDate(new Date(payout.arrivalDate))}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { callApi } from "@/lib/endpoints/client";
import type { FieldErrors } from "@/lib/errors";

const today = () => new Date().toISOString().slice(0, 10);
const monthStart = () => `${today().slice(0, 8)}01`;

/** Asks the worker for a CSV of ledger entries or payouts; the list below follows its progress. */
export function LedgerExportForm() {
  const router = useRouter();
  const [kind, setKind] = useState<"LEDGER_ENTRIES" | "PAYOUTS">("LEDGER_ENTRIES");
  const [from, setFrom] = useState(monthStart);
  const [to, setTo] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [isPending, startTransition] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setFields({});
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/admin/ledger/exports", { body: { kind, from, to } });
      if (!answer.ok) {
        setProblem(answer.message);
        setFields(answer.fields);
        return;
      }
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <Select label="What" value={kind} onChange={(event) => setKind(event.target.value as typeof kind)} error={fields.kind?.[0]}>
          <option value="LEDGER_ENTRIES">Ledger entries</option>
          <option value="PAYOUTS">Payouts</option>
        </Select>
        <Input label="From (UTC)" type="date" value={from} onChange={(event) => setFrom(event.target.value)} error={fields.from?.[0]} required />
        <Input label="To (UTC, included)" type="date" value={to} onChange={(event) => setTo(event.target.value)} error={fields.to?.[0]} required />
      </div>
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      <Button type="submit" isLoading={isPending} loadingLabel="Asking…">
        Export CSV
      </Button>
    </form>
  );
}

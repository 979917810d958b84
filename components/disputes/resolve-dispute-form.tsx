"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { parseAmount } from "@/lib/contracts/amount-input";
import { callApi } from "@/lib/endpoints/client";
import { formatMoney } from "@/lib/format";
import { DECISION_REASONING_MIN, resolveDisputeSchema } from "@/lib/milestones/schemas";
import { splitRelease } from "@/lib/payments/fees";

type Outcome = "RELEASE" | "REFUND" | "SPLIT";

/** The admin's decision: release, refund, or split the held amount; the note is shown to both sides. */
type ResolveDisputeFormProps = { disputeId: string; amountCents: number | null; currency: string; platformFeeBps: number };

export function ResolveDisputeForm({ disputeId, amountCents, currency, platformFeeBps }: ResolveDisputeFormProps) {
  const router = useRouter();
  const groupId = useId();
  const [outcome, setOutcome] = useState<Outcome>("SPLIT");
  const [releaseText, setReleaseText] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const holdsMoney = amountCents !== null;
  const release = parseAmount(releaseText);
  const preview = outcome === "SPLIT" && holdsMoney && release.ok && release.cents < amountCents ? release.cents : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const chosen: Outcome = holdsMoney ? outcome : "RELEASE";
    const body = chosen === "SPLIT" ? { outcome: chosen, releaseCents: release.ok ? release.cents : Number.NaN, note } : { outcome: chosen, note };
    const parsed = resolveDisputeSchema.safeParse(body);
    if (!parsed.success) {
      return setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [String(issue.path[0]), release.ok || issue.path[0] !== "releaseCents" ? issue.message : release.message]),
        ),
      );
    }
    setErrors({});
    startTransition(async () => {
      const answer = await callApi("POST /api/v1/admin/disputes/{id}/resolve", { params: { id: disputeId }, body: parsed.data });
      if (!answer.ok) return setProblem(answer.message);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="space-y-3 border-t border-slate-200 pt-3" noValidate>
      {holdsMoney ? (
        <fieldset className="space-y-2">
          <legend id={groupId} className="text-sm font-medium text-slate-900">
            Decision for the {formatMoney(amountCents, currency)} held
          </legend>
          {(["RELEASE", "REFUND", "SPLIT"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name={`outcome-${disputeId}`} value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
              {value === "RELEASE" ? "Release all to the expert" : value === "REFUND" ? "Refund all to the client" : "Split between them"}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="text-sm text-slate-700">
          Nothing is held for this dispute any more (for example a chargeback after the payout): resolving it unfreezes the contract.
        </p>
      )}
      {holdsMoney && outcome === "SPLIT" && (
        <Input
          label={`Released to the expert (${currency})`}
          inputMode="decimal"
          value={releaseText}
          onChange={(event) => setReleaseText(event.target.value)}
          error={errors.releaseCents}
          hint={
            preview !== null
              ? `The client is refunded ${formatMoney(amountCents - preview, currency)}; the expert receives about ${formatMoney(splitRelease(preview, platformFeeBps).transferCents, currency)} after the fee.`
              : "The rest is refunded to the client's card."
          }
        />
      )}
      <Textarea
        label="Reasoning"
        hint={`Both sides receive it by email and see it on the contract: at least ${DECISION_REASONING_MIN} characters.`}
        required
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.note}
        rows={4}
      />
      {problem && (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      )}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Resolving…" : "Resolve dispute"}
      </Button>
    </form>
  );
}

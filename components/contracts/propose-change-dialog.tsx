"use client";

import { useState } from "react";
import type { z } from "zod";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { proposeAmendmentSchema } from "@/lib/amendments/schemas";
import { parseAmount } from "@/lib/contracts/amount-input";
import { callApi } from "@/lib/endpoints/client";
import { ActionDialog } from "./action-dialog";
import { type BuiltBody, checkWith } from "./form-errors";

type Kind = "ADD_MILESTONE" | "CHANGE_MILESTONE" | "CHANGE_HOURLY_TERMS";
type ProposeChangeDialogProps = {
  contractId: string;
  currency: string;
  isHourly: boolean;
  /** Fixed milestones not funded yet: the only ones whose terms can change. */
  changeableMilestones: { id: string; title: string }[];
};

const KIND_LABEL: Record<Kind, string> = {
  ADD_MILESTONE: "Add a milestone",
  CHANGE_MILESTONE: "Change an unfunded milestone",
  CHANGE_HOURLY_TERMS: "Change the hourly rate or weekly cap",
};

type ProposalBody = z.input<typeof proposeAmendmentSchema>;
type Values = { title: string; description: string; amount: string; dueDate: string; milestoneId: string; rate: string; capHours: string; note: string };

/** Either side proposes a change to the contract's terms; nothing changes until the other side accepts. */
export function ProposeChangeDialog({ contractId, currency, isHourly, changeableMilestones }: ProposeChangeDialogProps) {
  const kinds: Kind[] = isHourly ? ["CHANGE_HOURLY_TERMS"] : changeableMilestones.length ? ["ADD_MILESTONE", "CHANGE_MILESTONE"] : ["ADD_MILESTONE"];
  const [kind, setKind] = useState<Kind>(kinds[0]);
  const [values, setValues] = useState<Values>({
    title: "",
    description: "",
    amount: "",
    dueDate: "",
    milestoneId: changeableMilestones[0]?.id ?? "",
    rate: "",
    capHours: "",
    note: "",
  });
  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const build = (): BuiltBody<ProposalBody> => {
    const errors: Record<string, string> = {};
    const cents = (text: string, field: string) => {
      if (!text.trim()) return undefined;
      const parsed = parseAmount(text);
      if (!parsed.ok) errors[field] = parsed.message;
      return parsed.ok ? parsed.cents : undefined;
    };
    const body: ProposalBody =
      kind === "ADD_MILESTONE"
        ? {
            kind,
            title: values.title,
            description: values.description,
            amountCents: cents(values.amount, "amountCents") ?? 0,
            dueDate: values.dueDate,
            note: values.note,
          }
        : kind === "CHANGE_MILESTONE"
          ? {
              kind,
              milestoneId: values.milestoneId,
              ...(values.amount.trim() && { amountCents: cents(values.amount, "amountCents") ?? 0 }),
              ...(values.description.trim() && { description: values.description }),
              ...(values.dueDate && { dueDate: values.dueDate }),
              note: values.note,
            }
          : {
              kind,
              ...(values.rate.trim() && { hourlyRateCents: cents(values.rate, "hourlyRateCents") ?? 0 }),
              ...(values.capHours.trim() && { weeklyCapMinutes: Math.round(Number(values.capHours) * 60) }),
              note: values.note,
            };
    const checked = checkWith(proposeAmendmentSchema, body);
    const all = { ...("errors" in checked ? checked.errors : {}), ...errors };
    return Object.keys(all).length ? { errors: all } : { body };
  };

  return (
    <ActionDialog
      triggerLabel="Propose a change"
      title="Propose a change to the contract"
      description="The other side accepts or declines it. Nothing changes until they accept, and every proposal stays in the contract's history."
      buildBody={build}
      call={(body) => callApi("POST /api/v1/contracts/{id}/amendments", { params: { id: contractId }, body })}
      submitLabel="Send proposal"
      pendingLabel="Sending…"
      successMessage="Proposed. The other side has been told."
    >
      {(errors) => (
        <>
          {kinds.length > 1 && (
            <Select label="What to change" name="kind" value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {KIND_LABEL[option]}
                </option>
              ))}
            </Select>
          )}
          {kind === "CHANGE_MILESTONE" && (
            <Select label="Milestone" name="milestoneId" value={values.milestoneId} onChange={set("milestoneId")} error={errors.milestoneId}>
              {changeableMilestones.map((milestone) => (
                <option key={milestone.id} value={milestone.id}>
                  {milestone.title}
                </option>
              ))}
            </Select>
          )}
          {kind === "ADD_MILESTONE" && <Input label="Title" name="title" required value={values.title} onChange={set("title")} error={errors.title} />}
          {kind !== "CHANGE_HOURLY_TERMS" && (
            <>
              <Input
                label={`Amount (${currency})`}
                name="amountCents"
                inputMode="decimal"
                autoComplete="off"
                required={kind === "ADD_MILESTONE"}
                isOptional={kind === "CHANGE_MILESTONE"}
                hint={kind === "CHANGE_MILESTONE" ? "Leave empty to keep it." : undefined}
                value={values.amount}
                onChange={set("amount")}
                error={errors.amountCents}
              />
              <Textarea
                label="Description"
                name="description"
                rows={3}
                isOptional
                value={values.description}
                onChange={set("description")}
                error={errors.description}
              />
              <Input
                label="Due date"
                name="dueDate"
                type="date"
                required={kind === "ADD_MILESTONE"}
                isOptional={kind === "CHANGE_MILESTONE"}
                value={values.dueDate}
                onChange={set("dueDate")}
                error={errors.dueDate}
              />
            </>
          )}
          {kind === "CHANGE_HOURLY_TERMS" && (
            <>
              <Input
                label={`Hourly rate (${currency})`}
                name="hourlyRateCents"
                inputMode="decimal"
                isOptional
                hint="Leave empty to keep it."
                value={values.rate}
                onChange={set("rate")}
                error={errors.hourlyRateCents}
              />
              <Input
                label="Weekly cap (hours)"
                name="weeklyCapMinutes"
                inputMode="decimal"
                isOptional
                hint="In quarter hours, e.g. 20 or 12.5. Applies from next week."
                value={values.capHours}
                onChange={set("capHours")}
                error={errors.weeklyCapMinutes}
              />
            </>
          )}
          <Textarea label="Note" name="note" rows={2} isOptional value={values.note} onChange={set("note")} error={errors.note} />
        </>
      )}
    </ActionDialog>
  );
}

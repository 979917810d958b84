"use client";

import { useEffect, useRef } from "react";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MAX_MILESTONES } from "@/lib/contracts/schemas";
import { emptyRow, type MilestoneRow } from "./proposal-values";

type MilestoneRowsProps = {
  rows: MilestoneRow[];
  currency: string;
  /** yyyy-mm-dd: the earliest due date the date pickers offer. */
  today: string;
  errors: FieldErrorMap;
  onChange: (rows: MilestoneRow[]) => void;
};

/** The milestone editor: one fieldset per milestone, added and removed in place. */
export function MilestoneRows({ rows, currency, today, errors, onChange }: MilestoneRowsProps) {
  const addedKey = useRef<number | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  // A new milestone takes focus, so keyboard users carry on typing where it appeared.
  useEffect(() => {
    if (addedKey.current === null) return;
    document.getElementById(`milestone-${addedKey.current}-title`)?.focus();
    addedKey.current = null;
  }, [rows]);

  const update = (key: number, changes: Partial<MilestoneRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...changes } : row)));

  function add() {
    const key = Math.max(0, ...rows.map((row) => row.key)) + 1;
    addedKey.current = key;
    onChange([...rows, emptyRow(key)]);
  }

  function remove(key: number) {
    onChange(rows.filter((row) => row.key !== key));
    addButtonRef.current?.focus();
  }

  return (
    <div className="space-y-4">
      {rows.map((row, index) => {
        const error = (field: string) => errors[`milestones.${index}.${field}`];
        return (
          <div key={row.key} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
            <fieldset className="space-y-4">
              <legend className="text-base font-semibold text-slate-900">Milestone {index + 1}</legend>
              <Input
                id={`milestone-${row.key}-title`}
                label="Title"
                value={row.title}
                required
                maxLength={120}
                error={error("title")}
                onChange={(event) => update(row.key, { title: event.target.value })}
              />
              <Textarea
                label="Description"
                rows={2}
                isOptional
                value={row.description}
                error={error("description")}
                onChange={(event) => update(row.key, { description: event.target.value })}
              />
              <div className="grid gap-4 sm:grid-cols-2">
                <Input
                  label={`Amount (${currency})`}
                  inputMode="decimal"
                  autoComplete="off"
                  required
                  hint="For example 1,500.00"
                  value={row.amount}
                  error={error("amountCents")}
                  onChange={(event) => update(row.key, { amount: event.target.value })}
                />
                <Input
                  label="Due date"
                  type="date"
                  min={today}
                  required
                  value={row.dueDate}
                  error={error("dueDate")}
                  onChange={(event) => update(row.key, { dueDate: event.target.value })}
                />
              </div>
              {rows.length > 1 && (
                <div className="flex justify-end">
                  <Button variant="ghost" size="sm" onClick={() => remove(row.key)}>
                    Remove milestone {index + 1}
                  </Button>
                </div>
              )}
            </fieldset>
          </div>
        );
      })}
      <Button ref={addButtonRef} variant="secondary" onClick={add} disabled={rows.length >= MAX_MILESTONES}>
        Add a milestone
      </Button>
    </div>
  );
}

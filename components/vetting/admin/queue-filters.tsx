"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { SkillPicker } from "@/components/requests/skill-picker";
import type { ChosenSkill } from "@/components/requests/wizard-values";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { firstMessage } from "@/lib/plain-zod-messages";
import { vettingQueueQuerySchema } from "@/lib/vetting/admin/schemas";
import { type BoardState, boardHref } from "./paths";

const NO_EXCLUDED_SKILLS: ReadonlySet<string> = new Set();

type QueueFiltersProps = { state: BoardState; skill: { id: string; name: string } | null };

/** Skill and waiting-time filters; applying them opens the first page of the same stage. */
export function QueueFilters({ state, skill: initialSkill }: QueueFiltersProps) {
  const router = useRouter();
  const [isNavigating, startNavigating] = useTransition();
  const [skill, setSkill] = useState<ChosenSkill | null>(initialSkill && { skillId: initialSkill.id, name: initialSkill.name });
  const [waitingDays, setWaitingDays] = useState(state.minWaitingDays ? String(state.minWaitingDays) : "");
  const [waitingError, setWaitingError] = useState<string | undefined>();

  function apply(next: { skill: ChosenSkill | null; waitingDays: string }) {
    const parsed = vettingQueueQuerySchema.shape.minWaitingDays.safeParse(next.waitingDays);
    if (!parsed.success) return setWaitingError(firstMessage(parsed.error));
    setWaitingError(undefined);
    startNavigating(() => router.push(boardHref({ ...state, skillId: next.skill?.skillId ?? null, minWaitingDays: parsed.data ?? null, page: 1 })));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ skill, waitingDays });
  }

  function removeSkill() {
    setSkill(null);
    apply({ skill: null, waitingDays });
  }

  function clear() {
    setSkill(null);
    setWaitingDays("");
    apply({ skill: null, waitingDays: "" });
  }

  const hasFilters = Boolean(initialSkill || state.minWaitingDays);
  return (
    <form
      noValidate
      onSubmit={handleSubmit}
      aria-label="Filter applicants"
      className="grid gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-[2fr_1fr_auto] sm:items-start"
    >
      <div className="space-y-2">
        <SkillPicker
          label="Skill"
          name="skillSearch"
          hint="Only applicants who list this skill. Choosing another replaces it."
          chosen={skill ? [skill] : []}
          chosenLabel="Filtering by skill"
          excludedSkillIds={skill ? new Set([skill.skillId]) : NO_EXCLUDED_SKILLS}
          onPick={setSkill}
          onRemove={removeSkill}
        />
      </div>
      <Input
        label="Waiting at least (days)"
        name="minWaitingDays"
        type="number"
        inputMode="numeric"
        min={0}
        max={365}
        isOptional
        value={waitingDays}
        onChange={(event) => setWaitingDays(event.target.value)}
        error={waitingError}
      />
      <div className="flex flex-wrap gap-2 sm:pt-7">
        <Button type="submit" isLoading={isNavigating} loadingLabel="Filtering…">
          Apply filters
        </Button>
        {hasFilters && (
          <Button variant="secondary" onClick={clear} disabled={isNavigating}>
            Clear filters
          </Button>
        )}
      </div>
    </form>
  );
}

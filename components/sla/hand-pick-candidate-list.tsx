"use client";

import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { formatHourlyRate } from "@/lib/matching/explain";
import type { handPickCandidatesSchema } from "@/lib/sla/schemas";

export type Candidate = z.infer<typeof handPickCandidatesSchema>["candidates"][number];

type HandPickCandidateListProps = {
  candidates: Candidate[];
  pickingId: string | null;
  isPicking: boolean;
  onPick: (candidate: Candidate) => void;
};

function facts(candidate: Candidate) {
  return [
    candidate.hourlyRateCents === null ? "No rate set" : formatHourlyRate(candidate.hourlyRateCents, candidate.currency),
    candidate.ratingAverage === null ? "Not rated yet" : `Rated ${candidate.ratingAverage.toFixed(1)} (${candidate.ratingCount})`,
    `${candidate.completedContracts} completed`,
    candidate.weeklyAvailableHours === null ? null : `${candidate.weeklyAvailableHours} h a week`,
    candidate.timezone,
    candidate.matchStatus ? `Invitation ${candidate.matchStatus.toLowerCase()}` : null,
  ].filter(Boolean);
}

export function HandPickCandidateList({ candidates, pickingId, isPicking, onPick }: HandPickCandidateListProps) {
  if (candidates.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No approved, available expert covers every required skill. Widen the request with the client, or vet more experts with these skills.
      </p>
    );
  }
  return (
    <ul className="max-h-96 divide-y divide-slate-200 overflow-y-auto rounded-lg ring-1 ring-slate-200" aria-label="Candidates">
      {candidates.map((candidate) => (
        <li key={candidate.expertProfileId} className="flex items-start justify-between gap-4 p-3">
          <div className="min-w-0">
            <p className="font-medium text-slate-900">{candidate.name}</p>
            {candidate.headline && <p className="text-sm text-slate-700">{candidate.headline}</p>}
            <p className="mt-1 text-xs text-slate-600">{facts(candidate).join(" · ")}</p>
          </div>
          <Button
            size="sm"
            onClick={() => onPick(candidate)}
            isLoading={pickingId === candidate.expertProfileId}
            loadingLabel="Picking…"
            disabled={isPicking && pickingId !== candidate.expertProfileId}
          >
            Pick<span className="sr-only"> {candidate.name}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}

"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/lib/endpoints/client";
import type { SkillSuggestion } from "@/lib/skills/schemas";

const DEBOUNCE_MS = 150;

export type SkillSearch = { suggestions: SkillSuggestion[]; isLoading: boolean; hasFailed: boolean };

/** Suggestions from GET /api/v1/skills for what has been typed, debounced; a stale answer never replaces a newer one. */
export function useSkillSearch(query: string): SkillSearch {
  const [state, setState] = useState<SkillSearch & { query: string }>({ query: "", suggestions: [], isLoading: false, hasFailed: false });
  const term = query.trim();

  useEffect(() => {
    if (!term) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      setState((current) => ({ ...current, isLoading: true }));
      try {
        const answer = await callApi("GET /api/v1/skills", { query: { q: term } }, { signal: controller.signal });
        if (!answer.ok) throw new Error(`skills search answered ${answer.status}`);
        setState({ query: term, suggestions: answer.data.skills, isLoading: false, hasFailed: false });
      } catch {
        if (!controller.signal.aborted) setState({ query: term, suggestions: [], isLoading: false, hasFailed: true });
      }
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [term]);

  if (!term) return { suggestions: [], isLoading: false, hasFailed: false };
  return { suggestions: state.query === term ? state.suggestions : [], isLoading: state.isLoading || state.query !== term, hasFailed: state.hasFailed };
}

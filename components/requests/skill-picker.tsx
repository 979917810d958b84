"use client";

import { type KeyboardEvent, useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { CONTROL_CLASSES, describedBy, Field, useFieldIds } from "@/components/ui/field";
import type { SkillSuggestion } from "@/lib/skills/schemas";
import { useSkillSearch } from "./use-skill-search";
import type { ChosenSkill } from "./wizard-values";

type SkillPickerProps = {
  label: string;
  hint?: string;
  error?: string;
  name: string;
  /** Skills already chosen anywhere in the request: not offered again. */
  excludedSkillIds: ReadonlySet<string>;
  onPick: (skill: ChosenSkill) => void;
  isFull?: boolean;
};

/** A type-ahead over the skill taxonomy (names and synonyms), following the ARIA combobox pattern. */
export function SkillPicker({ label, hint, error, name, excludedSkillIds, onPick, isFull = false }: SkillPickerProps) {
  const ids = useFieldIds();
  const listboxId = useId();
  const statusId = useId();
  const [query, setQuery] = useState("");
  const [isOpen, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const search = useSkillSearch(query);
  const options = search.suggestions.filter((skill) => !excludedSkillIds.has(skill.id));
  const isExpanded = isOpen && query.trim() !== "" && options.length > 0;
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  function pick(skill: SkillSuggestion) {
    onPick({ skillId: skill.id, name: skill.name });
    setQuery("");
    setOpen(false);
    setActiveIndex(0);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (options.length) setActiveIndex((index) => (index + (event.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (isExpanded && options[activeIndex]) pick(options[activeIndex]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const status = !query.trim()
    ? ""
    : search.isLoading
      ? "Searching…"
      : search.hasFailed
        ? "Search is not answering. Try again in a moment."
        : options.length === 0
          ? `No skill matches "${query.trim()}".`
          : `${options.length} suggestion${options.length === 1 ? "" : "s"}: use the arrow keys to choose.`;

  const isStatusVisible = Boolean(query.trim()) && !search.isLoading && options.length === 0;

  return (
    <Field ids={ids} label={label} hint={hint} error={error}>
      <div className="relative">
        <input
          id={ids.id}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={isExpanded}
          aria-controls={listboxId}
          aria-activedescendant={isExpanded ? optionId(activeIndex) : undefined}
          disabled={isFull}
          placeholder={isFull ? "That is the most a request takes" : "Type a skill, e.g. FastAPI or k8s"}
          className={CONTROL_CLASSES}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActiveIndex(0);
          }}
          onKeyDown={handleKeyDown}
          onBlur={() => setOpen(false)}
          {...describedBy(ids, { hint, error, extra: statusId })}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label={`${label}: suggestions`}
          className={cn(
            "absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200",
            !isExpanded && "hidden",
          )}
        >
          {options.map((skill, index) => (
            <li
              key={skill.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              // mousedown, not click: it lands before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(skill);
              }}
              onMouseEnter={() => setActiveIndex(index)}
              className={cn("cursor-pointer px-3 py-2", index === activeIndex ? "bg-indigo-600 text-white" : "text-slate-900")}
            >
              <span className="font-medium">{skill.name}</span>
              <span className={cn("ml-2 text-xs", index === activeIndex ? "text-indigo-100" : "text-slate-600")}>
                {skill.matchedAlias ? `also "${skill.matchedAlias}" · ` : ""}
                {skill.category}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p id={statusId} role="status" className={isStatusVisible ? "text-sm text-slate-700" : "sr-only"}>
        {status}
      </p>
    </Field>
  );
}

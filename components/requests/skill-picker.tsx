"use client";

import { type KeyboardEvent, useContext, useEffect, useRef, useState } from "react";
import {
  Button,
  ComboBox,
  ComboBoxStateContext,
  FieldError,
  Input,
  type Key,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  Text,
} from "react-aria-components";
import { cn } from "@/components/ui/cn";
import { CONTROL_CLASSES } from "@/components/ui/field";
import { useSkillSearch } from "./use-skill-search";
import type { ChosenSkill } from "./wizard-values";

type SkillPickerProps = {
  label: string;
  hint?: string;
  error?: string;
  /** The input's name: the form focuses it when the server names this field. */
  name: string;
  /** This picker's skills, shown as removable tags after the input. */
  chosen: readonly ChosenSkill[];
  /** Names the tags, e.g. "Chosen nice-to-have skills". */
  chosenLabel: string;
  /** Skills chosen anywhere in the form: not offered again. */
  excludedSkillIds: ReadonlySet<string>;
  onPick: (skill: ChosenSkill) => void;
  onRemove: (skillId: string) => void;
  isFull?: boolean;
};

/**
 * A type-ahead over the skill taxonomy (names, synonyms, typos) on React Aria's ComboBox, with the
 * chosen skills as tags: ArrowDown/ArrowUp move through the suggestions, Enter adds one, Escape
 * closes the list, and Backspace in the empty input removes the last tag.
 */
export function SkillPicker({ label, hint, error, name, chosen, chosenLabel, excludedSkillIds, onPick, onRemove, isFull = false }: SkillPickerProps) {
  const [query, setQuery] = useState("");
  const search = useSkillSearch(query);
  const options = search.suggestions.filter((skill) => !excludedSkillIds.has(skill.id));
  const term = query.trim();

  function pick(key: Key | null) {
    // Escape reverts to the selection, which is always none here: the unfinished text goes with the list,
    // or the ComboBox, seeing text it did not expect, would open the list again.
    if (key === null) return setQuery("");
    const skill = options.find((option) => option.id === key);
    if (!skill) return;
    onPick({ skillId: skill.id, name: skill.name });
    setQuery("");
  }

  function removeLastOnBackspace(event: KeyboardEvent<HTMLInputElement>) {
    const last = chosen.at(-1);
    if (event.key === "Backspace" && query === "" && last) onRemove(last.skillId);
  }

  const status = !term
    ? ""
    : search.isLoading
      ? "Searching…"
      : search.hasFailed
        ? "Search is not answering. Try again in a moment."
        : options.length === 0
          ? `No skill matches "${term}".`
          : `${options.length} suggestion${options.length === 1 ? "" : "s"}: use the arrow keys to choose.`;
  const isStatusVisible = Boolean(term) && !search.isLoading && options.length === 0;

  return (
    <div className="space-y-2">
      <ComboBox
        className="space-y-1.5"
        items={options}
        inputValue={query}
        onInputChange={setQuery}
        selectedKey={null}
        onSelectionChange={pick}
        menuTrigger="input"
        isDisabled={isFull}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
      >
        <Label className="block text-sm font-medium text-slate-900">{label}</Label>
        <Input
          name={name}
          placeholder={isFull ? "That is the most this takes" : "Type a skill, e.g. FastAPI or k8s"}
          className={CONTROL_CLASSES}
          onKeyDown={removeLastOnBackspace}
        />
        {hint && (
          <Text slot="description" className="block text-sm text-slate-600">
            {hint}
          </Text>
        )}
        <FieldError className="block text-sm font-medium text-red-700">{error}</FieldError>
        <OpenWhenSuggestionsArrive suggestionsKey={options.map((option) => option.id).join(" ")} />
        {/* Suggestions open only for typed text, so a phone's keyboard is already up: shown at once, a tap lands on them (app/globals.css). */}
        <Popover
          isNonModal
          placement="bottom start"
          className="reveal-without-keyboard-wait z-50 w-(--trigger-width) rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200"
        >
          <ListBox className="max-h-72 overflow-auto outline-none">
            {(skill: (typeof options)[number]) => (
              <ListBoxItem
                id={skill.id}
                textValue={skill.name}
                className={({ isFocused }) => cn("cursor-pointer px-3 py-2 outline-none", isFocused ? "bg-indigo-600 text-white" : "text-slate-900")}
              >
                {({ isFocused }) => (
                  <>
                    <span className="font-medium">{skill.name}</span>
                    <span className={cn("ml-2 text-xs", isFocused ? "text-indigo-100" : "text-slate-600")}>
                      {skill.matchedAlias ? `also "${skill.matchedAlias}" · ` : ""}
                      {skill.category}
                    </span>
                  </>
                )}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <p role="status" className={isStatusVisible ? "text-sm text-slate-700" : "sr-only"}>
        {status}
      </p>
      {chosen.length > 0 && (
        <TagGroup
          onRemove={(keys) => {
            for (const key of keys) onRemove(String(key));
          }}
        >
          <Label className="sr-only">{chosenLabel}</Label>
          <TagList className="flex flex-wrap gap-2">
            {chosen.map((skill) => (
              <Tag
                key={skill.skillId}
                id={skill.skillId}
                textValue={skill.name}
                className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm text-slate-900 ring-1 ring-slate-300 outline-none data-focus-visible:ring-2 data-focus-visible:ring-indigo-600"
              >
                {skill.name}
                <Button slot="remove" aria-label={`Remove ${skill.name}`} className="rounded-full px-2 text-slate-700 hover:bg-slate-200">
                  <span aria-hidden="true">×</span>
                </Button>
              </Tag>
            ))}
          </TagList>
        </TagGroup>
      )}
    </div>
  );
}

/**
 * Suggestions arrive after the typing that asked for them, when the ComboBox has already decided there
 * was nothing to show: open the list for each new set while the input has focus (Escape still closes it).
 */
function OpenWhenSuggestionsArrive({ suggestionsKey }: { suggestionsKey: string }) {
  const state = useContext(ComboBoxStateContext);
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    const current = stateRef.current;
    if (suggestionsKey && current?.isFocused && !current.isOpen) current.open(null, "manual");
  }, [suggestionsKey]);
  return null;
}

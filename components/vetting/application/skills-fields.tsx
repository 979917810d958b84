"use client";

import { SkillPicker } from "@/components/requests/skill-picker";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { SkillLevel } from "@/lib/vetting/application/steps";
import { SKILL_LEVELS } from "@/lib/vetting/schemas";
import type { FieldProps, FormSkill } from "./form-values";

export const LEVEL_LABELS: Record<SkillLevel, string> = { JUNIOR: "Junior", MID: "Mid-level", SENIOR: "Senior", EXPERT: "Expert" };

export function SkillsFields({ values, errors, onChange, hint }: FieldProps & { hint: string }) {
  const chosenIds = new Set(values.skills.map((skill) => skill.skillId));
  const change = (skillId: string, changes: Partial<FormSkill>) =>
    onChange({ skills: values.skills.map((skill) => (skill.skillId === skillId ? { ...skill, ...changes } : skill)) });

  return (
    <div className="space-y-4">
      <SkillPicker
        label="Add a skill"
        name="skills"
        hint={hint}
        error={errors.skills}
        chosen={values.skills}
        chosenLabel="Your skills, to remove"
        excludedSkillIds={chosenIds}
        onPick={(skill) => onChange({ skills: [...values.skills, { ...skill, level: "", years: "", isVerified: false }] })}
        onRemove={(skillId) => onChange({ skills: values.skills.filter((other) => other.skillId !== skillId) })}
      />
      {values.skills.length > 0 && (
        <ul aria-label="Your skills" className="space-y-2">
          {values.skills.map((skill, index) => (
            <li key={skill.skillId} className="flex flex-wrap items-end gap-3 rounded-lg bg-indigo-50 px-3 py-2 ring-1 ring-indigo-200">
              <span className="flex min-w-32 flex-1 items-center gap-2 self-center font-medium text-indigo-950">
                {skill.name}
                {skill.isVerified && <Badge tone="success">Verified</Badge>}
              </span>
              <Select
                label={`Level of ${skill.name}`}
                name={`skills.${index}.level`}
                placeholder="Choose a level"
                fieldClassName="w-44"
                value={skill.level}
                error={errors[`skills.${index}.level`]}
                onChange={(event) => change(skill.skillId, { level: SKILL_LEVELS.find((level) => level === event.target.value) ?? "" })}
              >
                {SKILL_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {LEVEL_LABELS[level]}
                  </option>
                ))}
              </Select>
              <Input
                label={`Years of ${skill.name}`}
                name={`skills.${index}.years`}
                type="number"
                inputMode="numeric"
                min={0}
                max={50}
                fieldClassName="w-36"
                value={skill.years}
                error={errors[`skills.${index}.years`] ?? errors[`skills.${index}.skillId`]}
                onChange={(event) => change(skill.skillId, { years: event.target.value })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

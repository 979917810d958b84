"use client";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { MAX_SKILLS } from "@/lib/requests/schemas";
import { SkillPicker } from "./skill-picker";
import type { StepProps } from "./step-props";

export function StepSkills({ values, errors, onChange }: StepProps) {
  const chosenIds = new Set([...values.requiredSkills, ...values.niceToHaveSkills].map((skill) => skill.skillId));

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <SkillPicker
          label="Required skills"
          name="requiredSkills"
          hint="Every expert we invite has all of these. Synonyms work: “k8s” finds Kubernetes."
          error={errors.requiredSkills}
          excludedSkillIds={chosenIds}
          isFull={values.requiredSkills.length >= MAX_SKILLS}
          onPick={(skill) => onChange({ requiredSkills: [...values.requiredSkills, { ...skill, minYears: "0" }] })}
        />
        {values.requiredSkills.length > 0 && (
          <ul aria-label="Chosen required skills" className="space-y-2">
            {values.requiredSkills.map((skill, index) => (
              <li key={skill.skillId} className="flex flex-wrap items-end gap-3 rounded-lg bg-indigo-50 px-3 py-2 ring-1 ring-indigo-200">
                <span className="min-w-32 flex-1 self-center font-medium text-indigo-950">{skill.name}</span>
                <Input
                  label={`Minimum years of ${skill.name}`}
                  name={`requiredSkills.${index}.minYears`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={30}
                  fieldClassName="w-44"
                  value={skill.minYears}
                  error={errors[`requiredSkills.${index}.minYears`]}
                  onChange={(event) =>
                    onChange({
                      requiredSkills: values.requiredSkills.map((other) =>
                        other.skillId === skill.skillId ? { ...other, minYears: event.target.value } : other,
                      ),
                    })
                  }
                />
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove ${skill.name}`}
                  onClick={() => onChange({ requiredSkills: values.requiredSkills.filter((other) => other.skillId !== skill.skillId) })}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="space-y-3">
        <SkillPicker
          label="Nice-to-have skills"
          name="niceToHaveSkillIds"
          hint="Optional. Experts who have them rank higher; nobody is left out for lacking them."
          error={errors.niceToHaveSkillIds}
          excludedSkillIds={chosenIds}
          isFull={values.niceToHaveSkills.length >= MAX_SKILLS}
          onPick={(skill) => onChange({ niceToHaveSkills: [...values.niceToHaveSkills, skill] })}
        />
        {values.niceToHaveSkills.length > 0 && (
          <ul aria-label="Chosen nice-to-have skills" className="flex flex-wrap gap-2">
            {values.niceToHaveSkills.map((skill) => (
              <li key={skill.skillId} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm ring-1 ring-slate-300">
                {skill.name}
                <Button
                  variant="ghost"
                  size="sm"
                  className="min-h-6 rounded-full px-2"
                  aria-label={`Remove ${skill.name}`}
                  onClick={() => onChange({ niceToHaveSkills: values.niceToHaveSkills.filter((other) => other.skillId !== skill.skillId) })}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

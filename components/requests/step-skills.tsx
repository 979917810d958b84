"use client";

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
          chosen={values.requiredSkills}
          chosenLabel="Required skills, to remove"
          excludedSkillIds={chosenIds}
          isFull={values.requiredSkills.length >= MAX_SKILLS}
          onPick={(skill) => onChange({ requiredSkills: [...values.requiredSkills, { ...skill, minYears: "0" }] })}
          onRemove={(skillId) => onChange({ requiredSkills: values.requiredSkills.filter((other) => other.skillId !== skillId) })}
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
          chosen={values.niceToHaveSkills}
          chosenLabel="Chosen nice-to-have skills"
          excludedSkillIds={chosenIds}
          isFull={values.niceToHaveSkills.length >= MAX_SKILLS}
          onPick={(skill) => onChange({ niceToHaveSkills: [...values.niceToHaveSkills, skill] })}
          onRemove={(skillId) => onChange({ niceToHaveSkills: values.niceToHaveSkills.filter((other) => other.skillId !== skillId) })}
        />
      </div>
    </div>
  );
}

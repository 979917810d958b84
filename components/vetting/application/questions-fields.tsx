import { Textarea } from "@/components/ui/textarea";
import { APPLICATION_QUESTIONS } from "@/lib/vetting/schemas";
import type { FieldProps } from "./form-values";

export function QuestionsFields({ values, errors, onChange }: FieldProps) {
  return (
    <div className="space-y-6">
      {APPLICATION_QUESTIONS.map((question) => (
        <Textarea
          key={question.key}
          label={question.label}
          name={question.key}
          required
          rows={5}
          maxLength={2000}
          hint="At least 50 characters. Concrete examples help the reviewer most."
          value={values[question.key]}
          error={errors[question.key]}
          onChange={(event) => onChange({ [question.key]: event.target.value })}
        />
      ))}
    </div>
  );
}

import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { FieldProps } from "./form-values";

export function ProfileFields({ values, errors, onChange }: FieldProps) {
  return (
    <div className="space-y-5">
      <Input
        label="Headline"
        name="headline"
        required
        maxLength={120}
        hint="One line clients recognise, e.g. “Senior Python engineer — FastAPI, PostgreSQL”."
        value={values.headline}
        error={errors.headline}
        onChange={(event) => onChange({ headline: event.target.value })}
      />
      <Textarea
        label="Bio"
        name="bio"
        required
        rows={8}
        maxLength={4000}
        hint={`At least 100 characters: your experience, what you build and who you built it for. ${values.bio.trim().length} so far.`}
        value={values.bio}
        error={errors.bio}
        onChange={(event) => onChange({ bio: event.target.value })}
      />
    </div>
  );
}

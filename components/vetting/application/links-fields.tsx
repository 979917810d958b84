import { Input } from "@/components/ui/input";
import type { FieldProps } from "./form-values";

const LINKS = [
  { name: "github", label: "GitHub profile", placeholder: "https://github.com/your-name" },
  { name: "portfolio", label: "Portfolio", placeholder: "https://your-site.example" },
  { name: "linkedin", label: "LinkedIn profile", placeholder: "https://www.linkedin.com/in/your-name" },
] as const;

export function LinksFields({ values, errors, onChange }: FieldProps) {
  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-600">Reviewers look at your work here. Each link is optional, but links to real work help them most.</p>
      {LINKS.map((link) => (
        <Input
          key={link.name}
          label={link.label}
          name={link.name}
          type="url"
          inputMode="url"
          isOptional
          maxLength={500}
          placeholder={link.placeholder}
          value={values[link.name]}
          error={errors[link.name]}
          onChange={(event) => onChange({ [link.name]: event.target.value })}
        />
      ))}
    </div>
  );
}

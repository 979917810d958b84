"use client";

import { cn } from "@/components/ui/cn";

export type AccountType = "CLIENT" | "EXPERT";

const CHOICES: Array<{ value: AccountType; title: string; description: string }> = [
  { value: "CLIENT", title: "I'm hiring", description: "Raise requests and hire pre-vetted experts for your company." },
  { value: "EXPERT", title: "I'm an expert", description: "Apply once, get vetted, and receive invitations that fit you." },
];

/** Two radio buttons shown as cards; arrow keys move between them as with any radio group. */
export function AccountTypeChoice({ value, onChange }: { value: AccountType; onChange: (value: AccountType) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-900">What brings you to Vetted?</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {CHOICES.map((choice) => {
          const isSelected = choice.value === value;
          return (
            <label
              key={choice.value}
              className={cn(
                "relative flex cursor-pointer flex-col rounded-lg p-4 ring-inset has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600",
                isSelected ? "bg-indigo-50 ring-2 ring-indigo-600" : "bg-white ring-1 ring-slate-400 hover:bg-slate-50",
              )}
            >
              <span className="flex items-center gap-2">
                <input
                  type="radio"
                  name="accountType"
                  value={choice.value}
                  checked={isSelected}
                  onChange={() => onChange(choice.value)}
                  className="size-4 accent-indigo-600"
                />
                <span className="text-sm font-semibold text-slate-900">{choice.title}</span>
              </span>
              <span className="mt-1 text-sm text-slate-700">{choice.description}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

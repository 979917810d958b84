export type ScopeOption = "read" | "write";

const OPTIONS: { value: ScopeOption; label: string; description: string }[] = [
  { value: "read", label: "Read only", description: "GET requests only: list and read what you can see." },
  { value: "write", label: "Read and write", description: "Everything your account can do, including changes and payments." },
];

export function ScopeChoice({ value, onChange }: { value: ScopeOption; onChange: (value: ScopeOption) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-900">Scopes</legend>
      <div className="mt-2 space-y-2">
        {OPTIONS.map((option) => (
          <label key={option.value} className="flex items-start gap-3 rounded-md p-2 ring-1 ring-slate-200 has-checked:ring-2 has-checked:ring-indigo-600">
            <input
              type="radio"
              name="token-scope"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="mt-1"
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">{option.label}</span>
              <span className="block text-sm text-slate-600">{option.description}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

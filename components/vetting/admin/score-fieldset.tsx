import { useId } from "react";

const SCORES = [1, 2, 3, 4, 5] as const;

type ScoreFieldsetProps = {
  name: string;
  label: string;
  value: number | undefined;
  error?: string;
  disabled?: boolean;
  onChange: (score: number) => void;
};

/** A 1–5 score as native radio buttons: the legend names the group, arrow keys move between the scores. */
export function ScoreFieldset({ name, label, value, error, disabled, onChange }: ScoreFieldsetProps) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined} disabled={disabled}>
      <legend className="text-sm font-medium text-slate-900">{label}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {SCORES.map((score) => (
          <label
            key={score}
            className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-1.5 text-sm text-slate-900 ring-1 ring-slate-300 has-checked:ring-2 has-checked:ring-indigo-600"
          >
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              aria-invalid={error ? true : undefined}
              className="size-4 accent-indigo-600"
            />
            {score}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import { buttonClasses } from "@/components/ui/button-styles";
import { Input } from "@/components/ui/input";

type RangeFormProps = { action: string; from: string; to: string; error: string | null; maxDays: number };

/** A plain GET form: the range lives in the URL, so a view can be shared and works without JavaScript. */
export function RangeForm({ action, from, to, error, maxDays }: RangeFormProps) {
  return (
    <form method="get" action={action} className="space-y-2" aria-describedby={error ? "range-error" : undefined}>
      <div className="flex flex-wrap items-end gap-3">
        <Input label="From" name="from" type="date" defaultValue={from} required fieldClassName="w-44" />
        <Input label="To" name="to" type="date" defaultValue={to} required fieldClassName="w-44" />
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          Show
        </button>
      </div>
      <p className="text-xs text-slate-600">Whole days in UTC, both included; weeks start on Monday; at most {maxDays} days.</p>
      {error ? (
        <p id="range-error" role="alert" className="text-sm font-medium text-rose-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}

import { buttonClasses } from "@/components/ui/button-styles";

export type SkillSearchFormProps = {
  /** Names offered as the visitor types (the browser's own suggestions: no script). Only where searching is
   * the page's purpose: the list weighs some 70 KB of HTML and payload. */
  suggestions?: string[];
  defaultValue?: string;
  label?: string;
};

/** Finds a hiring page by skill; a plain GET form, so it works with JavaScript off. */
export function SkillSearchForm({ suggestions, defaultValue, label = "Find experts by skill" }: SkillSearchFormProps) {
  return (
    <form action="/hire/search" method="get" role="search" className="flex w-full max-w-xl flex-col gap-2">
      <label htmlFor="skill-search" className="text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id="skill-search"
          name="q"
          type="search"
          list={suggestions ? "skill-search-suggestions" : undefined}
          defaultValue={defaultValue}
          maxLength={100}
          autoComplete="off"
          placeholder="e.g. FastAPI, Kubernetes, data engineering"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus:border-indigo-600 focus:ring-2 focus:ring-indigo-600/30 focus:outline-none"
        />
        <button type="submit" className={buttonClasses({})}>
          Search
        </button>
      </div>
      {suggestions && (
        <datalist id="skill-search-suggestions">
          {suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
    </form>
  );
}

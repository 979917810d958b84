import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button-styles";
import { Input } from "@/components/ui/input";
import { SEARCH_MAX_LENGTH } from "@/lib/search/schemas";

type SearchFormProps = { action: string; label: string; landmark: string; query: string; hint?: string; children?: ReactNode };

/** A plain GET form: the search lives in the URL, so it can be shared and works without JavaScript. */
export function SearchForm({ action, label, landmark, query, hint, children }: SearchFormProps) {
  return (
    <form method="get" action={action} role="search" aria-label={landmark} className="flex flex-wrap items-end gap-3">
      <Input label={label} name="q" type="search" hint={hint} defaultValue={query} maxLength={SEARCH_MAX_LENGTH} fieldClassName="w-full sm:w-96" />
      {children}
      <button type="submit" className={buttonClasses()}>
        Search
      </button>
    </form>
  );
}

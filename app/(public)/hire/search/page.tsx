import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { hireHeading } from "@/components/hire/hire-copy";
import { SkillSearchForm } from "@/components/hire/skill-search-form";
import { ButtonLink } from "@/components/ui/button-link";
import { hireDirectory } from "@/lib/hire-pages/directory";
import { hirePagePathOf } from "@/lib/hire-pages/page-changes";
import { searchHirePages } from "@/lib/hire-pages/search-hire-pages";

export const metadata: Metadata = { title: "Find experts by skill", robots: { index: false, follow: true } };

const MAX_QUERY_LENGTH = 100;

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query as typed, or nothing: repeated or overlong values are not a search anyone meant. */
function queryOf(value: string | string[] | undefined): string {
  return typeof value === "string" && value.length <= MAX_QUERY_LENGTH ? value.trim() : "";
}

export default async function HireSearchPage({ searchParams }: SearchPageProps) {
  const query = queryOf((await searchParams).q);
  const results = query ? await searchHirePages(query, 20) : [];
  const exact = results.find((page) => page.name.toLowerCase() === query.toLowerCase() || page.slug === query.toLowerCase());
  if (exact) redirect(hirePagePathOf(exact.slug));
  const { names } = await hireDirectory();

  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Find experts by skill</h1>
      <div className="mt-6">
        <SkillSearchForm suggestions={names} defaultValue={query} label="Skill, tool or field" />
      </div>
      {query && (
        <section aria-labelledby="results-heading" className="mt-10">
          <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
            {results.length > 0 ? `Skill pages matching “${query}”` : `No skill page matches “${query}”`}
          </h2>
          {results.length > 0 ? (
            <ul className="mt-4 divide-y divide-slate-200 rounded-xl bg-white ring-1 ring-slate-200">
              {results.map((page) => (
                <li key={page.slug}>
                  <Link href={hirePagePathOf(page.slug)} prefetch={false} className="block px-5 py-3 text-base font-medium text-slate-900 hover:bg-slate-50">
                    {hireHeading(page)}
                    <span className="ml-2 text-sm font-normal text-slate-600">{page.kind === "group" ? "Group of skills" : "Skill"}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <div className="mt-4 text-base text-slate-700">
              <p>Try a shorter word, or browse every skill. You can also describe the work in a request: we match on the skills you name there.</p>
              <div className="mt-6 flex flex-wrap gap-3">
                <ButtonLink href="/hire" variant="secondary" prefetch={false}>
                  Browse every skill
                </ButtonLink>
                <ButtonLink href="/start" prefetch={false}>
                  Raise a request
                </ButtonLink>
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { ContractsPage } from "@/components/contracts/contracts-page";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { ExpertSearch } from "@/lib/expert-profiles/search-experts";
import { formatCount } from "@/lib/format";
import { SearchForm } from "./search-form";

export function ExpertSearchView({ search, query }: { search: ExpertSearch; query: string }) {
  return (
    <ContractsPage>
      <PageHeader
        title="Find experts"
        description="Experts on your shortlists and contracts, and every expert with a public profile, by name, skill or headline. Typos are fine."
      />
      <SearchForm action="/client/experts" label="Name, skill or headline" landmark="Experts" query={query} />
      {search.experts.length === 0 ? (
        <EmptyState title={query ? "No experts found" : "Search for an expert"} description={search.message ?? undefined} />
      ) : (
        <>
          <ol aria-label="Experts found" className="space-y-3">
            {search.experts.map((expert) => (
              <li key={expert.id} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
                <h2 className="font-semibold text-slate-900">
                  <Link href={expert.href} className="text-indigo-700 underline break-words">
                    {expert.name}
                  </Link>
                </h2>
                {expert.headline && <p className="text-sm break-words text-slate-700">{expert.headline}</p>}
                {expert.skills.length > 0 && (
                  <ul aria-label={`Skills of ${expert.name}`} className="mt-2 flex flex-wrap gap-2">
                    {expert.skills.map((skill) => (
                      <li key={skill} className="rounded-full bg-slate-100 px-3 py-0.5 text-sm text-slate-800 ring-1 ring-slate-300">
                        {skill}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <Pagination
            label="Pages of experts"
            path="/client/experts"
            query={{ q: query }}
            page={search.page}
            pageSize={search.pageSize}
            total={search.total}
            totalLabel={formatCount(search.total, "expert")}
          />
        </>
      )}
    </ContractsPage>
  );
}

import Link from "next/link";
import { Pagination } from "@/components/admin/pagination";
import { DashboardPage } from "@/components/dashboards/dashboard-page";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import type { AdminSearch } from "@/lib/admin/search-admin";
import { formatCount } from "@/lib/format";
import { SearchForm } from "./search-form";

const KIND_LABELS = { USER: "User", EXPERT: "Expert", REQUEST: "Request" } as const;

type AdminSearchViewProps = { search: AdminSearch; query: { q: string; kind?: string }; isQueryInvalid: boolean };

export function AdminSearchView({ search, query, isQueryInvalid }: AdminSearchViewProps) {
  return (
    <DashboardPage>
      <PageHeader title="Search" description="Users by name or email, experts by name, headline or skill, requests by title or company. Typos are fine." />
      <SearchForm action="/admin/search" label="Search for" landmark="Users, experts and requests" query={query.q}>
        <Select label="Show" name="kind" defaultValue={query.kind ?? ""} fieldClassName="w-40">
          <option value="">Everything</option>
          <option value="USER">Users</option>
          <option value="EXPERT">Experts</option>
          <option value="REQUEST">Requests</option>
        </Select>
      </SearchForm>
      {isQueryInvalid && <Alert tone="warning">Part of this search was not understood. Change the search and try again.</Alert>}
      {search.results.length === 0 ? (
        <EmptyState title={query.q ? "No results" : "Search the console"} description={search.message ?? undefined} />
      ) : (
        <>
          <ol aria-label="Results" className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {search.results.map((result) => (
              <li key={`${result.kind}:${result.id}`} className="flex flex-wrap items-start gap-3 px-4 py-3">
                <Badge tone="neutral">{KIND_LABELS[result.kind]}</Badge>
                <div className="min-w-0 flex-1">
                  <Link href={result.href} className="font-medium text-indigo-700 underline break-words">
                    {result.title}
                  </Link>
                  <p className="text-sm break-words text-slate-700">{result.detail}</p>
                </div>
              </li>
            ))}
          </ol>
          <Pagination
            label="Pages of results"
            path="/admin/search"
            query={query}
            page={search.page}
            pageSize={search.pageSize}
            total={search.total}
            totalLabel={formatCount(search.total, "result")}
          />
        </>
      )}
    </DashboardPage>
  );
}

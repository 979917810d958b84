import type { Metadata } from "next";
import { AdminSearchView } from "@/components/search/admin-search-view";
import { adminSearchQuerySchema, queryFromSearchParams } from "@/lib/admin/schemas";
import { searchAdmin } from "@/lib/admin/search-admin";
import { requirePageUser } from "@/lib/auth/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminSearchPage({ searchParams }: SearchPageProps) {
  const user = await requirePageUser({ path: "/admin/search", roles: ["ADMIN"] });
  const parsed = adminSearchQuerySchema.safeParse(queryFromSearchParams(await searchParams));
  const query = parsed.success ? parsed.data : adminSearchQuerySchema.parse({});
  return <AdminSearchView search={await searchAdmin({ user, query })} query={{ q: query.q, kind: query.kind }} isQueryInvalid={!parsed.success} />;
}

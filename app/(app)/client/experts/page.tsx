import type { Metadata } from "next";
import { ExpertSearchView } from "@/components/search/expert-search-view";
import { queryFromSearchParams } from "@/lib/admin/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";
import { searchExperts } from "@/lib/expert-profiles/search-experts";
import { expertSearchQuerySchema } from "@/lib/expert-profiles/search-schemas";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Find experts" };

type ExpertSearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExpertSearchPage({ searchParams }: ExpertSearchPageProps) {
  const user = await requirePageUser({ path: "/client/experts", roles: ["CLIENT"] });
  const parsed = expertSearchQuerySchema.safeParse(queryFromSearchParams(await searchParams));
  const query = parsed.success ? parsed.data : expertSearchQuerySchema.parse({});
  return <ExpertSearchView search={await searchExperts({ user, query })} query={query.q} />;
}

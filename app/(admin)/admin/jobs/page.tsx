import type { Metadata } from "next";
import { JobsView } from "@/components/admin/jobs-view";
import { getJobsOverview } from "@/lib/admin/get-jobs-overview";
import { jobsQuerySchema, queryFromSearchParams } from "@/lib/admin/schemas";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Jobs" };

type JobsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JobsPage({ searchParams }: JobsPageProps) {
  const user = await requirePageUser({ path: "/admin/jobs", roles: ["ADMIN"] });
  const query = jobsQuerySchema.safeParse(queryFromSearchParams(await searchParams));
  const overview = await getJobsOverview({ user, query: query.success ? query.data : jobsQuerySchema.parse({}), now: now() });
  return <JobsView overview={overview} isPageInvalid={!query.success} />;
}

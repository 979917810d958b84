import type { Metadata } from "next";
import { VettingBoardView } from "@/components/vetting/admin/vetting-board-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getVettingBoard } from "@/lib/vetting/admin/get-vetting-board";
import { vettingFunnelQuerySchema, vettingQueueQuerySchema } from "@/lib/vetting/admin/schemas";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Vetting" };

type VettingPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VettingPage({ searchParams }: VettingPageProps) {
  const user = await requirePageUser({ path: "/admin/vetting", roles: ["ADMIN"] });
  const params = await searchParams;
  const query = vettingQueueQuerySchema.safeParse(params);
  const funnel = vettingFunnelQuerySchema.safeParse(params);
  const board = await getVettingBoard({
    user,
    query: query.success ? query.data : vettingQueueQuerySchema.parse({}),
    periodDays: funnel.success ? funnel.data.periodDays : undefined,
  });
  return <VettingBoardView board={board} />;
}

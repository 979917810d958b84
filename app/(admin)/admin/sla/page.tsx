import type { Metadata } from "next";
import { SlaBoardView } from "@/components/sla/sla-board-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getSlaBoard } from "@/lib/sla/get-sla-board";
import { slaBoardQuerySchema } from "@/lib/sla/schemas";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "SLA board" };

type SlaBoardPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SlaBoardPage({ searchParams }: SlaBoardPageProps) {
  const user = await requirePageUser({ path: "/admin/sla", roles: ["ADMIN"] });
  const query = slaBoardQuerySchema.safeParse(await searchParams);
  const board = await getSlaBoard({ user, periodDays: query.success ? query.data.periodDays : undefined });
  return <SlaBoardView board={board} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HireView } from "@/components/contracts/hire-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { getHireCandidate } from "@/lib/contracts/get-hire-candidate";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hire an expert" };

export default async function HirePage({ params }: { params: Promise<{ id: string; matchId: string }> }) {
  const { id, matchId } = await params;
  const user = await requirePageUser({
    path: `/client/requests/${encodeURIComponent(id)}/hire/${encodeURIComponent(matchId)}`,
    roles: ["CLIENT"],
    ability: "manageContracts",
  });
  const candidate = await getHireCandidate({ user, requestId: id, matchId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // The date pickers start at today in UTC, the zone due dates are stored and shown in.
  return <HireView candidate={candidate} today={now().toISOString().slice(0, 10)} timeZones={["UTC", ...Intl.supportedValuesOf("timeZone")]} />;
}

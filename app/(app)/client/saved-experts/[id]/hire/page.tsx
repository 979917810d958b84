import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RehireView } from "@/components/saved-experts/rehire-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { getRehireCandidate } from "@/lib/contracts/get-rehire-candidate";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hire again" };

export default async function HireAgainPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser({ path: `/client/saved-experts/${encodeURIComponent(id)}/hire`, roles: ["CLIENT"], ability: "manageContracts" });
  const candidate = await getRehireCandidate({ user, expertProfileId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <RehireView candidate={candidate} today={now().toISOString().slice(0, 10)} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DisputeCasePage } from "@/components/disputes/dispute-case-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { getMessagePage } from "@/lib/chat/get-message-page";
import { now } from "@/lib/clock";
import { getDisputeCase } from "@/lib/disputes/get-case";
import { isAppError } from "@/lib/errors";
import { disputeDeliverables } from "@/lib/milestones/list-disputes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dispute case" };

type CasePageProps = { params: Promise<{ id: string }> };

export default async function DisputeCaseRoute({ params }: CasePageProps) {
  const { id } = await params;
  const user = await requirePageUser({ path: `/admin/disputes/${encodeURIComponent(id)}`, roles: ["ADMIN"] });
  const dispute = await getDisputeCase({ user, disputeId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const deliverables = dispute.milestone ? await disputeDeliverables({ user, milestoneId: dispute.milestone.id }) : [];
  // Admins read a contract's conversation only while it is disputed (lib/chat/access.ts).
  const conversation = dispute.contract.conversationId
    ? await getMessagePage({ user, conversationId: dispute.contract.conversationId, limit: 100 }).catch((error: unknown) => {
        if (isAppError(error) && error.code === "NOT_FOUND") return null;
        throw error;
      })
    : null;
  return <DisputeCasePage dispute={dispute} deliverables={deliverables} messages={conversation?.messages ?? null} now={now()} />;
}

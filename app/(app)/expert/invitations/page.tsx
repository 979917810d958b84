import type { Metadata } from "next";
import { ExpertInterviews } from "@/components/interviews/expert-interviews";
import { InvitationInbox } from "@/components/invitations/invitation-inbox";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { listExpertInterviews } from "@/lib/interviews/list-interviews";
import { listInvitations } from "@/lib/invitations/list-invitations";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Invitations" };

export default async function ExpertInvitationsPage() {
  const user = await requirePageUser({ path: "/expert/invitations", roles: ["EXPERT"] });
  const [invitations, interviews] = await Promise.all([listInvitations({ user }), listExpertInterviews({ user, now: now() })]);
  return (
    <InvitationInbox invitations={invitations} interviews={<ExpertInterviews {...interviews} timeZones={["UTC", ...Intl.supportedValuesOf("timeZone")]} />} />
  );
}

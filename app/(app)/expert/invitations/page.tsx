import type { Metadata } from "next";
import { InvitationInbox } from "@/components/invitations/invitation-inbox";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listInvitations } from "@/lib/invitations/list-invitations";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Invitations" };

export default async function ExpertInvitationsPage() {
  const user = await requirePageUser({ path: "/expert/invitations", roles: ["EXPERT"] });
  const invitations = await listInvitations({ user });
  return <InvitationInbox invitations={invitations} />;
}

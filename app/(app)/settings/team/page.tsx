import type { Metadata } from "next";
import { TeamView } from "@/components/teams/team-view";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { getTeam } from "@/lib/team-members/get-team";

export const metadata: Metadata = { title: "Team" };
export const dynamic = "force-dynamic";

export default async function TeamSettingsPage() {
  const user = await requirePageUser({ path: "/settings/team", roles: ["CLIENT"] });
  if (!user.companyId) {
    return (
      <EmptyState
        title="Your account isn't part of a company"
        description="Ask an owner of your company's Vetted account to invite you, then open the link in the email."
      />
    );
  }
  return <TeamView team={await getTeam({ user, now: now() })} />;
}

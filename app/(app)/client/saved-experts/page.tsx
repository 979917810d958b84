import type { Metadata } from "next";
import { SavedExpertsView } from "@/components/saved-experts/saved-experts-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { listSavedExperts } from "@/lib/saved-experts/list-saved-experts";
import { can } from "@/lib/teams/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Saved experts" };

export default async function SavedExpertsPage() {
  const user = await requirePageUser({ path: "/client/saved-experts", roles: ["CLIENT"] });
  const { experts } = await listSavedExperts({ user });
  return <SavedExpertsView experts={experts} canSave={can(user, "manageRequests")} />;
}

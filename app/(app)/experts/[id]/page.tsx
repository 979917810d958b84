import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ExpertProfileView } from "@/components/expert-profiles/expert-profile-view";
import { ProfilePreviewBanner } from "@/components/expert-profiles/profile-preview-banner";
import { SaveToggle } from "@/components/saved-experts/save-toggle";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { getExpertProfile } from "@/lib/expert-profiles/get-expert-profile";
import { saveStateFor } from "@/lib/saved-experts/saved-experts";

export const dynamic = "force-dynamic";

type ExpertPageProps = { params: Promise<{ id: string }> };

// Shared by generateMetadata and the page within one request. Anyone who may not see the profile gets
// the same 404 as for a profile that does not exist.
const loadProfile = cache(async (id: string) => {
  const user = await requirePageUser({ path: `/experts/${encodeURIComponent(id)}` });
  return getExpertProfile({ user, expertProfileId: id }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
});

export async function generateMetadata({ params }: ExpertPageProps): Promise<Metadata> {
  const profile = await loadProfile((await params).id);
  return { title: `${profile.name} · Expert profile` };
}

export default async function ExpertPage({ params }: ExpertPageProps) {
  const profile = await loadProfile((await params).id);
  const banner = profile.viewer.isSelf ? (
    <ProfilePreviewBanner publicProfilePath={profile.publicProfilePath} />
  ) : profile.viewer.isAdmin && (profile.isSuspended || profile.vettingStatus !== "APPROVED") ? (
    <Alert tone="warning" title="Admin view">
      {profile.isSuspended ? "This account is suspended: clients are not matched with it." : `Vetting status: ${profile.vettingStatus.toLowerCase()}.`}
    </Alert>
  ) : undefined;
  const user = await requirePageUser({ path: `/experts/${encodeURIComponent(profile.id)}` });
  const save = await saveStateFor(user, profile.id);
  const actions = save ? <SaveToggle expertProfileId={profile.id} expertName={profile.name} isSaved={save.isSaved} /> : undefined;
  return <ExpertProfileView profile={profile} now={now()} banner={banner} actions={actions} />;
}

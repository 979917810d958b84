import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProfileView } from "@/components/vetting/application/profile-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { now } from "@/lib/clock";
import { listCountries } from "@/lib/countries";
import { listOwnPortfolio } from "@/lib/expert-profiles/portfolio";
import { getOwnPhoto } from "@/lib/expert-profiles/profile-photo";
import { getApplication } from "@/lib/vetting/application/get-application";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requirePageUser({ path: "/expert/profile", roles: ["EXPERT"] });
  const application = await getApplication({ user, now: now() });
  // Until approval the application holds the profile, and its page says where it stands.
  if (application.status !== "APPROVED") redirect("/expert/application");
  const { steps, publicProfile, publicProfilePath, country } = application;
  const [portfolio, photo] = await Promise.all([listOwnPortfolio(user), getOwnPhoto(user)]);
  return (
    <ProfileView
      expertProfileId={application.id}
      name={user.name}
      photo={photo}
      steps={steps}
      portfolio={portfolio}
      publicProfile={{ publicProfile, publicProfilePath, country }}
      countries={listCountries()}
      timeZones={["UTC", ...Intl.supportedValuesOf("timeZone")]}
    />
  );
}

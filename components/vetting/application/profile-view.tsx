import { type EditablePortfolioItem, PortfolioEditor } from "@/components/expert-profiles/portfolio-editor";
import { ProfilePhotoForm } from "@/components/expert-profiles/profile-photo-form";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import type { ApplicationValues } from "@/lib/vetting/application/steps";
import { ProfileEditor } from "./profile-editor";
import { PublicProfileForm, type PublicProfileValues } from "./public-profile-form";

export function ProfileView({
  expertProfileId,
  name,
  photo,
  steps,
  portfolio,
  publicProfile,
  countries,
  timeZones,
}: {
  expertProfileId: string;
  name: string;
  photo: { url: string; thumbnailUrl: string } | null;
  portfolio: EditablePortfolioItem[];
  steps: ApplicationValues;
  publicProfile: PublicProfileValues;
  countries: readonly { code: string; name: string }[];
  timeZones: readonly string[];
}) {
  return (
    <div className="mx-auto w-full max-w-4xl space-y-8 px-4 py-8 sm:px-6">
      <PageHeader
        title="Your profile"
        description="What clients see when we match you, and what matching reads: your availability, rate, timezone and skills."
        actions={
          <ButtonLink href={`/experts/${encodeURIComponent(expertProfileId)}`} variant="secondary">
            Preview as clients see it
          </ButtonLink>
        }
      />
      <ProfilePhotoForm name={name} photo={photo} />
      <ProfileEditor steps={steps} timeZones={timeZones} />
      <PortfolioEditor items={portfolio} />
      <PublicProfileForm initial={publicProfile} countries={countries} />
    </div>
  );
}

import { type EditablePortfolioItem, PortfolioEditor } from "@/components/expert-profiles/portfolio-editor";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import type { ApplicationValues } from "@/lib/vetting/application/steps";
import { ProfileEditor } from "./profile-editor";
import { PublicProfileForm, type PublicProfileValues } from "./public-profile-form";

export function ProfileView({
  expertProfileId,
  steps,
  portfolio,
  publicProfile,
  countries,
  timeZones,
}: {
  expertProfileId: string;
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
      <ProfileEditor steps={steps} timeZones={timeZones} />
      <PortfolioEditor items={portfolio} />
      <PublicProfileForm initial={publicProfile} countries={countries} />
    </div>
  );
}

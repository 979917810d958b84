import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { ProfileFacts } from "./profile-facts";
import { ProfilePhoto } from "./profile-photo";
import { PortfolioSection, ReviewsSection, SkillsSection, VettingSection } from "./profile-sections";
import type { ShownProfile } from "./profile-types";

/**
 * An expert's profile as clients see it: the signed-in page (with the timezone and local time) and the
 * public page (with the country instead) both render this. `banner` sits above it (the expert's preview note).
 */
export function ExpertProfileView({ profile, now, banner, actions }: { profile: ShownProfile; now: Date; banner?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8 sm:px-6">
      {banner}
      <Card className="space-y-6">
        <div className="flex flex-col gap-5 sm:flex-row sm:items-center">
          <ProfilePhoto name={profile.name} photo={profile.photo} />
          <div className="min-w-0 flex-1">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{profile.name}</h1>
            {profile.headline && <p className="mt-1 text-base text-slate-700">{profile.headline}</p>}
          </div>
          {actions && <div className="flex shrink-0 flex-wrap gap-3">{actions}</div>}
        </div>
        <ProfileFacts profile={profile} now={now} />
      </Card>
      {profile.bio && (
        <Card as="section" className="space-y-3">
          <h2 className="text-lg font-semibold text-slate-900">About</h2>
          <p className="text-base whitespace-pre-line text-slate-700">{profile.bio}</p>
        </Card>
      )}
      <Card className="space-y-8">
        <SkillsSection skills={profile.skills} />
        <VettingSection vetting={profile.vetting} />
      </Card>
      {profile.portfolio.length > 0 && (
        <Card>
          <PortfolioSection portfolio={profile.portfolio} />
        </Card>
      )}
      <Card>
        <ReviewsSection reviews={profile.reviews} rating={profile.rating} />
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ExpertProfileView } from "@/components/expert-profiles/expert-profile-view";
import { publicProfileDescription, publicProfileStructuredData, publicProfileTitle } from "@/components/expert-profiles/public-profile-meta";
import { JsonLd } from "@/components/hire/structured-data";
import { ButtonLink } from "@/components/ui/button-link";
import { appUrl } from "@/lib/app-url";
import { getPublicProfile } from "@/lib/expert-profiles/get-public-profile";
import { publicProfilePathOf } from "@/lib/hire-pages/public-profile-path";

// A public profile, like a hiring page: no session read, generated on its first visit, served from the
// cache, and regenerated at once on every app instance when the expert changes it or opts out
// (lib/hire-pages/announce-changes.ts), then a 404.
export const revalidate = 3600;
export const dynamicParams = true;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

const publicProfile = cache(getPublicProfile);

type PublicProfilePageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: PublicProfilePageProps): Promise<Metadata> {
  const profile = await publicProfile((await params).slug);
  if (!profile) return { title: "No such profile", robots: { index: false, follow: false } };
  const title = publicProfileTitle(profile);
  const description = publicProfileDescription(profile);
  const url = appUrl(publicProfilePathOf(profile.slug));
  return {
    title: { absolute: `${title} · Vetted` },
    description,
    alternates: { canonical: url },
    robots: { index: true, follow: true },
    openGraph: { type: "profile", siteName: "Vetted", title, description, url },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function PublicProfilePage({ params }: PublicProfilePageProps) {
  const profile = await publicProfile((await params).slug);
  if (!profile) notFound();
  // The page is cached for everyone: its "now" is when it was generated, and it shows no local time.
  return (
    <>
      <JsonLd data={publicProfileStructuredData(profile, appUrl)} />
      <ExpertProfileView
        profile={profile}
        now={new Date()}
        actions={
          <ButtonLink href="/start" prefetch={false}>
            Hire an expert like {profile.name.split(" ")[0]}
          </ButtonLink>
        }
      />
    </>
  );
}

import { shareImageResponse } from "@/components/hire/share-image";
import { formatHourly } from "@/components/requests/format";
import { countryName } from "@/lib/countries";
import type { PublicProfile } from "@/lib/expert-profiles/get-public-profile";
import { formatCount } from "@/lib/format";
import { publicProfilePathOf } from "@/lib/hire-pages/public-profile-path";

// What a public profile tells link previews and search engines: a title, a description, the share
// image, and schema.org's Person.

export const publicProfileTitle = (profile: PublicProfile) => (profile.headline ? `${profile.name} — ${profile.headline}` : `${profile.name} on Vetted`);

const MAX_DESCRIPTION = 200;

export function publicProfileDescription(profile: PublicProfile): string {
  const verified = profile.skills.filter((skill) => skill.isVerified).map((skill) => skill.name);
  const parts = [
    `${profile.name} is a Vetted expert${profile.country ? ` based in ${countryName(profile.country)}` : ""}, vetted by our team`,
    verified.length ? `verified in ${verified.slice(0, 4).join(", ")}` : null,
    profile.rating.average !== null ? `rated ${profile.rating.average.toFixed(1)}/5 from ${formatCount(profile.rating.count, "review")}` : null,
  ].filter((part) => part !== null);
  const sentence = `${parts.join(", ")}.`;
  return sentence.length > MAX_DESCRIPTION ? `${sentence.slice(0, MAX_DESCRIPTION - 1)}…` : sentence;
}

export function publicProfileStructuredData(profile: PublicProfile, absolute: (path: string) => string) {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: absolute(publicProfilePathOf(profile.slug)),
    mainEntity: {
      "@type": "Person",
      name: profile.name,
      ...(profile.headline && { jobTitle: profile.headline }),
      ...(profile.bio && { description: profile.bio }),
      url: absolute(publicProfilePathOf(profile.slug)),
      ...(profile.country && { address: { "@type": "PostalAddress", addressCountry: profile.country } }),
      knowsAbout: profile.skills.map((skill) => skill.name),
      ...(profile.photo && { image: absolute(profile.photo.url) }),
    },
  };
}

/** The picture a link to the profile unfurls into (X cards read it too). */
export function publicProfileImage(profile: PublicProfile) {
  const verified = profile.skills.filter((skill) => skill.isVerified).map((skill) => skill.name);
  const facts = [
    verified.length ? `Verified: ${verified.slice(0, 3).join(", ")}` : null,
    profile.hourlyRateCents !== null ? formatHourly(profile.hourlyRateCents, profile.currency) : null,
    profile.rating.average !== null ? `★ ${profile.rating.average.toFixed(1)} (${profile.rating.count})` : null,
  ].filter((fact) => fact !== null);
  return shareImageResponse({
    brand: "Vetted expert",
    body: (
      <>
        <div style={{ fontSize: 80, fontWeight: 700, lineHeight: 1.1 }}>{profile.name}</div>
        {profile.headline && <div style={{ fontSize: 38, color: "#e0e7ff" }}>{profile.headline.slice(0, 90)}</div>}
        <div style={{ fontSize: 32, color: "#c7d2fe" }}>{facts.join("  ·  ")}</div>
      </>
    ),
    footer: "Passed Vetted's screening and technical interview",
  });
}

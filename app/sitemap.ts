import type { MetadataRoute } from "next";
import { unstable_cache } from "next/cache";
import { appUrl } from "@/lib/app-url";
import { listHirePages } from "@/lib/hire-pages/list-hire-pages";
import { listPublicProfiles } from "@/lib/hire-pages/list-public-profiles";
import { hirePagePathOf } from "@/lib/hire-pages/page-changes";
import { publicProfilePathOf } from "@/lib/hire-pages/public-profile-path";

// Per request (the address comes from the running server's settings, and a build has no database to
// generate it from), from an hourly cache of the pages: listing them reads every expert's skills.
export const dynamic = "force-dynamic";

const listedPages = unstable_cache(
  async () => (await listHirePages()).map((page) => ({ slug: page.slug, kind: page.kind, lastModified: page.lastModified.toISOString() })),
  ["hire-sitemap"],
  { revalidate: 3600 },
);

/**
 * Every page a search engine should know: the home page, the terms, every public hiring page with when
 * its content last changed, and every public profile. Profiles are read per request (one indexed query),
 * so an expert who opts out leaves the sitemap at once.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [pages, profiles] = await Promise.all([listedPages(), listPublicProfiles()]);
  const newest = new Date(Math.max(0, ...pages.map((page) => Date.parse(page.lastModified))));
  return [
    { url: appUrl("/"), changeFrequency: "weekly", priority: 1 },
    { url: appUrl("/hire"), lastModified: newest, changeFrequency: "daily", priority: 0.9 },
    ...pages.map((page) => ({
      url: appUrl(hirePagePathOf(page.slug)),
      lastModified: new Date(page.lastModified),
      changeFrequency: "daily" as const,
      priority: page.kind === "group" ? 0.8 : 0.7,
    })),
    ...profiles.map((profile) => ({
      url: appUrl(publicProfilePathOf(profile.slug)),
      lastModified: profile.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    { url: appUrl("/terms"), changeFrequency: "yearly", priority: 0.2 },
  ];
}

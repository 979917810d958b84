import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/app-url";
import { listHirePages } from "@/lib/hire-pages/list-hire-pages";

// Read per request: the address comes from the running server's settings, and a build has no database.
export const dynamic = "force-dynamic";

/** Every page a search engine should know: the home page, the terms, and every public hiring page with when its content last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listHirePages();
  const newest = new Date(Math.max(0, ...pages.map((page) => page.lastModified.getTime())));
  return [
    { url: appUrl("/"), changeFrequency: "weekly", priority: 1 },
    { url: appUrl("/hire"), lastModified: newest, changeFrequency: "daily", priority: 0.9 },
    ...pages.map((page) => ({
      url: appUrl(`/hire/${page.slug}`),
      lastModified: page.lastModified,
      changeFrequency: "daily" as const,
      priority: page.kind === "group" ? 0.8 : 0.7,
    })),
    { url: appUrl("/terms"), changeFrequency: "yearly", priority: 0.2 },
  ];
}

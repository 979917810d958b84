import type { Metadata } from "next";
import Link from "next/link";
import { SkillSearchForm } from "@/components/hire/skill-search-form";
import { appUrl } from "@/lib/app-url";
import { hireDirectory } from "@/lib/hire-pages/directory";
import { hirePagePathOf } from "@/lib/hire-pages/page-changes";

// Rendered per request from an hourly cache of its data: a build has no database to generate it from.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const description = "Find pre-vetted experts by skill: approved experts, their typical rates, and a shortlist within 8 hours of your request.";
  return {
    title: "Hire pre-vetted experts by skill",
    description,
    alternates: { canonical: appUrl("/hire") },
    robots: { index: true, follow: true },
    openGraph: { type: "website", siteName: "Vetted", title: "Hire pre-vetted experts by skill", description, url: appUrl("/hire") },
  };
}

export default async function HireIndexPage() {
  const { names, groups } = await hireDirectory();
  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">Hire pre-vetted experts by skill</h1>
      <p className="mt-5 max-w-3xl text-lg text-slate-700">
        Every skill page shows how many approved experts we have, what they charge and how fast requests like yours get a shortlist. Numbers come from our
        experts and requests; where there are too few to be fair, we leave them out.
      </p>
      <div className="mt-8">
        <SkillSearchForm suggestions={names} />
      </div>
      <div className="mt-12 grid gap-10 sm:grid-cols-2 lg:grid-cols-3">
        {groups.map((group) => (
          <section key={group.slug} aria-labelledby={`group-${group.slug}`}>
            <h2 id={`group-${group.slug}`} className="text-xl font-semibold text-slate-900">
              <Link href={hirePagePathOf(group.slug)} prefetch={false} className="text-link">
                {group.name}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-600">{group.verifiedExpertCount} verified experts</p>
            <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 text-sm">
              {group.skills.map((skill) => (
                <li key={skill.slug}>
                  <Link href={hirePagePathOf(skill.slug)} prefetch={false} className="text-slate-800 underline-offset-4 hover:underline">
                    {skill.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

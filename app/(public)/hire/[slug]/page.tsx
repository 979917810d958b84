import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { hireHeading, hirePageDescription, startRequestHref } from "@/components/hire/hire-copy";
import { HireFacts } from "@/components/hire/hire-facts";
import { hireQuestions } from "@/components/hire/hire-faq";
import { HireQuestions } from "@/components/hire/hire-questions";
import { PaymentProtection } from "@/components/hire/payment-protection";
import { RelatedPages } from "@/components/hire/related-pages";
import { SampleExpertCard } from "@/components/hire/sample-expert-card";
import { SkillSearchForm } from "@/components/hire/skill-search-form";
import { hirePageStructuredData, JsonLd } from "@/components/hire/structured-data";
import { HowItWorks } from "@/components/marketing/how-it-works";
import { ButtonLink } from "@/components/ui/button-link";
import { appUrl } from "@/lib/app-url";
import { getHirePage } from "@/lib/hire-pages/get-hire-page";
import { hirePagePathOf } from "@/lib/hire-pages/page-changes";

// Generated on the first visit and then served from the cache; the numbers are recomputed at most hourly,
// and at once, on every app instance, when an expert changes how they appear (lib/hire-pages/announce-changes.ts).
export const revalidate = 3600;
export const dynamicParams = true;

/** None at build time (the build has no database): each page is generated on its first visit. */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

// The metadata and the page read the same page once per render.
const hirePage = cache(getHirePage);

type HirePageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: HirePageProps): Promise<Metadata> {
  const page = await hirePage((await params).slug);
  if (!page) return { title: "No such skill page", robots: { index: false } };
  const title = `${hireHeading(page)}: pre-vetted, shortlisted in 8 hours`;
  const description = hirePageDescription(page);
  return {
    title: { absolute: `${title} · Vetted` },
    description,
    alternates: { canonical: appUrl(hirePagePathOf(page.slug)) },
    robots: { index: true, follow: true },
    openGraph: { type: "website", siteName: "Vetted", title, description, url: appUrl(hirePagePathOf(page.slug)) },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function HireSkillPage({ params }: HirePageProps) {
  const page = await hirePage((await params).slug);
  if (!page) notFound();
  const questions = hireQuestions(page);
  const heading = hireHeading(page);
  const skillName = page.kind === "skill" ? page.name : (page.skills[0]?.name ?? page.name);

  return (
    <>
      <JsonLd data={hirePageStructuredData(page, questions, appUrl)} />
      <section className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16">
          <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
            <ol className="flex flex-wrap gap-x-2">
              <li>
                <Link href="/hire" prefetch={false} className="text-link">
                  Hire experts
                </Link>
                <span aria-hidden="true"> /</span>
              </li>
              {page.kind === "skill" && (
                <li>
                  <Link href={hirePagePathOf(page.group.slug)} prefetch={false} className="text-link">
                    {page.group.name}
                  </Link>
                  <span aria-hidden="true"> /</span>
                </li>
              )}
              <li aria-current="page">{page.name}</li>
            </ol>
          </nav>
          <h1 className="mt-4 text-4xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">{heading}</h1>
          <p className="mt-5 max-w-3xl text-lg text-slate-700">
            {page.summary} Every expert on Vetted passed a screening and an interview with our team, and you get a shortlist of those who fit and have said yes
            within 8 hours of your request.
          </p>
          <div className="mt-8 flex flex-wrap items-center gap-3">
            <ButtonLink href={startRequestHref(page)} size="lg" prefetch={false}>
              {heading}
            </ButtonLink>
            <ButtonLink href="#how-it-works" size="lg" variant="secondary" prefetch={false}>
              How hiring works
            </ButtonLink>
          </div>
          <p className="mt-3 text-sm text-slate-600">Free to raise a request. You pay only for work you approve.</p>
          <div className="mt-10">
            <HireFacts page={page} />
          </div>
        </div>
      </section>

      {page.sampleExperts.length > 0 && (
        <section aria-labelledby="experts-heading" className="py-16">
          <div className="mx-auto max-w-6xl px-4 sm:px-6">
            <h2 id="experts-heading" className="text-3xl font-bold tracking-tight text-slate-900">
              {page.name} experts on Vetted
            </h2>
            <p className="mt-3 max-w-3xl text-base text-slate-700">
              A few of the approved experts you could be matched with. Experts are shown by name only if they chose a public profile.
            </p>
            <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {page.sampleExperts.map((expert, index) => (
                // The cards carry no identifier on purpose: anonymous experts must not be traceable.
                // biome-ignore lint/suspicious/noArrayIndexKey: the order is fixed at render and the cards have no id to use
                <SampleExpertCard key={index} expert={expert} skillName={skillName} />
              ))}
            </ul>
          </div>
        </section>
      )}

      <HowItWorks />
      <PaymentProtection />
      <HireQuestions questions={questions} />
      <RelatedPages page={page} />

      <section aria-labelledby="start-heading" className="border-t border-slate-200 bg-white py-16">
        <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 sm:px-6 lg:flex-row lg:items-end lg:justify-between">
          <div>
            <h2 id="start-heading" className="text-3xl font-bold tracking-tight text-slate-900">
              Ready when you are
            </h2>
            <p className="mt-3 max-w-2xl text-base text-slate-700">Describe the work in a few minutes. The 8-hour clock starts when you submit.</p>
            <div className="mt-6">
              <ButtonLink href={startRequestHref(page)} size="lg" prefetch={false}>
                {heading}
              </ButtonLink>
            </div>
          </div>
          <SkillSearchForm label="Looking for another skill?" />
        </div>
      </section>
    </>
  );
}

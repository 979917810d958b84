import { majorUnits } from "@/lib/format";
import { hirePagePathOf } from "@/lib/hire-pages/page-changes";
import type { HirePage } from "@/lib/hire-pages/types";
import { hireHeading } from "./hire-copy";
import type { Question } from "./hire-faq";

type Absolute = (path: string) => string;

/** schema.org data for search engines: where the page sits, what is offered, and the questions it answers. */
export function hirePageStructuredData(page: HirePage, questions: Question[], absolute: Absolute) {
  const trail = [
    { name: "Hire experts", path: "/hire" },
    ...(page.kind === "skill" ? [{ name: page.group.name, path: hirePagePathOf(page.group.slug) }] : []),
    { name: page.name, path: hirePagePathOf(page.slug) },
  ];
  return [
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: trail.map((step, index) => ({ "@type": "ListItem", position: index + 1, name: step.name, item: absolute(step.path) })),
    },
    {
      "@context": "https://schema.org",
      "@type": "Service",
      name: hireHeading(page),
      serviceType: `${page.name} experts for hire`,
      description: page.summary,
      url: absolute(hirePagePathOf(page.slug)),
      provider: { "@type": "Organization", name: "Vetted", url: absolute("/") },
      ...(page.rateRange && {
        offers: {
          "@type": "AggregateOffer",
          priceCurrency: page.rateRange.currency,
          lowPrice: majorUnits(page.rateRange.p25Cents, page.rateRange.currency),
          highPrice: majorUnits(page.rateRange.p75Cents, page.rateRange.currency),
          offerCount: page.rateRange.sampleSize,
        },
      }),
    },
    {
      "@context": "https://schema.org",
      "@type": "FAQPage",
      mainEntity: questions.map((item) => ({ "@type": "Question", name: item.question, acceptedAnswer: { "@type": "Answer", text: item.answer } })),
    },
  ];
}

/** JSON inside a script element: "<" is escaped so that no text can close the element early. */
export function JsonLd({ data }: { data: unknown }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with "<" escaped cannot leave its script element
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replaceAll("<", "\\u003c") }} />;
}

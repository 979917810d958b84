import Link from "next/link";
import { hirePagePathOf } from "@/lib/hire-pages/page-changes";
import type { HirePage } from "@/lib/hire-pages/types";

/** Links to neighbouring skills and groups: for visitors who need a slightly different expert, and for crawlers. */
export function RelatedPages({ page }: { page: HirePage }) {
  const skills = page.kind === "group" ? page.skills : [];
  if (skills.length === 0 && page.relatedPages.length === 0) return null;
  return (
    <section aria-label="More skills" className="border-t border-slate-200 py-16">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 sm:px-6 md:grid-cols-2">
        {skills.length > 0 && <LinkList id="group-skills-heading" title={`Skills in ${page.name}`} links={skills} />}
        {page.relatedPages.length > 0 && <LinkList id="related-heading" title="Related skills" links={page.relatedPages} />}
      </div>
    </section>
  );
}

function LinkList({ id, title, links }: { id: string; title: string; links: { slug: string; name: string }[] }) {
  return (
    <div>
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <ul className="mt-4 flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.slug}>
            <Link
              href={hirePagePathOf(link.slug)}
              prefetch={false}
              className="inline-block rounded-full bg-white px-3 py-1 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              {link.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

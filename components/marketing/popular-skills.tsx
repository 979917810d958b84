import Link from "next/link";
import { hirePagePathOf } from "@/lib/hire-pages/page-changes";

// Skills companies ask for most; each has its hiring page (tests/e2e/hire-pages.e2e.ts opens every one).
export const POPULAR_SKILLS = [
  { slug: "python", name: "Python" },
  { slug: "fastapi", name: "FastAPI" },
  { slug: "react", name: "React" },
  { slug: "typescript", name: "TypeScript" },
  { slug: "kubernetes", name: "Kubernetes" },
  { slug: "aws", name: "AWS" },
  { slug: "postgresql", name: "PostgreSQL" },
  { slug: "machine-learning", name: "Machine learning" },
  { slug: "figma", name: "Figma" },
];

export function PopularSkills() {
  return (
    <section aria-labelledby="skills-heading" className="border-b border-slate-200 bg-white py-10">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 sm:flex-row sm:items-center sm:px-6">
        <h2 id="skills-heading" className="text-base font-semibold text-slate-900">
          Hire by skill
        </h2>
        <ul className="flex flex-wrap gap-2">
          {POPULAR_SKILLS.map((skill) => (
            <li key={skill.slug}>
              <Link
                href={hirePagePathOf(skill.slug)}
                prefetch={false}
                className="inline-block rounded-full bg-white px-3 py-1 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"
              >
                {skill.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/hire" prefetch={false} className="text-link inline-block px-1 py-1 text-sm font-medium">
              All skills
            </Link>
          </li>
        </ul>
      </div>
    </section>
  );
}

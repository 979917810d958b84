import type { HirePage, HirePageLink } from "@/lib/hire-pages/types";

// The words of the hiring pages, in one place: the heading, the button and the page's metadata say the same thing.

/** "an Elixir", "an SQL", "a FastAPI", "a UX": by the sound of the first letter, initialisms spelled out. */
export function withArticle(name: string): string {
  const isInitialism = /^[A-Z](?:[A-Z]|$|\s)/.test(name) || /^[a-z][A-Z]/.test(name);
  const vowelSound = isInitialism ? /^[AEFHILMNORSX]/i.test(name) : /^[AEIO]/i.test(name);
  return `${vowelSound ? "an" : "a"} ${name}`;
}

/** "Hire a FastAPI expert" for a skill, "Hire data engineering experts" for a group. */
export function hireHeading(page: HirePageLink): string {
  return page.kind === "skill" ? `Hire ${withArticle(page.name)} expert` : `Hire ${page.name} experts`;
}

/** Where the page's main button leads: the request wizard, with what the page knows already filled in. */
export function startRequestHref(page: HirePageLink): string {
  const query: Record<string, string> = page.kind === "skill" ? { skill: page.slug } : { title: `${capitalize(page.name)} expert` };
  return `/start?${new URLSearchParams(query)}`;
}

export function hirePageDescription(page: HirePage): string {
  const who = `${page.name} experts`;
  const count = page.verifiedExpertCount > 0 ? `${page.verifiedExpertCount} approved ${who} with verified skills. ` : "";
  return `${count}Hire pre-vetted ${who}: a shortlist within 8 hours, payment held by Vetted until you approve the work.`;
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

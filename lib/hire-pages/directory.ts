import { unstable_cache } from "next/cache";
import { getHirePage } from "./get-hire-page";
import { listHirePages } from "./list-hire-pages";

export const HIRE_PAGES_TAG = "hire-pages";

/**
 * Every group with its skills and verified count, for the /hire index and the search suggestions. Cached for an
 * hour like the pages themselves: the index is rendered per request (a build has no database to prerender it from).
 * JSON-safe values only, as the cache stores JSON.
 */
export const hireDirectory = unstable_cache(
  async () => {
    const pages = await listHirePages();
    const groups = await Promise.all(pages.filter((page) => page.kind === "group").map((group) => getHirePage(group.slug)));
    return {
      names: pages.map((page) => page.name),
      groups: groups.flatMap((group) =>
        group ? [{ slug: group.slug, name: group.name, kind: group.kind, verifiedExpertCount: group.verifiedExpertCount, skills: group.skills }] : [],
      ),
    };
  },
  ["hire-directory"],
  { revalidate: 3600, tags: [HIRE_PAGES_TAG] },
);

import { z } from "zod";

// What a search box sends: trimmed text, two characters at least to mean anything to trigrams (a
// shorter one is answered with a hint, not an error), and a page. Imported by client components too.

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_PAGE_SIZE = 20;

export const searchTextSchema = z
  .string()
  .trim()
  .max(SEARCH_MAX_LENGTH, `Search with at most ${SEARCH_MAX_LENGTH} characters.`)
  .default("")
  .meta({ description: `Names, emails, skills, headlines or titles; typos are fine. Fewer than ${SEARCH_MIN_LENGTH} characters find nothing.` });

export const searchPageSchema = z.coerce
  .number({ error: "Give the page as a number." })
  .int("Use a whole page number.")
  .min(1, "Pages start at 1.")
  .max(500, "At most page 500: narrow the search instead.")
  .default(1);

export const isSearchable = (text: string) => text.length >= SEARCH_MIN_LENGTH;

export const tooShortMessage = `Type at least ${SEARCH_MIN_LENGTH} characters to search.`;

import { describe, expect, it } from "vitest";
import { adminSearchQuerySchema } from "@/lib/admin/schemas";
import { expertSearchQuerySchema } from "@/lib/expert-profiles/search-schemas";
import { isSearchable, SEARCH_MAX_LENGTH } from "@/lib/search/schemas";

describe("search queries at the edge", () => {
  it("trims the text, defaults to an empty search on page 1, and keeps the kind", () => {
    expect(adminSearchQuerySchema.parse({ q: "  jon smiht  ", kind: "USER" })).toEqual({ q: "jon smiht", kind: "USER", page: 1 });
    expect(expertSearchQuerySchema.parse({})).toEqual({ q: "", page: 1 });
  });

  it("refuses too long a text, an unknown kind, unknown fields and bad pages in words a person can act on", () => {
    const messages = (input: unknown) => adminSearchQuerySchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages({ q: "x".repeat(SEARCH_MAX_LENGTH + 1) })).toEqual([`Search with at most ${SEARCH_MAX_LENGTH} characters.`]);
    expect(messages({ kind: "CONTRACT" })).toEqual(["Choose USER, EXPERT or REQUEST."]);
    expect(messages({ page: "0" })).toEqual(["Pages start at 1."]);
    expect(messages({ page: "501" })).toEqual(["At most page 500: narrow the search instead."]);
    expect(expertSearchQuerySchema.safeParse({ q: "python", sort: "rate" }).success).toBe(false);
  });

  it("searches from two characters on", () => {
    expect(isSearchable("a")).toBe(false);
    expect(isSearchable("go")).toBe(true);
  });
});

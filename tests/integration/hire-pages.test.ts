import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { VettingStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { MIN_EXPERTS_FOR_RATES } from "@/lib/hire-pages/expert-statistics";
import { getHirePage } from "@/lib/hire-pages/get-hire-page";
import { listHirePages } from "@/lib/hire-pages/list-hire-pages";
import { searchHirePages } from "@/lib/hire-pages/search-hire-pages";
import { MIN_REQUESTS_FOR_SHORTLIST_TIME } from "@/lib/hire-pages/shortlist-time";
import { createClient } from "../fixtures/matching";

// Every test makes a category of its own, so its group page and skills count only its own experts
// and requests, whatever else the shared database holds.

type Taxonomy = { uid: string; groupSlug: string; main: { id: string; slug: string; name: string }; other: { id: string; slug: string; name: string } };

async function createTaxonomy(): Promise<Taxonomy> {
  const uid = randomUUID().replace(/-/g, "").slice(0, 10);
  const category = `Hire Test ${uid}`;
  const [main, other] = await Promise.all(
    ["main", "other"].map((part) =>
      db.skill.create({
        data: { slug: `hp-${uid}-${part}`, name: `Hireskill ${part} ${uid}`, category },
        select: { id: true, slug: true, name: true },
      }),
    ),
  );
  await db.skillSynonym.create({ data: { skillId: main.id, alias: `hx${uid}` } });
  return { uid, groupSlug: `hire-test-${uid}`, main, other };
}

type ExpertOptions = {
  skills: { id: string; years?: number; isVerified?: boolean }[];
  rateCents?: number | null;
  currency?: string;
  status?: VettingStatus;
  isSuspended?: boolean;
  isDeleted?: boolean;
  publicProfile?: boolean;
  isAvailable?: boolean;
  name?: string;
};

async function createExpert(options: ExpertOptions) {
  const uid = randomUUID();
  return db.user.create({
    data: {
      email: `hire-expert-${uid}@example.test`,
      name: options.name ?? `Expert ${uid}`,
      passwordHash: "not-used",
      role: "EXPERT",
      suspendedAt: options.isSuspended ? new Date() : null,
      deletedAt: options.isDeleted ? new Date() : null,
      expertProfile: {
        create: {
          headline: `Headline ${uid}`,
          bio: `Bio ${uid}`,
          links: [{ kind: "github", url: `https://github.com/${uid}` }],
          hourlyRateCents: options.rateCents === undefined ? 10_000 : options.rateCents,
          currency: options.currency ?? "USD",
          vettingStatus: options.status ?? "APPROVED",
          approvedAt: (options.status ?? "APPROVED") === "APPROVED" ? new Date() : null,
          publicProfile: options.publicProfile ?? false,
          isAvailable: options.isAvailable ?? true,
          country: "PT",
          skills: {
            create: options.skills.map((skill) => ({
              skillId: skill.id,
              level: "SENIOR",
              years: skill.years ?? 5,
              verifiedAt: skill.isVerified === false ? null : new Date(),
            })),
          },
        },
      },
    },
    select: { id: true, email: true, name: true, expertProfile: { select: { id: true } } },
  });
}

async function createShortlistedRequests(skillId: string, minutes: number[], options: { isRequired?: boolean } = {}) {
  const client = await createClient();
  for (const duration of minutes) {
    const submittedAt = new Date(Date.now() - 86_400_000);
    await db.hiringRequest.create({
      data: {
        companyId: client.companyId!,
        createdById: client.id,
        title: "Fixture request",
        description: "Fixture request for hire pages",
        budgetMaxCents: 500_000,
        timezone: "UTC",
        status: "MATCHED",
        submittedAt,
        shortlistedAt: new Date(submittedAt.getTime() + duration * 60_000),
        skills: { create: { skillId, isRequired: options.isRequired ?? true } },
      },
    });
  }
}

describe("getHirePage", () => {
  it("counts only verified skills of approved experts whose account is neither suspended nor deleted", async () => {
    const { main, groupSlug } = await createTaxonomy();
    await createExpert({ skills: [{ id: main.id }] });
    await createExpert({ skills: [{ id: main.id, isVerified: false }] });
    await createExpert({ skills: [{ id: main.id }], isSuspended: true });
    await createExpert({ skills: [{ id: main.id }], isDeleted: true });
    await createExpert({ skills: [{ id: main.id }], status: "SCREENING" });
    await createExpert({ skills: [{ id: main.id }], status: "SUSPENDED" });

    const page = await getHirePage(main.slug);
    expect(page).toMatchObject({ slug: main.slug, name: main.name, kind: "skill", verifiedExpertCount: 1, rateRange: null, shortlistTime: null });
    expect(page?.group).toMatchObject({ slug: groupSlug, kind: "group" });
    expect(page?.summary).toMatch(new RegExp(`^${main.name} experts .+\\.$`));
    expect((await getHirePage(groupSlug))?.verifiedExpertCount).toBe(1);
  });

  it("shows no rate range below five rates in one currency, and exact percentiles from five on", async () => {
    const { main } = await createTaxonomy();
    for (const rateCents of [9000, 5000, 15000, 6000]) await createExpert({ skills: [{ id: main.id, isVerified: false }], rateCents });
    // Neither another currency, a missing rate nor an unapproved expert's rate joins the USD range.
    for (const currency of ["EUR", "EUR"]) await createExpert({ skills: [{ id: main.id }], rateCents: 1000, currency });
    await createExpert({ skills: [{ id: main.id }], rateCents: null });
    await createExpert({ skills: [{ id: main.id }], rateCents: 99_000, isSuspended: true });
    await createExpert({ skills: [{ id: main.id }], rateCents: 99_000, status: "INTERVIEW" });
    expect(MIN_EXPERTS_FOR_RATES).toBe(5);
    expect((await getHirePage(main.slug))?.rateRange).toBeNull();

    await createExpert({ skills: [{ id: main.id }], rateCents: 8000 });
    expect((await getHirePage(main.slug))?.rateRange).toEqual({ p25Cents: 6000, medianCents: 8000, p75Cents: 9000, currency: "USD", sampleSize: 5 });

    // Six rates: 5000 6000 8000 9000 15000 20000 → interpolated at positions 1.25, 2.5 and 3.75.
    await createExpert({ skills: [{ id: main.id }], rateCents: 20000 });
    expect((await getHirePage(main.slug))?.rateRange).toEqual({ p25Cents: 6500, medianCents: 8500, p75Cents: 13500, currency: "USD", sampleSize: 6 });
  });

  it("shows the median time to a shortlist only from five requests that required one of the page's skills", async () => {
    const { main, groupSlug } = await createTaxonomy();
    await createShortlistedRequests(main.id, [60, 240, 120, 180]);
    await createShortlistedRequests(main.id, [1, 1, 1], { isRequired: false });
    expect(MIN_REQUESTS_FOR_SHORTLIST_TIME).toBe(5);
    expect((await getHirePage(main.slug))?.shortlistTime).toBeNull();

    await createShortlistedRequests(main.id, [600]);
    expect((await getHirePage(main.slug))?.shortlistTime).toEqual({ medianMinutes: 180, sampleSize: 5 });
    await createShortlistedRequests(main.id, [300]);
    expect((await getHirePage(groupSlug))?.shortlistTime).toEqual({ medianMinutes: 210, sampleSize: 6 });
  });

  it("names only experts who opted in, and never carries anything that identifies the others", async () => {
    const { main, other, uid } = await createTaxonomy();
    const hidden = await createExpert({ skills: [{ id: main.id, years: 7 }, { id: other.id }], name: `Hidden Person ${uid}` });
    const named = await createExpert({ skills: [{ id: main.id, years: 9 }], name: `Public Person ${uid}`, publicProfile: true });
    await createExpert({ skills: [{ id: main.id }], name: `Away Person ${uid}`, isAvailable: false });

    const page = await getHirePage(main.slug);
    expect(page?.sampleExperts).toHaveLength(2);
    expect(page?.sampleExperts).toContainEqual({
      kind: "named",
      name: named.name,
      // Made public straight in the database, without the address an opt-in makes: no link.
      profilePath: null,
      headline: expect.any(String),
      years: 9,
      verifiedSkills: [main.name],
      country: "PT",
    });
    expect(page?.sampleExperts).toContainEqual({
      kind: "anonymous",
      headline: expect.any(String),
      years: 7,
      verifiedSkills: [main.name, other.name],
      country: "PT",
    });
    const json = JSON.stringify([page, await getHirePage(other.slug)]);
    for (const secret of [hidden.name, hidden.email, hidden.id, hidden.expertProfile?.id, "Hidden Person", "github.com", "Bio "]) {
      expect(json).not.toContain(secret);
    }
    for (const secret of [named.email, named.id, named.expertProfile?.id, "Away Person"]) expect(json).not.toContain(secret);
  });

  it("relates a skill to its group and to the skills its experts also hold", async () => {
    const { main, other, groupSlug } = await createTaxonomy();
    await createExpert({ skills: [{ id: main.id }, { id: other.id }] });
    await createExpert({ skills: [{ id: main.id }] });
    const page = await getHirePage(main.slug);
    expect(page?.relatedPages.map((link) => link.slug)).toEqual([groupSlug, other.slug]);
    const group = await getHirePage(groupSlug);
    expect(group?.skills.map((skill) => skill.slug)).toEqual([main.slug, other.slug]);
    expect(group?.relatedPages.slice(0, 2).map((link) => link.slug)).toEqual([main.slug, other.slug]);
    expect(group?.lastModified).toBeInstanceOf(Date);
  });

  it("says null, without throwing, for unknown slugs and for anything that is not a slug", async () => {
    for (const slug of ["no-such-skill-anywhere", "../etc", "%00", "a".repeat(81), "pythön", "Python", "py thon", "", "-", "a--b", "\u0000"]) {
      expect(await getHirePage(slug), JSON.stringify(slug)).toBeNull();
    }
  });
});

describe("listHirePages", () => {
  it("lists every skill and every group, each once, with a date", async () => {
    const { main, other, groupSlug } = await createTaxonomy();
    const pages = await listHirePages();
    const slugs = pages.map((page) => page.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(pages).toContainEqual({ slug: main.slug, name: main.name, kind: "skill", lastModified: expect.any(Date) });
    expect(pages).toContainEqual(expect.objectContaining({ slug: other.slug, kind: "skill" }));
    expect(pages).toContainEqual(expect.objectContaining({ slug: groupSlug, kind: "group" }));
  });
});

describe("searchHirePages", () => {
  it("finds a skill by synonym, slug and name, and a group by name, best match first", async () => {
    const { main, other, uid, groupSlug } = await createTaxonomy();
    expect((await searchHirePages(`HX${uid}`))[0]).toEqual({ slug: main.slug, name: main.name, kind: "skill" });
    expect((await searchHirePages(other.slug))[0]).toEqual({ slug: other.slug, name: other.name, kind: "skill" });
    expect((await searchHirePages(`hireskill main ${uid}`))[0]).toMatchObject({ slug: main.slug });
    expect(await searchHirePages(`Hire Test ${uid}`)).toEqual([{ slug: groupSlug, name: `Hire Test ${uid}`, kind: "group" }]);
  });

  it("finds nothing for a blank or junk query, and caps a long one", async () => {
    for (const query of ["", "   ", "%", "_", "%%__", "\u0000", "...", "x".repeat(10_000)]) expect(await searchHirePages(query)).toEqual([]);
    expect((await searchHirePages("e", 3)).length).toBeLessThanOrEqual(3);
  });
});

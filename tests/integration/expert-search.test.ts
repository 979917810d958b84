import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { searchExperts } from "@/lib/expert-profiles/search-experts";
import { searchExpertsOperation } from "@/lib/expert-profiles/search-experts.operation";
import { expertSearchQuerySchema, expertSearchResultSchema } from "@/lib/expert-profiles/search-schemas";
import { createShortlistedRequest } from "../fixtures/chat";
import { createApprovedExperts, createClient, createSkill } from "../fixtures/matching";
import { capitalised, madeUpWord, withSwappedLetters } from "../fixtures/search";
import { callOperation, refusalOf } from "../support/call-operation";

// Each test names its experts with random made-up words, so only its own rows come close.

const searchAs = (user: SessionUser, q: string) => searchExperts({ user, query: expertSearchQuerySchema.parse({ q }) });
const idsFound = async (user: SessionUser, q: string) => (await searchAs(user, q)).experts.map((expert) => expert.id);

async function nameExpert(expert: SessionUser, name: string) {
  await db.user.update({ where: { id: expert.id }, data: { name } });
}

async function makePublic(expert: SessionUser) {
  await db.expertProfile.update({ where: { id: expert.expertProfileId! }, data: { publicProfile: true, publicSlug: `search-${randomUUID()}` } });
}

describe("a client's expert search", () => {
  it("finds the experts on the company's shortlist by a misspelt name or skill, linking to their full profile", async () => {
    const { client, experts } = await createShortlistedRequest(1);
    const [first, last, skillWord] = [madeUpWord(6), madeUpWord(8), madeUpWord(9)];
    await nameExpert(experts[0], `${capitalised(first)} ${capitalised(last)}`);
    const skill = await db.skill.create({ data: { slug: `search-${skillWord}`, name: capitalised(skillWord), category: "Test" }, select: { id: true } });
    await db.expertSkill.create({ data: { expertProfileId: experts[0].expertProfileId!, skillId: skill.id, level: "SENIOR", years: 4 } });

    const byName = await searchAs(client, `${withSwappedLetters(first, 2)} ${withSwappedLetters(last, 3)}`);
    expect(byName.experts[0]).toMatchObject({ id: experts[0].expertProfileId, href: `/experts/${experts[0].expertProfileId}` });
    expect(byName.experts[0].skills).toContain(capitalised(skillWord));
    expect(() => expertSearchResultSchema.parse(byName)).not.toThrow();
    // Public profiles elsewhere in the shared database may come close to a made-up word too: judge only ours.
    expect(await idsFound(client, withSwappedLetters(skillWord, 4))).toContain(experts[0].expertProfileId);
  });

  it("finds public profiles, linking to the public page, but never an expert the company has no reason to see", async () => {
    const client = await createClient();
    const skill = await createSkill();
    const [publicExpert, privateExpert, suspendedPublicExpert] = await createApprovedExperts(skill.id, 3);
    const word = madeUpWord(10);
    await nameExpert(publicExpert, `${capitalised(word)} Public`);
    await nameExpert(privateExpert, `${capitalised(word)} Private`);
    await nameExpert(suspendedPublicExpert, `${capitalised(word)} Suspended`);
    await makePublic(publicExpert);
    await makePublic(suspendedPublicExpert);
    await db.user.update({ where: { id: suspendedPublicExpert.id }, data: { suspendedAt: new Date() } });

    const found = await searchAs(client, withSwappedLetters(word, 2));
    const slug = (await db.expertProfile.findUniqueOrThrow({ where: { id: publicExpert.expertProfileId! }, select: { publicSlug: true } })).publicSlug;
    const foundIds = found.experts.map((expert) => expert.id);
    expect(foundIds).toContain(publicExpert.expertProfileId);
    expect(foundIds).not.toContain(privateExpert.expertProfileId);
    expect(foundIds).not.toContain(suspendedPublicExpert.expertProfileId);
    expect(found.experts.find((expert) => expert.id === publicExpert.expertProfileId)?.href).toBe(`/p/${slug}`);
  });

  it("does not show another company's shortlisted experts", async () => {
    const { experts } = await createShortlistedRequest(1);
    const word = madeUpWord(10);
    await nameExpert(experts[0], `${capitalised(word)} Shortlisted`);
    const otherClient = await createClient();
    expect(await idsFound(otherClient, word)).not.toContain(experts[0].expertProfileId);
  });

  it("answers a too-short search with a hint, and is for clients only", async () => {
    const client = await createClient();
    expect(await searchAs(client, "a")).toMatchObject({ experts: [], message: "Type at least 2 characters to search." });
    const [expert] = await createApprovedExperts((await createSkill()).id, 1);
    expect(await refusalOf(callOperation(searchExpertsOperation, expert, { query: { q: "python" } }))).toMatchObject({ status: 403 });
    expect(await refusalOf(callOperation(searchExpertsOperation, null, { query: { q: "python" } }))).toMatchObject({ status: 401 });
    expect(await refusalOf(callOperation(searchExpertsOperation, client, { query: { q: "python", extra: "1" } }))).toMatchObject({ status: 400 });
    const answer = await callOperation(searchExpertsOperation, client, { query: { q: "python" } });
    expect(answer.status).toBe(200);
  });
});

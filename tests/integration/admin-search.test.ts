import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { adminSearchSchema } from "@/lib/admin/api-schemas";
import { listUsers } from "@/lib/admin/list-users";
import { adminSearchQuerySchema, listUsersQuerySchema } from "@/lib/admin/schemas";
import { searchAdmin } from "@/lib/admin/search-admin";
import { searchAdminOperation } from "@/lib/admin/search-admin.operation";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createAdmin, createApprovedExperts, createClient, createDraftRequest, createSkill } from "../fixtures/matching";
import { capitalised, madeUpWord, withSwappedLetters } from "../fixtures/search";
import { callOperation, refusalOf } from "../support/call-operation";

// Every name searched for is made of random made-up words, so the shared database's other rows never
// come close; assertions look at this file's rows only.

const search = (query: Record<string, string>) => searchAdmin({ user: admin, query: adminSearchQuerySchema.parse(query) });
const createUser = (name: string, email = `${randomUUID()}@example.test`) =>
  db.user.create({ data: { name, email, passwordHash: "not-used", role: "CLIENT" }, select: { id: true } });

let admin: SessionUser;
beforeAll(async () => {
  admin = await createAdmin();
});

describe("admin search", () => {
  it("finds a user by a misspelt first and last name, and by part of the email", async () => {
    const [first, last, mailbox] = [madeUpWord(6), madeUpWord(7), madeUpWord(9)];
    const user = await createUser(`${capitalised(first)} ${capitalised(last)}`, `${mailbox}@example.test`);

    const byTypos = await search({ q: `${withSwappedLetters(first, 2)} ${withSwappedLetters(last, 3)}` });
    expect(byTypos.results[0]).toMatchObject({ kind: "USER", id: user.id, href: `/admin/users/${user.id}` });
    const byEmail = await search({ q: mailbox.slice(1, 8), kind: "USER" });
    // Part of the address matches it whole, so it ranks first; other users' addresses may come close.
    expect(byEmail.results[0]).toMatchObject({ kind: "USER", id: user.id });
    expect(() => adminSearchSchema.parse(JSON.parse(JSON.stringify(byTypos)))).not.toThrow();
  });

  it("ranks the closest name first", async () => {
    const word = madeUpWord(10);
    const exact = await createUser(`${capitalised(word)} Exact`);
    const near = await createUser(`${capitalised(withSwappedLetters(word, 2))} Near`);
    const ours = async (q: string) => (await search({ q, kind: "USER" })).results.filter((result) => [exact.id, near.id].includes(result.id));

    const byExactWord = await ours(word);
    expect(byExactWord[0]).toMatchObject({ id: exact.id, score: 1 });
    // The last letter mistyped: one letter from the first name, two from the second.
    const byTypo = await ours(`${word.slice(0, -1)}${word.endsWith("a") ? "e" : "a"}`);
    expect(byTypo.map((result) => result.id)).toEqual([exact.id, near.id]);
    expect(byTypo[0].score).toBeGreaterThan(byTypo[1].score);
  });

  it("finds experts by a misspelt skill or headline, linking to their vetting page", async () => {
    const skillWord = madeUpWord(8);
    const skill = await db.skill.create({ data: { slug: `search-${skillWord}`, name: capitalised(skillWord), category: "Test" }, select: { id: true } });
    const [expert] = await createApprovedExperts(skill.id, 1);
    const headlineWord = madeUpWord(9);
    await db.expertProfile.update({ where: { id: expert.expertProfileId! }, data: { headline: `Senior ${capitalised(headlineWord)} engineer` } });

    const bySkill = await search({ q: withSwappedLetters(skillWord, 2), kind: "EXPERT" });
    expect(bySkill.results[0]).toMatchObject({ kind: "EXPERT", id: expert.expertProfileId, href: `/admin/vetting/${expert.expertProfileId}` });
    expect(bySkill.results[0].detail).toContain(capitalised(skillWord));
    const byHeadline = await search({ q: withSwappedLetters(headlineWord, 4) });
    expect(byHeadline.results[0]).toMatchObject({ kind: "EXPERT", id: expert.expertProfileId });
  });

  it("finds requests by a misspelt title or company name", async () => {
    const [titleWord, companyWord] = [madeUpWord(9), madeUpWord(8)];
    const client = await createClient();
    const request = await createDraftRequest(client, (await createSkill()).id);
    await db.hiringRequest.update({ where: { id: request.id }, data: { title: `${capitalised(titleWord)} data pipeline` } });
    await db.company.update({ where: { id: client.companyId! }, data: { name: `${capitalised(companyWord)} GmbH` } });

    const byTitle = await search({ q: withSwappedLetters(titleWord, 3), kind: "REQUEST" });
    expect(byTitle.results[0]).toMatchObject({ kind: "REQUEST", id: request.id, href: `/admin/users/${client.id}` });
    const byCompany = await search({ q: withSwappedLetters(companyWord, 2), kind: "REQUEST" });
    expect(byCompany.results[0]).toMatchObject({ kind: "REQUEST", id: request.id });
  });

  it("pages through many equally close results without repeating one", async () => {
    const word = madeUpWord(10);
    const ids = (await Promise.all(Array.from({ length: 23 }, (_, index) => createUser(`${capitalised(word)} ${index}`)))).map((user) => user.id);
    const first = await search({ q: word, kind: "USER" });
    const second = await search({ q: word, kind: "USER", page: "2" });
    // Other tests' made-up names may come close to this word too; ours hold it whole, so they rank first.
    expect(first.total).toBeGreaterThanOrEqual(23);
    expect(first.results).toHaveLength(20);
    const ours = [...first.results, ...second.results.slice(0, 3)].map((result) => result.id);
    expect(new Set(ours).size).toBe(23);
    expect(ours.sort()).toEqual(ids.sort());
    const pastTheEnd = String(Math.ceil(first.total / 20) + 1);
    expect((await search({ q: word, kind: "USER", page: pastTheEnd })).message).toBe("No more results.");
  });

  it("answers a too-short search with a hint, and a search with nothing close in words", async () => {
    expect(await search({ q: " a " })).toMatchObject({ results: [], total: 0, message: "Type at least 2 characters to search." });
    const nothing = madeUpWord(10);
    expect(await search({ q: `${nothing} ${madeUpWord(10)}` })).toMatchObject({ results: [], message: expect.stringContaining("Nothing matches") });
  });

  it("is for admins only", async () => {
    const client = await createClient();
    const error = await searchAdmin({ user: client, query: adminSearchQuerySchema.parse({ q: "anything" }) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
    expect(await refusalOf(callOperation(searchAdminOperation, client, { query: { q: "anything" } }))).toMatchObject({ status: 403 });
    expect(await refusalOf(callOperation(searchAdminOperation, null, { query: { q: "anything" } }))).toMatchObject({ status: 401 });
    expect(await refusalOf(callOperation(searchAdminOperation, admin, { query: { q: "x".repeat(101) } }))).toMatchObject({ status: 422 });
  });
});

describe("the users page's search", () => {
  it("forgives typos, keeps the role filter, and shows the newest users for a one-letter search", async () => {
    const [first, last] = [madeUpWord(7), madeUpWord(8)];
    const user = await createUser(`${capitalised(first)} ${capitalised(last)}`);
    const query = (values: Record<string, string>) => listUsers({ user: admin, query: listUsersQuerySchema.parse(values) });

    expect((await query({ q: `${withSwappedLetters(first, 2)} ${last}` })).users[0]?.id).toBe(user.id);
    expect((await query({ q: last, role: "EXPERT" })).users.map((found) => found.id)).not.toContain(user.id);
    const short = await query({ q: "z" });
    expect(short.message).toBe("Type at least 2 characters to search. Showing the newest users.");
    expect(short.users.length).toBeGreaterThan(0);
  });
});

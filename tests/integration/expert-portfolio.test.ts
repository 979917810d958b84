import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addPortfolioItemOperation } from "@/lib/expert-profiles/add-portfolio-item.operation";
import { deletePortfolioItemOperation } from "@/lib/expert-profiles/delete-portfolio-item.operation";
import { getExpertProfileOperation } from "@/lib/expert-profiles/get-expert-profile.operation";
import { addPortfolioItem, listOwnPortfolio } from "@/lib/expert-profiles/portfolio";
import { MAX_PORTFOLIO_ITEMS } from "@/lib/expert-profiles/portfolio-schemas";
import { reorderPortfolioOperation } from "@/lib/expert-profiles/reorder-portfolio.operation";
import { updatePortfolioItemOperation } from "@/lib/expert-profiles/update-portfolio-item.operation";
import { createShortlistedRequest } from "../fixtures/chat";
import { createApprovedExperts, createClient, createSkill } from "../fixtures/matching";
import { callOperation } from "../support/call-operation";

// An expert's portfolio through the API: what it accepts, its limit, its order, and that nobody but
// its expert changes it.

async function expert() {
  const [one] = await createApprovedExperts((await createSkill()).id, 1);
  return one;
}

describe("portfolio items", () => {
  it("are added with a title, a description and an http(s) link, and shown on the profile in order", async () => {
    const { client, experts } = await createShortlistedRequest(1);
    const [owner] = experts;
    const added = await callOperation(addPortfolioItemOperation, owner, {
      body: { title: "  Claims platform migration ", description: "Led the move to FastAPI.", url: "https://example.com/claims" },
    });
    expect(added).toMatchObject({
      status: 201,
      json: { title: "Claims platform migration", description: "Led the move to FastAPI.", url: "https://example.com/claims" },
    });
    await callOperation(addPortfolioItemOperation, owner, { body: { title: "Search rewrite", url: "" } });
    const profile = await callOperation(getExpertProfileOperation, client, { params: { id: owner.expertProfileId! } });
    expect(profile.status).toBe(200);
    expect((profile.json.portfolio as { title: string; url: string | null }[]).map((item) => [item.title, item.url])).toEqual([
      ["Claims platform migration", "https://example.com/claims"],
      ["Search rewrite", null],
    ]);
  });

  it("refuse a link that is not http or https, an empty title, overlong text and unknown fields, writing nothing", async () => {
    const owner = await expert();
    for (const [body, field] of [
      [{ title: "Demo", url: "javascript:alert(1)" }, "url"],
      [{ title: "Demo", url: "ftp://example.com/file" }, "url"],
      [{ title: "Demo", url: "data:text/html,hi" }, "url"],
      [{ title: "Demo", url: "not a link" }, "url"],
      [{ title: "   " }, "title"],
      [{ title: "x".repeat(121) }, "title"],
      [{ title: "Demo", description: "x".repeat(2_001) }, "description"],
    ] as const) {
      const answer = await callOperation(addPortfolioItemOperation, owner, { body });
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(answer.json.error?.fields ?? {})).toEqual([field]);
    }
    expect((await callOperation(addPortfolioItemOperation, owner, { body: { title: "Demo", position: 1 } })).status).toBe(400);
    expect(await listOwnPortfolio(owner)).toEqual([]);
  });

  it(`hold at most ${MAX_PORTFOLIO_ITEMS}, also when added at once`, async () => {
    const owner = await expert();
    const results = await Promise.allSettled(
      Array.from({ length: MAX_PORTFOLIO_ITEMS + 3 }, (_, index) =>
        addPortfolioItem({ user: owner, input: { title: `Item ${index}`, description: "", url: null, fileIds: [] } }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(MAX_PORTFOLIO_ITEMS);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason.code)).toEqual([
      "CONFLICT",
      "CONFLICT",
      "CONFLICT",
    ]);
    expect(await db.portfolioItem.count({ where: { expertProfileId: owner.expertProfileId! } })).toBe(MAX_PORTFOLIO_ITEMS);
  });

  it("are reordered only with every item once", async () => {
    const owner = await expert();
    const ids: string[] = [];
    for (const title of ["First", "Second", "Third"])
      ids.push((await addPortfolioItem({ user: owner, input: { title, description: "", url: null, fileIds: [] } })).id);
    const reordered = await callOperation(reorderPortfolioOperation, owner, { body: { itemIds: [ids[2], ids[0], ids[1]] } });
    expect(reordered.status).toBe(200);
    expect((await listOwnPortfolio(owner)).map((item) => item.title)).toEqual(["Third", "First", "Second"]);
    expect((await callOperation(reorderPortfolioOperation, owner, { body: { itemIds: [ids[0], ids[1]] } })).status).toBe(422);
    expect((await callOperation(reorderPortfolioOperation, owner, { body: { itemIds: [ids[0], ids[0], ids[1]] } })).status).toBe(422);
    expect((await listOwnPortfolio(owner)).map((item) => item.title)).toEqual(["Third", "First", "Second"]);
  });

  it("are changed and deleted by their expert only: another expert gets a 404, a client a 403", async () => {
    const owner = await expert();
    const other = await expert();
    const client = await createClient();
    const item = await addPortfolioItem({ user: owner, input: { title: "Mine", description: "", url: null, fileIds: [] } });
    expect((await callOperation(updatePortfolioItemOperation, other, { params: { id: item.id }, body: { title: "Theirs" } })).status).toBe(404);
    expect((await callOperation(deletePortfolioItemOperation, other, { params: { id: item.id } })).status).toBe(404);
    expect((await callOperation(reorderPortfolioOperation, other, { body: { itemIds: [item.id] } })).status).toBe(422);
    expect((await callOperation(updatePortfolioItemOperation, client, { params: { id: item.id }, body: { title: "Theirs" } })).status).toBe(403);
    expect(await listOwnPortfolio(owner)).toMatchObject([{ title: "Mine" }]);

    const edited = await callOperation(updatePortfolioItemOperation, owner, { params: { id: item.id }, body: { url: "http://example.org/x" } });
    expect(edited).toMatchObject({ status: 200, json: { title: "Mine", url: "http://example.org/x" } });
    expect((await callOperation(deletePortfolioItemOperation, owner, { params: { id: item.id } })).status).toBe(200);
    expect(await listOwnPortfolio(owner)).toEqual([]);
  });
});

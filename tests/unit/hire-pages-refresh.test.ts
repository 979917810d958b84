import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Prisma } from "@/generated/prisma/client";

const { revalidatePath, database, logger } = vi.hoisted(() => ({
  revalidatePath: vi.fn(),
  database: { $executeRaw: vi.fn(), $queryRaw: vi.fn() },
  logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn() },
}));
vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("@/lib/db", () => ({ db: database }));
vi.mock("@/lib/logger", () => ({ logger }));

const { announceExpertHirePages, announceHirePageChanges, hirePagePathsOf } = await import("@/lib/hire-pages/announce-changes");
const { changePayloads, HIRE_PAGES_CHANNEL, MAX_PAYLOAD_BYTES, parseChangePayload } = await import("@/lib/hire-pages/page-changes");

/** The payloads sent with pg_notify, in order (Prisma.sql's values: channel, payload). */
const notified = () =>
  database.$executeRaw.mock.calls.map((call) => {
    const { values } = call[0] as Prisma.Sql;
    expect(values[0]).toBe(HIRE_PAGES_CHANNEL);
    return JSON.parse(String(values[1])) as { paths: string[] };
  });

beforeEach(() => {
  for (const mock of [revalidatePath, database.$executeRaw, database.$queryRaw, logger.error]) mock.mockReset();
});

describe("changePayloads", () => {
  it("lists each hiring page once and leaves out anything else", () => {
    expect(changePayloads(["/hire/python", "/hire/python", "/hire/databases", "/admin", "/hire/../admin", "/hire/a/b"])).toEqual([
      JSON.stringify({ paths: ["/hire/python", "/hire/databases"] }),
    ]);
    expect(changePayloads([])).toEqual([]);
  });

  it("splits a long list into payloads NOTIFY accepts", () => {
    const paths = Array.from({ length: 400 }, (_, index) => `/hire/skill-${index}-${"x".repeat(40)}`);
    const payloads = changePayloads(paths);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(payloads.flatMap((payload) => parseChangePayload(payload) ?? [])).toEqual(paths);
  });

  it("reads back only hiring page paths, and nothing from a payload that is not one", () => {
    expect(parseChangePayload(JSON.stringify({ paths: ["/hire/go", "http://elsewhere.test/", "/api/v1/me"] }))).toEqual(["/hire/go"]);
    expect(parseChangePayload("not json")).toBeNull();
    expect(parseChangePayload(JSON.stringify({ all: true }))).toBeNull();
  });
});

describe("hirePagePathsOf", () => {
  it("names the page of each skill and of each skill's group, once", async () => {
    database.$queryRaw.mockResolvedValue([
      { slug: "python", category: "Languages" },
      { slug: "go", category: "Languages" },
      { slug: "postgresql", category: "Databases" },
    ]);
    expect(await hirePagePathsOf("user-1")).toEqual(["/hire/databases", "/hire/go", "/hire/postgresql", "/hire/programming-languages", "/hire/python"]);
  });
});

describe("announceHirePageChanges", () => {
  it("notifies the hire_pages channel with the paths", async () => {
    await announceHirePageChanges(["/hire/python", "/hire/programming-languages"]);
    expect(notified()).toEqual([{ paths: ["/hire/python", "/hire/programming-languages"] }]);
  });

  it("does nothing for no pages (a client suspended, an expert without skills)", async () => {
    await announceHirePageChanges([]);
    expect(database.$executeRaw).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("also marks every /hire/ page stale in this request, when Next.js serves it", async () => {
    await announceHirePageChanges(["/hire/python"]);
    expect(revalidatePath.mock.calls).toEqual([["/hire/[slug]", "page"]]);
  });

  it("announces outside a request Next.js serves (the API router, the worker)", async () => {
    revalidatePath.mockImplementation((path: string) => {
      throw new Error(`Invariant: static generation store missing in revalidatePath(${JSON.stringify(path)})`);
    });
    await announceHirePageChanges(["/hire/python"]);
    expect(notified()).toEqual([{ paths: ["/hire/python"] }]);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("never fails the change it announces: a failure is logged", async () => {
    database.$executeRaw.mockRejectedValue(new Error("connection refused"));
    await expect(announceHirePageChanges(["/hire/python"])).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it("announces even when Next.js refuses to mark its cache stale", async () => {
    revalidatePath.mockImplementation(() => {
      throw new Error("Route /hire/python used revalidatePath during render");
    });
    await expect(announceHirePageChanges(["/hire/python"])).resolves.toBeUndefined();
    expect(notified()).toEqual([{ paths: ["/hire/python"] }]);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });
});

describe("announceExpertHirePages", () => {
  it("announces the expert's pages now together with the ones they were on before", async () => {
    database.$queryRaw.mockResolvedValue([{ slug: "go", category: "Languages" }]);
    await announceExpertHirePages("user-1", { before: ["/hire/python", "/hire/programming-languages"] });
    expect(notified()).toEqual([{ paths: ["/hire/python", "/hire/programming-languages", "/hire/go"] }]);
  });

  it("still announces the pages before when the ones now cannot be read", async () => {
    database.$queryRaw.mockRejectedValue(new Error("connection refused"));
    await expect(announceExpertHirePages("user-1", { before: ["/hire/python"] })).resolves.toBeUndefined();
    expect(notified()).toEqual([{ paths: ["/hire/python"] }]);
  });
});

describe("announceHirePageChanges with the real next/cache", () => {
  it("runs outside Next.js without throwing or logging", async () => {
    vi.doUnmock("next/cache");
    vi.resetModules();
    const real = await import("@/lib/hire-pages/announce-changes");
    await real.announceHirePageChanges(["/hire/python"]);
    expect(logger.error).not.toHaveBeenCalled();
  });
});

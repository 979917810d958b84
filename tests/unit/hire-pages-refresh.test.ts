import { beforeEach, describe, expect, it, vi } from "vitest";

const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath }));

const { refreshHirePages } = await import("@/lib/hire-pages/refresh");

describe("refreshHirePages", () => {
  beforeEach(() => {
    revalidatePath.mockReset();
  });

  it("marks every /hire/ page and the sitemap stale", () => {
    refreshHirePages();
    expect(revalidatePath.mock.calls).toEqual([["/hire/[slug]", "page"], ["/sitemap.xml"]]);
  });

  it("does nothing outside a request Next.js serves (the worker, scripts, tests)", () => {
    revalidatePath.mockImplementation((path: string) => {
      throw new Error(`Invariant: static generation store missing in revalidatePath(${JSON.stringify(path)})`);
    });
    expect(() => refreshHirePages()).not.toThrow();
  });

  it("lets any other failure through", () => {
    revalidatePath.mockImplementation(() => {
      throw new Error("Route /hire/python used revalidatePath during render");
    });
    expect(() => refreshHirePages()).toThrow(/during render/);
  });
});

describe("refreshHirePages with the real next/cache", () => {
  it("is called from code that runs outside Next.js without throwing", async () => {
    vi.doUnmock("next/cache");
    vi.resetModules();
    const real = await import("@/lib/hire-pages/refresh");
    expect(() => real.refreshHirePages()).not.toThrow();
  });
});

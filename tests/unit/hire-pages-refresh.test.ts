import { beforeEach, describe, expect, it, vi } from "vitest";

const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath }));

const { refreshHirePages } = await import("@/lib/hire-pages/refresh");

describe("refreshHirePages", () => {
  beforeEach(() => {
    revalidatePath.mockReset();
  });

  it("marks every /hire/ page stale", async () => {
    await refreshHirePages();
    expect(revalidatePath.mock.calls).toEqual([["/hire/[slug]", "page"]]);
  });

  it("does nothing outside a request Next.js serves (the worker, scripts, tests)", async () => {
    revalidatePath.mockImplementation((path: string) => {
      throw new Error(`Invariant: static generation store missing in revalidatePath(${JSON.stringify(path)})`);
    });
    await expect(refreshHirePages()).resolves.toBeUndefined();
  });

  it("never fails the change that called it", async () => {
    revalidatePath.mockImplementation(() => {
      throw new Error("Route /hire/python used revalidatePath during render");
    });
    await expect(refreshHirePages()).resolves.toBeUndefined();
  });
});

describe("refreshHirePages with the real next/cache", () => {
  it("is called from code that runs outside Next.js without throwing", async () => {
    vi.doUnmock("next/cache");
    vi.resetModules();
    const real = await import("@/lib/hire-pages/refresh");
    await expect(real.refreshHirePages()).resolves.toBeUndefined();
  });
});

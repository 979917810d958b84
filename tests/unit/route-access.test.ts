import { describe, expect, it } from "vitest";
import { isRoleSection, pageAccess } from "@/lib/auth/route-access";

describe("pageAccess", () => {
  it("leaves public pages open to everyone", () => {
    expect(pageAccess("/", null)).toBe("public");
    expect(pageAccess("/sign-in", null)).toBe("public");
    expect(pageAccess("/administrator-guide", null)).toBe("public");
  });

  it("sends signed-out visitors of role sections to sign in", () => {
    expect(pageAccess("/admin", null)).toBe("sign-in");
    expect(pageAccess("/client/requests/1", null)).toBe("sign-in");
    expect(pageAccess("/dashboard", null)).toBe("sign-in");
  });

  it("refuses a role outside its section and admits it inside", () => {
    expect(pageAccess("/admin/users", "CLIENT")).toBe("forbidden");
    expect(pageAccess("/expert", "CLIENT")).toBe("forbidden");
    expect(pageAccess("/client", "EXPERT")).toBe("forbidden");
    expect(pageAccess("/admin", "ADMIN")).toBe("allowed");
    expect(pageAccess("/client", "CLIENT")).toBe("allowed");
    expect(pageAccess("/dashboard", "EXPERT")).toBe("allowed");
    for (const role of ["CLIENT", "EXPERT", "ADMIN"] as const) expect(pageAccess("/contracts/abc", role)).toBe("allowed");
    expect(pageAccess("/contracts", null)).toBe("sign-in");
  });
});

describe("isRoleSection", () => {
  it("is true exactly where the answer depends on the role, so the proxy decodes the session only there", () => {
    const paths = ["/", "/sign-in", "/administrator-guide", "/api/v1/requests/1", "/admin", "/client/requests/1", "/dashboard", "/messages/x", "/expertise"];
    for (const path of paths) {
      const dependsOnRole = new Set([null, "CLIENT", "EXPERT", "ADMIN"].map((role) => pageAccess(path, role as "CLIENT" | null))).size > 1;
      expect(isRoleSection(path), path).toBe(dependsOnRole);
    }
  });
});

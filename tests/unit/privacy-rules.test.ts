import { describe, expect, it } from "vitest";
import { readmeText } from "@/lib/privacy/export-sections";
import { toExportView } from "@/lib/privacy/export-view";
import { deleteAccountSchema } from "@/lib/privacy/schemas";

const NOW = new Date("2026-12-07T12:00:00Z");
const row = (status: "QUEUED" | "BUILDING" | "READY" | "EXPIRED" | "FAILED", expiresAt: Date | null = null) => ({
  id: "export-1",
  status,
  sectionsDone: 0,
  sectionsTotal: 0,
  sizeBytes: null,
  failureReason: null,
  readyAt: null,
  expiresAt,
  createdAt: NOW,
});

describe("an export as its owner sees it", () => {
  it("offers the download only while ready and unexpired", () => {
    expect(toExportView(row("READY", new Date(NOW.getTime() + 1)), NOW)).toMatchObject({
      status: "READY",
      downloadPath: "/api/v1/privacy/exports/export-1/download",
    });
    expect(toExportView(row("READY", NOW), NOW)).toMatchObject({ status: "EXPIRED", downloadPath: null });
    for (const status of ["QUEUED", "BUILDING", "EXPIRED", "FAILED"] as const) expect(toExportView(row(status), NOW).downloadPath).toBeNull();
  });

  it("comes with a README that lists every file", () => {
    const text = readmeText({ name: "Ada", createdAt: NOW });
    for (const file of ["account.json", "conversations.json", "payments.json", "audit-log.json"]) expect(text).toContain(file);
  });
});

describe("the deletion form", () => {
  it("takes the password and DELETE, in capitals, and nothing else", () => {
    expect(deleteAccountSchema.safeParse({ password: "secret", confirmation: "DELETE" }).success).toBe(true);
    expect(deleteAccountSchema.safeParse({ password: "secret", confirmation: " DELETE " }).success).toBe(true);
    expect(deleteAccountSchema.safeParse({ password: "secret", confirmation: "delete" }).error?.issues[0].message).toBe(
      "Type DELETE in capital letters to confirm.",
    );
    expect(deleteAccountSchema.safeParse({ password: "", confirmation: "DELETE" }).error?.issues[0].message).toBe("Type your current password.");
    expect(deleteAccountSchema.safeParse({ password: "secret", confirmation: "DELETE", extra: 1 }).success).toBe(false);
  });
});

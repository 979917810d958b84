import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeAction } from "@/lib/admin/audit-format";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/audit/actions";

const LIB = path.resolve(__dirname, "../../lib");
const WRITER = path.join(LIB, "audit", "record-audit.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("audit actions", () => {
  it("are written through recordAudit only, so every one of them is on the list", () => {
    const directWriters = sourceFiles(LIB).filter((file) => file !== WRITER && /\bauditLog\s*\.\s*create(Many)?\s*\(/.test(readFileSync(file, "utf8")));
    expect(directWriters.map((file) => path.relative(LIB, file))).toEqual([]);
  });

  it("each read in words of their own in the console", () => {
    const labels = AUDIT_ACTIONS.map(describeAction);
    expect(new Set(labels).size).toBe(AUDIT_ACTIONS.length);
    expect(describeAction("dispute.resolved")).toBe("Resolved a dispute");
  });

  it("stored before a rename still read, from the action's own name", () => {
    expect(isAuditAction("vetting.advanced")).toBe(false);
    expect(describeAction("vetting.advanced")).toBe("Vetting: advanced");
  });
});

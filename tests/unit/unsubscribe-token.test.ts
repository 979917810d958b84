import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JOB_KINDS } from "@/lib/jobs/kinds";
import { NOTIFICATION_PREFERENCE, PREFERENCE_KINDS, preferenceKindOf } from "@/lib/notifications/preference-kinds";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

const SECRET = "a-test-secret-that-is-long-enough-for-hmac-0123456789";

describe("unsubscribe links", () => {
  it("name the user and the kind, and verify with the secret that signed them", () => {
    for (const kind of PREFERENCE_KINDS) {
      const token = signUnsubscribeToken("user_123", kind, SECRET);
      expect(verifyUnsubscribeToken(token, SECRET)).toEqual({ userId: "user_123", kind });
    }
  });

  it("are refused when forged, tampered with, cut short or signed with another secret", () => {
    const token = signUnsubscribeToken("user_123", "MONEY", SECRET);
    const [userId, slug, signature] = token.split(".");
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    for (const bad of [
      `${userId}.${slug}.${flipped}`,
      `user_456.${slug}.${signature}`,
      `${userId}.messages.${signature}`,
      `${userId}.${slug}.${signature.slice(0, 20)}`,
      `${userId}.${slug}`,
      `${userId}.nonsense.${signature}`,
      "",
      "...",
    ]) {
      expect(verifyUnsubscribeToken(bad, SECRET), bad).toBeNull();
    }
    expect(verifyUnsubscribeToken(token, `${SECRET}-other`)).toBeNull();
  });
});

// Every notification kind written through notifyUsers/notifyAdmins, found in the source.
function notificationKindsInSource() {
  const lib = path.resolve(__dirname, "../../lib");
  const files = readdirSync(lib, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const jobKinds = new Set<string>(JOB_KINDS);
  const kinds = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    if (!/notifyUsers|notifyAdmins|kind: `vetting\./.test(source)) continue;
    for (const match of source.matchAll(/\bkind:\s*"([a-z-]+\.[a-z-]+)"/g)) if (!jobKinds.has(match[1])) kinds.add(match[1]);
  }
  return [...kinds].sort();
}

describe("notification kinds", () => {
  it("each belong to one of the five email choices, or are security email", () => {
    const kinds = notificationKindsInSource();
    expect(kinds.length).toBeGreaterThan(25);
    expect(kinds.filter((kind) => !(kind in NOTIFICATION_PREFERENCE))).toEqual([]);
  });

  it("map vetting decisions to reminders and sign-in alerts to security", () => {
    expect(preferenceKindOf("vetting.approved")).toBe("REMINDERS");
    expect(preferenceKindOf("account.sign-in-locked")).toBe("SECURITY");
    expect(preferenceKindOf("milestone.released")).toBe("MONEY");
    expect(preferenceKindOf("invitation.received")).toBe("INVITATIONS");
    expect(preferenceKindOf("request.shortlisted")).toBe("SHORTLISTS");
  });
});

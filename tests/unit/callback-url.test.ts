import { describe, expect, it } from "vitest";
import { callbackPathOnSite } from "@/lib/auth/callback-url";

const ORIGIN = "https://vetted.example";

describe("callbackPathOnSite", () => {
  it("keeps a path on this site, given as a path or as a URL on this origin", () => {
    expect(callbackPathOnSite("/client/requests?status=open", ORIGIN)).toBe("/client/requests?status=open");
    expect(callbackPathOnSite("https://vetted.example/expert#invitations", ORIGIN)).toBe("/expert#invitations");
    expect(callbackPathOnSite("https://vetted.example", ORIGIN)).toBe("/");
  });

  it("refuses other origins, other schemes, look-alikes and what does not parse", () => {
    for (const value of [
      "https://evil.test/",
      "http://vetted.example/",
      "https://vetted.example.evil.test/",
      "https://vetted.example@evil.test/",
      "//evil.test",
      "/\\evil.test",
      "/\t/evil.test",
      "https://vetted.example//evil.test",
      "javascript:alert(1)",
      "data:text/html,hi",
      "http://[",
      "%E0%A4%A",
      "",
    ]) {
      expect(callbackPathOnSite(value, ORIGIN), value).toBeNull();
    }
  });
});

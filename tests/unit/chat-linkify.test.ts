import { describe, expect, it } from "vitest";
import { linkify } from "@/lib/chat/linkify";

describe("linkify", () => {
  it("turns web addresses into links and leaves the rest as text", () => {
    expect(linkify("Spec: https://example.com/spec?v=2 and notes")).toEqual([
      { type: "text", text: "Spec: " },
      { type: "link", text: "https://example.com/spec?v=2", href: "https://example.com/spec?v=2" },
      { type: "text", text: " and notes" },
    ]);
  });

  it("keeps sentence punctuation and unbalanced brackets out of the link, balanced ones in", () => {
    expect(linkify("(see http://a.example/x).")).toEqual([
      { type: "text", text: "(see " },
      { type: "link", text: "http://a.example/x", href: "http://a.example/x" },
      { type: "text", text: ")." },
    ]);
    expect(linkify("https://en.example.org/wiki/Foo_(bar)!")[0]).toEqual({
      type: "link",
      text: "https://en.example.org/wiki/Foo_(bar)",
      href: "https://en.example.org/wiki/Foo_(bar)",
    });
  });

  it("never links other schemes or markup", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", '<a href="https://x">x</a>', "ftp://files.example"]) {
      const links = linkify(text).filter((segment) => segment.type === "link");
      expect(links.map((link) => link.href).every((href) => href.startsWith("http"))).toBe(true);
      expect(links.some((link) => link.href.includes("<") || link.href.includes('"'))).toBe(false);
    }
    expect(linkify("javascript:alert(1)")).toEqual([{ type: "text", text: "javascript:alert(1)" }]);
  });

  it("gives back the whole text, in order, whatever it holds", () => {
    const text = "a https://x.example b\nhttps://y.example/é c 🙂";
    expect(
      linkify(text)
        .map((segment) => segment.text)
        .join(""),
    ).toBe(text);
  });
});

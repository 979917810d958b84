import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security-headers.cjs";

// React Aria writes two fixed <style> elements into <head>; the policy allows them by hash. A library
// update that changes their text would be refused in the browser, so the hashes are recomputed here
// from the installed library's own source.

const libraryFile = (relative: string) => readFileSync(path.join("node_modules", "react-aria", "dist", "private", relative), "utf8");

function injectedStyleText(source: string, substitutions: Record<string, string> = {}) {
  const template = source.match(/style\.textContent = `([^`]*)`\.trim\(\)/)?.[1];
  if (!template) throw new Error("React Aria no longer writes a <style> element this way: check the policy by hand");
  return template.replace(/\$\{([^}]+)\}/g, (_, name: string) => substitutions[name] ?? `\${${name}}`).trim();
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the style hashes in the Content-Security-Policy", () => {
  const policy = securityHeaders({ isDevelopment: false }).find((header) => header.key === "Content-Security-Policy")?.value ?? "";
  const styleSources = policy.match(/style-src ([^;]*)/)?.[1].split(" ") ?? [];

  it("allow the pressable rule React Aria adds", () => {
    const source = libraryFile("interactions/usePress.mjs");
    const attribute = source.match(/PRESSABLE_ATTRIBUTE = '([^']+)'/)?.[1] ?? "";
    const variable = source.match(/\$\{(\$\w+\$var\$PRESSABLE_ATTRIBUTE)\}/)?.[1] ?? "";
    const text = injectedStyleText(source, { [variable]: attribute });
    expect(text).toContain("[data-react-aria-pressable]");
    expect(styleSources).toContain(sha256(text));
  });

  it("allow the scroll lock's rule React Aria adds", () => {
    const text = injectedStyleText(libraryFile("overlays/usePreventScroll.mjs"));
    expect(text).toContain("overscroll-behavior: contain");
    expect(styleSources).toContain(sha256(text));
  });
});

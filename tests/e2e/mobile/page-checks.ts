import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { PHONE_WIDTH } from "./device";

// What every page must pass on a phone: nothing wider than the screen, and axe's WCAG 2.2 A/AA rules
// (target-size among them: touch targets of 24 px or more).

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function axeProblems(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${label}: ${violation.id}: ${violation.help} (${violation.nodes.length}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(", ")})`,
  );
}

/** What sticks out past the right edge of the screen, named by tag and class, to say which layout to fix. */
export async function overflowProblems(page: Page, label: string): Promise<string[]> {
  const { scrollWidth, culprits } = await page.evaluate((width) => {
    // Content a scrolling region clips is not the page's width: skip what sits inside one.
    const isClipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const offenders = [...document.body.querySelectorAll("*")].filter((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(element).position === "fixed" || isClipped(element)) return false;
      // A box past the edge, or text running out of its box (a long word or address does not widen the box itself).
      const textOverflow = getComputedStyle(element).overflowX === "visible" ? element.scrollWidth - element.clientWidth : 0;
      return box.right + Math.max(textOverflow, 0) > width + 0.5;
    });
    // The innermost offenders: they name the element whose content does not fit.
    const innermost = offenders.filter((element) => !offenders.some((other) => other !== element && element.contains(other)));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      culprits: innermost.slice(0, 3).map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}">`),
    };
  }, PHONE_WIDTH);
  return scrollWidth <= PHONE_WIDTH ? [] : [`${label}: the page is ${scrollWidth} px wide (${culprits.join(", ")})`];
}

/** The session of a party made by the authorization fixtures, as cookies of the context. */
export async function addSessionCookies(context: BrowserContext, cookieHeader: string, baseURL: string) {
  const cookies = cookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const separator = pair.indexOf("=");
      return { name: pair.slice(0, separator), value: pair.slice(separator + 1), url: baseURL };
    });
  await context.addCookies(cookies);
}

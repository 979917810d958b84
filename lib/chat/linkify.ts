// Splits message text into plain text and web links, for rendering as React nodes (never as HTML).
// Only http: and https: become links, so a message cannot smuggle in javascript: or data: URLs.

export type TextSegment = { type: "text"; text: string };
export type LinkSegment = { type: "link"; text: string; href: string };
export type MessageSegment = TextSegment | LinkSegment;

const URL_CANDIDATE = /https?:\/\/[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "'", '"', "*", "_"]);
const CLOSING_BRACKETS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

const countOf = (text: string, character: string) => text.split(character).length - 1;

/** "see https://example.com/a)." ends the link at "a": sentence punctuation and unbalanced brackets stay text. */
function trimTrailing(candidate: string): string {
  let url = candidate;
  while (url.length > 0) {
    const last = url[url.length - 1];
    const opening = CLOSING_BRACKETS[last];
    const isUnbalancedBracket = opening !== undefined && countOf(url, last) > countOf(url, opening);
    if (!TRAILING_PUNCTUATION.has(last) && !isUnbalancedBracket) break;
    url = url.slice(0, -1);
  }
  return url;
}

function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    const isWeb = url.protocol === "http:" || url.protocol === "https:";
    return isWeb && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

export function linkify(text: string): MessageSegment[] {
  const segments: MessageSegment[] = [];
  let textStart = 0;
  const pushText = (end: number) => {
    if (end > textStart) segments.push({ type: "text", text: text.slice(textStart, end) });
  };
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const linkText = trimTrailing(match[0]);
    const href = safeHref(linkText);
    if (!href) continue;
    pushText(match.index);
    segments.push({ type: "link", text: linkText, href });
    textStart = match.index + linkText.length;
  }
  pushText(text.length);
  return segments;
}

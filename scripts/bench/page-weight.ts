import { gzipSync } from "node:zlib";

export type PageWeight = {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Inline <script> text: mostly React's payload for hydrating the page. */
  inlineScriptBytes: number;
  scriptFiles: number;
  jsBytes: number;
  jsGzipBytes: number;
};

/** What a first visit downloads: the HTML and every script file it names (stylesheets and fonts are not counted). */
export async function measurePageWeight(origin: string, path: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const html = await (await fetch(`${origin}${path}`, { headers })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]))];
  const inlineScriptBytes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1]),
    0,
  );
  let jsBytes = 0;
  let jsGzipBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replaceAll("&amp;", "&"), origin))).arrayBuffer());
    jsBytes += body.length;
    jsGzipBytes += gzipSync(body).length;
  }
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    inlineScriptBytes,
    scriptFiles: sources.length,
    jsBytes,
    jsGzipBytes,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function pageWeightMarkdown(weights: PageWeight[]) {
  return [
    "| page | HTML | HTML gzip | inline script | script files | JS | JS gzip |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...weights.map(
      (weight) =>
        `| ${weight.path} | ${kb(weight.htmlBytes)} | ${kb(weight.htmlGzipBytes)} | ${kb(weight.inlineScriptBytes)} | ${weight.scriptFiles} | ${kb(weight.jsBytes)} | ${kb(weight.jsGzipBytes)} |`,
    ),
  ].join("\n");
}

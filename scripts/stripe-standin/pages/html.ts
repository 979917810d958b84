const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

// Tagged template that escapes every interpolation unless it is already rendered markup.
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function html(strings: TemplateStringsArray, ...values: Array<string | number | SafeHtml | null | undefined>): SafeHtml {
  const rendered = strings.reduce((result, text, index) => {
    const value = index < values.length ? values[index] : "";
    const piece = value instanceof SafeHtml ? value.html : value === null || value === undefined ? "" : escapeHtml(value);
    return result + text + piece;
  }, "");
  return new SafeHtml(rendered);
}

export function joinHtml(parts: SafeHtml[]): SafeHtml {
  return new SafeHtml(parts.map((part) => part.html).join("\n"));
}

const STYLES = `
  body { font-family: system-ui, sans-serif; background: #f6f9fc; color: #1a1f36; margin: 0; }
  main { max-width: 28rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
  h1 { font-size: 1.35rem; margin-top: 0; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.35rem; }
  input { width: 100%; box-sizing: border-box; font-size: 1rem; padding: 0.6rem; border: 1px solid #8792a2; border-radius: 6px; }
  input[aria-invalid="true"] { border-color: #b3093c; }
  button { margin-top: 1rem; width: 100%; font-size: 1rem; padding: 0.7rem; border: 0; border-radius: 6px; background: #4f46e5; color: #fff; cursor: pointer; }
  button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  a { color: #3730a3; display: inline-block; margin-top: 1rem; }
  .hint { color: #4f566b; font-size: 0.9rem; }
  .error { color: #b3093c; font-weight: 600; }
  .badge { display: inline-block; background: #fff4d6; color: #6b4500; border-radius: 4px; padding: 0.1rem 0.4rem; font-size: 0.8rem; }
`;

export function renderDocument(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new SafeHtml(STYLES)}</style>
</head>
<body>
<main>
<p><span class="badge">Test mode · Stripe stand-in</span></p>
${body}
</main>
</body>
</html>`.html;
}

export function renderMessagePage(title: string, message: string, link?: { href: string; label: string }): string {
  const action = link ? html`<a href="${link.href}">${link.label}</a>` : null;
  return renderDocument(title, html`<h1>${title}</h1>\n<p>${message}</p>\n${action}`);
}

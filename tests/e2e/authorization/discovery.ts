import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";

// What the app serves, read from its files at test time, so that a route, server action or page
// added tomorrow is found without anyone remembering to list it.

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type DiscoveredRoute = { method: HttpMethod; path: string; file: string; takesJsonBody: boolean };
export type DiscoveredAction = { file: string; name: string; source: string };
export type DiscoveredPage = { path: string; file: string; group: string | null };

const APP_DIR = "app";
// next-auth's own sign-in machinery: its CSRF token and callbacks are how every test signs in.
const SKIPPED_ROUTE_DIRS = ["app/api/auth/[...nextauth]"];

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).split(sep).join("/"))
    .sort();
}

/** "app/(app)/client/requests/[id]/page.tsx" → "/client/requests/[id]": folders are segments, (groups) are not. */
export function urlPatternOf(file: string): string {
  const segments = file
    .split("/")
    .slice(1, -1)
    .filter((segment) => !/^\(.+\)$/.test(segment));
  return `/${segments.join("/")}`;
}

export const groupOf = (file: string) =>
  file
    .split("/")
    .slice(1, -1)
    .find((segment) => /^\(.+\)$/.test(segment)) ?? null;

const exportedMethodPattern = new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+(${HTTP_METHODS.join("|")})\\b`, "g");

/** `export const GET = …`, `export async function POST(…)` and `export { handler as GET }`. */
export function exportedMethods(source: string): HttpMethod[] {
  const methods = new Set<HttpMethod>();
  for (const match of source.matchAll(exportedMethodPattern)) methods.add(match[1] as HttpMethod);
  for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of list[1].split(",")) {
      const exported = item
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (HTTP_METHODS.includes(exported as HttpMethod)) methods.add(exported as HttpMethod);
    }
  }
  return [...methods].sort();
}

/** Whether a route handler reads a body (next-auth's is the only one left, and it is skipped). */
function takesJsonBody(source: string): boolean {
  return /request\.(text|json)\(\)/.test(source);
}

/** Operations declared with defineOperation (lib/<domain>/<verb>-<noun>.operation.ts), which the API router serves. */
function discoverDeclaredOperations(): DiscoveredRoute[] {
  return filesUnder("lib")
    .filter((file) => file.endsWith(".operation.ts"))
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const method = /\bmethod:\s*"(\w+)"/.exec(source)?.[1] as HttpMethod | undefined;
      const path = /\bpath:\s*"([^"]+)"/.exec(source)?.[1];
      if (!method || !path) throw new Error(`${file} declares no method or path`);
      return { method, path: path.replace(/\{(\w+)\}/g, "[$1]"), file, takesJsonBody: /\binput:\s*\{[^}]*\b(body|rawBody)\s*:/.test(source) };
    });
}

export function discoverRoutes(): DiscoveredRoute[] {
  return [...discoverDeclaredOperations(), ...discoverRouteFiles()];
}

function discoverRouteFiles(): DiscoveredRoute[] {
  return filesUnder(join(APP_DIR, "api"))
    .filter((file) => file.endsWith("/route.ts"))
    .filter((file) => !SKIPPED_ROUTE_DIRS.some((skipped) => file.startsWith(`${skipped}/`)))
    .flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return exportedMethods(source).map((method) => ({ method, path: urlPatternOf(file), file, takesJsonBody: takesJsonBody(source) }));
    });
}

const hasUseServerDirective = (source: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);

/**
 * Server action modules: every app/** file whose first statement is "use server" (by convention
 * named actions.ts; any other name is reported too), and the async functions each exports.
 */
export function discoverActions(): { actions: DiscoveredAction[]; misnamedFiles: string[] } {
  const files = filesUnder(APP_DIR).filter((file) => /\.(ts|tsx)$/.test(file));
  const actionFiles = files.filter((file) => hasUseServerDirective(readFileSync(file, "utf8")));
  const actions = actionFiles.flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const names = [
      ...[...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((match) => match[1]),
      ...[...source.matchAll(/export\s+const\s+(\w+)\s*=\s*async\b/g)].map((match) => match[1]),
    ];
    return names.map((name) => ({ file, name, source }));
  });
  return { actions, misnamedFiles: actionFiles.filter((file) => !file.endsWith("/actions.ts")) };
}

export function discoverPages(): DiscoveredPage[] {
  return filesUnder(APP_DIR)
    .filter((file) => file.endsWith("/page.tsx"))
    .map((file) => ({ path: urlPatternOf(file), file, group: groupOf(file) }));
}

/** The body of `export async function name(…) { … }`, up to the next top-level export (enough for a first-call check). */
export function functionSource(source: string, name: string): string | null {
  const start = source.search(new RegExp(`export\\s+(?:async\\s+function\\s+${name}\\b|const\\s+${name}\\s*=)`));
  if (start < 0) return null;
  const rest = source.slice(start + 1);
  const next = rest.search(/\n(?:export\s|async\s+function\s|function\s|const\s)/);
  return source.slice(start, next < 0 ? undefined : start + 1 + next);
}

/** "/api/v1/requests/[id]" with { id: "r1" } → "/api/v1/requests/r1". */
export function fillPattern(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for [${name}] in ${pattern}`);
    return encodeURIComponent(value);
  });
}

export const paramNamesOf = (pattern: string) => [...pattern.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]);

import { ACTIONS } from "./action-matrix";
import { discoverActions, discoverPages, discoverRoutes, paramNamesOf } from "./discovery";
import { PROBES, ROUTES } from "./matrix";
import { PAGE_PROBES, PAGES } from "./page-matrix";

// The matrix against what discovery found: every route, action and page has exactly one entry, no
// entry names something that is gone, and each entry can build a valid request for its route.

function compare(kind: string, discovered: readonly string[], listed: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const key of listed) {
    if (seen.has(key)) problems.push(`${kind} ${key} has two entries in the matrix`);
    seen.add(key);
  }
  for (const key of discovered) if (!seen.has(key)) problems.push(`${kind} ${key} has no matrix entry: say who may call it and what each role gets`);
  const found = new Set(discovered);
  for (const key of listed) if (!found.has(key)) problems.push(`${kind} ${key} is in the matrix but no longer exists`);
  return problems;
}

export function routeCoverageProblems(): string[] {
  const routes = discoverRoutes();
  const problems = compare(
    "route",
    routes.map((route) => `${route.method} ${route.path}`),
    ROUTES.map((entry) => `${entry.method} ${entry.path}`),
  );
  for (const route of routes) {
    const entry = ROUTES.find((candidate) => candidate.method === route.method && candidate.path === route.path);
    if (!entry) continue;
    const label = `${route.method} ${route.path}`;
    if (route.takesJsonBody && !entry.body) problems.push(`${label} parses a JSON body (${route.file}), but its entry sends none: give it a valid one`);
    if (!route.takesJsonBody && entry.body) problems.push(`${label} reads no body, but its entry sends one`);
    for (const name of paramNamesOf(route.path)) {
      if (name === "id" && !entry.record) problems.push(`${label}: say which record [id] points at`);
      if (name !== "id" && !entry.params) problems.push(`${label}: give a value for [${name}]`);
    }
  }
  for (const probe of PROBES) {
    if (!routes.some((route) => route.method === probe.entry.method && route.path === probe.entry.path))
      problems.push(`probe "${probe.name}" calls ${probe.entry.method} ${probe.entry.path}, which no longer exists`);
  }
  return problems;
}

export function actionCoverageProblems(): string[] {
  const { actions, misnamedFiles } = discoverActions();
  return [
    ...compare(
      "server action",
      actions.map((action) => `${action.file} ${action.name}`),
      ACTIONS.map((entry) => `${entry.file} ${entry.name}`),
    ),
    ...misnamedFiles.map((file) => `${file} is a "use server" module not named actions.ts`),
  ];
}

export function pageCoverageProblems(): string[] {
  const pages = discoverPages();
  const problems = compare(
    "page",
    pages.map((page) => page.path),
    PAGES.map((entry) => entry.path),
  );
  for (const page of pages) {
    const entry = PAGES.find((candidate) => candidate.path === page.path);
    const isGuardedGroup = page.group === "(app)" || page.group === "(admin)";
    if (entry && isGuardedGroup && entry.access === "public") problems.push(`page ${page.path} (${page.file}) is in ${page.group} but listed as public`);
    if (entry && paramNamesOf(page.path).length > 0 && !entry.record && !entry.params)
      problems.push(`page ${page.path}: say which record its id points at (or give its parameters)`);
  }
  for (const probe of PAGE_PROBES) {
    if (!pages.some((page) => page.path === probe.entry.path)) problems.push(`page probe "${probe.name}" opens ${probe.entry.path}, which no longer exists`);
  }
  return problems;
}

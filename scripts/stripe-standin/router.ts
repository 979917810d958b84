export type HttpMethod = "GET" | "POST";

export type Route<Handler> = { method: HttpMethod; path: string; handle: Handler };

export type RouteMatch<Handler> = { handle: Handler; pathParams: Record<string, string> };

export type Router<Handler> = (method: string, pathname: string) => RouteMatch<Handler> | undefined;

// Paths like "/v1/transfers/:id/reversals"; a ":name" segment matches one URL segment.
export function createRouter<Handler>(routes: Route<Handler>[]): Router<Handler> {
  const compiled = routes.map((route) => {
    const names: string[] = [];
    const source = route.path
      .split("/")
      .map((segment) => {
        if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(segment.slice(1));
        return "([^/]+)";
      })
      .join("/");
    return { route, names, pattern: new RegExp(`^${source}$`) };
  });
  return (method, pathname) => {
    for (const { route, names, pattern } of compiled) {
      const match = route.method === method ? pattern.exec(pathname) : null;
      if (!match) continue;
      const pathParams = decodeSegments(names, match.slice(1));
      if (pathParams) return { handle: route.handle, pathParams };
    }
    return undefined;
  };
}

function decodeSegments(names: string[], values: string[]): Record<string, string> | undefined {
  try {
    return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(values[index])]));
  } catch {
    return undefined;
  }
}

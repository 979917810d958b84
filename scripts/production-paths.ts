import path from "node:path";

// Where `npm run build` puts the production server (scripts/build-server.ts), for the scripts that
// run it or check it: `npm start`, the production smoke test, the Dockerfile's test.

/** The entry points compiled into <standalone>/scripts/<name>.js, from scripts/<name>.ts. */
export const PRODUCTION_ENTRIES = ["server", "worker", "db-migrate"] as const;
export type ProductionEntry = (typeof PRODUCTION_ENTRIES)[number];

export function productionPaths(root: string, distDir = process.env.NEXT_DIST_DIR ?? ".next") {
  const standalone = path.join(root, distDir, "standalone");
  const scripts = path.join(standalone, "scripts");
  return { distDir: path.normalize(distDir), standalone, scripts, entry: (name: ProductionEntry) => path.join(scripts, `${name}.js`) };
}

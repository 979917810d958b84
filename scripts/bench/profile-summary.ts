import { readFileSync } from "node:fs";

// Where a V8 CPU profile (`node --cpu-prof`) spent its time: self time per bucket (session JWT, Prisma,
// the pg driver, zod, logging, the router, Node's HTTP and streams, JSON, GC, our own code…) and the
// functions with the most self time. `tsx scripts/bench/profile-summary.ts <file.cpuprofile>`.

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const BUCKETS: [string, (frame: ProfileNode["callFrame"]) => boolean][] = [
  ["idle", ({ functionName }) => functionName === "(idle)"],
  ["garbage collection", ({ functionName }) => functionName === "(garbage collector)"],
  ["V8 and native (no JS frame)", ({ functionName, url }) => functionName === "(program)" || (url === "" && functionName.startsWith("("))],
  ["session JWT (jose, lib/sessions)", ({ url }) => /node_modules\/jose\/|\/lib\/sessions\//.test(url)],
  ["Prisma client and adapter", ({ url }) => /@prisma\/|\/generated\/prisma\//.test(url)],
  ["pg driver", ({ url }) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+)\//.test(url)],
  ["zod", ({ url }) => /node_modules\/zod\//.test(url)],
  ["logging (pino)", ({ url }) => /node_modules\/(pino|sonic-boom|thread-stream)/.test(url)],
  ["router (hono)", ({ url }) => /node_modules\/(hono|@hono)\//.test(url)],
  ["Next.js", ({ url }) => /node_modules\/next\//.test(url)],
  [
    "Node HTTP, net and streams",
    ({ url }) => /^node:(_http|http|net|internal\/(http|streams|net|stream_base|webstreams|js_stream|deps\/undici|url|timers|process))/.test(url),
  ],
  ["JSON and other builtins", ({ url, functionName }) => url === "" && !functionName.startsWith("(")],
  ["our code (lib/, scripts/)", ({ url }) => /\/(lib|scripts)\//.test(url) && !url.includes("node_modules")],
  ["other Node internals", ({ url }) => url.startsWith("node:")],
];

export function summarizeProfile(path: string) {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  for (const [index, nodeId] of profile.samples.entries()) selfMicros.set(nodeId, (selfMicros.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0));
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [nodeId, micros] of selfMicros) {
    const { callFrame } = nodes.get(nodeId)!;
    const bucket = BUCKETS.find(([, matches]) => matches(callFrame))?.[0] ?? "other packages";
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + micros);
    total += micros;
    if (bucket === "idle") continue;
    const place = callFrame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(lib|scripts)\//, "$1/");
    const name = `${callFrame.functionName || "(anonymous)"} ${place}${place ? `:${callFrame.lineNumber + 1}` : ""}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const busy = total - (buckets.get("idle") ?? 0);
  const rows = [...buckets].sort((a, b) => b[1] - a[1]);
  return {
    seconds: total / 1e6,
    busySeconds: busy / 1e6,
    buckets: rows.map(([name, micros]) => ({
      name,
      ms: Math.round(micros / 1000),
      shareOfBusy: name === "idle" ? null : Math.round((micros / busy) * 1000) / 10,
    })),
    topFunctions: [...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), shareOfBusy: Math.round((micros / busy) * 1000) / 10 })),
  };
}

export function profileMarkdown(summary: ReturnType<typeof summarizeProfile>, requests?: number) {
  const perRequest = (ms: number) => (requests ? ` | ${((ms * 1000) / requests).toFixed(0)} µs` : "");
  const head = requests ? "| where | ms | % of busy | per request |\n|---|---:|---:|---:|" : "| where | ms | % of busy |\n|---|---:|---:|";
  const lines = [
    `Profiled ${summary.seconds.toFixed(1)} s, ${summary.busySeconds.toFixed(1)} s of it busy${requests ? `, ${requests} requests` : ""}.`,
    "",
    head,
    ...summary.buckets.map((row) => `| ${row.name} | ${row.ms} | ${row.shareOfBusy ?? ""}${perRequest(row.name === "idle" ? 0 : row.ms)} |`),
    "",
    "| function (self time) | ms | % of busy |\n|---|---:|---:|",
    ...summary.topFunctions.map((row) => `| ${row.name.replaceAll("|", "\\|")} | ${row.ms} | ${row.shareOfBusy} |`),
  ];
  return lines.join("\n");
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error("Give the .cpuprofile file to summarize.");
  console.log(profileMarkdown(summarizeProfile(file)));
}

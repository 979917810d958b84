import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

// Next's own floor for server-rendered pages in `npm run bench`: the root layout around a constant
// page, rendered per request, no database. Off (404) unless the server was started for a benchmark.
export default function BenchFloorPage() {
  if (process.env.VETTED_BENCH !== "1") notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-semibold text-slate-900">Benchmark floor</h1>
      <p className="mt-2 text-slate-600">A constant page rendered on every request.</p>
    </div>
  );
}

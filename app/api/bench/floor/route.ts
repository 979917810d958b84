import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// Next's own floor for `npm run bench`: constant JSON, no session, no database. Off (404) unless the
// server was started for a benchmark, so production never serves it.
export async function GET() {
  if (process.env.VETTED_BENCH !== "1") return NextResponse.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404 });
  return NextResponse.json({ status: "ok" });
}

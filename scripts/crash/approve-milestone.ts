import { db } from "@/lib/db";
import { approveMilestone } from "@/lib/milestones/release-milestone";
import { sessionUserOf } from "../../tests/fixtures/matching";

// `node --import tsx scripts/crash/approve-milestone.ts <clientUserId> <milestoneId>`: the app's side of an
// approval (POST /api/v1/milestones/:id/approve) in a process of its own, so a test can kill it mid-way.

async function main() {
  const [userId, milestoneId] = process.argv.slice(2);
  if (!userId || !milestoneId) throw new Error("usage: approve-milestone.ts <clientUserId> <milestoneId>");
  const user = await sessionUserOf(userId);
  const released = await approveMilestone({ user, milestoneId, now: new Date() });
  console.log(JSON.stringify({ approved: released.id, status: released.status }));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import type { DisputeEntryKind, DisputeSide } from "@/generated/prisma/enums";

// A case's timeline in the words both sides and the admin read: opened, responded, evidence added,
// reminders, the deadline passing in silence, the decision.

type TimelineSource = {
  createdAt: Date;
  resolvedAt: Date | null;
  status: string;
  entries: { kind: DisputeEntryKind; side: DisputeSide | null; createdAt: Date; author: { name: string } | null }[];
};

const SIDE_WORD: Record<DisputeSide, string> = { CLIENT: "the client", EXPERT: "the expert" };

function entryLabel(entry: TimelineSource["entries"][number]) {
  const who = entry.author?.name ?? (entry.side ? SIDE_WORD[entry.side] : "Someone");
  const side = entry.side ? SIDE_WORD[entry.side] : "the other side";
  switch (entry.kind) {
    case "OPENING":
      return `Dispute opened by ${who}`;
    case "RESPONSE":
      return `${who} responded`;
    case "EVIDENCE":
      return `${who} added evidence`;
    case "REMINDER":
      return `Reminder sent to ${side} to respond`;
    case "DEADLINE_PASSED":
      return `Response deadline passed without a response from ${side}: the case goes to an admin on what was submitted`;
  }
}

export function caseTimeline(dispute: TimelineSource) {
  const events = dispute.entries.map((entry) => ({ at: entry.createdAt.toISOString(), label: entryLabel(entry) }));
  if (!dispute.entries.some((entry) => entry.kind === "OPENING")) events.unshift({ at: dispute.createdAt.toISOString(), label: "Dispute opened" });
  if (dispute.status === "RESOLVED" && dispute.resolvedAt) events.push({ at: dispute.resolvedAt.toISOString(), label: "An admin decided the dispute" });
  return events;
}

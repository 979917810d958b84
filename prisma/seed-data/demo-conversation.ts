import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { db } from "@/lib/db";
import { seatChatMembers } from "@/lib/teams/conversation-seats";

// A delivered shortlist for the demo client with the demo expert on it, and the start of their
// conversation, so a newcomer signing in sees chat working without matching a request first.

const ID = { request: "seed_request_demo_chat", match: "seed_match_demo_chat", conversation: "seed_conversation_demo_chat" };
const HOUR_MS = 3_600_000;

const MESSAGES: { from: "CLIENT" | "EXPERT"; hoursAgo: number; body: string }[] = [
  {
    from: "CLIENT",
    hoursAgo: 26,
    body: "Hi Priya, thanks for accepting! Our claims service is FastAPI on PostgreSQL and p95 latency doubled since March. Could you take a look?",
  },
  {
    from: "EXPERT",
    hoursAgo: 25,
    body: "Happy to. Could you share a slow query log or an EXPLAIN ANALYZE of the worst endpoint? I'd start with connection pooling and N+1 queries.",
  },
  { from: "EXPERT", hoursAgo: 2, body: "I can start next Monday, 25 h a week. A first milestone could be a profiling report with fixes ranked by impact." },
];

const emailOf = (role: "CLIENT" | "EXPERT") => DEMO_ACCOUNTS.find((account) => account.role === role)!.email;

export async function seedDemoConversation(): Promise<{ demoConversations: number }> {
  const client = await db.user.findUnique({ where: { email: emailOf("CLIENT") }, select: { id: true, memberships: { select: { companyId: true }, take: 1 } } });
  const expert = await db.user.findUnique({ where: { email: emailOf("EXPERT") }, select: { id: true, expertProfile: { select: { id: true } } } });
  if (!client?.memberships[0] || !expert?.expertProfile) return { demoConversations: 0 };
  if (await db.conversation.findUnique({ where: { id: ID.conversation }, select: { id: true } })) return { demoConversations: 0 };

  const now = Date.now();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR_MS);
  const skills = await db.skill.findMany({ where: { slug: { in: ["fastapi", "postgresql"] } }, select: { id: true } });
  await db.$transaction(async (tx) => {
    await tx.hiringRequest.create({
      data: {
        id: ID.request,
        companyId: client.memberships[0].companyId,
        createdById: client.id,
        title: "Speed up our FastAPI claims service",
        description: "Our claims intake API (FastAPI, PostgreSQL) got twice as slow since March. Find why, fix the worst of it, and leave us a plan.",
        budgetMinCents: 9_000,
        budgetMaxCents: 14_000,
        hoursPerWeek: 25,
        durationWeeks: 6,
        timezone: "Europe/Berlin",
        minOverlapHours: 3,
        status: "MATCHED",
        submittedAt: at(30),
        matchDeadline: at(22),
        shortlistedAt: at(27),
        createdAt: at(31),
        skills: { create: skills.map((skill) => ({ skillId: skill.id, isRequired: true })) },
      },
    });
    await tx.match.create({
      data: {
        id: ID.match,
        requestId: ID.request,
        expertProfileId: expert.expertProfile!.id,
        status: "SHORTLISTED",
        score: 0.91,
        scoreBreakdown: { reasons: ["Covers FastAPI (verified, 6 y) and PostgreSQL (7 y)", "Rate within budget", "Full overlap with Europe/Berlin"] },
        rank: 1,
        invitedAt: at(29.5),
        expiresAt: at(27.5),
        respondedAt: at(28),
      },
    });
    await tx.conversation.create({
      data: {
        id: ID.conversation,
        requestId: ID.request,
        matchId: ID.match,
        createdAt: at(27),
        lastMessageAt: at(MESSAGES[MESSAGES.length - 1].hoursAgo),
        participants: {
          create: [
            { userId: client.id, joinedAt: at(27) },
            { userId: expert.id, joinedAt: at(27) },
          ],
        },
      },
    });
    for (const [index, message] of MESSAGES.entries()) {
      await tx.message.create({
        data: {
          conversationId: ID.conversation,
          senderId: message.from === "CLIENT" ? client.id : expert.id,
          clientMessageId: `seed-demo-chat-${index}`,
          body: message.body,
          createdAt: at(message.hoursAgo),
        },
      });
    }
    // Acme's hiring manager shares the conversation, as every colleague whose role includes chat does.
    await seatChatMembers(tx, [ID.conversation], at(27));
    // The expert has read the client's message; the client has not yet seen the newest reply.
    const seqs = await tx.message.findMany({ where: { conversationId: ID.conversation }, orderBy: { seq: "asc" }, select: { seq: true } });
    await tx.conversationParticipant.update({
      where: { conversationId_userId: { conversationId: ID.conversation, userId: expert.id } },
      data: { lastReadSeq: seqs[2].seq },
    });
    await tx.conversationParticipant.update({
      where: { conversationId_userId: { conversationId: ID.conversation, userId: client.id } },
      data: { lastReadSeq: seqs[1].seq, unreadCount: 1 },
    });
  });
  return { demoConversations: 1 };
}

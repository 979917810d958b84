import { Client } from "pg";

// Volume for `npm run bench` on top of the 100k experts: 5,000 requests for the demo company and
// 200,000 messages over 2,000 conversations of the demo client. Deterministic ids and ON CONFLICT
// DO NOTHING, so a second run adds nothing.

export const BENCH_REQUEST_ID = "bench_req_1";

export async function addSuiteVolume(databaseUrl: string) {
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    const owner = await database.query<{ companyId: string; userId: string }>(
      `SELECT cm."companyId", cm."userId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = 'client@acme.test'`,
    );
    const { companyId, userId } = owner.rows[0];
    await database.query(
      `INSERT INTO hiring_requests (id, "companyId", "createdById", title, description, "budgetMaxCents", timezone, status, "submittedAt", "matchDeadline", "shortlistedAt", "createdAt", "updatedAt")
       SELECT 'bench_req_' || g, $1, $2, 'Benchmark request ' || g, 'A benchmark request with a realistic description of the work to be done.', 12000, 'Europe/Berlin',
         'MATCHED', now() - make_interval(hours => g), now() - make_interval(hours => g) + interval '8 hours', now() - make_interval(hours => g) + interval '3 hours',
         now() - make_interval(hours => g), now()
       FROM generate_series(1, 5000) g ON CONFLICT DO NOTHING`,
      [companyId, userId],
    );
    await database.query(
      `INSERT INTO request_skills ("requestId", "skillId", "isRequired")
       SELECT 'bench_req_' || g, (SELECT id FROM skills ORDER BY slug OFFSET (g % 200) LIMIT 1), true FROM generate_series(1, 5000) g ON CONFLICT DO NOTHING`,
    );
    await database.query(
      `INSERT INTO conversations (id, "requestId", "lastMessageAt", "createdAt")
       SELECT 'bench_conv_' || g, 'bench_req_' || g, now() - make_interval(mins => g), now() - interval '30 days' FROM generate_series(1, 2000) g ON CONFLICT DO NOTHING`,
    );
    await database.query(
      `INSERT INTO conversation_participants ("conversationId", "userId", "lastReadSeq")
       SELECT 'bench_conv_' || g, $1, 0 FROM generate_series(1, 2000) g
       UNION ALL
       SELECT 'bench_conv_' || e.n, e."userId", 0 FROM (
         SELECT row_number() OVER (ORDER BY ep.id) AS n, ep."userId" FROM expert_profiles ep WHERE ep.id LIKE 'scale_%' LIMIT 2000
       ) e
       ON CONFLICT DO NOTHING`,
      [userId],
    );
    await database.query(
      `INSERT INTO messages (id, "conversationId", "senderId", "clientMessageId", body, "createdAt")
       SELECT 'bench_msg_' || g, p."conversationId", p."userId", 'bench-' || g, 'Benchmark message ' || g || ': a sentence or two about the work, the schedule and the next step.',
         now() - make_interval(secs => 200000 - g)
       FROM generate_series(1, 200000) g
       JOIN LATERAL (SELECT "conversationId", "userId" FROM conversation_participants
                     WHERE "conversationId" = 'bench_conv_' || (1 + g % 2000) ORDER BY ("userId" = $1) = (g % 2 = 0) LIMIT 1) p ON true
       ON CONFLICT DO NOTHING`,
      [userId],
    );
    await database.query(
      `UPDATE conversation_participants p SET "unreadCount" = (SELECT count(*) FROM messages m WHERE m."conversationId" = p."conversationId" AND m.seq > p."lastReadSeq" AND m."senderId" <> p."userId")
       WHERE p."conversationId" LIKE 'bench_conv_%'`,
    );
    // As autovacuum would leave them: fresh statistics and a visibility map for index-only scans.
    await database.query("VACUUM (ANALYZE) hiring_requests, conversations, conversation_participants, messages");
    const counts = await database.query<{ requests: string; messages: string }>(
      `SELECT (SELECT count(*) FROM hiring_requests) AS requests, (SELECT count(*) FROM messages) AS messages`,
    );
    return { requests: Number(counts.rows[0].requests), messages: Number(counts.rows[0].messages) };
  } finally {
    await database.end();
  }
}

import { randomUUID } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import type { CompanyRole } from "../../../generated/prisma/enums";
import { PRIMARY_URL } from "../chat-fixtures";
import { createClientAccount } from "../fixtures";
import { callApi, expectStatus, type Party, signIn, withDatabase } from "./api-client";

// Set A's colleagues of the owner: a hiring manager, a finance member and a viewer (the actors), and a
// spare viewer whose role the owners' calls change and who is removed last. Each signs up through the
// public API and is then moved into A's company with its role, seated at the company's conversations
// when the role includes chat (what accepting a team invitation does). And one pending invitation,
// sent by A's owner through the API, with the token read from its email.

export type Team = { hiringManager: Party; finance: Party; viewer: Party; spareMember: Party };
export type PendingInvitation = { id: string; email: string; token: string };

async function joinCompany(ownerEmail: string, role: CompanyRole): Promise<Party> {
  const setup = await playwrightRequest.newContext({ baseURL: PRIMARY_URL });
  const account = await createClientAccount(setup);
  await setup.dispose();
  await withDatabase(async (database) => {
    await database.query(
      `WITH owner AS (SELECT cm."companyId" FROM company_members cm JOIN users u ON u.id = cm."userId" WHERE u.email = $1),
         joined AS (SELECT u.id FROM users u WHERE u.email = $2),
         own AS (DELETE FROM company_members WHERE "userId" = (SELECT id FROM joined) RETURNING "companyId")
       INSERT INTO company_members ("companyId", "userId", role) SELECT (SELECT "companyId" FROM owner), (SELECT id FROM joined), $3::"CompanyRole"`,
      [ownerEmail, account.email, role],
    );
    if (role === "HIRING_MANAGER") {
      await database.query(
        `INSERT INTO conversation_participants ("conversationId", "userId", "lastReadSeq", "lastEmailedSeq")
         SELECT c.id, u.id, coalesce((SELECT max(seq) FROM messages WHERE "conversationId" = c.id), 0), 0
         FROM conversations c JOIN hiring_requests r ON r.id = c."requestId" JOIN company_members m ON m."companyId" = r."companyId"
         JOIN users u ON u.id = m."userId" WHERE u.email = $1 ON CONFLICT DO NOTHING`,
        [account.email],
      );
    }
  });
  return signIn(account);
}

export async function createTeam(ownerEmail: string): Promise<Team> {
  const [hiringManager, finance, viewer, spareMember] = await Promise.all(
    (["HIRING_MANAGER", "FINANCE", "VIEWER", "VIEWER"] as const).map((role) => joinCompany(ownerEmail, role)),
  );
  return { hiringManager, finance, viewer, spareMember };
}

export async function invitePending(owner: Party): Promise<PendingInvitation> {
  const email = `e2e-authz-invitee-${randomUUID().slice(0, 8)}@example.test`;
  const invitation = await expectStatus(
    callApi<{ id: string }>(owner, "POST", "/api/v1/team/invitations", { email, role: "VIEWER" }),
    201,
    "inviting a colleague",
  );
  const mail = await withDatabase((database) =>
    database.query<{ text: string }>(`SELECT text FROM email_outbox WHERE "toEmail" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [email]),
  );
  const token = decodeURIComponent(/invitation=([A-Za-z0-9_%-]+)/.exec(mail.rows[0].text)![1]);
  return { id: invitation.id, email, token };
}

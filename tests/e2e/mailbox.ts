import { readFileSync } from "node:fs";
import { Client } from "pg";
import { type LinkPath, tokenInEmail } from "../support/account-links";
import { e2eDatabaseUrl, expect } from "./fixtures";

// The development mailbox of the e2e run. The e2e server is a production build, where /dev/mailbox
// answers 404, so the tests read what it would show: the outbox, opened with the run's secret.

const authSecret = () => readFileSync(`.data/e2e-auth-secret-${process.env.E2E_PORT}`, "utf8").trim();

export async function emailSubjectsTo(email: string) {
  const database = new Client({ connectionString: e2eDatabaseUrl() });
  await database.connect();
  try {
    const { rows } = await database.query<{ subject: string }>(`SELECT subject FROM email_outbox WHERE "toEmail" = $1 ORDER BY "createdAt", id`, [email]);
    return rows.map((row) => row.subject);
  } finally {
    await database.end();
  }
}

/** The address of the link to `path` in the newest email to `email` with this subject (waits for it to be written). */
export async function latestLink(email: string, subject: string, path: LinkPath) {
  let token: string | null = null;
  await expect
    .poll(async () => {
      const database = new Client({ connectionString: e2eDatabaseUrl() });
      await database.connect();
      try {
        const { rows } = await database.query<{ text: string }>(
          `SELECT text FROM email_outbox WHERE "toEmail" = $1 AND subject = $2 ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
          [email, subject],
        );
        token = rows[0] ? tokenInEmail(rows[0].text, path, authSecret()) : null;
        return token;
      } finally {
        await database.end();
      }
    })
    .not.toBeNull();
  return `${path}?token=${token}`;
}

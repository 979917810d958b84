import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { Client } from "pg";

// The file benchmark's people: clients with session cookies, inserted directly (sign-up is not what is measured).

const SESSION_COOKIE = "next-auth.session-token";

export async function createUploaders(databaseUrl: string, count: number, secret: string) {
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    const run = randomBytes(4).toString("hex");
    const ids = Array.from({ length: count }, (_, index) => `bench_${run}_files${index}`);
    await database.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "updatedAt")
       SELECT id, id || '@bench.test', 'Bench Uploader', 'not-used', 'CLIENT', now() FROM unnest($1::text[]) AS u(id)`,
      [ids],
    );
    return Promise.all(ids.map(async (id) => `${SESSION_COOKIE}=${await encode({ token: { sub: id, role: "CLIENT", email: `${id}@bench.test` }, secret })}`));
  } finally {
    await database.end();
  }
}

/** `size` bytes of UTF-8 text (a text file is checked as a whole on completion: the costliest kind to complete). */
export function textOfSize(size: number) {
  const line = Buffer.from("A benchmark line of plain text, the kind a CSV export or a log file is made of.\n");
  const text = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += line.length) line.copy(text, offset, 0, Math.min(line.length, size - offset));
  return text;
}

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { Client } from "pg";
import { nodeArgs } from "../crash/processes";

// The pieces of `npm run bench:chat`: pairs of users with a conversation each, session cookies minted
// with the run's own secret (signing in 2,000 users through argon2 would take minutes), app instances.

export type Pair = { clientId: string; expertId: string; conversationId: string; clientCookie: string; expertCookie: string };

const SESSION_COOKIE = "next-auth.session-token";

export async function createPairs(databaseUrl: string, count: number, secret: string): Promise<Pair[]> {
  const database = new Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    const run = randomBytes(4).toString("hex");
    const ids = Array.from({ length: count }, (_, index) => ({
      clientId: `bench_${run}_c${index}`,
      expertId: `bench_${run}_e${index}`,
      conversationId: `bench_${run}_conv${index}`,
    }));
    const users = ids.flatMap(({ clientId, expertId }) => [
      [clientId, `${clientId}@bench.test`, `Bench Client ${clientId.slice(-5)}`, "CLIENT"],
      [expertId, `${expertId}@bench.test`, `Bench Expert ${expertId.slice(-5)}`, "EXPERT"],
    ]);
    await database.query(
      `INSERT INTO users (id, email, name, "passwordHash", role, "updatedAt")
       SELECT id, email, name, 'not-used', role::"Role", now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(id, email, name, role)`,
      [0, 1, 2, 3].map((column) => users.map((user) => user[column])),
    );
    await database.query(`INSERT INTO conversations (id) SELECT unnest($1::text[])`, [ids.map((pair) => pair.conversationId)]);
    await database.query(`INSERT INTO conversation_participants ("conversationId", "userId") SELECT * FROM unnest($1::text[], $2::text[])`, [
      ids.flatMap((pair) => [pair.conversationId, pair.conversationId]),
      ids.flatMap((pair) => [pair.clientId, pair.expertId]),
    ]);
    const cookieFor = async (userId: string, role: "CLIENT" | "EXPERT") =>
      `${SESSION_COOKIE}=${await encode({ token: { sub: userId, role, email: `${userId}@bench.test` }, secret })}`;
    return Promise.all(
      ids.map(async (pair) => ({ ...pair, clientCookie: await cookieFor(pair.clientId, "CLIENT"), expertCookie: await cookieFor(pair.expertId, "EXPERT") })),
    );
  } finally {
    await database.end();
  }
}

export function buildApp(distDir: string) {
  console.log(`Building the app into ${distDir}…`);
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function startInstance(options: { port: number; distDir: string; databaseUrl: string; secret: string; nodeFlags?: string[] }) {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...nodeArgs.appServer(options.port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: options.distDir,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.secret,
      NEXTAUTH_URL: `http://localhost:${options.port}`,
      SECURE_COOKIES: "false",
      UNSAFE_STAGING_WITH_LOCAL_SERVICES: "true",
      LOG_LEVEL: "warn",
      DATABASE_POOL_SIZE: "15",
    },
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    const response = await fetch(`http://localhost:${options.port}/api/health`).catch(() => null);
    if (response?.ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`next start on ${options.port} did not become healthy`);
}

import { Client } from "pg";

// A connection for the scripts, whose failure says in one line what is wrong with the server or
// with DATABASE_URL, naming host, port and database but never the password.

type PostgresError = { code?: unknown; message?: unknown };

function addressOf(databaseUrl: string) {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error("DATABASE_URL is not a valid URL: expected postgresql://user:password@host:5432/database.");
  }
  return { server: `${url.hostname}:${url.port || 5432}`, database: decodeURIComponent(url.pathname.slice(1)) || "(default)" };
}

function explain(error: unknown, { server, database }: ReturnType<typeof addressOf>) {
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as PostgresError;
  switch (code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${server}: nothing is listening there. Start it, or point DATABASE_URL at a running server.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL at ${server}: the host name does not resolve. Check DATABASE_URL.`;
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return `PostgreSQL at ${server} did not answer. Check DATABASE_URL and the network.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${server} refused the user name or password in DATABASE_URL.`;
    case "3D000":
      return `The database "${database}" does not exist on ${server}: create it, or check DATABASE_URL.`;
    default:
      return `Cannot connect to PostgreSQL at ${server}: ${typeof message === "string" && message ? message : String(error)}`;
  }
}

export async function connectTo(databaseUrl: string): Promise<Client> {
  const address = addressOf(databaseUrl);
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 15_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw new Error(explain(error, address), { cause: error });
  }
}

import { Client } from "pg";
import { treeRssMb } from "../process-memory";

// What the processes of a soak run hold: each one's resident memory, and the connections open on the
// database server (through PgBouncer these are its server connections, whoever the clients are).

export type Instance = { name: string; pid: () => number | null };
export type InstanceStats = { rssMb: Record<string, number>; databaseConnections: number };

export async function instanceStats(directDatabaseUrl: string, instances: Instance[]): Promise<InstanceStats> {
  const client = new Client({ connectionString: directDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ connections: string }>(
      "SELECT count(*) AS connections FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    const rssMb = Object.fromEntries(
      instances.map((instance) => {
        const pid = instance.pid();
        return [instance.name, pid === null ? 0 : treeRssMb(pid)];
      }),
    );
    return { rssMb, databaseConnections: Number(rows[0].connections) };
  } finally {
    await client.end();
  }
}

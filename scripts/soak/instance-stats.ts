import type { ChildProcess } from "node:child_process";
import { Client } from "pg";
import { treeRssMb } from "../bench/chat-setup";

// What each process of a soak run holds: resident memory, and its open database connections, counted
// by the application name it connects with (PGAPPNAME, set per process by the soak).

export type Instance = { name: string; process: ChildProcess };
export type InstanceStats = Record<string, { rssMb: number; connections: number }>;

export async function instanceStats(databaseUrl: string, instances: Instance[]): Promise<InstanceStats> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; connections: string }>(
      "SELECT application_name AS name, count(*) AS connections FROM pg_stat_activity WHERE application_name = ANY($1::text[]) GROUP BY 1",
      [instances.map((instance) => instance.name)],
    );
    const connections = new Map(rows.map((row) => [row.name, Number(row.connections)]));
    return Object.fromEntries(
      instances.map((instance) => [instance.name, { rssMb: treeRssMb(instance.process), connections: connections.get(instance.name) ?? 0 }]),
    );
  } finally {
    await client.end();
  }
}

import { execFileSync } from "node:child_process";
import net from "node:net";

// A port the OS has just handed out as free. Servers that can listen on port 0 themselves should;
// this is for those that need the number first (PostgreSQL, Next, a URL written into a config).

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const PRINT_FREE_PORT = `const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})`;

/** The same, for synchronous callers such as Playwright's config. */
export function freePortSync(): number {
  return Number(execFileSync(process.execPath, ["-e", PRINT_FREE_PORT], { encoding: "utf8" }));
}

/** Whether something already listens on the port (the dev server's default may be taken). */
export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The port `variable` names, or one the OS just gave out: a fixed default may be taken on a shared machine. */
export async function portFromEnv(variable: string): Promise<number> {
  const chosen = process.env[variable];
  if (!chosen) return freePort();
  const port = Number(chosen);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`${variable} must be a port number, got "${chosen}".`);
  return port;
}

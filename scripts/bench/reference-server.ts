import { createServer } from "node:http";
import { parseArgs } from "node:util";
import express from "express";
import { Pool } from "pg";

// The yardsticks `npm run bench` measures the API against, each in a process of its own:
//   --kind express  a plain Express + pg server reading one hiring request by primary key, no session
//   --kind http     bare node:http answering constant JSON: the ceiling of any Node server here
// Prints "listening" once it accepts connections.

const { values } = parseArgs({ options: { kind: { type: "string" }, port: { type: "string" }, "pool-size": { type: "string", default: "15" } } });
const port = Number(values.port);

function startExpress() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(values["pool-size"]) });
  const app = express();
  app.disable("x-powered-by");
  app.get("/requests/:id", async (request, response) => {
    const { rows } = await pool.query(
      `SELECT id, title, description, status, "budgetMaxCents", timezone, "submittedAt", "matchDeadline", "createdAt" FROM hiring_requests WHERE id = $1`,
      [request.params.id],
    );
    if (!rows[0]) response.status(404).json({ error: "not found" });
    else response.json(rows[0]);
  });
  return app.listen(port, "127.0.0.1", () => console.log("listening"));
}

function startBareHttp() {
  const body = JSON.stringify({ status: "ok" });
  return createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    response.end(body);
  }).listen(port, "127.0.0.1", () => console.log("listening"));
}

if (values.kind === "express") startExpress();
else if (values.kind === "http") startBareHttp();
else throw new Error("--kind express or --kind http");

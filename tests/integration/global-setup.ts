import type { TestProject } from "vitest/node";
import { freePort } from "../../scripts/free-port";
import { createTestDatabase } from "../support/test-database";

export default async function setup(project: TestProject) {
  const database = await createTestDatabase({ dataDir: ".data/pg-test", port: await freePort(), name: "vetted_integration" });
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

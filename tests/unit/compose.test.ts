import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ENVIRONMENT_VARIABLES } from "@/lib/env";
import { PRODUCTION_ENTRIES, productionPaths } from "@/scripts/production-paths";

// compose.yaml and the Dockerfile cannot be built on the machines the tests run on (no container
// engine), so their shape is checked here: the services and their order, replicas, health checks, no
// secret written inline, and every command naming a file that `npm run build` puts in the image.

type Service = {
  image?: string;
  build?: unknown;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  profiles?: string[];
};

const ROOT = path.resolve(import.meta.dirname, "../..");
const compose = parse(readFileSync(path.join(ROOT, "compose.yaml"), "utf8"), { merge: true }) as { services: Record<string, Service> };
const dockerfile = readFileSync(path.join(ROOT, "Dockerfile"), "utf8");
const { services } = compose;
const ours = ["migrate", "app", "worker"] as const;

/** The file a `node <file>` command runs, relative to the image's working directory (the standalone folder). */
const nodeScript = (command: string[] | undefined) => (command?.[0] === "node" ? command[1] : undefined);

describe("compose.yaml", () => {
  it("runs PostgreSQL 18, a one-shot migrator, two app servers and two workers", () => {
    expect(services.db.image).toMatch(/^postgres:18(\b|$)/);
    for (const name of ours) expect(services[name].image, name).toBe("vetted:latest");
    expect(services.app.deploy?.replicas).toBe(2);
    expect(services.worker.deploy?.replicas).toBe(2);
    expect(services.migrate.deploy?.replicas ?? 1).toBe(1);
  });

  it("starts the app and the workers only after the migrations completed on a healthy database", () => {
    expect(services.migrate.depends_on?.db.condition).toBe("service_healthy");
    for (const name of ["app", "worker"] as const) {
      expect(services[name].depends_on?.migrate.condition, name).toBe("service_completed_successfully");
      expect(services[name].depends_on?.db.condition, name).toBe("service_healthy");
    }
  });

  it("checks the health of the database, the app (on /api/health) and the workers", () => {
    expect(services.db.healthcheck?.test).toContain("pg_isready");
    expect(services.app.healthcheck?.test?.join(" ")).toMatch(/\/api\/health/);
    expect(services.worker.healthcheck?.test?.length).toBeGreaterThan(1);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\/api\/health/ms);
  });

  it("writes no secret inline: each comes from the environment and compose refuses to start without it", () => {
    const secret = /SECRET|PASSWORD|_KEY$/;
    for (const [name, service] of Object.entries(services)) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (secret.test(variable)) expect(value, `${name}.${variable}`).toMatch(/^\$\{[A-Z0-9_]+:\?[^}]*\}$/);
        // A URL carrying a password takes it from the environment too.
        const password = /:\/\/[^:/@]+:([^@]+)@/.exec(String(value))?.[1];
        if (password) expect(password, `${name}.${variable}`).toMatch(/^\$\{[A-Z_]+:\?[^}]*\}$/);
      }
    }
  });

  it("passes only variables the app reads (lib/env.ts), and every one production requires", () => {
    for (const name of ours) {
      const variables = Object.keys(services[name].environment ?? {});
      expect(
        variables.filter((variable) => !ENVIRONMENT_VARIABLES.includes(variable)),
        name,
      ).toEqual([]);
      for (const required of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "TWO_FACTOR_ENCRYPTION_KEY", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]) {
        expect(variables, `${name} ${required}`).toContain(required);
      }
    }
  });
});

describe("Dockerfile", () => {
  const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
  const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtime)?.[1] ?? "[]") as string[];

  it("builds in stages and runs the standalone build output as a non-root user", () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(runtime).toMatch(/^COPY --from=build \S* ?\/app\/\.next\/standalone \.\/$/m);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/NODE_ENV=production/);
    expect(runtime).not.toMatch(/^COPY (?!--from=build)/m);
  });

  it("starts, in the image and in every compose service, only entry points that the build puts in the output folder", () => {
    const built = PRODUCTION_ENTRIES.map((entry) => `scripts/${entry}.js`);
    const commands = [cmd, ...ours.map((name) => services[name].command)];
    for (const command of commands) expect(built, JSON.stringify(command)).toContain(nodeScript(command));
    // Where a build exists, the files are there: the path in the image is the path under the standalone folder.
    const { standalone } = productionPaths(ROOT);
    if (existsSync(path.join(standalone, "scripts"))) for (const file of built) expect(existsSync(path.join(standalone, file)), file).toBe(true);
  });
});

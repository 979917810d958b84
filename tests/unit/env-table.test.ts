import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENVIRONMENT_VARIABLES, parseEnv } from "@/lib/env";
import { productionConfigProblems } from "@/lib/production-safety";

// The README's table of environment variables is the operator's one list: it must name exactly the
// variables lib/env.ts reads, give their defaults as the schema does, and mark what production requires.

const README = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

type Row = { name: string; defaultValue: string; required: string };

function tableRows(): Row[] {
  const section = README.slice(README.indexOf("### Environment variables"));
  const tableStart = section.search(/^\| name +\|/m);
  const table = section.slice(tableStart, section.indexOf("\n\n", tableStart));
  return table
    .split("\n")
    .filter((line) => /^\| `[A-Z0-9_]+` +\|/.test(line))
    .map((line) => {
      const [name, defaultValue, required] = line.split(" | ").map((cell) => cell.replace(/^\| /, "").trim());
      return { name: name.replace(/`/g, ""), defaultValue, required };
    });
}

describe("the README's environment variable table", () => {
  const rows = tableRows();
  const listed = rows.map((row) => row.name);

  it("lists every variable in lib/env.ts's schema, once", () => {
    expect(listed.length).toBeGreaterThan(0);
    expect(ENVIRONMENT_VARIABLES.filter((name) => !listed.includes(name))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("lists nothing the schema does not read", () => {
    expect(listed.filter((name) => !ENVIRONMENT_VARIABLES.includes(name))).toEqual([]);
  });

  it("gives each schema default as it is", () => {
    const defaults = parseEnv({}) as unknown as Record<string, unknown>;
    for (const row of rows) {
      const value = defaults[row.name];
      if (["string", "number", "boolean"].includes(typeof value)) expect(row.defaultValue, row.name).toContain(`\`${value}\``);
    }
  });

  it("marks as required in production every variable production refuses to start without", () => {
    const missing = productionConfigProblems({ NODE_ENV: "production" }).map((problem) => /^([A-Z_]+) is not set/.exec(problem)?.[1]);
    const required = rows.filter((row) => row.required.startsWith("yes")).map((row) => row.name);
    for (const name of missing.filter(Boolean)) expect(required, String(name)).toContain(name);
    expect(required.filter((name) => name !== "NODE_ENV" && !missing.includes(name))).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// package.json's engines is the oldest Node the dependencies accept; .nvmrc and .node-version name
// the line we run and recommend (CI installs it when the machine's Node is older).

function minimumFromEngines() {
  const range = JSON.parse(readFileSync("package.json", "utf8")).engines.node as string;
  const match = /^>=(\d+)\.(\d+)$/.exec(range);
  if (!match) throw new Error(`engines.node is expected as ">=MAJOR.MINOR", found "${range}"`);
  return [Number(match[1]), Number(match[2])];
}

const atLeast = ([major, minor]: number[], [minMajor, minMinor]: number[]) => major > minMajor || (major === minMajor && minor >= minMinor);

describe("the Node runtime", () => {
  it("is one that package.json's engines allows", () => {
    const running = process.versions.node.split(".").map(Number);
    expect(atLeast(running, minimumFromEngines()), `Node ${process.version} is older than engines allows`).toBe(true);
  });

  it("is named the same in .nvmrc and .node-version, a line engines allows", () => {
    const recommended = readFileSync(".nvmrc", "utf8").trim();
    expect(readFileSync(".node-version", "utf8").trim()).toBe(recommended);
    expect(recommended).toBe("24");
    expect(atLeast([Number(recommended), Number.MAX_SAFE_INTEGER], minimumFromEngines())).toBe(true);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Each folder of lib/ is a room for one concept. When two rooms import each other (milestones once
// lived half in contracts/, half in payments/), the concept between them wants a room of its own.
// This walks every import in lib/ (type-only ones too) and fails on any circle between its folders.

const LIB = path.resolve(__dirname, "../../lib");
const IMPORT = /\b(?:import|export)\s(?:[^;"']*?\sfrom\s)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The room a path under lib/ belongs to: its top-level folder, or the file itself when it sits in lib/. */
const roomOf = (libPath: string) => libPath.split("/")[0];

function libPathOf(specifier: string, importingFile: string): string | null {
  if (specifier.startsWith("@/lib/")) return specifier.slice("@/lib/".length);
  if (!specifier.startsWith(".")) return null;
  const relative = path.relative(LIB, path.resolve(path.dirname(importingFile), specifier));
  return relative.startsWith("..") ? null : relative.split(path.sep).join("/");
}

/** room → the rooms it imports, each with the files that make the arrow. */
function roomImports() {
  const arrows = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(LIB)) {
    const from = path.relative(LIB, file).split(path.sep).join("/");
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = libPathOf(match[1] ?? match[2], file);
      if (!target || roomOf(target) === roomOf(from)) continue;
      const targets = arrows.get(roomOf(from)) ?? new Map<string, string[]>();
      arrows.set(roomOf(from), targets.set(roomOf(target), [...(targets.get(roomOf(target)) ?? []), `lib/${from} → lib/${target}`]));
    }
  }
  return arrows;
}

/** A path of rooms that leads from `start` back to itself, if there is one. */
function circleThrough(start: string, arrows: Map<string, Map<string, string[]>>): string[] | null {
  const seen = new Set<string>();
  const walk = (room: string, trail: string[]): string[] | null => {
    for (const next of arrows.get(room)?.keys() ?? []) {
      if (next === start) return [...trail, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

describe("the folders of lib/", () => {
  const arrows = roomImports();

  it("are read: the imports between rooms are found", () => {
    expect(arrows.get("milestones")?.has("payments")).toBe(true);
    expect(arrows.get("contracts")?.has("milestones")).toBe(true);
  });

  it("never import each other, directly or round a circle", () => {
    const reported = new Set<string>();
    const circles = [...arrows.keys()].flatMap((room) => {
      const circle = circleThrough(room, arrows);
      const rooms = circle && [...new Set(circle)].sort().join(",");
      if (!circle || !rooms || reported.has(rooms)) return [];
      reported.add(rooms);
      const steps = circle.slice(1).map((to, index) => `${circle[index]} → ${to} (${arrows.get(circle[index])!.get(to)![0]})`);
      return [`${circle.join(" → ")}:\n    ${steps.join("\n    ")}`];
    });
    expect(circles, "Move what both sides need into a room below them both").toEqual([]);
  });
});

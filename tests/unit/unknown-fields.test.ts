import { describe, expect, it } from "vitest";
import { z } from "zod";
import { assertNoUnknownFields } from "@/lib/api/unknown-fields";
import { AppError } from "@/lib/errors";

const union = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("a"), left: z.number() }),
  z.strictObject({ kind: z.literal("b"), right: z.string() }),
]);
const piped = z.strictObject({ title: z.string().optional() }).refine(() => true);

const outcome = (schema: z.ZodType, body: unknown) => {
  try {
    assertNoUnknownFields(schema, body, "The body");
    return "accepted";
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${Object.keys(error.fields ?? {}).join(",")}` : String(error);
  }
};

describe("assertNoUnknownFields", () => {
  it("refuses a field no branch of a union takes, even without its discriminator", () => {
    expect(outcome(union, { unexpected: 1 })).toBe("400 unexpected");
    expect(outcome(union, { kind: "a", left: 1, other: true })).toBe("400 other");
  });

  it("accepts fields of any branch (the schema itself then judges the combination) and bodies that are not objects", () => {
    expect(outcome(union, { kind: "a", right: "x" })).toBe("accepted");
    expect(outcome(union, null)).toBe("accepted");
    expect(outcome(union, [1])).toBe("accepted");
  });

  it("reads through refinements and optional wrappers", () => {
    expect(outcome(piped, { title: "x" })).toBe("accepted");
    expect(outcome(piped, { title: "x", unexpected: 1 })).toBe("400 unexpected");
    expect(outcome(piped.optional(), { unexpected: 1 })).toBe("400 unexpected");
  });
});

import { globSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, validationError } from "@/lib/errors";
import { fieldLabel, isZodDefaultMessage, messageOfIssue, plainIssueMessage, ZOD_DEFAULT_MESSAGE } from "@/lib/plain-zod-messages";
import { createRequestBodySchema, draftUpdateSchema } from "@/lib/requests/api-schemas";
import { requestDraftSchema, requestSubmissionSchema } from "@/lib/requests/schemas";

// No zod default message ("Too big: expected number to be <=100000") reaches a person: schemas give
// their own, and whatever is left becomes a plain sentence naming the field.

const ZOD_PHRASINGS = /Too (big|small): expected|Invalid input|expected .* received|Invalid option|Unrecognized key/;

const validRequest = {
  title: "Build a data pipeline",
  description: "Move our nightly exports into a warehouse and keep them fresh every hour.",
  requiredSkills: [{ skillId: "skill_1", minYears: 2 }],
  engagement: "HOURLY",
  currency: "USD",
  budgetMaxCents: 10_000,
  startDate: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  durationWeeks: 4,
  hoursPerWeek: 20,
  timezone: "Europe/Berlin",
};

const messagesOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("the request wizard's budget", () => {
  it("says what is wrong in the request's currency and per hour", () => {
    expect(messagesOf(requestSubmissionSchema, { ...validRequest, budgetMaxCents: 10_000_000 })).toEqual({
      budgetMaxCents: ["The budget can be at most $1,000 per hour."],
    });
    expect(messagesOf(requestSubmissionSchema, { ...validRequest, currency: "EUR", budgetMinCents: 200_000 })).toEqual({
      budgetMinCents: ["The lowest rate can be at most €1,000 per hour.", "The lower end of the budget is above the upper end."],
    });
    expect(messagesOf(requestSubmissionSchema, { ...validRequest, currency: "GBP", budgetMaxCents: 500 })).toEqual({
      budgetMaxCents: ["The budget must be at least £10 per hour."],
    });
    expect(messagesOf(requestDraftSchema, { budgetMaxCents: 100_001 })).toEqual({ budgetMaxCents: ["The budget can be at most $1,000 per hour."] });
  });

  it("is checked at the API's edge too, beside the other fields' problems", () => {
    const parsed = createRequestBodySchema.safeParse({ submit: true, title: "Hi", budgetMaxCents: -1 });
    expect(fieldErrorsOf(parsed.error!)).toMatchObject({
      title: ["Use at least 5 characters."],
      budgetMaxCents: ["The budget must be at least $10 per hour."],
    });
    expect(fieldErrorsOf(draftUpdateSchema.safeParse({ currency: "EUR", budgetMaxCents: 100_001 }).error!)).toEqual({
      budgetMaxCents: ["The budget can be at most €1,000 per hour."],
    });
  });

  it("accepts the bounds themselves", () => {
    expect(requestSubmissionSchema.safeParse({ ...validRequest, budgetMinCents: 1_000, budgetMaxCents: 100_000 }).success).toBe(true);
  });

  it("has a human message for every field given a wrong type, a wrong size or nothing", () => {
    const wrongTypes = Object.fromEntries(Object.keys(validRequest).map((key) => [key, key === "title" ? 12 : { nested: true }]));
    const cases = [
      {},
      wrongTypes,
      { ...validRequest, requiredSkills: [{ skillId: "", minYears: 1.5 }], niceToHaveSkillIds: Array(20).fill("x"), minOverlapHours: -1 },
      { ...validRequest, engagement: "WEEKLY", durationWeeks: 2.5, hoursPerWeek: 0, budgetMinCents: "ten" },
    ];
    for (const input of cases) {
      for (const schema of [requestSubmissionSchema, requestDraftSchema]) {
        for (const [field, messages] of Object.entries(messagesOf(schema, input))) {
          for (const message of messages) expect(message, `${field}: ${message}`).not.toMatch(ZOD_PHRASINGS);
        }
      }
    }
    expect(messagesOf(requestSubmissionSchema, { ...validRequest, engagement: "WEEKLY" })).toEqual({ engagement: ["Choose fixed price or hourly."] });
  });
});

describe("the plain messages", () => {
  it("name the field, in units rather than cents", () => {
    const schema = z.strictObject({
      amountCents: z.number().int().max(500_000),
      name: z.string().min(2).max(5),
      tags: z.array(z.string()).min(1),
      kind: z.enum(["A", "B"]),
      website: z.url(),
      email: z.email(),
      nested: z.object({ startsAt: z.iso.datetime() }),
      count: z.number(),
    });
    const fields = messagesOf(schema, {
      amountCents: 600_000,
      name: "x",
      tags: [],
      kind: "C",
      website: "nope",
      email: "nope",
      nested: { startsAt: "soon" },
      count: "3",
    });
    expect(fields).toEqual({
      amountCents: ["Amount must be at most 5,000.00."],
      name: ["Name must be at least 2 characters long."],
      tags: ["Tags needs at least one entry."],
      kind: ["Kind must be one of: A, B."],
      website: ["Website must be a web address starting with https://."],
      email: ["Email must be an email address like name@example.com."],
      "nested.startsAt": ["Starts at must be a date and time."],
      count: ["Count must be a number."],
    });
    expect(messagesOf(schema, {}).name).toEqual(["Name is required."]);
    expect(messagesOf(z.object({ hours: z.number().int() }), { hours: 1.5 })).toEqual({ hours: ["Hours must be a whole number."] });
  });

  it("leave a schema's own message alone and rewrite only zod's defaults", () => {
    expect(messagesOf(z.object({ title: z.string().min(5, "Use at least 5 characters.") }), { title: "abc" })).toEqual({
      title: ["Use at least 5 characters."],
    });
    const issue = {
      code: "too_big",
      origin: "number",
      maximum: 100_000,
      inclusive: true,
      path: ["budgetMaxCents"],
      message: "Too big: expected number to be <=100000",
    } as const;
    expect(messageOfIssue(issue as unknown as z.core.$ZodIssue)).toBe("Budget max must be at most 1,000.00.");
    expect(
      plainIssueMessage({
        code: "invalid_type",
        expected: "string",
        path: ["title"],
        message: "Invalid input: expected string, received undefined",
      } as z.core.$ZodIssue),
    ).toBe("Title is required.");
    expect(fieldLabel(["results", 0, "skillId"])).toBe("Skill");
    expect(fieldLabel([])).toBe("This value");
  });

  it("recognize every phrasing of zod's English messages", () => {
    for (const message of [
      "Invalid input: expected string, received undefined",
      "Invalid input",
      'Invalid option: expected one of "A"|"B"',
      "Too big: expected number to be <=100000",
      "Too small: expected string to have >=1 characters",
      "Invalid email address",
      "Invalid URL",
      "Invalid ISO datetime",
      'Unrecognized key: "g"',
      "Invalid number: must be a multiple of 5",
    ])
      expect(isZodDefaultMessage(message), message).toBe(true);
    expect(isZodDefaultMessage("The budget can be at most $1,000 per hour.")).toBe(false);
  });

  it("are what the API answers for a body with none of its own messages", () => {
    const parsed = z.object({ scheduledAt: z.iso.datetime(), meetingUrl: z.url() }).safeParse({ scheduledAt: 5 });
    const error = validationError(parsed.error!);
    expect(JSON.stringify(error.fields)).not.toMatch(ZOD_PHRASINGS);
    expect(error.fields).toEqual({ scheduledAt: ["Scheduled at must be text."], meetingUrl: ["Meeting url is required."] });
  });
});

describe("every form schema in lib", () => {
  it("answers malformed input with no zod default message", async () => {
    const files = globSync("lib/**/{schemas,api-schemas,profile-schema}.ts");
    expect(files.length).toBeGreaterThan(10);
    let checked = 0;
    for (const file of files) {
      const module = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
      for (const [name, schema] of Object.entries(module)) {
        if (!(schema instanceof z.ZodType)) continue;
        for (const input of [undefined, {}, [], "x", -1, { id: 1, amountCents: -5, name: "", email: "@", url: "nope" }, Array(3).fill({ a: null })]) {
          const parsed = schema.safeParse(input);
          if (parsed.success) continue;
          checked++;
          for (const issue of parsed.error.issues) expect(messageOfIssue(issue), `${file} ${name}`).not.toMatch(ZOD_DEFAULT_MESSAGE);
          expect(JSON.stringify(fieldErrorsOf(parsed.error)), `${file} ${name}`).not.toMatch(ZOD_PHRASINGS);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("the malformed-input run's judge", () => {
  it("fails an answer that carries zod's own words, in the message or a field", async () => {
    const { problemWith } = await import("../e2e/malformed/send");
    const testCase = { expect: "client-error" } as Parameters<typeof problemWith>[0];
    const answer = (message: string, fields?: Record<string, string[]>) => JSON.stringify({ error: { code: "VALIDATION_FAILED", message, fields } });
    expect(problemWith(testCase, 422, answer("The request has invalid fields.", { budgetMaxCents: ["Too big: expected number to be <=100000"] }))).toBe(
      "raw validator text reached the caller: budgetMaxCents: Too big: expected number to be <=100000",
    );
    expect(problemWith(testCase, 400, answer("Invalid input: expected string, received undefined"))).toMatch(/^raw validator text/);
    expect(
      problemWith(testCase, 422, answer("The request has invalid fields.", { budgetMaxCents: ["The budget can be at most $1,000 per hour."] })),
    ).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { proposeInterviewSchema } from "@/lib/interviews/schemas";
import { resolveSlots } from "@/lib/interviews/slots";
import { formatSlotRange, formatSlotTime, fromLocalInput, toLocalInput } from "@/lib/interviews/zoned-time";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";

describe("interview times across time zones", () => {
  it("shows 15:00 in Berlin as 09:00 in New York in winter and in summer", () => {
    const winter = fromLocalInput("2026-12-10T15:00", BERLIN);
    expect(winter?.toISOString()).toBe("2026-12-10T14:00:00.000Z");
    expect(formatSlotTime(winter as Date, NEW_YORK)).toBe("Thu 10 Dec, 09:00");

    const summer = fromLocalInput("2026-07-09T15:00", BERLIN);
    expect(summer?.toISOString()).toBe("2026-07-09T13:00:00.000Z");
    expect(formatSlotTime(summer as Date, NEW_YORK)).toBe("Thu 9 Jul, 09:00");
  });

  it("follows each zone's own daylight-saving change: in the weeks between the US and EU changes the gap is 5 hours", () => {
    // The US moved its clocks on 8 March 2026, the EU on 29 March.
    const between = fromLocalInput("2026-03-19T15:00", BERLIN) as Date;
    expect(between.toISOString()).toBe("2026-03-19T14:00:00.000Z");
    expect(formatSlotTime(between, NEW_YORK)).toBe("Thu 19 Mar, 10:00");
    // A slot the week after the EU change is 09:00 in New York again.
    expect(formatSlotTime(fromLocalInput("2026-04-02T15:00", BERLIN) as Date, NEW_YORK)).toBe("Thu 2 Apr, 09:00");
  });

  it("rejects the hour skipped by the spring change and reads the repeated autumn hour as the first", () => {
    expect(fromLocalInput("2026-03-29T02:30", BERLIN)).toBeNull();
    expect(fromLocalInput("2026-10-25T02:30", BERLIN)?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(fromLocalInput("2026-13-01T10:00", BERLIN)).toBeNull();
  });

  it("writes a form's value back in the zone and labels a range with its zone", () => {
    const at = new Date("2026-12-10T14:00:00Z");
    expect(toLocalInput(at, BERLIN)).toBe("2026-12-10T15:00");
    expect(toLocalInput(at, NEW_YORK)).toBe("2026-12-10T09:00");
    expect(formatSlotRange(at, 45, NEW_YORK)).toBe("Thu 10 Dec, 09:00–09:45 (America/New York)");
  });
});

describe("offered slots", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  const fieldsOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).fields;
    }
    throw new Error("expected a validation error");
  };

  it("orders the slots and converts them to UTC", () => {
    const slots = resolveSlots(
      [
        { startsAt: "2026-12-11T10:00", durationMinutes: 30 },
        { startsAt: "2026-12-10T15:00", durationMinutes: 45 },
      ],
      BERLIN,
      now,
    );
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual(["2026-12-10T14:00:00.000Z", "2026-12-11T09:00:00.000Z"]);
  });

  it("refuses a time in the past, an overlap and a time the clocks skip, naming the slot", () => {
    expect(fieldsOf(() => resolveSlots([{ startsAt: "2026-12-07T12:30", durationMinutes: 30 }], BERLIN, now))).toEqual({
      "slots.0.startsAt": ["Choose a time in the future."],
    });
    expect(
      fieldsOf(() =>
        resolveSlots(
          [
            { startsAt: "2026-12-10T15:00", durationMinutes: 60 },
            { startsAt: "2026-12-10T15:30", durationMinutes: 30 },
          ],
          BERLIN,
          now,
        ),
      ),
    ).toEqual({ "slots.1.startsAt": ["This time overlaps another one you offered."] });
    expect(Object.keys(fieldsOf(() => resolveSlots([{ startsAt: "2027-03-28T02:30", durationMinutes: 30 }], BERLIN, now)) ?? {})).toEqual(["slots.0.startsAt"]);
  });

  it("takes up to three slots, an https call link and a known time zone", () => {
    const valid = { timeZone: BERLIN, slots: [{ startsAt: "2026-12-10T15:00", durationMinutes: 45 }], callUrl: "https://meet.example.com/abc" };
    expect(proposeInterviewSchema.safeParse(valid).success).toBe(true);
    expect(proposeInterviewSchema.safeParse({ ...valid, callUrl: "http://meet.example.com/abc" }).success).toBe(false);
    expect(proposeInterviewSchema.safeParse({ ...valid, callUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(proposeInterviewSchema.safeParse({ ...valid, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(proposeInterviewSchema.safeParse({ ...valid, slots: Array(4).fill(valid.slots[0]) }).success).toBe(false);
    expect(proposeInterviewSchema.safeParse({ ...valid, slots: [] }).success).toBe(false);
  });
});

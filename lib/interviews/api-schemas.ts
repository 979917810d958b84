import { z } from "zod";

// The interview API's path ids and answer (for the operations and the OpenAPI document). Inputs are in schemas.ts.

const malformedMatchId = "The shortlisted expert's id in the URL is malformed.";
/** The `{id}` of /api/v1/matches/{id}/interview…: the shortlisted expert's match. */
export const matchPathSchema = z.object({ id: z.string({ error: malformedMatchId }).min(1, malformedMatchId).max(64, malformedMatchId) });

const side = z.enum(["CLIENT", "EXPERT"]);
const slot = z.object({
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  label: z.string().meta({ description: "The time in the viewer's zone, e.g. “Thu 10 Dec, 15:00–15:45 (Europe/Berlin)”." }),
});

export const interviewSchema = z
  .object({
    id: z.string(),
    state: z.enum(["PROPOSED", "OTHER_TIMES_REQUESTED", "CONFIRMED", "CANCELLED", "DONE"]),
    proposedBySide: side,
    isViewersTurn: z.boolean(),
    timeZone: z.string().meta({ description: "The viewer's zone, in which the labels are written." }),
    slots: z.array(slot),
    confirmed: slot.nullable(),
    callUrl: z.string(),
    note: z.string().nullable(),
    otherTimesNote: z.string().nullable(),
    cancelReason: z.string().nullable(),
    cancelledBySide: side.nullable(),
  })
  .meta({ id: "Interview" });

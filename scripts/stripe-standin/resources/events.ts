import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { paginate } from "../list";
import { listParamShape, parseParams, stringParam } from "../params";
import { findOrThrow, newestFirst } from "../state";

const listEventsSchema = z.strictObject({ ...listParamShape, type: stringParam.optional() });

function listEvents({ standin, params }: ApiCall) {
  const input = parseParams(listEventsSchema, params);
  const events = newestFirst(standin.state.events).filter((event) => input.type === undefined || event.type === input.type);
  return paginate(events, input, { url: "/v1/events", kind: "event" });
}

export const eventRoutes: ApiRoute[] = [
  { method: "GET", path: "/v1/events", handle: listEvents },
  { method: "GET", path: "/v1/events/:id", handle: ({ standin, pathParams }) => findOrThrow(standin.state.events, pathParams.id, "event") },
];

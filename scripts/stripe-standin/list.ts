import type { ListObject } from "./objects";
import { resourceMissing } from "./stripe-error";

export type ListParams = { limit?: number; starting_after?: string; ending_before?: string };

// Cursor pagination over a newest-first list, as the SDK's autoPagingEach expects it.
export function paginate<Item extends { id: string }>(items: Item[], params: ListParams, options: { url: string; kind: string }): ListObject<Item> {
  const limit = params.limit ?? 10;
  const cursor = params.starting_after ?? params.ending_before;
  let start = 0;
  let end = limit;
  if (cursor !== undefined) {
    const index = items.findIndex((item) => item.id === cursor);
    const param = params.starting_after !== undefined ? "starting_after" : "ending_before";
    if (index < 0) throw resourceMissing(options.kind, cursor, { param, status: 400 });
    start = param === "starting_after" ? index + 1 : Math.max(0, index - limit);
    end = param === "starting_after" ? index + 1 + limit : index;
  }
  const hasMore = params.ending_before !== undefined ? start > 0 : end < items.length;
  return { object: "list", data: items.slice(start, end), has_more: hasMore, url: options.url };
}

// TEMPORARY until the data layer lands.
import type { HirePage, HirePageLink } from "./types";

export async function getHirePage(_slug: string): Promise<HirePage | null> {
  return null;
}
export async function listHirePages(): Promise<(HirePageLink & { lastModified: Date })[]> {
  return [];
}
export async function searchHirePages(_query: string, _limit?: number): Promise<HirePageLink[]> {
  return [];
}

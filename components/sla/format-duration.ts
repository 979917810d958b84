import { numberFormat } from "@/lib/intl";

/** "3 h 12 min", "45 min", "2 d 4 h"; null reads as a dash. */
export function formatDuration(milliseconds: number | null): string {
  if (milliseconds === null) return "—";
  const total = Math.round(milliseconds / 60_000);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

export const formatShare = (share: number | null) =>
  share === null ? "—" : numberFormat("en-US", { style: "percent", maximumFractionDigits: 0 }).format(share);

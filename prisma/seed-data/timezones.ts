// IANA zones with their fixed standard offset (no DST): what ExpertProfile.utcOffsetMinutes stores.
// Local currency is the one an expert there may quote in instead of USD.

export type SeedTimezone = { zone: string; utcOffsetMinutes: number; localCurrency?: "EUR" | "GBP" };

const ZONES: readonly SeedTimezone[] = [
  { zone: "America/Los_Angeles", utcOffsetMinutes: -480 },
  { zone: "America/Denver", utcOffsetMinutes: -420 },
  { zone: "America/Chicago", utcOffsetMinutes: -360 },
  { zone: "America/New_York", utcOffsetMinutes: -300 },
  { zone: "America/Toronto", utcOffsetMinutes: -300 },
  { zone: "America/Mexico_City", utcOffsetMinutes: -360 },
  { zone: "America/Bogota", utcOffsetMinutes: -300 },
  { zone: "America/Lima", utcOffsetMinutes: -300 },
  { zone: "America/Santiago", utcOffsetMinutes: -240 },
  { zone: "America/Sao_Paulo", utcOffsetMinutes: -180 },
  { zone: "America/Argentina/Buenos_Aires", utcOffsetMinutes: -180 },
  { zone: "Europe/London", utcOffsetMinutes: 0, localCurrency: "GBP" },
  { zone: "Europe/Dublin", utcOffsetMinutes: 0, localCurrency: "EUR" },
  { zone: "Europe/Lisbon", utcOffsetMinutes: 0, localCurrency: "EUR" },
  { zone: "Europe/Madrid", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Paris", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Berlin", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Amsterdam", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Rome", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Stockholm", utcOffsetMinutes: 60 },
  { zone: "Europe/Warsaw", utcOffsetMinutes: 60 },
  { zone: "Europe/Belgrade", utcOffsetMinutes: 60 },
  { zone: "Europe/Athens", utcOffsetMinutes: 120, localCurrency: "EUR" },
  { zone: "Europe/Bucharest", utcOffsetMinutes: 120 },
  { zone: "Europe/Kyiv", utcOffsetMinutes: 120 },
  { zone: "Europe/Istanbul", utcOffsetMinutes: 180 },
  { zone: "Africa/Lagos", utcOffsetMinutes: 60 },
  { zone: "Africa/Cairo", utcOffsetMinutes: 120 },
  { zone: "Africa/Nairobi", utcOffsetMinutes: 180 },
  { zone: "Asia/Jerusalem", utcOffsetMinutes: 120 },
  { zone: "Asia/Dubai", utcOffsetMinutes: 240 },
  { zone: "Asia/Karachi", utcOffsetMinutes: 300 },
  { zone: "Asia/Kolkata", utcOffsetMinutes: 330 },
  { zone: "Asia/Dhaka", utcOffsetMinutes: 360 },
  { zone: "Asia/Ho_Chi_Minh", utcOffsetMinutes: 420 },
  { zone: "Asia/Jakarta", utcOffsetMinutes: 420 },
  { zone: "Asia/Manila", utcOffsetMinutes: 480 },
  { zone: "Asia/Shanghai", utcOffsetMinutes: 480 },
  { zone: "Asia/Singapore", utcOffsetMinutes: 480 },
  { zone: "Asia/Seoul", utcOffsetMinutes: 540 },
  { zone: "Asia/Tokyo", utcOffsetMinutes: 540 },
  { zone: "Australia/Sydney", utcOffsetMinutes: 600 },
  { zone: "Pacific/Auckland", utcOffsetMinutes: 720 },
];

const BY_ZONE = new Map(ZONES.map((timezone) => [timezone.zone, timezone]));

export function timezoneOf(zone: string): SeedTimezone {
  const timezone = BY_ZONE.get(zone);
  if (!timezone) throw new Error(`Unknown seed timezone ${zone}`);
  return timezone;
}

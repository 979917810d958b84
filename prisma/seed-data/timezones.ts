// IANA zones with their fixed standard offset (no DST): what ExpertProfile.utcOffsetMinutes stores.
// Local currency is the one an expert there may quote in instead of USD; country is the ISO 3166-1 code
// an expert living in that zone gets.

export type SeedTimezone = { zone: string; country: string; utcOffsetMinutes: number; localCurrency?: "EUR" | "GBP" };

const ZONES: readonly SeedTimezone[] = [
  { zone: "America/Los_Angeles", country: "US", utcOffsetMinutes: -480 },
  { zone: "America/Denver", country: "US", utcOffsetMinutes: -420 },
  { zone: "America/Chicago", country: "US", utcOffsetMinutes: -360 },
  { zone: "America/New_York", country: "US", utcOffsetMinutes: -300 },
  { zone: "America/Toronto", country: "CA", utcOffsetMinutes: -300 },
  { zone: "America/Mexico_City", country: "MX", utcOffsetMinutes: -360 },
  { zone: "America/Bogota", country: "CO", utcOffsetMinutes: -300 },
  { zone: "America/Lima", country: "PE", utcOffsetMinutes: -300 },
  { zone: "America/Santiago", country: "CL", utcOffsetMinutes: -240 },
  { zone: "America/Sao_Paulo", country: "BR", utcOffsetMinutes: -180 },
  { zone: "America/Argentina/Buenos_Aires", country: "AR", utcOffsetMinutes: -180 },
  { zone: "Europe/London", country: "GB", utcOffsetMinutes: 0, localCurrency: "GBP" },
  { zone: "Europe/Dublin", country: "IE", utcOffsetMinutes: 0, localCurrency: "EUR" },
  { zone: "Europe/Lisbon", country: "PT", utcOffsetMinutes: 0, localCurrency: "EUR" },
  { zone: "Europe/Madrid", country: "ES", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Paris", country: "FR", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Berlin", country: "DE", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Amsterdam", country: "NL", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Rome", country: "IT", utcOffsetMinutes: 60, localCurrency: "EUR" },
  { zone: "Europe/Stockholm", country: "SE", utcOffsetMinutes: 60 },
  { zone: "Europe/Warsaw", country: "PL", utcOffsetMinutes: 60 },
  { zone: "Europe/Belgrade", country: "RS", utcOffsetMinutes: 60 },
  { zone: "Europe/Athens", country: "GR", utcOffsetMinutes: 120, localCurrency: "EUR" },
  { zone: "Europe/Bucharest", country: "RO", utcOffsetMinutes: 120 },
  { zone: "Europe/Kyiv", country: "UA", utcOffsetMinutes: 120 },
  { zone: "Europe/Istanbul", country: "TR", utcOffsetMinutes: 180 },
  { zone: "Africa/Lagos", country: "NG", utcOffsetMinutes: 60 },
  { zone: "Africa/Cairo", country: "EG", utcOffsetMinutes: 120 },
  { zone: "Africa/Nairobi", country: "KE", utcOffsetMinutes: 180 },
  { zone: "Asia/Jerusalem", country: "IL", utcOffsetMinutes: 120 },
  { zone: "Asia/Dubai", country: "AE", utcOffsetMinutes: 240 },
  { zone: "Asia/Karachi", country: "PK", utcOffsetMinutes: 300 },
  { zone: "Asia/Kolkata", country: "IN", utcOffsetMinutes: 330 },
  { zone: "Asia/Dhaka", country: "BD", utcOffsetMinutes: 360 },
  { zone: "Asia/Ho_Chi_Minh", country: "VN", utcOffsetMinutes: 420 },
  { zone: "Asia/Jakarta", country: "ID", utcOffsetMinutes: 420 },
  { zone: "Asia/Manila", country: "PH", utcOffsetMinutes: 480 },
  { zone: "Asia/Shanghai", country: "CN", utcOffsetMinutes: 480 },
  { zone: "Asia/Singapore", country: "SG", utcOffsetMinutes: 480 },
  { zone: "Asia/Seoul", country: "KR", utcOffsetMinutes: 540 },
  { zone: "Asia/Tokyo", country: "JP", utcOffsetMinutes: 540 },
  { zone: "Australia/Sydney", country: "AU", utcOffsetMinutes: 600 },
  { zone: "Pacific/Auckland", country: "NZ", utcOffsetMinutes: 720 },
];

const BY_ZONE = new Map(ZONES.map((timezone) => [timezone.zone, timezone]));

export function timezoneOf(zone: string): SeedTimezone {
  const timezone = BY_ZONE.get(zone);
  if (!timezone) throw new Error(`Unknown seed timezone ${zone}`);
  return timezone;
}

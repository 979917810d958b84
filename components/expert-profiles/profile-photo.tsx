// The photo, or the initials in its place: the profile pages, shortlist cards and the photo form.

type Photo = { url: string; thumbnailUrl: string } | null;

function initialsOf(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join("");
}

/** The photo, or the initials in its place. */
export function ProfilePhoto({ name, photo, size = 96 }: { name: string; photo: Photo; size?: number }) {
  if (photo) {
    return (
      // biome-ignore lint/performance/noImgElement: a short-lived signed file address; next/image would cache it under another
      <img
        src={photo.thumbnailUrl}
        alt={name}
        width={size}
        height={size}
        className="shrink-0 rounded-full object-cover"
        style={{ width: size, height: size }}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className="flex shrink-0 items-center justify-center rounded-full bg-indigo-100 font-semibold text-indigo-800"
      style={{ width: size, height: size, fontSize: size / 3 }}
    >
      {initialsOf(name)}
    </span>
  );
}

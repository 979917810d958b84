import { Fragment } from "react";

/** "America/Argentina/Buenos_Aires" as "America/ Argentina/ Buenos Aires", free to wrap after each "/" but never inside a word. */
export function TimezoneName({ timezone, className }: { timezone: string; className?: string }) {
  const parts = timezone.replaceAll("_", " ").split("/");
  return (
    <span className={className} title={timezone}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <>
              /<wbr />
            </>
          )}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

import { useMemo } from "react";
import { linkify } from "@/lib/chat/linkify";

/** A message body as text nodes and web links: never parsed as HTML, line breaks kept by the CSS. */
export function MessageText({ body }: { body: string }) {
  const segments = useMemo(() => linkify(body), [body]);
  return (
    <p className="text-sm whitespace-pre-wrap text-slate-900 wrap-anywhere">
      {segments.map((segment, index) =>
        segment.type === "link" ? (
          <a
            key={index}
            href={segment.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
          >
            {segment.text}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}

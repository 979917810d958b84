"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import { cn } from "./cn";

export type DialogProps = {
  open: boolean;
  /** Called whenever the dialog closes: Escape, the close button, a backdrop click, or `open` turning false. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Action buttons, shown at the bottom right. */
  footer?: ReactNode;
  closeLabel?: string;
  className?: string;
};

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page behind inert and closes it on Escape.
 * Focus starts on the first focusable element (put `autoFocus` on the one you want) and returns to where it was.
 */
export function Dialog({ open, onClose, title, description, children, footer, closeLabel = "Close", className }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function handleClose() {
    returnFocusRef.current?.focus();
    returnFocusRef.current = null;
    onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={handleClose}
      // Only a click on the backdrop lands on the <dialog> itself: its content fills it edge to edge.
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      // The backdrop sits in the top layer over everything, header included. Its colour is written out (slate-900 at
      // half): ::backdrop inherits no custom properties in older browsers, so the theme variable would leave it clear.
      className={cn("m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-[rgb(15_23_42/0.5)]", className)}
    >
      <div className="p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className="-m-1 rounded-md p-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            <span className="sr-only">{closeLabel}</span>
            <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden="true">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        </div>
        {description && (
          <p id={descriptionId} className="mt-2 text-sm text-slate-600">
            {description}
          </p>
        )}
        {children && <div className="mt-4">{children}</div>}
        {footer && <div className="mt-6 flex flex-wrap justify-end gap-3">{footer}</div>}
      </div>
    </dialog>
  );
}

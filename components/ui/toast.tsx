"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { cn } from "./cn";

export type ToastTone = "neutral" | "info" | "success" | "warning" | "danger";

export type ToastOptions = {
  tone?: ToastTone;
  /** Milliseconds before it disappears; null keeps it until dismissed. Danger toasts stay by default. */
  durationMs?: number | null;
};

type ToastItem = { id: number; message: string; tone: ToastTone; durationMs: number | null };

type ToastContextValue = {
  toast: (message: string, options?: ToastOptions) => void;
  dismiss: (id: number) => void;
};

const DEFAULT_DURATION_MS = 6000;

const TONE_CLASSES: Record<ToastTone, string> = {
  neutral: "border-slate-400",
  info: "border-indigo-600",
  success: "border-emerald-600",
  warning: "border-amber-500",
  danger: "border-red-700",
};

const ToastContext = createContext<ToastContextValue | null>(null);

/**
 * Toasts are announced through one polite live region (role="status") that exists from the first render, so
 * screen readers are already watching it when a message arrives. role="alert" is avoided: Next's route
 * announcer already uses it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((item) => item.id !== id)), []);

  const toast = useCallback((message: string, options: ToastOptions = {}) => {
    const tone = options.tone ?? "neutral";
    const durationMs = options.durationMs !== undefined ? options.durationMs : tone === "danger" ? null : DEFAULT_DURATION_MS;
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-4), { id, message, tone, durationMs }]);
  }, []);

  const value = useMemo(() => ({ toast, dismiss }), [toast, dismiss]);

  return (
    <ToastContext value={value}>
      {children}
      {/* Only the messages are announced; the visible stack below also holds the dismiss buttons. */}
      <div role="status" aria-live="polite" className="sr-only">
        {toasts.map((item) => (
          <p key={item.id}>{item.message}</p>
        ))}
      </div>
      {toasts.length > 0 && (
        <section aria-label="Notifications" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
          {toasts.map((item) => (
            <Toast key={item.id} item={item} onDismiss={dismiss} />
          ))}
        </section>
      )}
    </ToastContext>
  );
}

function Toast({ item, onDismiss }: { item: ToastItem; onDismiss: (id: number) => void }) {
  const [isPaused, setPaused] = useState(false);

  useEffect(() => {
    if (item.durationMs === null || isPaused) return;
    const timer = window.setTimeout(() => onDismiss(item.id), item.durationMs);
    return () => window.clearTimeout(timer);
  }, [item, isPaused, onDismiss]);

  return (
    <div
      // Hovering or focusing a toast keeps it on screen while it is being read.
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={cn(
        "pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border-l-4 bg-white p-4 text-sm text-slate-900 shadow-lg ring-1 ring-slate-200",
        TONE_CLASSES[item.tone],
      )}
    >
      <p className="flex-1">{item.message}</p>
      <button
        type="button"
        onClick={() => onDismiss(item.id)}
        className="-m-1 rounded p-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <span className="sr-only">Dismiss notification</span>
        <svg viewBox="0 0 20 20" className="size-4" fill="currentColor" aria-hidden="true">
          <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
        </svg>
      </button>
    </div>
  );
}

/** `const { toast } = useToast(); toast("Request submitted", { tone: "success" })` */
export function useToast(): ToastContextValue {
  const value = useContext(ToastContext);
  if (!value) throw new Error("useToast must be used inside <ToastProvider> (mounted in app/layout.tsx).");
  return value;
}

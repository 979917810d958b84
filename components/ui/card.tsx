import type { ReactNode } from "react";
import { cn } from "./cn";

export type CardProps = {
  as?: "div" | "section" | "article" | "li";
  className?: string;
  children: ReactNode;
};

export function Card({ as: Element = "div", className, children }: CardProps) {
  return <Element className={cn("rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200", className)}>{children}</Element>;
}

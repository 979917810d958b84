"use client";

import type { ButtonHTMLAttributes, MouseEvent, ReactNode, Ref } from "react";
import { type ButtonSize, type ButtonVariant, buttonClasses } from "./button-styles";
import { Spinner } from "./spinner";

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner and ignores clicks, but keeps the button focusable (aria-disabled) so keyboard users keep their place. */
  isLoading?: boolean;
  /** Replaces the label while loading, e.g. "Signing in…". */
  loadingLabel?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({ variant, size, isLoading = false, loadingLabel, className, type = "button", onClick, children, ...props }: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    // Also blocks implicit form submission (Enter in a field), which browsers route through the submit button's click.
    if (isLoading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      type={type}
      className={buttonClasses({ variant, size, className })}
      aria-disabled={isLoading || undefined}
      aria-busy={isLoading || undefined}
      onClick={handleClick}
      {...props}
    >
      {isLoading && <Spinner />}
      {isLoading && loadingLabel ? loadingLabel : children}
    </button>
  );
}

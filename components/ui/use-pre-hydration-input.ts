import { type RefObject, useEffect } from "react";

/**
 * What a person typed or chose before React took over the form. Hydration leaves it on screen but
 * not in state, so the next render would quietly put the old value back; this hands it to state once.
 */
export function usePreHydrationInput(formRef: RefObject<HTMLFormElement | null>, adopt: (entered: FormData) => void) {
  // Once, on the freshly hydrated form: later renders own the values.
  useEffect(() => {
    if (formRef.current) adopt(new FormData(formRef.current));
  }, []);
}

export function enteredText(entered: FormData, name: string) {
  const value = entered.get(name);
  return typeof value === "string" ? value : "";
}

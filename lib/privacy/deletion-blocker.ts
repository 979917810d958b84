/** A reason an account cannot be deleted yet, in words the user can act on. */
export type DeletionBlocker = { code: string; message: string };

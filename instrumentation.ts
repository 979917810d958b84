// Runs once when a server starts: parse the environment so production refuses to boot without its secrets.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  env();
}

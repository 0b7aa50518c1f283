/**
 * Retries `attempt` until it returns a value (not undefined): for conditions
 * that become true later, such as a live source's next refresh. Attempts are
 * spaced by `intervalMs` so a polled server is not flooded; the wait ends as
 * soon as the condition holds, and fails with `what` after `timeoutMs`.
 */
export async function eventually<T>(
  what: string,
  attempt: () => Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

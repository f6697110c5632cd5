/**
 * Retries `check` until it stops throwing (or returns true) — a wait for a condition, never a fixed
 * sleep. On timeout the last failure is rethrown, so the test shows what was not yet true.
 */
export async function eventually<T>(
  check: () => Promise<T> | T,
  { timeoutMs = 15_000, intervalMs = 50 } = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const r = await check();
      if (r !== false) return r;
      last = new Error('condition still false');
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw last;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

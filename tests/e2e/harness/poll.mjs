// Waiting by polling: robust on a slow, shared CI machine where a fixed sleep is either too short
// (flaky) or too long (slow). `waitFor` retries until the check returns a truthy value.

export async function waitFor(check, { timeout = 20_000, interval = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// Runs a test body with a freshly launched browser and always closes it (and removes its temp
// profile), so a failing test leaves no browser or folder behind.
import { launchBrowser } from './browser_session.mjs';

export async function withSession(browserName, options, body) {
  const session = await launchBrowser(browserName, options);
  try {
    return await body(session);
  } finally {
    await session.close();
  }
}

// A test's limit: the suite must stay under a minute per test on a loaded 2-core machine.
export const TEST_TIMEOUT_MS = 60_000;

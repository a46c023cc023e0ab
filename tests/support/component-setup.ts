import { afterEach } from 'vitest';

// Component tests render into happy-dom's document; unmount after each test
// so one test's output never answers another's queries.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/preact');
  cleanup();
});

// Vitest fixtures for the lab's HTTP tests: a test names what it needs (`{ lab, alice }`) and gets a
// fresh lab, closed after it, instead of each file repeating the same beforeEach/afterEach pair.
import { test } from 'vitest';
import { startFuzzLab, type FuzzLab } from './fuzz-lab';
import { openTestSession, type TestSession } from './o2g-session';
import { startServicesLab, type ServicesLab } from './services-lab';
import { startThreeColleagues, type ThreeColleagues } from './three-colleagues';

/** A lab of its own for each test, with oxe2001 (Alice) signed in. */
export const aliceTest = test.extend<{ lab: ServicesLab; alice: TestSession }>({
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's needs from this pattern.
  lab: async ({}, use) => {
    const lab = await startServicesLab();
    await use(lab);
    await lab.close();
  },
  alice: async ({ lab }, use) => {
    await use(await openTestSession(lab.origin, 'oxe2001', '2001'));
  },
});

/** A lab of its own (controls on) for each test, with Alice, Bruno and Chloé signed in. */
export const colleaguesTest = test.extend<ThreeColleagues & { cast: ThreeColleagues }>({
  // The three sign in together: asking for any one of them starts the lab and all three sessions.
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's needs from this pattern.
  cast: async ({}, use) => {
    const cast = await startThreeColleagues();
    await use(cast);
    await cast.lab.close();
  },
  lab: async ({ cast }, use) => use(cast.lab),
  alice: async ({ cast }, use) => use(cast.alice),
  bruno: async ({ cast }, use) => use(cast.bruno),
  chloe: async ({ cast }, use) => use(cast.chloe),
});

/**
 * One fuzz lab for the whole file: the bad-input checks leave every store unchanged by design, so the
 * families share it rather than pay a start-up each.
 */
export const fuzzTest = test.extend<{ lab: FuzzLab }>({
  lab: [
    // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's needs from this pattern.
    async ({}, use) => {
      const lab = await startFuzzLab();
      await use(lab);
      await lab.close();
    },
    { scope: 'file' },
  ],
});

import { test as base } from '@playwright/test';
import { Lab } from './lab';
import { ConsolePage } from './pages/console-page';
import { EventsPage } from './pages/events-page';
import { InspectorPage } from './pages/inspector-page';
import { LoginPage } from './pages/login-page';
import { ServicePage } from './pages/service-page';
import { TelephonyPage } from './pages/telephony-page';
import { VoicemailPage } from './pages/voicemail-page';

interface ConsolePages {
  /** The embedded lab's controls; the lab is reset before every test, so journeys never see each other. */
  lab: Lab;
  loginPage: LoginPage;
  consolePage: ConsolePage;
  servicePage: ServicePage;
  inspectorPage: InspectorPage;
  telephonyPage: TelephonyPage;
  eventsPage: EventsPage;
  voicemailPage: VoicemailPage;
}

/** The test object every journey uses: page objects come ready to use. */
export const test = base.extend<ConsolePages>({
  lab: [
    // Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const lab = new Lab();
      await lab.reset();
      await use(lab);
    },
    { auto: true },
  ],
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
  consolePage: async ({ page }, use) => {
    await use(new ConsolePage(page));
  },
  servicePage: async ({ page }, use) => {
    await use(new ServicePage(page));
  },
  inspectorPage: async ({ page }, use) => {
    await use(new InspectorPage(page));
  },
  eventsPage: async ({ page }, use) => {
    await use(new EventsPage(page));
  },
  telephonyPage: async ({ page }, use) => {
    await use(new TelephonyPage(page));
  },
  voicemailPage: async ({ page }, use) => {
    await use(new VoicemailPage(page));
  },
});

export { expect } from '@playwright/test';

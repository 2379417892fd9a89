// Debian's Chromium, headless, driven by Playwright, with the flags the e2e suite uses.
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../e2e/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM_LAUNCH_OPTIONS, headless: true });
}

import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The credential the proxy's session vault holds for this page's browser context, asked for as the
 * console's "reveal credential" does (same origin, the console's header). Tests use it to prove the
 * credential is nowhere else.
 */
export async function revealCredential(page: Page): Promise<string> {
  const origin = new URL(page.url()).origin;
  const answer = await page.request.post(`${origin}/o2g/__session/credential`, {
    headers: { 'X-O2G-Vault': '1', Origin: origin },
  });
  expect(answer.status()).toBe(200);
  const { credential } = (await answer.json()) as { credential: string };
  expect(credential.length).toBeGreaterThan(10);
  return credential;
}

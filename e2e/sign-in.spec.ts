import { E2E_PORTS } from './lab-ports';
import { expect, test } from './fixtures';
import { revealCredential } from './vault';

test('admin signs in on the embedded lab and sees the 18 services', async ({
  loginPage,
  consolePage,
  page,
}) => {
  await loginPage.goto();
  await expect(loginPage.labAccounts).toBeVisible();
  await loginPage.signInAs('admin', 'admin');
  await expect(page).toHaveURL(/\/services$/);
  await expect(consolePage.session).toContainText('admin');
  await expect(consolePage.session.getByText('admin', { exact: true }).last()).toBeVisible();
  await expect(consolePage.servicesTable.getByRole('row')).toHaveCount(19);
  for (const name of ['Telephony', 'Voicemail', 'PbxManagement', 'Maintenance', 'Subscriptions']) {
    await expect(consolePage.servicesTable.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('a user signs in with a lab account picked from the list', async ({ loginPage, consolePage, page }) => {
  await loginPage.goto();
  await loginPage.labAccounts.getByRole('button', { name: 'Use oxe2001' }).click();
  await expect(loginPage.login).toHaveValue('oxe2001');
  await loginPage.signIn.click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(consolePage.session).toContainText('oxe2001');
  await expect(consolePage.servicesTable.getByRole('link', { name: 'Telephony', exact: true })).toBeVisible();
  await expect(
    consolePage.servicesTable.getByRole('link', { name: 'PbxManagement', exact: true }),
  ).toHaveCount(0);
});

test('a sign-in sent before the proxy has said where the lab is waits for it, and goes through', async ({
  loginPage,
  page,
}) => {
  // The proxy's list of servers is held back until the form has been sent.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/o2g/__targets', async (route) => {
    await held;
    await route.continue();
  });
  await loginPage.goto();
  await loginPage.signInAs('oxe2001', '2001');
  release();
  await expect(page).toHaveURL(/\/services$/);
});

test('a wrong password is told in plain words at the authentication step', async ({ loginPage, page }) => {
  await loginPage.goto();
  await loginPage.signInAs('oxe2001', 'not-the-password');
  await expect(loginPage.error).toContainText('Authentication: Wrong login or password');
  await expect(loginPage.ladder.getByRole('button', { name: '1. Discovery: done' })).toBeVisible();
  await expect(loginPage.ladder.getByRole('button', { name: '2. Authentication: failed' })).toBeVisible();
  // The session step never ran: it says so rather than "waiting".
  await expect(loginPage.ladder.getByRole('button', { name: '3. Session: not reached' })).toBeVisible();
  await expect(loginPage.ladder.getByText(/waiting/i)).toHaveCount(0);
  await expect(page).toHaveURL(/\/login$/);
  // The form keeps what was typed, so a typo is one correction away.
  await expect(loginPage.login).toHaveValue('oxe2001');
});

test('an O2G that is down is told in plain words at the discovery step', async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs('admin', 'admin', `http://127.0.0.1:${E2E_PORTS.deadO2g}`);
  await expect(loginPage.error).toContainText('Discovery: Server unreachable');
  await expect(loginPage.error).toContainText('nothing accepts connections');
});

test('a server the proxy does not forward to is refused with what to do', async ({ loginPage }) => {
  await loginPage.goto();
  await loginPage.signInAs('admin', 'admin', 'https://o2g-vlab30.ale-dspp.com');
  await expect(loginPage.error).toContainText('Server not allowed');
  await expect(loginPage.error).toContainText('--target');
});

test('the handshake ladder shows each request, redacted', async ({ loginPage, page }) => {
  await loginPage.goto();
  await loginPage.signInAs('oxe2002', 'S3cret-typo');
  await loginPage.ladder.getByRole('button', { name: '2. Authentication: failed' }).click();
  await expect(loginPage.ladder.getByText('authorization: Basic [redacted]')).toBeVisible();
  await expect(loginPage.ladder).toContainText('"httpStatus": "UNAUTHORIZED"');
  await expect(page.locator('body')).not.toContainText('S3cret-typo');
  await expect(page.locator('body')).not.toContainText('b3hlMjAwMjpTM2NyZXQtdHlwbw'); // base64 of login:password
});

test('nothing secret reaches web storage, a script-readable cookie or the URL', async ({
  loginPage,
  page,
}) => {
  await loginPage.signInToServices('oxe2003', '2003');
  // The credential the proxy's session vault holds for this browser, revealed for the test only.
  const credential = await revealCredential(page);
  const stored = await page.evaluate(async () => {
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      databases,
      cookie: document.cookie,
    });
  });
  expect(stored).not.toContain('2003"'); // the password
  expect(stored).not.toContain(credential);
  expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+/); // a JWT-shaped credential
  expect(stored).toContain('oxe2003'); // the login is remembered, on purpose
  expect(page.url()).not.toContain('2003');
  expect(page.url()).not.toContain(credential);
  // The browser holds one cookie: the vault's handle, HttpOnly, opaque, scoped to the proxy routes.
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name)).not.toContain('AlcUserId');
  expect(cookies).toHaveLength(1);
  const [handle] = cookies;
  expect(handle).toMatchObject({
    name: 'o2g-console-session',
    httpOnly: true,
    sameSite: 'Strict',
    path: '/o2g/',
  });
  expect(handle?.value).not.toBe(credential);
  expect(handle?.value).not.toContain(credential);
  expect(handle?.value).toMatch(/^[\w-]{43}$/);
  expect(JSON.stringify(cookies)).not.toContain(credential);
});

test('ending the session returns to the sign-in page with the login remembered', async ({
  loginPage,
  consolePage,
  page,
}) => {
  await loginPage.signInToServices('oxe2004', '2004');
  await consolePage.endSession.click();
  await expect(page.getByText('The O2G deleted the session.')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expect(loginPage.login).toHaveValue('oxe2004');
  await expect(loginPage.password).toHaveValue('');
  await page.goto('/services');
  await expect(page).toHaveURL(/\/login\?from=%2Fservices$/);
});

test('an expired session shows a banner and a way back that keeps the server and login', async ({
  lab,
  loginPage,
  consolePage,
  page,
}) => {
  await loginPage.signInToServices('oxe2005', '2005');
  await lab.advanceClock(1800 + 120);
  // The next request finds the session gone: here, a read on a service page.
  await consolePage.openService('Users');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(consolePage.sessionLost).toBeVisible();
  await consolePage.signInAgain.click();
  await expect(page).toHaveURL(/\/login\?from=/);
  await expect(loginPage.login).toHaveValue('oxe2005');
  await expect(loginPage.server).toHaveValue('Embedded lab');
});

test('ending the session deletes it on the O2G', async ({ lab, loginPage, consolePage, page }) => {
  await loginPage.signInToServices('admin', 'admin');
  expect(await lab.sessionsOf('admin')).toBe(1);
  await consolePage.endSession.click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await lab.sessionsOf('admin')).toBe(0);
});

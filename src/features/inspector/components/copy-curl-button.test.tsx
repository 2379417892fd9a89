import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { render } from '../../../testing/render';
import { RAW_SECRETS, rawAuthenticate, rawMailboxLogin, rawUnsubscribe } from '../testing/test-exchanges';
import { CopyCurlButton } from './copy-curl-button';

const ORIGIN = 'http://127.0.0.1:5173';
const SECRET = 'eyJhbGciOiJIUzI1NiJ9.secret-credential';

/**
 * The clipboard's writeText, replaced. Call it after render(): user-event's setup installs a clipboard of
 * its own on navigator. `undefined` stands for a browser that offers no clipboard API to the page.
 */
function stubWriteText(writeText: Clipboard['writeText'] | undefined) {
  Object.defineProperty(navigator.clipboard, 'writeText', { value: writeText, configurable: true });
}

afterEach(() => vi.restoreAllMocks());

describe('CopyCurlButton', () => {
  it('copies a command with the credential placeholder and says so', async () => {
    const { user } = render(<CopyCurlButton exchange={rawMailboxLogin} origin={ORIGIN} />);
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubWriteText(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));

    const copied = String(writeText.mock.calls[0]?.[0]);
    expect(copied).toContain('-H "Cookie: AlcUserId=$O2G_CREDENTIAL"');
    expect(copied).not.toContain(SECRET);
    const confirmation = screen.getByRole('status');
    expect(confirmation).toHaveTextContent('Copied to the clipboard');
    expect(confirmation).toHaveTextContent('Set O2G_CREDENTIAL in your shell first');
    expect(screen.getByLabelText('Copied cURL command').textContent).toBe(copied);

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('copies no live subscription id, which would open the event channel', async () => {
    const { user } = render(<CopyCurlButton exchange={rawUnsubscribe} origin={ORIGIN} />);
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubWriteText(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));
    const copied = String(writeText.mock.calls[0]?.[0]);
    expect(copied).toContain('/api/rest/1.0/subscriptions/%5Bredacted%5D');
    for (const secret of RAW_SECRETS) expect(copied).not.toContain(secret);
  });

  it('uses login and password placeholders for the authenticate request', async () => {
    const { user } = render(<CopyCurlButton exchange={rawAuthenticate} origin={ORIGIN} />);
    const writeText = vi.fn().mockResolvedValue(undefined);
    stubWriteText(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));
    const copied = String(writeText.mock.calls[0]?.[0]);
    expect(copied).toContain('-u "$O2G_LOGIN:$O2G_PASSWORD"');
    expect(copied).not.toContain('YWRtaW46czNjcmV0');
    expect(screen.getByRole('status')).toHaveTextContent('Set O2G_LOGIN and O2G_PASSWORD');
  });

  it.each([
    ['there is no clipboard', undefined],
    ['the clipboard refuses', vi.fn().mockRejectedValue(new DOMException('denied'))],
  ])('opens the command, selected, in a dialog when %s', async (_, writeText) => {
    const { user } = render(<CopyCurlButton exchange={rawMailboxLogin} origin={ORIGIN} />);
    stubWriteText(writeText);
    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));

    const dialog = screen.getByRole('dialog', { name: 'Copy the cURL command' });
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'cURL command' });
    expect(dialog).toContainElement(field);
    expect(field.value).toContain('$O2G_CREDENTIAL');
    expect(field.value).not.toContain(SECRET);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

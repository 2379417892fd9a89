import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { captureDownloads } from '../../../testing/downloads';
import { render } from '../../../testing/render';
import type { Har } from '../model/har';
import {
  RAW_SECRETS,
  exchange,
  rawAuthenticate,
  rawMailboxLogin,
  rawSubscribe,
  rawUnsubscribe,
} from '../testing/test-exchanges';
import { ExportMenu } from './export-menu';

// The files the menu hands to the browser.
const saved = captureDownloads();

const exchanges = [exchange(), rawAuthenticate, rawMailboxLogin, rawSubscribe, rawUnsubscribe];

describe('ExportMenu', () => {
  it('saves a HAR 1.2 file of the requests, with no secret in it', async () => {
    const { user } = render(<ExportMenu exchanges={exchanges} origin="http://127.0.0.1:5173" />);
    await user.click(screen.getByRole('button', { name: 'Export (5)' }));
    await user.click(screen.getByRole('menuitem', { name: 'HAR 1.2 (.har)' }));

    expect(saved).toHaveLength(1);
    const [file] = saved;
    expect(file?.name).toMatch(/^o2g-console-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.har$/);
    const text = (await file?.blob.text()) ?? '';
    const har = JSON.parse(text) as Har;
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries.map((entry) => entry.request.method)).toEqual([
      'GET',
      'GET',
      'POST',
      'POST',
      'DELETE',
    ]);
    for (const secret of RAW_SECRETS) expect(text).not.toContain(secret);
    expect(document.querySelector('a[download]')).toBeNull(); // the temporary link is gone
  });

  it('saves NDJSON, one exchange per line', async () => {
    const { user } = render(<ExportMenu exchanges={exchanges} origin="http://127.0.0.1:5173" />);
    await user.click(screen.getByRole('button', { name: 'Export (5)' }));
    await user.click(screen.getByRole('menuitem', { name: 'NDJSON (.ndjson)' }));
    const text = (await saved[0]?.blob.text()) ?? '';
    expect(saved[0]?.name).toMatch(/\.ndjson$/);
    expect(saved[0]?.blob.type).toBe('application/x-ndjson');
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: number }).id),
    ).toEqual([1, 2, 3, 5, 6]);
    for (const secret of RAW_SECRETS) expect(text).not.toContain(secret);
  });

  it('cannot export an empty list', () => {
    render(<ExportMenu exchanges={[]} origin="http://x" />);
    expect(screen.getByRole('button', { name: 'Export (0)' })).toBeDisabled();
  });
});

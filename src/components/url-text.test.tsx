import { describe, expect, it } from 'vitest';
import { render } from '../testing/render';
import { UrlText } from './url-text';

describe('UrlText', () => {
  it('offers a line break after each slash, question mark and ampersand, and keeps the text whole', () => {
    const { container } = render(<UrlText url="/api/rest/1.0/messaging/mailboxes?loginName=oxe2001&x=1" />);
    expect(container).toHaveTextContent('/api/rest/1.0/messaging/mailboxes?loginName=oxe2001&x=1');
    // 5 slashes, 1 question mark, 1 ampersand: a break opportunity after each, none inside a word.
    expect(container.querySelectorAll('wbr')).toHaveLength(7);
    const breaksAfter = [...container.querySelectorAll('wbr')].map((wbr) => wbr.previousSibling?.textContent);
    expect(new Set(breaksAfter)).toEqual(new Set(['/', '?', '&']));
  });
});

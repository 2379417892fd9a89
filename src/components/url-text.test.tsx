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

  it('shows a long id by its ends, with the whole id on hover, in a path and in a query value', () => {
    const { container } = render(
      <UrlText
        url="/api/rest/1.0/telephony/calls/c0ffee0000000001/answer?subscriptionId=3f2a9b7c1d4e5f60718293a4b5c6d7e8"
        shortenIds
      />,
    );
    expect(container).toHaveTextContent(
      '/api/rest/1.0/telephony/calls/c0ffee…0001/answer?subscriptionId=3f2a9b…d7e8',
    );
    const ids = [...container.querySelectorAll('abbr')].map((abbr) => abbr.getAttribute('title'));
    expect(ids).toEqual(['c0ffee0000000001', '3f2a9b7c1d4e5f60718293a4b5c6d7e8']);
  });

  it('keeps every character without shortenIds', () => {
    const url = '/api/rest/1.0/telephony/calls/c0ffee0000000001';
    const { container } = render(<UrlText url={url} />);
    expect(container).toHaveTextContent(url);
    expect(container.querySelector('abbr')).toBeNull();
  });
});

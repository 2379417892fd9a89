import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { createExchangeLog } from '../model/exchange-log';
import { ExchangeLogContext } from '../model/exchange-log-context';
import { exchange, failedRequest } from '../testing/test-exchanges';
import { InspectorView } from './inspector-view';

/** An authenticate exchange as the O2G client records it: already redacted. */
const authenticate = exchange({
  id: 2,
  url: '/o2g/https/127.0.0.1:8743/api/rest/authenticate?version=1.0',
  requestHeaders: { accept: 'application/json', authorization: 'Basic [redacted]' },
  responseBody: '{"credential":"[redacted]","publicUrl":"https://o2g/api/rest/1.0/sessions"}',
});
const notFound = exchange({ id: 5, method: 'POST', status: 404, url: '/o2g/https/h:1/api/rest/1.0/users/x' });

function renderInspector() {
  const log = createExchangeLog();
  const view = render(
    <ExchangeLogContext.Provider value={log}>
      <InspectorView origin="http://127.0.0.1:5173" />
    </ExchangeLogContext.Provider>,
  );
  const add = (...exchanges: Parameters<typeof log.add>[0][]) =>
    act(() => exchanges.forEach((e) => log.add(e)));
  return { ...view, log, add };
}

const rows = () =>
  within(screen.getByRole('grid', { name: 'O2G requests' }))
    .getAllByRole('row')
    .slice(1);

describe('InspectorView', () => {
  it('says so when there is no request, and shows new ones as they happen, newest first', () => {
    const { add } = renderInspector();
    expect(screen.getByText('No request yet')).toBeInTheDocument();
    add(exchange());
    expect(screen.getByRole('status')).toHaveTextContent('1 request, newest first');
    add(authenticate, failedRequest);
    expect(screen.getByRole('status')).toHaveTextContent('3 requests');
    expect(rows().map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^DELETE\/api\/rest\/1\.0\/sessionsNo answer/),
      expect.stringMatching(/^GET\/api\/rest\/authenticate\?version=1\.0OK \(200\)/),
      expect.stringMatching(/^GET\/api\/rest\/1\.0\/sessionsOK \(200\)/),
    ]);
  });

  it('filters by text, status and method, and says how many it shows', async () => {
    const { add, user } = renderInspector();
    add(exchange(), authenticate, failedRequest, notFound);
    await user.type(screen.getByRole('textbox', { name: 'Filter requests' }), 'authenticate');
    expect(rows()).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 4 requests');
    await user.clear(screen.getByRole('textbox', { name: 'Filter requests' }));

    await user.click(within(screen.getByRole('radiogroup', { name: 'Status' })).getByText('Errors'));
    expect(rows()).toHaveLength(2);
    await user.click(
      within(screen.getByRole('group', { name: 'Methods' })).getByRole('checkbox', { name: 'POST' }),
    );
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('404');

    await user.click(within(screen.getByRole('radiogroup', { name: 'Status' })).getByText('2xx'));
    expect(screen.getByText('No request matches the filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(4);
  });

  it('selects a row with the keyboard and shows its redacted headers and body, pretty or raw', async () => {
    const { add, user } = renderInspector();
    add(exchange(), authenticate);
    expect(screen.getByText(/Select a request/)).toBeInTheDocument();
    screen.getByRole('button', { name: 'Clear log (2)' }).focus();
    await user.tab(); // the list is one tab stop: the newest row
    expect(rows()[0]).toHaveFocus();
    expect(rows()[1]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowDown}');
    expect(rows()[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(rows()[0]).toHaveAttribute('aria-selected', 'true');

    const detail = screen.getByRole('region', { name: 'Selected request' });
    expect(detail).toHaveTextContent('https://127.0.0.1:8743/api/rest/authenticate?version=1.0');
    expect(within(detail).getByRole('tree', { name: 'Response body' })).toHaveTextContent('"[redacted]"');
    await user.click(within(detail).getByText('Raw'));
    expect(within(detail).getByLabelText('Response body')).toHaveTextContent(
      '{"credential":"[redacted]","publicUrl":"https://o2g/api/rest/1.0/sessions"}',
    );

    await user.click(within(detail).getByRole('tab', { name: 'Request' }));
    const headers = within(detail).getByRole('table', { name: 'Request headers' });
    expect(within(headers).getByRole('row', { name: 'authorization: Basic [redacted]' })).toBeInTheDocument();

    rows()[1]?.focus();
    await user.keyboard(' ');
    expect(rows()[1]).toHaveAttribute('aria-selected', 'true');
    expect(detail).toHaveTextContent('https://127.0.0.1:8743/api/rest/1.0/sessions');
  });

  it('shows why a request failed', async () => {
    const { add, user } = renderInspector();
    add(failedRequest);
    await user.click(rows()[0] as HTMLElement);
    expect(screen.getByRole('region', { name: 'Selected request' })).toHaveTextContent(
      'No answerNo answer: the O2G or the console’s proxy could not be reached.',
    );
  });

  it('says a request the console cancelled was cancelled, with no failure to explain', async () => {
    const { add, user } = renderInspector();
    add({ ...failedRequest, failure: 'The request was cancelled' });
    await user.click(rows()[0] as HTMLElement);
    const detail = screen.getByRole('region', { name: 'Selected request' });
    expect(detail).toHaveTextContent('Cancelled');
    expect(detail).not.toHaveTextContent('No answer');
    expect(within(detail).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('clears the log, with the count on the button', async () => {
    const { add, user, log } = renderInspector();
    add(exchange(), authenticate, failedRequest);
    await user.click(rows()[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Clear log (3)' }));
    expect(log.snapshot()).toEqual([]);
    expect(screen.getByText('No request yet')).toBeInTheDocument();
    add(exchange({ id: 9 }));
    expect(screen.queryByRole('region', { name: 'Selected request' })).not.toBeInTheDocument();
  });

  it('shortens long ids in the list, whole on hover and in the detail', async () => {
    const { add, user } = renderInspector();
    const callRef = 'c0ffee0000000001';
    const subscriptionId = '3f2a9b7c1d4e5f60718293a4b5c6d7e8';
    add(
      exchange({
        id: 7,
        method: 'POST',
        url: `/o2g/https/h:1/api/rest/1.0/telephony/calls/${callRef}/answer?subscriptionId=${subscriptionId}`,
      }),
    );
    const row = rows()[0] as HTMLElement;
    expect(row).toHaveTextContent('/telephony/calls/c0ffee…0001/answer?subscriptionId=3f2a9b…d7e8');
    expect(row).not.toHaveTextContent(callRef);
    expect(within(row).getByTitle(callRef)).toHaveTextContent('c0ffee…0001');
    expect(within(row).getByTitle(subscriptionId)).toHaveTextContent('3f2a9b…d7e8');

    await user.click(row);
    const detail = screen.getByRole('region', { name: 'Selected request' });
    expect(detail).toHaveTextContent(
      `https://h:1/api/rest/1.0/telephony/calls/${callRef}/answer?subscriptionId=${subscriptionId}`,
    );
    expect(within(detail).queryByText(/…/)).toBeNull();
  });
});

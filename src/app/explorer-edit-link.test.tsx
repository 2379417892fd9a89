import { act, screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { draftOf } from '../features/explorer/model/explorer-draft';
import { InspectorView } from '../features/inspector/components/inspector-view';
import { createExchangeLog } from '../features/inspector/model/exchange-log';
import { ExchangeLogContext } from '../features/inspector/model/exchange-log-context';
import { exchange } from '../features/inspector/testing/test-exchanges';
import { render } from '../testing/render';
import { signInTo, startOwnLab } from '../testing/own-lab';
import { WithClient } from '../testing/test-providers';
import { useExplorerEditLink } from './explorer-edit-link';

/** Where "Edit and resend" led: the explorer's route, its query and the body it was handed. */
function ExplorerProbe() {
  const location = useLocation();
  return (
    <output aria-label="Explorer opened">
      {location.pathname}
      {location.search} {JSON.stringify(draftOf(location.state) ?? null)}
    </output>
  );
}

function Inspector({ origin }: { origin: string }) {
  return <InspectorView origin={origin} editLink={useExplorerEditLink(origin)} />;
}

/**
 * The inspector of an administrator signed in to a lab of the test's own. The console records its
 * requests as paths on its own origin (where the proxy answers): here the proxy's origin.
 */
async function renderInspector() {
  const { client, session } = await signInTo(await startOwnLab(), 'admin');
  const { origin, pathname: base } = new URL(session.baseUrl);
  const log = createExchangeLog();
  const view = render(
    <WithClient client={client}>
      <ExchangeLogContext.Provider value={log}>
        <Routes>
          <Route path="/inspector" element={<Inspector origin={origin} />} />
          <Route path="/explorer/:serviceName?/:operationId?" element={<ExplorerProbe />} />
        </Routes>
      </ExchangeLogContext.Provider>
    </WithClient>,
    { route: '/inspector' },
  );
  return {
    ...view,
    base,
    add: (...entries: Parameters<typeof log.add>[0][]) => act(() => entries.forEach(log.add)),
  };
}

const rows = () =>
  within(screen.getByRole('grid', { name: 'O2G requests' }))
    .getAllByRole('row')
    .slice(1);

describe('Edit and resend, from the Inspector to the explorer', () => {
  it('opens the request’s operation with its parameters in the link and its body handed over', async () => {
    const { add, user, base } = await renderInspector();
    add(
      exchange({
        id: 3,
        method: 'POST',
        status: 204,
        url: `${base}/routing/forwardroute?loginName=oxe2002`,
        requestBody: '{"forwardRoute":{"destinations":[{"type":"NUMBER","number":"2003"}]}}',
      }),
    );
    await user.click(rows()[0] as HTMLElement);
    await user.click(screen.getByRole('link', { name: 'Edit and resend' }));
    expect(screen.getByRole('status', { name: 'Explorer opened' })).toHaveTextContent(
      '/explorer/Routing/routing.setForward?loginName=oxe2002 ' +
        '{"operationId":"routing.setForward","body":{"forwardRoute":{"destinations":[{"type":"NUMBER","number":"2003"}]}}}',
    );
  });

  it('hands no body over for an operation that takes none', async () => {
    const { add, user, base } = await renderInspector();
    add(exchange({ id: 4, method: 'GET', url: `${base}/routing/state?loginName=oxe2001` }));
    await user.click(rows()[0] as HTMLElement);
    await user.click(screen.getByRole('link', { name: 'Edit and resend' }));
    expect(screen.getByRole('status', { name: 'Explorer opened' })).toHaveTextContent(
      '/explorer/Routing/routing.getState?loginName=oxe2001 null',
    );
  });

  it('offers nothing for a request no operation of the session describes', async () => {
    const { add, user, base } = await renderInspector();
    add(exchange({ id: 5, url: base.replace('/1.0', '/authenticate?version=1.0') }));
    await user.click(rows()[0] as HTMLElement);
    expect(screen.getByRole('region', { name: 'Selected request' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit and resend' })).not.toBeInTheDocument();
  });
});

import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { ServiceDescriptor } from '../../../o2g/contract';
import { render } from '../../../testing/render';
import { requestsOf, signInTo, startOwnLab, type SignedIn } from '../../../testing/own-lab';
import { WithClient } from '../../../testing/test-providers';
import { ServicePage } from './service-page';

/** Signs in to a lab of the test's own and renders one service of the session's list. */
async function page(serviceName: string, loginName: 'admin' | 'oxe2002') {
  const signedIn = await signInTo(await startOwnLab(), loginName);
  const service = signedIn.session.info.services.find((listed) => listed.serviceName === serviceName);
  if (!service) throw new Error(`the lab's session lists no ${serviceName} service`);
  return { ...renderService(signedIn, service), ...signedIn };
}

function renderService({ client, session }: SignedIn, service: ServiceDescriptor) {
  return render(
    <WithClient client={client}>
      <ServicePage
        service={service}
        baseUrl={session.baseUrl}
        admin={session.info.admin}
        sessionLogin={session.loginName}
      />
    </WithClient>,
    { route: `/services/${service.serviceName}?loginName=oxe2001` },
  );
}

describe('ServicePage', () => {
  it('gives an unknown service its name, version, URL and the free-form request only', async () => {
    const admin = await signInTo(await startOwnLab(), 'admin');
    // A service a newer O2G could list, which the console's catalogue does not describe.
    renderService(admin, { serviceName: 'AcdRealTime', serviceVersion: '1.0', relativeUrl: '/acd/realtime' });
    expect(screen.getByRole('heading', { name: 'AcdRealTime', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('unknown service')).toBeInTheDocument();
    expect(screen.getByText(`${admin.session.baseUrl}/acd/realtime`)).toBeInTheDocument();
    expect(screen.getByText('Free-form request')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Read' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Act as' })).not.toBeInTheDocument();
  });

  it('shows a user their reads without an "Act as" picker, and asks the O2G for no login list', async () => {
    const signedIn = await signInTo(await startOwnLab(), 'oxe2002');
    const requests = requestsOf(signedIn.client);
    const state = signedIn.session.info.services.find((service) => service.serviceName === 'State');
    renderService(signedIn, state!);
    expect(screen.getByText(/telephonic state: current calls/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read the telephonic state' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Act as' })).not.toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('gives an administrator the picker, and the reads act as the pick in the URL', async () => {
    await page('Voicemail', 'admin');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Act as' })).toHaveValue('oxe2001'));
    expect(screen.getAllByText('as oxe2001')).toHaveLength(2);
  });

  it('explains a service with nothing to read', async () => {
    await page('Subscriptions', 'oxe2002');
    expect(screen.getByText(/the Events page uses this service/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Read' })).not.toBeInTheDocument();
  });

  it('offers Directory its search flow', async () => {
    await page('Directory', 'oxe2002');
    expect(screen.getByRole('region', { name: 'Directory search' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search the directory' })).toBeInTheDocument();
  });
});

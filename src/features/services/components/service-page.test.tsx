import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { render } from '../../../testing/render';
import { loginsKeys } from '../../../lib/logins-query';
import { ServicePage } from './service-page';
import { stubClient, TEST_BASE_URL } from '../../../testing/stub-client';
import { WithClient } from '../../../testing/test-providers';

const page = (serviceName: string, relativeUrl: string, admin: boolean) => {
  const { client, request } = stubClient();
  const rendered = render(
    <WithClient client={client}>
      <ServicePage
        service={{ serviceName, serviceVersion: '1.0', relativeUrl }}
        baseUrl={TEST_BASE_URL}
        admin={admin}
        sessionLogin={admin ? 'admin' : 'oxe2002'}
      />
    </WithClient>,
    { route: `/services/${serviceName}?loginName=oxe2001` },
  );
  return { ...rendered, request };
};

describe('ServicePage', () => {
  it('gives an unknown service its name, version, URL and the free-form request only', () => {
    page('AcdRealTime', '/acd/realtime', true);
    expect(screen.getByRole('heading', { name: 'AcdRealTime', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('unknown service')).toBeInTheDocument();
    expect(screen.getByText(`${TEST_BASE_URL}/acd/realtime`)).toBeInTheDocument();
    expect(screen.getByText('Free-form request')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Read' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Act as' })).not.toBeInTheDocument();
  });

  it('shows a user their reads without an "Act as" picker, and asks the O2G for no login list', () => {
    const { request } = page('State', '/telephony/state', false);
    expect(screen.getByText(/telephonic state: current calls/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read the telephonic state' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Act as' })).not.toBeInTheDocument();
    expect(request).not.toHaveBeenCalled();
  });

  it('gives an administrator the picker, and the reads act as the pick in the URL', async () => {
    const { queryClient } = page('Voicemail', '/messaging/mailboxes', true);
    queryClient.setQueryData(loginsKeys.list(TEST_BASE_URL), { loginNames: ['oxe2001', 'oxe2002'] });
    expect(await screen.findByRole('combobox', { name: 'Act as' })).toBeInTheDocument();
    expect(screen.getAllByText('as oxe2001')).toHaveLength(2);
  });

  it('explains a service with nothing to read', () => {
    page('Subscriptions', '/subscriptions', false);
    expect(screen.getByText(/the Events page uses this service/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Read' })).not.toBeInTheDocument();
  });

  it('offers Directory its search flow', () => {
    page('Directory', '/directory', false);
    expect(screen.getByRole('region', { name: 'Directory search' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search the directory' })).toBeInTheDocument();
  });
});

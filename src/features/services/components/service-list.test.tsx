import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { render } from '../../../testing/render';
import { ServiceList } from './service-list';

describe('ServiceList', () => {
  it('lists the services exactly as returned, unknown ones included, each linking to its page', () => {
    render(
      <ServiceList
        services={[
          { serviceName: 'Telephony', serviceVersion: '1.0', relativeUrl: '/telephony/calls' },
          { serviceName: 'AcdRealTime', serviceVersion: '2.1', relativeUrl: '/acd/realtime' },
        ]}
        linkTo={(name) => `/services/${name}`}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Services of this session' })).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: 'Telephony' })).toHaveAttribute(
      'href',
      '/services/Telephony',
    );
    expect(within(rows[1]!).getByText(/Full call control/)).toBeInTheDocument();
    expect(within(rows[2]!).getByText('2.1')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('/acd/realtime')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('unknown service')).toBeInTheDocument();
  });

  it('says so when the session lists no service', () => {
    render(<ServiceList services={[]} linkTo={(name) => name} />);
    expect(screen.getByText('This session lists no services.')).toBeInTheDocument();
  });

  it('tells a user that Logins answers them too, with their own login', () => {
    render(
      <ServiceList
        services={[{ serviceName: 'Logins', serviceVersion: '1.0', relativeUrl: '/logins' }]}
        linkTo={(name) => name}
      />,
    );
    const row = screen.getByRole('row', { name: /Logins/ });
    expect(row).toHaveTextContent('all of them for an administrator, only your own for a user');
    expect(row).not.toHaveTextContent(/administrators only/);
  });
});

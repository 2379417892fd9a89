import { describe, expect, it } from 'vitest';
import { SERVICE_CATALOGUE, servicesFor } from './services';

describe('service catalogue', () => {
  it('lists the seed administrator session services, in order', () => {
    expect(servicesFor(true).map((s) => s.serviceName)).toEqual([
      'Logins',
      'Users',
      'BasicTelephony',
      'Telephony',
      'Devices',
      'State',
      'IncomingCallbacks',
      'OutgoingCallbacks',
      'Directory',
      'EventSummary',
      'Routing',
      'Comlog',
      'PhoneSetProgramming',
      'Subscriptions',
      'Voicemail',
      'PbxManagement',
      'Analytics',
      'Maintenance',
    ]);
    expect(SERVICE_CATALOGUE.every((s) => s.serviceVersion === '1.0')).toBe(true);
  });

  it('gives users every service but PbxManagement, Analytics and Maintenance, Subscriptions included', () => {
    const names = servicesFor(false).map((s) => s.serviceName);
    expect(names).toHaveLength(15);
    expect(names.filter((n) => ['PbxManagement', 'Analytics', 'Maintenance'].includes(n))).toEqual([]);
    expect(names).toContain('Subscriptions');
  });
});

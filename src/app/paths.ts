/** The console's routes and their links, in one table so that no component spells a URL by hand. */
export const paths = {
  home: { path: '/', href: () => '/' },
  login: {
    path: '/login',
    href: (from?: string) => (from ? `/login?from=${encodeURIComponent(from)}` : '/login'),
  },
  services: { path: '/services', href: () => '/services' },
  service: {
    path: '/services/:serviceName',
    href: (serviceName: string) => `/services/${encodeURIComponent(serviceName)}`,
  },
  explorer: {
    path: '/explorer/:serviceName?/:operationId?',
    href: (serviceName?: string, operationId?: string) =>
      ['/explorer', serviceName, operationId]
        .filter((part) => part !== undefined)
        .map((part, index) => (index === 0 ? part : encodeURIComponent(part)))
        .join('/'),
  },
  telephony: { path: '/telephony', href: () => '/telephony' },
  voicemail: { path: '/voicemail', href: () => '/voicemail' },
  events: { path: '/events', href: () => '/events' },
  inspector: { path: '/inspector', href: () => '/inspector' },
} as const;

/** The console's routes and their links, in one table so that no component spells a URL by hand. */
export const paths = {
  home: { path: '/', href: () => '/' },
  login: { path: '/login', href: () => '/login' },
} as const;

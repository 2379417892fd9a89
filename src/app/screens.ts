import { lazyScreen } from './lazy-screen';

// Every screen is its own chunk: the sign-in page never pulls in the code of the screens behind it.
export const screens = {
  signedInFrame: lazyScreen(async () => (await import('./routes/session-layout')).SignedInFrame),
  services: lazyScreen(async () => (await import('./routes/services')).Component),
  service: lazyScreen(async () => (await import('./routes/service')).Component),
  explorer: lazyScreen(async () => (await import('./routes/explorer')).Component),
  telephony: lazyScreen(async () => (await import('./routes/telephony')).Component),
  voicemail: lazyScreen(async () => (await import('./routes/voicemail')).Component),
  events: lazyScreen(async () => (await import('./routes/events')).Component),
  inspector: lazyScreen(async () => (await import('./routes/inspector')).Component),
  login: lazyScreen(async () => (await import('./routes/login')).Component),
  notFound: lazyScreen(async () => (await import('./routes/not-found')).Component),
};

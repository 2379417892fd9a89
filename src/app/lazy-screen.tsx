import type { ComponentType } from 'react';
import { lazy, useState } from 'react';

/** A screen whose code is fetched on first use or ahead of it, with `preload`. */
export interface LazyScreen {
  (): React.ReactNode;
  /** Fetches the screen's code now; what the sign-in page calls when the browser is idle. */
  preload(): Promise<unknown>;
}

/**
 * A screen of the console as a lazy component. Unlike a bare `React.lazy`, a screen whose code is
 * already here renders at once: `React.lazy` suspends on its first render even when the module has
 * long been fetched, and a suspended navigation throws away the work rendered so far and starts over.
 * After signing in that happened twice in a row (the signed-in frame, then the services screen).
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let pending: Promise<ComponentType> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () =>
    (pending ??= load().then(
      (Screen) => (loaded = Screen),
      (error: unknown) => {
        // A failed download may succeed later (the network came back): the next use tries again.
        pending = undefined;
        throw error;
      },
    ));
  const Suspending = lazy(async () => ({ default: await preload() }));

  function Screen() {
    // Chosen once per mounted screen: switching from the lazy wrapper to the component itself on a
    // later render would remount the screen and lose its state.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready /> : <Suspending />;
  }
  Screen.preload = preload;
  return Screen;
}

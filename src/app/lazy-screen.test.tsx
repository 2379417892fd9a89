import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { lazyScreen } from './lazy-screen';

/** A screen module whose download the test finishes (or fails) when it wants. */
function pendingModule() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  let loads = 0;
  const load = () => {
    loads += 1;
    return new Promise<() => React.ReactNode>((resolve, reject) => {
      finish = () => resolve(() => <h1>The services</h1>);
      fail = reject;
    });
  };
  return { load, finish: () => finish(), fail: (error: Error) => fail(error), loads: () => loads };
}

const withFallback = (ui: React.ReactNode) => <Suspense fallback={<p>Loading the screen</p>}>{ui}</Suspense>;

describe('a lazy screen', () => {
  it('shows the fallback while its code downloads, then the screen', async () => {
    const module = pendingModule();
    const Services = lazyScreen(module.load);
    render(withFallback(<Services />));
    expect(screen.getByText('Loading the screen')).toBeInTheDocument();
    module.finish();
    expect(await screen.findByRole('heading', { name: 'The services' })).toBeInTheDocument();
  });

  it('renders at once, without suspending, once preloaded', async () => {
    const module = pendingModule();
    const Services = lazyScreen(module.load);
    const preloaded = Services.preload();
    module.finish();
    await preloaded;
    render(withFallback(<Services />));
    // Synchronously there: no fallback frame in between.
    expect(screen.getByRole('heading', { name: 'The services' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the screen')).not.toBeInTheDocument();
    expect(module.loads()).toBe(1);
  });

  it('downloads again after a failed download', async () => {
    const module = pendingModule();
    const Services = lazyScreen(module.load);
    const first = Services.preload();
    module.fail(new TypeError('Failed to fetch dynamically imported module'));
    await expect(first).rejects.toThrow('Failed to fetch');
    const second = Services.preload();
    module.finish();
    await second;
    expect(module.loads()).toBe(2);
  });
});

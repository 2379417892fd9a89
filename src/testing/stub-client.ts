import { vi } from 'vitest';
import { createO2gClient } from '../o2g/client';
import type { O2gClient } from '../o2g/client';
import type { O2gHttp } from '../o2g/http';

/** A base URL no test ever reaches: component tests stub the http layer and never touch the network. */
export const TEST_BASE_URL = 'http://console.test/o2g/https/lab.test/api/rest/1.0';

/**
 * A client whose http layer is a spy: by default every request stays pending, so a component shows its
 * loading state until the test seeds the query cache; pass `answer` to resolve or reject instead.
 */
export function stubClient(answer?: (method: string, url: string) => Promise<unknown>) {
  const request = vi.fn((method: string, url: string) =>
    answer ? answer(method, url) : new Promise<never>(() => undefined),
  );
  const client: O2gClient = { ...createO2gClient(), http: { request } as unknown as O2gHttp };
  return { client, request };
}

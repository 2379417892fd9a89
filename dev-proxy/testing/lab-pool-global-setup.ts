// Vitest global setup of the component tests: a pool that starts a lab (embedded lab + dev proxy) for
// each test that asks, so tests that ring phones or fill a mailbox never meet (see lab-pool.ts). Tests
// read the pool's URL with `inject('labPoolUrl')`.
import type { TestProject } from 'vitest/node';
import { startLabPool } from './lab-pool';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The lab pool, e.g. `http://127.0.0.1:40123`: `POST /labs`, `DELETE /labs/{id}`. */
    labPoolUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const pool = await startLabPool();
  project.provide('labPoolUrl', pool.url);
  return () => pool.close();
}

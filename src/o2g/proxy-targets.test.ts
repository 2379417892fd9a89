import { describe, expect, it } from 'vitest';
import { sessionOnLabWithControls } from './proxy-targets';

const lab = {
  origin: 'https://127.0.0.1:8743',
  prefix: '/o2g/https/127.0.0.1:8743',
  kind: 'embedded-lab' as const,
};
const vlab = { origin: 'https://vlab.test', prefix: '/o2g/https/vlab.test:443', kind: 'o2g' as const };
const onLab = 'http://127.0.0.1:5173/o2g/https/127.0.0.1:8743/api/rest/1.0';
const onVlab = 'http://127.0.0.1:5173/o2g/https/vlab.test:443/api/rest/1.0';

describe('sessionOnLabWithControls', () => {
  it('is true for a session on the embedded lab whose controls are on', () => {
    expect(sessionOnLabWithControls([{ ...lab, controls: true }, vlab], onLab)).toBe(true);
  });

  it('is false against a real O2G, even while the lab has its controls on', () => {
    expect(sessionOnLabWithControls([{ ...lab, controls: true }, vlab], onVlab)).toBe(false);
  });

  it('is false when the lab runs without controls', () => {
    expect(sessionOnLabWithControls([lab, vlab], onLab)).toBe(false);
  });

  it('does not take a longer port for the lab\u2019s', () => {
    const other = 'http://127.0.0.1:5173/o2g/https/127.0.0.1:87430/api/rest/1.0';
    expect(sessionOnLabWithControls([{ ...lab, controls: true }], other)).toBe(false);
  });
});

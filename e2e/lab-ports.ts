/**
 * Ports of the e2e run's own lab, proxy and console, apart from `npm start`'s defaults so that a console
 * left running never answers for the tests. E2E_PORT_BASE moves them all.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 5270);

export const E2E_PORTS = {
  console: base + 3,
  proxy: base + 4,
  simHttp: base + 5,
  simHttps: base + 6,
  /** A target the proxy allows but where nothing listens: an O2G that is down. */
  deadO2g: base + 7,
} as const;

import { parseArgs } from 'node:util';
import { SCENARIOS } from './catalog';
import { PACES, type Pace } from './options';

export class DemoUsageError extends Error {}

export const DEMO_USAGE = `usage: npm run demo -- <scenario>... | all [options]

  (no scenario)            list the scenarios
  --pace slow|normal|fast  how long each pause lasts (default normal; fast: almost none)
  --record                 also write a video and a storyboard when playing in a visible browser
  --headless               no visible browser even where a display exists (then always recorded)
  --server <https://…>     play against a real O2G; scenarios that need the lab are skipped
  --login <name>           the login on that O2G (password: env O2G_DEMO_PASSWORD, or asked)
  --insecure               accept that O2G's certificate whatever it is (a lab you trust)
  --check                  the test run: headless, fast, one storyboard and video kept in test-reports/
`;

export interface DemoArgs {
  names: string[];
  pace: Pace;
  record: boolean;
  headless: boolean;
  check: boolean;
  insecure: boolean;
  server: { url: string; login: string } | undefined;
}

/** Reads the command line; names are checked against the catalog, a server must be a bare origin. */
export function parseDemoArgs(argv: string[]): DemoArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pace: { type: 'string' },
      record: { type: 'boolean', default: false },
      headless: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      insecure: { type: 'boolean', default: false },
      server: { type: 'string' },
      login: { type: 'string' },
    },
  });
  const pace = values.pace ?? (values.check ? 'fast' : 'normal');
  if (!(PACES as readonly string[]).includes(pace))
    throw new DemoUsageError(`--pace: one of ${PACES.join(', ')}, not ${pace}`);
  const names = positionals.includes('all') ? SCENARIOS.map((scenario) => scenario.name) : positionals;
  const unknown = names.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name));
  if (unknown.length > 0) throw new DemoUsageError(`no scenario named ${unknown.join(', ')}`);
  if (values.check && names.length === 0) names.push(...SCENARIOS.map((scenario) => scenario.name));
  return {
    names,
    pace: pace as Pace,
    record: values.record,
    headless: values.headless || values.check,
    check: values.check,
    insecure: values.insecure,
    server: serverOf(values.server, values.login),
  };
}

function serverOf(server: string | undefined, login: string | undefined): DemoArgs['server'] {
  if (server === undefined) {
    if (login !== undefined) throw new DemoUsageError('--login goes with --server');
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new DemoUsageError(`--server: not an address: ${server}`);
  }
  // It lands on the server's command line: an origin and nothing else.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== server.replace(/\/$/, ''))
    throw new DemoUsageError(`--server: an O2G's address, like https://o2g-vlab30.ale-dspp.com, not ${server}`);
  if (!login) throw new DemoUsageError('--server needs --login <name>');
  return { url: url.origin, login };
}

// `npm start`: the embedded lab, the dev proxy in front of it (and of any real O2G given with --target),
// and the console's production build (built first when stale) with /o2g forwarded to the proxy, in one
// process that stops on Ctrl-C. `npm run dev` is the hot-reload dev server for working on the console.
import { parseArgs } from 'node:util';
import { serveConsole } from './console/serve-console';
import { startProxy } from './proxy/start';
import { startSim } from './sim/start';

export const START_USAGE = `usage: npm start -- [options]

  --host <host>            interface for all three servers (default 127.0.0.1)
  --port <port>            the console (default 5173, env O2G_CONSOLE_PORT)
  --proxy-port <port>      the dev proxy (default 8787, env O2G_PROXY_PORT)
  --sim-http-port <port>   the embedded lab over HTTP (default 8780, env O2G_SIM_HTTP_PORT)
  --sim-https-port <port>  the embedded lab over HTTPS (default 8743, env O2G_SIM_HTTPS_PORT)
  --target <origins>       real O2Gs to offer too, e.g. https://o2g-vlab30.ale-dspp.com (env O2G_TARGETS)
  --ca <file>              PEM file of a CA to trust for those targets
  --insecure               accept any certificate from those targets (a lab you trust)
  --controls               enable the embedded lab's test-only controls under /__sim
  --session-idle <seconds> end a console session no tab has used for this long (default 120,
                           env O2G_SESSION_IDLE)
`;

export class StartUsageError extends Error {}

function port(name: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65535) throw new StartUsageError(`--${name}: not a port: ${text}`);
  return value;
}

function sessionIdle(text: string): { sessionIdleMs?: number } {
  if (text.trim() === '') return {};
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(seconds > 0) || seconds > 86_400)
    throw new StartUsageError(`--session-idle: not a number of seconds between 0 and 86400: ${text}`);
  return { sessionIdleMs: Math.round(seconds * 1000) };
}

export async function runStart(argv: string[], env: NodeJS.ProcessEnv = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: env.O2G_HOST ?? '127.0.0.1' },
      port: { type: 'string', default: env.O2G_CONSOLE_PORT ?? '5173' },
      'proxy-port': { type: 'string', default: env.O2G_PROXY_PORT ?? '8787' },
      'sim-http-port': { type: 'string', default: env.O2G_SIM_HTTP_PORT ?? '8780' },
      'sim-https-port': { type: 'string', default: env.O2G_SIM_HTTPS_PORT ?? '8743' },
      target: { type: 'string', default: env.O2G_TARGETS ?? '' },
      ca: { type: 'string' },
      insecure: { type: 'boolean', default: false },
      controls: { type: 'boolean', default: env.O2G_SIM_CONTROLS === '1' || env.O2G_SIM_CONTROLS === 'true' },
      'session-idle': { type: 'string', default: env.O2G_SESSION_IDLE ?? '' },
    },
  });
  const host = values.host;
  const extraTargets = values.target
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

  const consolePort = port('port', values.port);
  const consoleOrigins = [`http://${host}:${consolePort}`, `http://localhost:${consolePort}`];
  const sim = await startSim({
    host,
    httpPort: port('sim-http-port', values['sim-http-port']),
    httpsPort: port('sim-https-port', values['sim-https-port']),
    controls: values.controls,
    allowOrigins: consoleOrigins,
  });
  const lab = sim.world.lab;
  const accounts = [
    ...lab.administrators.map((admin) => ({
      loginName: admin.loginName,
      password: admin.password,
      description: 'administrator',
    })),
    ...lab.users.map((user) => ({
      loginName: user.loginName,
      password: user.password,
      description: `${user.firstName} ${user.lastName}, extension ${user.companyPhone}`,
    })),
  ];
  // The proxy talks to the lab over HTTPS, as it would to a real O2G, trusting the lab's own certificate only.
  const proxy = await startProxy({
    host,
    port: port('proxy-port', values['proxy-port']),
    targets: [sim.httpsUrl, ...extraTargets],
    caPem: sim.certificatePem,
    ...(values.ca !== undefined ? { ca: values.ca } : {}),
    insecure: values.insecure,
    allowOrigins: consoleOrigins,
    targetDetails: { [sim.httpsUrl]: { kind: 'embedded-lab', accounts } },
    // The console's Lab drawer reaches the controls through the proxy, on its own origin, and only then.
    ...(values.controls ? { labControls: sim.httpsUrl } : {}),
    ...sessionIdle(values['session-idle']),
    log: (line) => console.log(`proxy  ${line}`),
  });
  const consoleServer = await serveConsole({
    host,
    port: consolePort,
    proxyUrl: proxy.url,
    log: (line) => console.log(`console  ${line}`),
  });

  console.log(
    `Embedded lab: ${sim.httpsUrl} (and ${sim.httpUrl})${values.controls ? ', lab controls on' : ''}`,
  );
  console.log(`Dev proxy: ${proxy.url} -> ${[sim.httpsUrl, ...extraTargets].join(', ')}`);
  console.log('Lab accounts (login / password):');
  for (const account of accounts)
    console.log(`  ${account.loginName} / ${account.password}  (${account.description})`);
  console.log(`O2G Console: ${consoleServer.url}`);

  return {
    close: async () => {
      await consoleServer.close();
      await proxy.close();
      await sim.close();
    },
  };
}

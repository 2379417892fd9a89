import { createServer } from 'vite';

export interface ConsoleServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the console with Vite's dev server, in this process, so `npm start` is one process to stop.
 * `proxyUrl` is the dev proxy the console's /o2g requests are forwarded to.
 */
export async function serveConsole(options: {
  host: string;
  port: number;
  proxyUrl: string;
}): Promise<ConsoleServer> {
  process.env.O2G_PROXY_URL = options.proxyUrl;
  const server = await createServer({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    server: { host: options.host, port: options.port, strictPort: true },
    logLevel: 'warn',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://${options.host}:${options.port}/`;
  return { url, close: () => server.close() };
}

// Labs on demand for the component tests. Those tests change the lab's world (they ring phones, leave and
// delete voice messages, switch routing), and the test files of two workers run side by side: each test
// that asks gets a lab of its own (an embedded lab with its controls, behind its own dev proxy), so no
// test sees another's calls or messages. Starting a lab and its proxy takes most of a second on a busy
// machine, so a lab given back is reset (`/__sim/reset`) and lent again: a run starts about as many labs
// as tests run at once.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyPrefixOf } from '../../src/o2g/contract';
import { startProxy, type RunningProxy } from '../proxy/start';
import { defaultLabFile, LabError, parseLab } from '../sim/labs/load-lab';
import { startSim, type RunningSim } from '../sim/start';

/** Where one pooled lab is: discovery through its proxy, and its test controls. */
export interface PooledLab {
  id: string;
  proxyUrl: string;
  discoveryUrl: string;
  controlsUrl: string;
}

/**
 * The pool's HTTP face: `POST /labs` starts a lab, `DELETE /labs/{id}` stops it. The POST body may
 * replace members of the embedded lab file (e.g. `{"users": [], "huntingGroups": []}`: an O2G with no
 * users yet); the result is checked like any lab file.
 */
export interface RunningLabPool {
  url: string;
  close(): Promise<void>;
}

/** A running lab (embedded lab and its proxy) and how to stop it. */
interface StartedLab {
  urls: Omit<PooledLab, 'id'>;
  close: () => Promise<void>;
}

async function startLab(changes: Record<string, unknown>): Promise<StartedLab> {
  const embedded = JSON.parse(readFileSync(defaultLabFile, 'utf8')) as Record<string, unknown>;
  const variant = parseLab({ ...embedded, ...changes }, 'the test lab');
  const sim: RunningSim = await startSim({ httpPort: 0, httpsPort: 0, controls: true, lab: variant });
  let proxy: RunningProxy;
  try {
    // Through the proxy over HTTPS, trusting this lab's certificate only, as the console reaches a vlab.
    proxy = await startProxy({ port: 0, targets: [sim.httpsUrl], caPem: sim.certificatePem, log: () => {} });
  } catch (error) {
    await sim.close();
    throw error;
  }
  const urls = {
    proxyUrl: proxy.url,
    discoveryUrl: `${proxy.url}${proxyPrefixOf(sim.httpsUrl)}/api/rest`,
    controlsUrl: `${sim.httpUrl}/__sim`,
  };
  return { urls, close: async () => void (await Promise.all([proxy.close(), sim.close()])) };
}

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

/** Starts the pool on a free loopback port; closing it stops every lab still running. */
export async function startLabPool(): Promise<RunningLabPool> {
  // Lent labs by claim id; labs of the embedded lab file, reset and waiting for the next claim.
  const lent = new Map<string, { started: StartedLab; reusable: boolean }>();
  const idle: StartedLab[] = [];
  const all: StartedLab[] = [];
  let lastId = 0;

  const claim = async (changes: Record<string, unknown>): Promise<PooledLab> => {
    const id = String(++lastId);
    const reusable = Object.keys(changes).length === 0;
    const started = (reusable ? idle.pop() : undefined) ?? (await startLab(changes));
    if (!all.includes(started)) all.push(started);
    lent.set(id, { started, reusable });
    return { id, ...started.urls };
  };

  const giveBack = async (id: string): Promise<boolean> => {
    const claimed = lent.get(id);
    if (!claimed) return false;
    lent.delete(id);
    const { started, reusable } = claimed;
    // A reset ends every session (and so every event stream) and restores the lab file's world: the
    // next test finds the lab as new. A variant lab is not kept.
    const reset = reusable && (await fetch(`${started.urls.controlsUrl}/reset`, { method: 'POST' })).ok;
    if (reset) idle.push(started);
    else {
      all.splice(all.indexOf(started), 1);
      await started.close();
    }
    return true;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const send = (status: number, body?: unknown) => {
      // No keep-alive: a test's next request must never land on a socket the pool is closing.
      const headers = {
        Connection: 'close',
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      };
      response.writeHead(status, headers);
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const stop = /^\/labs\/(\d+)$/.exec(request.url ?? '');
    if (request.method === 'POST' && request.url === '/labs')
      return send(201, await claim(await jsonBody(request)));
    if (request.method === 'DELETE' && stop?.[1]) {
      return (await giveBack(stop[1])) ? send(204) : send(404, { error: `no lab ${stop[1]}` });
    }
    return send(404, { error: `${request.method} ${request.url} is not a pool operation` });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A variant that is no lab file is the asking test's mistake; anything else is the pool's.
      const status = error instanceof LabError || error instanceof SyntaxError ? 400 : 500;
      response.writeHead(status, { Connection: 'close', 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await Promise.all(all.map((started) => started.close()));
      all.length = 0;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import type { ProxyErrorBody } from '../o2g/contract/proxy';
import { isO2gError } from '../o2g/errors';

export interface ErrorWords {
  title: string;
  message: string;
}

const UNREACHABLE_CAUSES: Record<string, string> = {
  dns: 'its name could not be found (DNS)',
  refused: 'nothing accepts connections at that address',
  timeout: 'it did not answer in time',
  reset: 'the connection was cut',
};

/** Any failure of an O2G request, in words a lab user understands, with what to do next where we know it. */
export function describeO2gError(error: unknown): ErrorWords {
  if (!isO2gError(error)) {
    return { title: 'Something went wrong', message: error instanceof Error ? error.message : String(error) };
  }
  const o2gSays = error.body?.helpMessage;
  switch (error.failure) {
    case 'unreachable': {
      const target = error.proxy?.target;
      const cause = error.proxy?.cause ? UNREACHABLE_CAUSES[error.proxy.cause] : undefined;
      return {
        title: 'Server unreachable',
        message: target
          ? `The O2G at ${target} could not be reached: ${cause ?? error.proxy?.message ?? 'no answer'}.`
          : error.message,
      };
    }
    case 'tls':
      return {
        title: 'Certificate not trusted',
        message:
          `${error.proxy?.target ?? 'The server'} presented a certificate that is not trusted. Restart the ` +
          'console with --ca <file> to trust your lab\u2019s certificate authority, or with --insecure for a lab you trust.',
      };
    case 'not-allowed':
      return notAllowed(error.proxy);
    case 'not-o2g':
      return { title: 'Not an O2G', message: error.message };
    case 'bad-credentials':
      return { title: 'Wrong login or password', message: 'The O2G did not accept this login and password.' };
    case 'session-expired':
      return { title: 'Session ended', message: 'The O2G session has expired or was closed. Sign in again.' };
    case 'no-rights':
      return { title: 'Not allowed', message: o2gSays ?? 'Your O2G account has no rights for this.' };
    case 'not-found':
      return { title: 'Not found', message: o2gSays ?? 'The O2G does not know this resource.' };
    case 'bad-request':
      return {
        title: 'Request refused',
        message: o2gSays ?? `The O2G refused the request (HTTP ${error.status}).`,
      };
    case 'server': {
      // Mostly passing trouble (overload, a restart): say that trying again is the way on.
      const what = (o2gSays ?? `The O2G failed to answer (HTTP ${error.status})`).replace(/\.$/, '');
      return {
        title: 'O2G error',
        message: error.proxy
          ? error.message
          : `${what}. The O2G may be busy or restarting: try again in a moment.`,
      };
    }
  }
}

/**
 * The proxy refused to forward. It says why (`refusal`) and, for a server it was not started with,
 * whether the person sits at the machine that runs the console: they can restart it; a hosted console's
 * user can only ask. Its own wording is for people reading its log, never shown as is for a server.
 */
function notAllowed(proxy: ProxyErrorBody | undefined): ErrorWords {
  if (proxy?.refusal === 'bad-address') {
    return {
      title: 'Not a server address',
      message: 'That is not a server address: type it as https://host or https://host:port.',
    };
  }
  if (proxy?.refusal === 'not-a-target') {
    const server = proxy.target ?? 'this server';
    return {
      title: 'Server not allowed',
      message: proxy.startedHere
        ? `This console only reaches the servers it was started with. To use ${server}, restart it with --target ${server} (npm start -- --target ${server}).`
        : `This console only reaches the servers it was started with, and ${server} is not one of them. Ask whoever runs this console to allow ${server}.`,
    };
  }
  return {
    title: 'Request refused by the console',
    message: `The console\u2019s proxy refused this request: ${proxy?.message ?? 'no reason given'}.`,
  };
}

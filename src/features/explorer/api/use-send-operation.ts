import { useMutation } from '@tanstack/react-query';
import { carriedValues } from '../../../o2g/catalogue';
import type { ExplorerOperation } from '../../../o2g/catalogue/join';
import { isO2gError } from '../../../o2g/errors';
import { describeO2gError } from '../../../lib/describe-o2g-error';
import { useO2gClient } from '../../../lib/o2g-client-context';
import type { ExplorerAnswer } from '../model/answer';
import { headerRecord } from '../model/answer';
import { useRecordAnswer } from './explorer-store';

export interface SendRequest {
  operation: Pick<ExplorerOperation, 'id' | 'service' | 'summary' | 'method' | 'binary'>;
  url: string;
  params: Record<string, string>;
  body?: unknown;
}

let nextAnswerId = 1;

/**
 * Sends one operation and records the outcome, success or failure, in the session's history: the
 * page shows the answer from there, so it is still on screen when the person comes back.
 */
export function useSendOperation() {
  const client = useO2gClient();
  const record = useRecordAnswer();
  return useMutation({
    mutationFn: async ({ operation, url, params, body }: SendRequest): Promise<ExplorerAnswer> => {
      const base = {
        id: nextAnswerId++,
        operationId: operation.id,
        title: `${operation.service}: ${operation.summary}`,
        method: operation.method,
        url,
        params,
        body,
        sentAt: Date.now(),
      };
      const startedAt = performance.now();
      const elapsed = () => Math.round(performance.now() - startedAt);
      let answer: ExplorerAnswer;
      try {
        if (operation.binary) {
          const file = await client.http.requestBlob(operation.method, url);
          const headers = headerRecord(file.headers);
          const raw = `[${file.data.type || 'binary'} file, ${file.data.size} bytes]`;
          answer = { ...base, durationMs: elapsed(), status: file.status, headers, raw, carried: [] };
        } else {
          const reply = await client.http.request<unknown>(operation.method, url, undefined, { json: body });
          const headers = headerRecord(reply.headers);
          const raw =
            reply.data === undefined
              ? ''
              : typeof reply.data === 'string'
                ? reply.data
                : JSON.stringify(reply.data, null, 2);
          answer = {
            ...base,
            durationMs: elapsed(),
            status: reply.status,
            headers,
            data: typeof reply.data === 'string' ? undefined : reply.data,
            raw,
            carried: carriedValues(reply.data, headers),
          };
        }
      } catch (error) {
        const words = describeO2gError(error);
        const errorBody = isO2gError(error) ? error.body : undefined;
        answer = {
          ...base,
          durationMs: elapsed(),
          status: isO2gError(error) ? error.status : 0,
          headers: {},
          data: errorBody,
          raw: errorBody === undefined ? '' : JSON.stringify(errorBody, null, 2),
          error: { title: words.title, message: words.message, body: errorBody },
          carried: [],
        };
      }
      record(answer);
      return answer;
    },
  });
}

import { useMutation } from '@tanstack/react-query';
import { useO2gClient } from '../../../lib/o2g-client-context';

export interface ServiceRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Absolute URL: the session's base URL, the service's relative URL, then what the user typed. */
  url: string;
  json?: unknown;
}

export interface ServiceAnswer {
  status: number;
  durationMs: number;
  data: unknown;
}

/**
 * Runs one request a person composed on a service page. It is a mutation, not a query: the person
 * decides when it runs, and its answer is shown once rather than cached.
 */
export function useServiceRequest() {
  const client = useO2gClient();
  return useMutation({
    mutationFn: async (request: ServiceRequest): Promise<ServiceAnswer> => {
      const startedAt = performance.now();
      const answer = await client.http.request(request.method, request.url, undefined, {
        json: request.json,
      });
      return {
        status: answer.status,
        durationMs: Math.round(performance.now() - startedAt),
        data: answer.data,
      };
    },
  });
}

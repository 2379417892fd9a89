import { describe, expect, it } from 'vitest';
import { o2gErrorBodySchema } from '../../../src/o2g/contract';
import { SimError, simErrorKindForStatus } from './sim-error';

describe('SimError', () => {
  it('maps a kind to its status and a body the O2G error schema accepts', () => {
    const error = new SimError('notFound', 'Unknown call', {
      telephony: { errorType: 'CALL_REFERENCE_NOT_FOUND', errorCause: 'INVALID_CALL_ID' },
    });
    expect(error.status).toBe(404);
    const body = o2gErrorBodySchema.parse(error.toBody());
    expect(body).toMatchObject({
      httpStatus: 'NOT_FOUND',
      code: 404,
      helpMessage: 'Unknown call',
      canRetry: false,
    });
    expect(body.telephony?.errorType).toBe('CALL_REFERENCE_NOT_FOUND');
  });

  it('finds the kind of a framework status, and calls unknown 5xx internal', () => {
    expect(simErrorKindForStatus(413)).toBe('payloadTooLarge');
    expect(simErrorKindForStatus(418)).toBe('badRequest');
    expect(simErrorKindForStatus(502)).toBe('internal');
  });
});

/**
 * What the HTTP layer needs only once it sends: ky, and the schemas that read an error body (with zod).
 * `http.ts` imports this module on its first request, so a page that has sent nothing yet (the sign-in
 * form, until it is used) loads neither.
 */
export { default as ky } from 'ky';
export { errorFromAnswer } from './error-answer';

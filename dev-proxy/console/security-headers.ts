/**
 * Security headers for wherever the console itself is served: the production server of `npm start`,
 * `vite preview`, and Vite's dev server of `npm run dev`. The console talks only to its own origin (the
 * proxy behind /o2g), plays voicemail from blob: URLs and uses Mantine, which writes CSS variables into
 * inline <style> tags: hence the few exceptions below.
 */
const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

function contentSecurityPolicy(scriptSources: string, connectSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${connectSources}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The built console, wherever a user runs it (`npm start`, `vite preview`): scripts from its own files
 * only, and requests to its own origin only (the event channel is a fetch stream, not a WebSocket).
 */
export const PRODUCTION_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...common,
  'Content-Security-Policy': contentSecurityPolicy("'self'", "'self'"),
};

/**
 * Vite's dev server (`npm run dev`, for working on the console only): Vite injects an inline module that
 * wires React Fast Refresh, so scripts may be inline here and only here, and its client opens the HMR
 * WebSocket back to the page's own host and port. `host` is the request's Host header (already checked
 * by Vite's allowed-hosts guard); a WebSocket to any other place stays refused.
 */
export function devSecurityHeaders(host: string): Record<string, string> {
  const hmrSocket = /^[A-Za-z0-9.[\]:-]+$/.test(host) ? ` ws://${host}` : '';
  return {
    ...common,
    'Content-Security-Policy': contentSecurityPolicy("'self' 'unsafe-inline'", `'self'${hmrSocket}`),
  };
}

/**
 * Security headers for wherever the console itself is served (Vite's dev server and `vite preview`).
 * The console talks only to its own origin (the proxy behind /o2g), plays voicemail from blob: URLs and
 * uses Mantine, which writes CSS variables into inline <style> tags: hence the few exceptions below.
 */
const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

function contentSecurityPolicy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self' ws: wss:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The production build (`vite preview`): scripts from the console's own files only. */
export const PREVIEW_SECURITY_HEADERS: Record<string, string> = {
  ...common,
  'Content-Security-Policy': contentSecurityPolicy("'self'"),
};

/**
 * The dev server: Vite injects an inline module that wires React Fast Refresh, and its client talks over
 * a WebSocket, so scripts may be inline here, and only here.
 */
export const DEV_SECURITY_HEADERS: Record<string, string> = {
  ...common,
  'Content-Security-Policy': contentSecurityPolicy("'self' 'unsafe-inline'"),
};

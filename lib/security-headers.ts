/**
 * The headers every response carries. Pages get the same Content-Security-Policy with their own
 * inline scripts allowed in script-src (see proxy.ts); everything else gets it as it is here.
 */
const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Dev mode evaluates server error stacks with eval; production never does.
  'script-src': ["'self'", ...(process.env.NODE_ENV === 'development' ? ["'unsafe-eval'"] : [])],
  // React writes style attributes (the reader's sizes are CSS variables set on an element).
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The policy, with `scriptSources` ('sha256-…' or 'nonce-…') added to script-src. */
export function contentSecurityPolicy(scriptSources: readonly string[] = []): string {
  return Object.entries({ ...directives, 'script-src': [...directives['script-src']!, ...scriptSources] })
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

// Share and copy stay allowed: the reader uses navigator.share and navigator.clipboard.
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: deniedFeatures.map((feature) => `${feature}=()`).join(', ') },
];

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { distDir } from './lib/csp-manifest';
import { securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  distDir,
  poweredByHeader: false,
  // For profiling where the main thread's time goes (scripts/profile.ts); never in a deploy.
  productionBrowserSourceMaps: process.env.JISR_SOURCE_MAPS === '1',
  reactStrictMode: true,
  // Written into the build, as the README says to give it there: read when the server starts, it was missing
  // from the pages rendered per request (a paragraph's link, the one shared most) when not given again then.
  env: { SITE_URL: process.env.SITE_URL ?? '' },
  // proxy.ts makes this redirect, with the security headers that Next's own went without.
  skipTrailingSlashRedirect: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);

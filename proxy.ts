import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

// Sends `/` to the remembered locale (cookie), else Accept-Language, else English.
export default createMiddleware(routing);

export const config = {
  matcher: '/((?!_next|_vercel|.*\\..*).*)',
};

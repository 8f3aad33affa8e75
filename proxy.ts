import { readFileSync } from 'node:fs';
import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { cspManifestFile, type CspManifest } from './lib/csp-manifest';
import { canonicalSegments, isKnownPage } from './lib/known-pages';
import { routing } from './lib/i18n/routing';
import { contentSecurityPolicy } from './lib/security-headers';
import { headScriptSource } from './lib/head-script';

// Sends `/` to the remembered locale (cookie), else Accept-Language, else English.
const intl = createMiddleware(routing);

function readManifest(): CspManifest {
  // `next dev` renders every page per request, so the nonce below serves it; a manifest left by a
  // production build would describe other pages.
  if (process.env.NODE_ENV !== 'production') return {};
  try {
    return JSON.parse(readFileSync(cspManifestFile, 'utf8')) as CspManifest;
  } catch {
    console.error(`${cspManifestFile} is missing: build with \`npm run build\`. Pages will not run their scripts.`);
    return {};
  }
}
const prerendered = readManifest();

/** The decoded path, or null where it cannot be decoded or holds a control character. */
function readablePath(pathname: string): string | null {
  try {
    const decoded = decodeURIComponent(pathname);
    return /[\u0000-\u001f\u007f]/.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}

/** The locale next-intl would send this request to: its cookie, else Accept-Language, else English. */
function localeFor(request: NextRequest): string {
  const location = intl(request).headers.get('location');
  const locale = location ? new URL(location, request.url).pathname.split('/')[1] : undefined;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

/** The path without the slashes it ends in, but `/` itself. A loop: a regex was quadratic in a run of `%2F`. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/**
 * To the same address at another path, its query kept. A plain URL: a NextURL would write a trailing slash back.
 * Permanent (308) where the address alone decides where it goes. Where the visitor's language does (an address
 * without a locale), temporary (307): a browser or a shared cache keeps a 308, and would send the visitor on
 * to the language it chose the first time, or to someone else's.
 */
function redirectTo(request: NextRequest, pathname: string, status: 307 | 308): NextResponse {
  const url = new URL(request.url);
  url.pathname = pathname;
  return NextResponse.redirect(url, status);
}

type SplitPath = { first: string | undefined; locale: string | null; inside: string[] };

/**
 * A path's first segment, the locale that is, if it is one, and the path inside it (`/en/articles/x` as 'en',
 * 'en' and ['articles', 'x']; `/articles/x` as 'articles', null and ['articles', 'x']).
 */
function splitLocale(path: string): SplitPath {
  const [, first, ...rest] = path.split('/');
  const locale = hasLocale(routing.locales, first) ? first : null;
  return { first, locale, inside: locale || !first ? rest : [first, ...rest] };
}

/**
 * The page a path spells another way, as its one address, with the locale the path held: a paragraph or range
 * written otherwise (canonicalSegments), or any address in capitals (/EN/Articles/…/٣ as /en/articles/…/3),
 * every address of the site being lower case. Null where the path is that address, or names no page.
 */
function respelling(path: string, { locale, inside }: SplitPath): { locale: string | null; segments: string[] } | null {
  const canonical = canonicalSegments(inside);
  if (canonical) return { locale, segments: canonical };
  if (path === path.toLowerCase()) return null;
  const lower = splitLocale(path.toLowerCase());
  const segments = canonicalSegments(lower.inside) ?? (isKnownPage(lower.inside) ? lower.inside : null);
  return segments && { locale: lower.locale, segments };
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const decoded = readablePath(pathname);
  if (decoded === null) {
    // Next answers an undecodable path with a 500, and drops a decoded NUL (/en/%00 would be the list
    // page). Escaping its % makes it an ordinary unknown address: /en/%25 is the localized 404.
    const escaped = request.nextUrl.clone();
    escaped.pathname = pathname.replaceAll('%', '%25');
    return NextResponse.redirect(escaped);
  }
  // Next's own redirect of a trailing slash answered before the headers of next.config.ts were added, so
  // it went out without them (skipTrailingSlashRedirect there): made below, it carries them, and goes
  // straight to the page's one spelling (/…/3-3/ to /…/3, not by way of /…/3-3).
  const trailingSlash = pathname.length > 1 && pathname.endsWith('/');
  const path = trailingSlash ? withoutTrailingSlashes(decoded) : decoded;

  // An escaped slash (%2F) is part of its segment to Next, which finds no page by that name: decoded here, it
  // made two segments of a page that exists, and the address answered that page's 404 with a 200.
  const splitsASegment = decoded.split('/').length !== pathname.split('/').length;
  const split = splitLocale(path);
  const { first, locale: pathLocale, inside } = split;
  const hasLocalePrefix = pathLocale !== null;
  // A file outside the locales (/icon.svg, /data/….json), served as it is.
  const isFile = !hasLocalePrefix && /\.[^/]*$/.test(pathname);
  const respelt = isFile || splitsASegment ? null : respelling(path, split);
  // Straight to the locale too, where the address had none: one redirect, not two.
  if (respelt) return redirectTo(request, `/${[respelt.locale ?? localeFor(request), ...respelt.segments].join('/')}`, respelt.locale ? 308 : 307);
  if (trailingSlash) {
    const trimmed = withoutTrailingSlashes(pathname);
    // A page's address without a locale goes to the locale in the same redirect (/articles/…/3/ to /en/articles/…/3).
    const toLocale = !hasLocalePrefix && first && !isFile && isKnownPage(inside);
    return toLocale ? redirectTo(request, `/${localeFor(request)}${trimmed}`, 307) : redirectTo(request, trimmed, 308);
  }
  // The policy comes after the redirects: a redirect carries no page, so needs none.
  // A prerendered page runs exactly the inline scripts hashed at build time. Anything else is a 404:
  // rendered now, with a fresh nonce that Next reads from the request's policy and puts on its scripts,
  // or, for an unknown file such as /foo.txt, Next's own prerendered 404.
  const scripts = (!splitsASegment && prerendered[decoded]) || [
    `'nonce-${Buffer.from(crypto.randomUUID()).toString('base64')}'`,
    headScriptSource,
    ...(prerendered['/_not-found'] ?? []),
  ];
  const policy = contentSecurityPolicy(scripts);
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);

  if (!isFile && (splitsASegment || !isKnownPage(inside))) {
    // To the catch-all page, which renders the 404 into the HTML; notFound() from a page would leave
    // it blank without JavaScript (see app/[locale]/not-found.tsx). Without a locale (/xx/articles/…),
    // in the one the visitor would be sent to, at the address typed: next-intl would send /xx/… to
    // /en/xx/…, a 404 at an address nobody wrote.
    const locale = pathLocale ?? localeFor(new NextRequest(request, { headers }));
    // The path typed goes along, for the 404 to lead back to an article it names.
    const unknownPage = new URL(`/${locale}/no-such-page/${inside.map(encodeURIComponent).join('/')}`, request.url);
    const response = NextResponse.rewrite(unknownPage, { request: { headers }, status: 404 });
    response.headers.set('Content-Security-Policy', policy);
    return response;
  }
  const response = isFile ? NextResponse.next({ request: { headers } }) : intl(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Next's own files pass untouched, except an address with an escape in it, which may not decode.
  matcher: ['/((?!_next/static|_next/image|_vercel).*)', '/_next/(.*%.*)'],
};

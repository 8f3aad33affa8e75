import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitcherLinks } from '@/components/LanguageSwitcherLinks';

const links = [
  { locale: 'en', href: '/en/articles/a/3-5', name: 'English', dir: 'ltr' as const, current: true },
  { locale: 'ar', href: '/ar/articles/a/3-5', name: 'العربية', dir: 'rtl' as const, current: false },
];

afterEach(() => window.history.replaceState(null, '', '/'));

describe('LanguageSwitcherLinks', () => {
  it('offers each language by its own name, marking the current one', () => {
    render(<LanguageSwitcherLinks label="Interface language" links={links} />);
    const nav = within(screen.getByRole('navigation', { name: 'Interface language' }));
    expect(nav.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('page');
    const arabic = nav.getByRole('link', { name: 'العربية' });
    expect(arabic.getAttribute('lang')).toBe('ar');
    expect(arabic.getAttribute('href')).toBe('/ar/articles/a/3-5');
  });

  it('carries the current #fragment to the other language', () => {
    window.location.hash = '#p12';
    render(<LanguageSwitcherLinks label="Interface language" links={links} />);
    const arabic = screen.getByRole('link', { name: 'العربية' }) as HTMLAnchorElement;
    arabic.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(arabic);
    expect(arabic.hash).toBe('#p12');
  });

  it('carries the address’s query, such as the vocabulary’s order and filter', () => {
    window.history.replaceState(null, '', '/en/articles/a/vocabulary?sort=root&pos=verb');
    render(<LanguageSwitcherLinks label="Interface language" links={links} />);
    const arabic = screen.getByRole('link', { name: 'العربية' }) as HTMLAnchorElement;
    arabic.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(arabic);
    expect(arabic.search).toBe('?sort=root&pos=verb');
  });
});

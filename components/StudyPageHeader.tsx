type Link = { href: string; label: string };

/** The top of an article's study pages: the way back, the page's title, the article it belongs to, and its links. */
export function StudyPageHeader({ back, title, headline, intro, links }: { back: Link; title: string; headline: string; intro: string; links: Link[] }) {
  return (
    <>
      {/* The way back and the page's own links lead nowhere on paper. */}
      <p className="mt-6 text-sm print:hidden">
        <a href={back.href} className="link">
          {back.label}
        </a>
      </p>
      <h1 className="mt-4 text-3xl font-semibold">{title}</h1>
      <p lang="ar" dir="rtl" className="mt-2 font-arabic text-xl">
        {headline}
      </p>
      <p className="mt-2 text-muted">{intro}</p>
      <nav className="mt-4 flex flex-wrap gap-4 text-sm print:hidden">
        {links.map((link) => (
          <a key={link.href} href={link.href} className="link">
            {link.label}
          </a>
        ))}
      </nav>
    </>
  );
}

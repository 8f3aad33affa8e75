'use client';

import { useState } from 'react';
import type { EntityType } from '@/lib/content/model';

export type EntityGroup = {
  type: EntityType;
  /** "People". */
  label: string;
  entries: {
    id: string;
    name: string;
    /** The Arabic mentions' words and the English mentions' ids, read by the reader's delegated listener. */
    anchors: string;
    enAnchors: string;
    /** "2 mentions", in the Arabic and in the English. */
    countAr: string;
    countEn: string;
  }[];
};

/**
 * The entity index, closed until the reader opens it. Its entries are drawn at the first opening, not sent as
 * HTML: each is a button that works only with JavaScript, and hundreds of hidden elements cost every visitor
 * their hydration while the page loads. An entry steps through the entity's mentions in the Arabic, or in the
 * English when only the English shows (handled by the reader's delegated listener).
 */
export function EntityIndexDetails({ summary, groups }: { summary: string; groups: EntityGroup[] }) {
  // The summary shows only once the reader is interactive (.js-only), so the index cannot open before React
  // listens for its toggle.
  const [opened, setOpened] = useState(false);

  return (
    <details className="entity-index js-only" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="chip">{summary}</summary>
      {opened && (
        <div className="entity-index-panel">
          {groups.map((group) => (
            <section key={group.type}>
              <h2 className="card-label">{group.label}</h2>
              <ul>
                {group.entries.map((entry) => (
                  <li key={entry.id}>
                    <button
                      type="button"
                      className="entity-step"
                      data-et={group.type}
                      data-name={entry.name}
                      data-anchors={entry.anchors}
                      data-en-anchors={entry.enAnchors}
                    >
                      <span className="swatch" aria-hidden="true" /> {entry.name}{' '}
                      {/* The Arabic's count, or the English's in the view that shows only English (globals.css),
                          so that it counts the mentions a step can reach. */}
                      <span className="count-ar text-muted">{entry.countAr}</span>
                      <span className="count-en text-muted">{entry.countEn}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </details>
  );
}

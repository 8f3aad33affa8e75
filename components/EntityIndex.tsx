import { getTranslations } from 'next-intl/server';
import { entityTypes } from '@/lib/content/schema';
import type { Entity } from '@/lib/content/model';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The entities mentioned on the page, grouped by type, with their mention counts. Each entry is a button that
 * steps through the entity's mentions in reading order (handled by the reader's delegated listener).
 */
export async function EntityIndex({ entities, locale }: { entities: Entity[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const types = await getTranslations({ locale, namespace: 'EntityTypes' });
  const lang = locale === 'ar' ? 'ar' : 'en';
  if (!entities.length) return null;

  return (
    <details className="entity-index js-only">
      <summary className="chip">{t('entityIndex')}</summary>
      <div className="entity-index-panel">
        {entityTypes.map((type) => {
          const group = entities.filter((e) => e.type === type);
          if (!group.length) return null;
          return (
            <section key={type}>
              <h2 className="card-label">{types(type)}</h2>
              <ul>
                {group.map((entity) => (
                  <li key={entity.id}>
                    <button
                      type="button"
                      className="entity-step js-only"
                      data-et={type}
                      data-name={entity.name[lang]}
                      data-anchors={entity.mentions.map((m) => m.anchor).join(' ')}
                    >
                      <span className="swatch" aria-hidden="true" /> {entity.name[lang]}{' '}
                      <span className="text-muted">{t('mentionCount', { count: entity.mentions.length })}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </details>
  );
}

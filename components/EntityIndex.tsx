import { getTranslations } from 'next-intl/server';
import { entityTypes } from '@/lib/content/schema';
import type { Entity } from '@/lib/content/model';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The entities mentioned on the page, grouped by type, with their mention counts. Each entry is a button that
 * steps through the entity's mentions in the Arabic, or in the English when only the English shows (handled by
 * the reader's delegated listener).
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
                      data-anchors={anchorsIn(entity, 'ar')}
                      data-en-anchors={anchorsIn(entity, 'en')}
                    >
                      <span className="swatch" aria-hidden="true" /> {entity.name[lang]}{' '}
                      {/* The Arabic's count, or the English's in the view that shows only English (globals.css),
                          so that it counts the mentions a step can reach. */}
                      <span className="count-ar text-muted">{t('mentionCount', { count: countIn(entity, 'ar') })}</span>
                      <span className="count-en text-muted">{t('mentionCount', { count: countIn(entity, 'en') })}</span>
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

function mentionsIn(entity: Entity, lang: 'ar' | 'en') {
  return entity.mentions.filter((mention) => mention.lang === lang);
}

function countIn(entity: Entity, lang: 'ar' | 'en') {
  return mentionsIn(entity, lang).length;
}

/** Each mention's Arabic words joined by commas, or its English id, for the reader to mark a step's whole mention. */
function anchorsIn(entity: Entity, lang: 'ar' | 'en') {
  return mentionsIn(entity, lang)
    .map((mention) => (lang === 'ar' ? mention.words.join(',') : mention.anchor))
    .join(' ');
}

import { getTranslations } from 'next-intl/server';
import { entityTypes } from '@/lib/content/schema';
import type { Entity } from '@/lib/content/model';
import type { Locale } from '@/lib/i18n/routing';
import { EntityIndexDetails, type EntityGroup } from './EntityIndexDetails';
import { IslandBoundary } from './IslandBoundary';

/**
 * The entities mentioned on the page, grouped by type, with their mention counts: the index's entries are
 * worded here, and drawn by EntityIndexDetails when the reader first opens the index.
 */
export async function EntityIndex({ entities, locale }: { entities: Entity[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const types = await getTranslations({ locale, namespace: 'EntityTypes' });
  const lang = locale === 'ar' ? 'ar' : 'en';
  if (!entities.length) return null;

  const groups: EntityGroup[] = entityTypes
    .map((type) => ({
      type,
      label: types(type),
      entries: entities
        .filter((entity) => entity.type === type)
        .map((entity) => ({
          id: entity.id,
          name: entity.name[lang],
          anchors: anchorsIn(entity, 'ar'),
          enAnchors: anchorsIn(entity, 'en'),
          countAr: t('mentionCount', { count: countIn(entity, 'ar') }),
          countEn: t('mentionCount', { count: countIn(entity, 'en') }),
        })),
    }))
    .filter((group) => group.entries.length > 0);

  return (
    <IslandBoundary>
      <EntityIndexDetails summary={t('entityIndex')} groups={groups} />
    </IslandBoundary>
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

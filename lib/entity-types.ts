/** The kinds of named entity Jisr marks. Kept apart from the content schema so browser code can import it without zod. */
export const entityTypes = ['person', 'place', 'organization', 'media', 'nationality', 'date', 'event'] as const;
export type EntityTypeName = (typeof entityTypes)[number];

// `npm run validate`: parses all content with the same loader the build uses.
import { ContentError } from '../lib/content/errors';
import { getLibrary } from '../lib/content/loader';

try {
  const { articles } = getLibrary();
  console.log(`Content is valid: ${articles.length} article(s): ${articles.map((a) => a.slug).join(', ')}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

import raw from '../../../data/themes.json' with { type: 'json' };
import { parseTaxonomy, type ThemeTaxonomy } from './taxonomy.ts';

/** The taxonomy shipped in data/themes.json, validated once at load. */
export const DEFAULT_TAXONOMY: ThemeTaxonomy = parseTaxonomy(raw);

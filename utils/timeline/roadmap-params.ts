import { CATEGORIES, type Category } from '../dataset/categories';
import { ID_PATTERN } from '../dataset/ids';
import { isValidPartialDate } from '../dates/partial-date';
import type { Zoom } from './roadmap-scale';

/**
 * The roadmap page's address: `roadmap.html?term=ins&article=2022-06-28`
 * opens it on a programme (its lane marked, its page beside the chart) with
 * the article's date drawn as a line; `category`, `programme` and `zoom`
 * keep the filters, so a view can be reopened or shared as a link. Every
 * parameter is checked; a wrong one is dropped, never trusted.
 */
export const ROADMAP_PAGE = 'roadmap.html';

export interface RoadmapParams {
  /** The programme to open beside the chart. */
  term?: string;
  /** The article's publication day (YYYY-MM-DD). */
  article?: string;
  category?: Category;
  /** Show only this programme's lane. */
  programme?: string;
  zoom: Zoom;
}

const isTermId = (value: string | null): value is string => !!value && value.length <= 60 && ID_PATTERN.test(value);
const isArticleDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidPartialDate(value);

export function parseRoadmapParams(search: string): RoadmapParams {
  const query = new URLSearchParams(search);
  const params: RoadmapParams = { zoom: query.get('zoom') === 'quarter' ? 'quarter' : 'year' };
  const term = query.get('term');
  if (isTermId(term)) params.term = term;
  const article = query.get('article');
  if (isArticleDay(article)) params.article = article;
  const category = query.get('category');
  if ((CATEGORIES as readonly string[]).includes(category ?? '')) params.category = category as Category;
  const programme = query.get('programme');
  if (isTermId(programme)) params.programme = programme;
  return params;
}

/** The query string for `params` ("" when there is nothing to say); the defaults are left out. */
export function roadmapSearch(params: Partial<RoadmapParams>): string {
  const query = new URLSearchParams();
  if (params.term) query.set('term', params.term);
  if (params.article) query.set('article', params.article);
  if (params.category) query.set('category', params.category);
  if (params.programme) query.set('programme', params.programme);
  if (params.zoom === 'quarter') query.set('zoom', 'quarter');
  const text = query.toString();
  return text ? `?${text}` : '';
}

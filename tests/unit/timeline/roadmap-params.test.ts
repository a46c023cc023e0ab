import { describe, expect, it } from 'vitest';
import { parseRoadmapParams, roadmapSearch } from '../../../utils/timeline/roadmap-params';

describe('the roadmap page’s address', () => {
  it('round-trips a view', () => {
    const view = { term: 'ins', article: '2022-06-28', category: 'identity', programme: 'apcv', zoom: 'quarter' } as const;
    expect(parseRoadmapParams(roadmapSearch(view))).toEqual(view);
    expect(roadmapSearch({ zoom: 'year' })).toBe('');
  });

  it('drops what it cannot trust', () => {
    expect(parseRoadmapParams('?term=../options.html&article=2022-02-30&category=evil&zoom=week&programme=%3Cb%3E')).toEqual({
      zoom: 'year',
    });
  });
});

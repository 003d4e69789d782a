// The links that open the app in a compound: a share card's `?compound=`, a mini-program code's
// scene (at most 32 characters, URI-encoded by WeChat), and the browser's address.
import { COMPOUND_ID_PATTERN, compoundFromLaunch, queryOfAddress } from '../../src/domain/joining';
import { joinPath } from '../../src/routes';
import { SCENE_MAX, placeLine, sceneFor, withCompound } from '../../src/domain/compoundCard';
import { COMPOUND_ID } from '../../server/store/scoped';

describe('the compound a launch names', () => {
  it('reads a share card’s compound query, decoded', () => {
    expect(compoundFromLaunch({ compound: 'jinxiu' })).toBe('jinxiu');
    expect(compoundFromLaunch({ compound: 'new-park%2D2' })).toBe('new-park-2');
    expect(compoundFromLaunch({ id: 'x', compound: ' jinxiu ' })).toBe('jinxiu');
  });

  it('reads a mini-program code’s scene, as WeChat hands it (URI-encoded) or decoded', () => {
    expect(compoundFromLaunch({ scene: 'c%3Djinxiu' })).toBe('jinxiu');
    expect(compoundFromLaunch({ scene: 'c=yangguang' })).toBe('yangguang');
  });

  it('prefers the query over the scene', () => {
    expect(compoundFromLaunch({ compound: 'qiaoya', scene: 'c=jinxiu' })).toBe('qiaoya');
  });

  it('names no compound for a malformed id, another scene or none at all', () => {
    for (const query of [{}, null, undefined, { compound: '' }, { compound: 'JinXiu' }, { compound: '../x' }, { compound: 'a'.repeat(41) }, { compound: '%E0%A4%A' }, { scene: 'jinxiu' }, { scene: 'p=123' }, { scene: 'c=' }, { compound: 7 }]) {
      expect([query, compoundFromLaunch(query as Record<string, unknown>)]).toEqual([query, null]);
    }
  });
});

describe('links that name a compound', () => {
  it('puts the compound in the welcome page’s query', () => {
    expect(joinPath('jinxiu')).toBe('/packages/people/join/index?compound=jinxiu');
    expect(compoundFromLaunch(queryOfAddress('', `#${joinPath('jinxiu')}`))).toBe('jinxiu');
  });

  it('makes a scene of at most 32 characters, and none for an id that would not fit', () => {
    expect(sceneFor('jinxiu')).toBe('c=jinxiu');
    const longest = 'a'.repeat(SCENE_MAX - 2);
    expect(sceneFor(longest)).toBe(`c=${longest}`);
    expect(sceneFor(`${longest}b`)).toBeNull();
    expect(sceneFor('Bad Id')).toBeNull();
    expect(compoundFromLaunch({ scene: sceneFor(longest)! })).toBe(longest);
  });

  it('adds the compound to a share path, replacing one already there', () => {
    expect(withCompound('/packages/issues/detail/index?id=i%3A1', 'jinxiu')).toBe('/packages/issues/detail/index?id=i%3A1&compound=jinxiu');
    expect(withCompound('/packages/governance/scorecard/index', 'qiaoya')).toBe('/packages/governance/scorecard/index?compound=qiaoya');
    expect(withCompound('/x?compound=qiaoya&id=1', 'jinxiu')).toBe('/x?id=1&compound=jinxiu');
    expect(withCompound('/x?id=1', null)).toBe('/x?id=1');
  });

  it('reads the browser address’s query from the hash route and the search part', () => {
    expect(queryOfAddress('?compound=jinxiu', '#/pages/home/index')).toEqual({ compound: 'jinxiu' });
    expect(queryOfAddress('', '#/pages/home/index?compound=yangguang&group=g1')).toEqual({ compound: 'yangguang', group: 'g1' });
    // The hash route's query is the page's own: it wins over a stale search part.
    expect(queryOfAddress('?compound=qiaoya', '#/p?compound=jinxiu')).toEqual({ compound: 'jinxiu' });
  });

  it('writes a compound’s place from the city down to the community', () => {
    expect(placeLine({ city: '武汉市', district: '新洲区', street: '阳逻街道', community: '旭光社区' })).toBe('武汉市 新洲区 阳逻街道 旭光社区');
    expect(placeLine({ city: '武汉市', district: '', street: '', community: '旭光社区' })).toBe('武汉市 旭光社区');
  });

  it('accepts exactly the compound ids the store does', () => {
    expect(COMPOUND_ID_PATTERN.source).toBe(COMPOUND_ID.source);
  });
});

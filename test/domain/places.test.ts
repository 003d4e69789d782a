import { maskName, parsePlaceValue, placeValue, publicReporterName } from '../../src/domain/places';

describe('place values', () => {
  it('round-trips every kind, building ids with colons included', () => {
    for (const p of [{ unitId: 'u:19栋--201' }, { common: 'square' }, { buildingId: 'b:19栋', part: 'stair' }]) expect(parsePlaceValue(placeValue(p))).toEqual(p);
  });
  it('refuses anything else', () => {
    for (const v of ['', 'unit:', 'common:', 'building:b19', 'building:b:19栋:', 'moon:1']) expect(parsePlaceValue(v)).toBeNull();
  });
});

describe('the reporter shown to neighbours', () => {
  it('keeps the surname and hides the rest', () => {
    expect(maskName('王秀英')).toBe('王**');
    expect(maskName('李明')).toBe('李*');
    expect(maskName(' 欧阳娜娜娜 ')).toBe('欧***');
    expect(maskName('')).toBe('居民');
  });
  it('leads with the building, and shows the name only when chosen', () => {
    expect(publicReporterName('王秀英', '19栋', false)).toBe('19栋 王**');
    expect(publicReporterName('王秀英', '19栋', true)).toBe('19栋 王秀英');
    expect(publicReporterName('陈晓', null, false)).toBe('陈*');
  });
});

import { buildingIdsFor, parsePeopleQuery, prefixEnd, roomsFor } from '../../src/domain/peopleSearch';

describe('parsePeopleQuery', () => {
  it('reads four digits as a phone tail', () => {
    expect(parsePeopleQuery(' 0419 ')).toEqual({ kind: 'tail', tail: '0419' });
    expect(parsePeopleQuery('０４１９')).toEqual({ kind: 'tail', tail: '0419' });
  });

  it('reads a flat however it is written', () => {
    const plain = { kind: 'flat', building: '19', unit: null, room: '301' };
    for (const q of ['19栋301', '19-301', '19#301', '19 栋 301 室', '19幢301', '19号楼301', '19－301', '19—301']) expect(parsePeopleQuery(q)).toEqual(plain);
    const withUnit = { kind: 'flat', building: '3', unit: '2', room: '502' };
    for (const q of ['3栋2单元502', '3-2-502', '3#2单元502']) expect(parsePeopleQuery(q)).toEqual(withUnit);
  });

  it('reads anything else as the start of a name, and an empty box as nothing', () => {
    expect(parsePeopleQuery('王秀英')).toEqual({ kind: 'name', name: '王秀英' });
    expect(parsePeopleQuery('王')).toEqual({ kind: 'name', name: '王' });
    expect(parsePeopleQuery('138')).toEqual({ kind: 'name', name: '138' });
    expect(parsePeopleQuery('   ')).toBeNull();
  });

  it('names every way a roster spells the building and the room', () => {
    expect(buildingIdsFor('19')).toEqual(['b:19栋', 'b:19幢', 'b:19号楼']);
    expect(roomsFor('301')).toEqual(['301', '301室']);
    expect(['王', '王秀英', '王a'].every((n) => n >= '王' && n < prefixEnd('王'))).toBe(true);
    expect('汪' < prefixEnd('王') && '汪' >= '王').toBe(false);
  });
});

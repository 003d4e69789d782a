// 找小区's input schema, shared by the page and compounds.search (src/domain/schemas/tenancy.ts):
// each field's boundary and the message, naming the field, shown under it and answered by the server.
import { SEARCH_MAX_PAGES, searchCompoundsInput } from '../../src/domain/schemas/tenancy';
import { refusals } from '../support/refusals';

describe('compounds.search', () => {
  it('takes any of city, district and name, a district only with its city', () => {
    expect(refusals(searchCompoundsInput, {})).toEqual({});
    expect(refusals(searchCompoundsInput, { city: '武汉市' })).toEqual({});
    expect(refusals(searchCompoundsInput, { city: '武汉市', district: '新洲区', name: '阳光' })).toEqual({});
    expect(refusals(searchCompoundsInput, { name: '阳光' })).toEqual({});
    expect(refusals(searchCompoundsInput, { district: '新洲区' })).toEqual({ city: '请先选城市,再选区' });
    // What the page sends for an empty box: nothing typed is no condition.
    expect(refusals(searchCompoundsInput, { city: '', district: '', name: '' })).toEqual({});
  });
  it('limits each text and refuses control characters, naming the field', () => {
    expect(refusals(searchCompoundsInput, { city: '武'.repeat(20) })).toEqual({});
    expect(Object.keys(refusals(searchCompoundsInput, { city: '武'.repeat(21) }))).toEqual(['city']);
    expect(Object.keys(refusals(searchCompoundsInput, { name: '阳'.repeat(31) }))).toEqual(['name']);
    expect(Object.keys(refusals(searchCompoundsInput, { name: '阳光\u202e' }))).toEqual(['name']);
  });
  it('pages from 1 to the last page worth reading, 1 when not given', () => {
    expect(searchCompoundsInput.parse({}).page).toBe(1);
    expect(refusals(searchCompoundsInput, { page: SEARCH_MAX_PAGES })).toEqual({});
    expect(refusals(searchCompoundsInput, { page: 0 })).toEqual({ page: '页码从 1 开始' });
    expect(refusals(searchCompoundsInput, { page: 1.5 })).toEqual({ page: '页码应是整数' });
    expect(refusals(searchCompoundsInput, { page: '2' })).toEqual({ page: '页码应是数字' });
    expect(refusals(searchCompoundsInput, { page: SEARCH_MAX_PAGES + 1 })).toEqual({ page: `最多翻到第 ${SEARCH_MAX_PAGES} 页,请把条件写得更具体些` });
  });
});

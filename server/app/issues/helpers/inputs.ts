// Input pieces shared by the issue actions (and the areas that take a place or photos): the
// schemas live in src/domain/schemas/issues.ts, where the forms check the same fields.
export { category, photos, place, placeCode } from '../../../../src/domain/schemas/issues';

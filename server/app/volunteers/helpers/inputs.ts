// Input pieces shared by the volunteers actions: the schemas live in
// src/domain/schemas/volunteers.ts, where the forms check the same fields.
export { activityId, careId, instant, teamId } from '../../../../src/domain/schemas/volunteers';

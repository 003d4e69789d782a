// Input pieces shared by the volunteers actions, with messages a resident understands.
import { z } from 'zod';
import { id } from '../../../src/domain/fields';

export const activityId = id('活动');
export const teamId = id('服务队');
export const careId = id('帮扶对象');
export const instant = (label: string) => z.iso.datetime({ error: `请选择${label}`, offset: true });

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { actions } from '../../server/app/actions';

// The action table is assembled from the areas' own tables (docs/architecture.md, "Server shape").
const APP = join(__dirname, '../../server/app');
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import (?!type)[^;]*? from '([^']+)';$/gms)].map((m) => m[1]);

it('files every action under the name it answers to', () => {
  for (const [key, action] of Object.entries(actions)) expect([key, action.name]).toEqual([key, key]);
});

it('assembles actions.ts only from the areas’ tables', () => {
  for (const spec of importsOf(join(APP, 'actions.ts'))) expect(spec).toMatch(/^\.\/[a-z]+\/table$/);
});

it('lists in each area’s table only actions of that area’s own folder', () => {
  const areas = readdirSync(APP).filter((d) => existsSync(join(APP, d, 'table.ts')));
  expect(areas.length).toBeGreaterThan(10);
  for (const area of areas) for (const spec of importsOf(join(APP, area, 'table.ts'))) expect([area, spec]).toEqual([area, expect.stringMatching(/^\.\/[\w.]+$/)]);
});

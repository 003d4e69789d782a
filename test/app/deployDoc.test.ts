// docs/deploy.md tells a deployer which collections and indexes to create in the cloud console:
// it must list every collection and index the code declares.
import { readFileSync } from 'node:fs';
import { collections } from '../../server/app/collections';

const doc = readFileSync('docs/deploy.md', 'utf8');
const rows = new Map(
  [...doc.matchAll(/^\| (\w+) \| (.+) \|$/gm)].map((m) => [m[1], m[2].split(';').map((ix) => ix.trim()).filter((ix) => ix !== '—')]),
);

describe('docs/deploy.md', () => {
  for (const [name, spec] of Object.entries(collections)) {
    it(`lists the ${name} collection with its indexes`, () => {
      expect(rows.has(name)).toBe(true);
      expect(rows.get(name)).toEqual(spec.indexes.map((fields) => fields.join(' + ')));
    });
  }
});

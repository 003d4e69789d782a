// npm run bench [-- AREA...]: runs each area's measurements, prints a table and writes
// bench/report.json (nested keys, e.g. foundation.api.read.p50Ms).
import { writeFileSync } from 'node:fs';
import { foundation } from './areas/foundation';
import { issues } from './areas/issues';
import { votes } from './areas/votes';
import { governance } from './areas/governance';
import { notify } from './areas/notify';
import { volunteers } from './areas/volunteers';
import { cloud } from './areas/cloud';
import { tenancy } from './areas/tenancy';
import type { Report } from './lib';

const areas: Record<string, (report: Report) => Promise<void>> = { foundation, issues, votes, governance, notify, volunteers, cloud, tenancy };

function flatten(node: unknown, prefix = '', rows: Array<[string, unknown]> = []): Array<[string, unknown]> {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, rows);
  } else rows.push([prefix, node]);
  return rows;
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((a) => !(a in areas));
  if (unknown.length) {
    console.error(`unknown area: ${unknown.join(', ')} (known: ${Object.keys(areas).join(', ')})`);
    process.exit(2);
  }
  const report: Report = { machine: { node: process.version, cpus: (await import('node:os')).cpus().length, at: new Date().toISOString() } };
  for (const name of wanted.length ? wanted : Object.keys(areas)) {
    const t0 = performance.now();
    await areas[name](report);
    console.error(`area ${name} measured in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  writeFileSync('bench/report.json', JSON.stringify(report, null, 2) + '\n');
  const rows = flatten(report).filter(([key]) => !key.startsWith('machine.'));
  const width = Math.max(...rows.map(([key]) => key.length));
  for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

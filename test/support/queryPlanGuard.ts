// Jest setup (unit and cloud projects): after each test file, every query shape its use-cases sent
// to the store (recorded by the harnesses, see queryRecorder.ts) must have used an index, unless
// it read one of the few collections the compound keeps small. The failure names the shape, an
// example and the plan, so the fix (an index in server/app/collections.ts) is plain.
import { fullScansOfBigCollections } from './queryRecorder';

afterAll(() => {
  const scans = fullScansOfBigCollections();
  if (scans.length === 0) return;
  const lines = scans.map((q) => `  ${q.shape} (${q.action})\n    e.g. ${JSON.stringify(q.example)}\n    plan: ${q.plan.join(' | ')}`);
  throw new Error(`queries that read a whole collection (add an index in server/app/collections.ts):\n${lines.join('\n')}`);
});

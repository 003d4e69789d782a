// The yardstick for api.read.vsBare: the same read answered by a bare node:http handler straight
// over better-sqlite3, with no action table, session, validation or store port in between. Plain
// JavaScript run by node, like the bundled host it is compared with. It answers exactly what
// compound.units answers (the building looked up, 404 when unknown; each unit's id, label, room,
// unit, area, building and zone), so the ratio measures our layers, not a smaller answer.
import http from 'node:http';
import Database from 'better-sqlite3';

// Records are stored per compound (server/store/scoped.ts): ids under `<compound>/`, indexes led by
// compoundId. The bare handler reads the deployment's default compound once, as the host does.
const db = new Database(process.env.GONGZHI_DB, { readonly: true });
const compound = JSON.parse(db.prepare("SELECT doc FROM orgs WHERE _id = 'deployment'").get().doc).defaultCompoundId;
const prefix = `${compound}/`;
const building = db.prepare('SELECT doc FROM buildings WHERE _id = ?');
const query = db.prepare("SELECT _id, doc FROM units WHERE json_extract(doc,'$.compoundId') = ? AND json_extract(doc,'$.buildingId') = ? ORDER BY json_extract(doc,'$.order') LIMIT 100");

// BARE_FRAMING=content-length: the same answer sent with its length, as the host sends it, rather
// than chunked (what writeHead chooses without one). The bench measures both: the framing alone
// moves the latency, so the ratio is also given against the bare handler framing as the host does.
const withLength = process.env.BARE_FRAMING === 'content-length';
const send = (res, status, text) => {
  res.writeHead(status, withLength ? { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) } : { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
};

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const { buildingId } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
    const row = typeof buildingId === 'string' ? building.get(prefix + buildingId) : undefined;
    if (!row) {
      return send(res, 404, JSON.stringify({ ok: false, error: { code: 'not_found', message: '找不到这个楼栋' } }));
    }
    const b = JSON.parse(row.doc);
    const units = query.all(compound, buildingId).map((r) => {
      const u = JSON.parse(r.doc);
      return { id: r._id.slice(prefix.length), label: u.label, room: u.room, unit: u.unit, areaText: `${(u.areaCenti / 100).toFixed(2)}㎡`, building: b.name, zone: b.zone };
    });
    send(res, 200, JSON.stringify({ ok: true, data: { units } }));
  });
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`bare running at http://127.0.0.1:${server.address().port}/`);
});
// Exiting on SIGTERM (rather than being killed by it) lets `node --cpu-prof` write the profile (BENCH_PROF_DIR).
process.on('SIGTERM', () => process.exit(0));

// The yardstick for volunteers.signup: the least a correct sign-up over HTTP can do on this
// machine. A bare node:http handler straight over better-sqlite3, on a copy of the same prepared
// database: it checks the session cookie's HMAC, reads the caller, the activity and the membership,
// and in one synchronous SQLite transaction either takes the next seat or joins the waitlist, writing
// the same documents (same tables, same indexes) the host writes. No action table, validation,
// store port, transaction retries, content check, audit event or waitlist position: what is left
// is HTTP, the HMAC and the writes, so the host's figure can be read against it.
import http from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import Database from 'better-sqlite3';

const db = new Database(process.env.GONGZHI_DB);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
const secret = process.env.GONGZHI_SECRET;
const compound = JSON.parse(db.prepare("SELECT doc FROM orgs WHERE _id = 'deployment'").get().doc).defaultCompoundId;
const prefix = `${compound}/`;
const byId = (table) => db.prepare(`SELECT doc FROM "${table}" WHERE _id = ?`).pluck();
const user = byId('users');
const activityOf = byId('activities');
const member = byId('teamMembers');
const signupOf = byId('signups');
const seatsTaken = db.prepare(`SELECT COUNT(*) FROM seats WHERE json_extract(doc,'$.compoundId') = ? AND json_extract(doc,'$.activityId') = ?`).pluck();
const insert = (table) => db.prepare(`INSERT INTO "${table}" (_id, doc) VALUES (?, ?)`);
const insertSignup = insert('signups');
const insertSeat = insert('seats');
let sequence = 0;

function openidOf(cookieHeader) {
  const value = /(?:^|;\s*)gz_session=([^;]*)/.exec(cookieHeader ?? '')?.[1];
  const [encoded, expires, given] = (value ?? '').split('.');
  if (!encoded || !expires || !given) return null;
  const openid = Buffer.from(encoded, 'base64url').toString();
  const expected = createHmac('sha256', secret).update(`${openid}\n${expires}`).digest();
  const sent = Buffer.from(given, 'base64url');
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected) || parseInt(expires, 36) <= Date.now()) return null;
  return openid;
}

const signUp = db.transaction((activity, userId, name, note) => {
  const id = `${prefix}signup:${activity._id}:${userId}`;
  const existing = signupOf.get(id);
  if (existing) return JSON.parse(existing);
  const now = new Date();
  const taken = seatsTaken.get(compound, activity._id);
  const seat = taken < activity.capacity ? taken + 1 : null;
  const doc = { activityId: activity._id, userId, name, note, status: seat ? 'confirmed' : 'waitlisted', arrival: `${now.toISOString()}|${String(++sequence).padStart(10, '0')}|bare`, seat, startAt: activity.startAt, at: now.toISOString(), checkedInAt: null, checkedInBy: null, confirmedAt: null, reminded: false, compoundId: compound };
  if (seat) insertSeat.run(`${prefix}seat:${activity._id}:${seat}`, JSON.stringify({ activityId: activity._id, n: seat, signupId: `signup:${activity._id}:${userId}`, at: doc.at, compoundId: compound }));
  insertSignup.run(id, JSON.stringify(doc));
  return doc;
});

const send = (res, status, body) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (req.url === '/health') return send(res, 200, { ok: true });
    const openid = openidOf(req.headers.cookie);
    if (!openid) return send(res, 401, { ok: false });
    const { activityId, note = '' } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
    const caller = user.get(`${prefix}user:${openid}`);
    const activityText = typeof activityId === 'string' ? activityOf.get(prefix + activityId) : undefined;
    if (!caller || !activityText) return send(res, 404, { ok: false });
    const activity = { ...JSON.parse(activityText), _id: activityId };
    const userId = `user:${openid}`;
    if (Date.now() >= Date.parse(activity.startAt)) return send(res, 409, { ok: false });
    if (JSON.parse(member.get(`${prefix}tm:${activity.teamId}:${userId}`) ?? '{}').status !== 'member') return send(res, 403, { ok: false });
    const placed = signUp(activity, userId, JSON.parse(caller).name, note);
    send(res, 200, { ok: true, data: { me: { status: placed.status, seat: placed.seat }, arrival: placed.arrival } });
  });
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`bare running at http://127.0.0.1:${server.address().port}/`);
});
// Exiting on SIGTERM (rather than being killed by it) lets `node --cpu-prof` write the profile (BENCH_PROF_DIR).
process.on('SIGTERM', () => process.exit(0));

// The floor under every sign-up figure: node:http answering each POST at once, after reading its
// body, with an answer the size of a sign-up's, and doing nothing else. What the same crowd costs
// here is what HTTP alone costs on this machine (bench volunteers.signup.httpFloor).
import http from 'node:http';

const answer = JSON.stringify({ ok: true, data: { me: { status: 'waitlisted', note: '+1', position: 100, seat: null, checkedIn: false, confirmedAttendance: false }, arrival: '2026-01-01T00:00:00.000Z|0000000001|abcdef' } });

const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer) });
    res.end(answer);
  });
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`floor running at http://127.0.0.1:${server.address().port}/`);
});
process.on('SIGTERM', () => process.exit(0));

// Draws the five tab-bar icons (81×81 PNG, grey outline + green filled "on" state) with no
// dependencies: shapes on a 24-unit grid, 4×4 supersampling, zlib for the PNG.
// Run: node scripts/tab-icons.mjs  → src/assets/tab/*.png
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZE = 81;
const OFF = [0x4d, 0x4d, 0x4d]; // tabBar.color
const ON = [0x1b, 0x6b, 0x46]; // tabBar.selectedColor
const W = 1.9; // stroke width in grid units

const segDist = ([px, py], [ax, ay], [bx, by]) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
const inPoly = ([x, y], pts) => {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i], [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const line = (p, pts, closed = false) => {
  const n = closed ? pts.length : pts.length - 1;
  for (let i = 0; i < n; i++) if (segDist(p, pts[i], pts[(i + 1) % pts.length]) <= W / 2) return true;
  return false;
};
const shape = (p, pts, filled) => (filled ? inPoly(p, pts) || line(p, pts, true) : line(p, pts, true));
const circle = ([x, y], [cx, cy], r, filled) => {
  const d = Math.hypot(x - cx, y - cy);
  return filled ? d <= r + W / 2 : Math.abs(d - r) <= W / 2;
};
const rect = (x0, y0, x1, y1) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
const arcPts = (cx, cy, r, a0, a1, n = 24) =>
  Array.from({ length: n + 1 }, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / n;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });

// Each icon: (point, filled) → covered? `hole` returns true where the filled icon is cut out.
const icons = {
  home: (p, f) => {
    const house = [[12, 3], [21.5, 11], [19, 11], [19, 21], [5, 21], [5, 11], [2.5, 11]];
    const door = rect(10, 14.5, 14, 21);
    if (f) return inPoly(p, house) && !inPoly(p, door);
    return line(p, [[2.5, 11.5], [12, 3.5], [21.5, 11.5]]) || line(p, [[5, 10], [5, 21], [19, 21], [19, 10]]) || line(p, [[10, 21], [10, 15], [14, 15], [14, 21]]);
  },
  issues: (p, f) => {
    const bubble = [...arcPts(12, 10.5, 8.5, Math.PI * 0.62, Math.PI * 2.38), [6, 21], [7.2, 16.9]];
    const lines = [[[8, 9], [16, 9]], [[8, 12.5], [14, 12.5]]];
    const onLine = lines.some(([a, b]) => segDist(p, a, b) <= W / 2);
    if (f) return shape(p, bubble, true) && !onLine;
    return line(p, bubble, true) || onLine;
  },
  polls: (p, f) => {
    const box = rect(3.5, 12, 20.5, 21);
    const paper = rect(8, 3, 16, 12);
    const tick = [[9.7, 7.6], [11.4, 9.3], [14.4, 5.8]];
    if (f) {
      const inBox = inPoly(p, box) || line(p, box, true);
      const inPaper = inPoly(p, paper) || line(p, paper, true);
      return (inBox || inPaper) && !line(p, tick);
    }
    return line(p, box, true) || line(p, paper, true) || line(p, tick);
  },
  volunteer: (p, f) => {
    // Two arcs meeting where the circles cross x = 12, then down to the tip.
    const meet = Math.acos(4 / 4.6);
    const heart = [...arcPts(8, 9, 4.6, Math.PI * 0.75, Math.PI * 2 - meet, 20), ...arcPts(16, 9, 4.6, Math.PI + meet, Math.PI * 2.25, 20), [12, 20.5]];
    return shape(p, heart, f);
  },
  me: (p, f) => {
    const body = [...arcPts(12, 21, 8, Math.PI, Math.PI * 2, 24)];
    return circle(p, [12, 8], 4, f) || shape(p, body, f);
  },
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const png = (rgba) => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0;
    rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

const SS = 4;
const PAD = 1.5; // grid units of margin around the 24-unit drawing
const scale = (24 + 2 * PAD) / SIZE;
function draw(fn, filled, [r, g, b]) {
  const out = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const gx = (x + (sx + 0.5) / SS) * scale - PAD;
          const gy = (y + (sy + 0.5) / SS) * scale - PAD;
          if (fn([gx, gy], filled)) hits++;
        }
      const i = (y * SIZE + x) * 4;
      out[i] = r;
      out[i + 1] = g;
      out[i + 2] = b;
      out[i + 3] = Math.round((255 * hits) / (SS * SS));
    }
  return png(out);
}

const dir = new URL('../src/assets/tab/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, fn] of Object.entries(icons)) {
  writeFileSync(new URL(`${name}.png`, dir), draw(fn, false, OFF));
  writeFileSync(new URL(`${name}-on.png`, dir), draw(fn, true, ON));
}
console.log('wrote', Object.keys(icons).length * 2, 'icons to src/assets/tab/');

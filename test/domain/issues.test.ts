import {
  AUTO_CLOSE_DAYS,
  CATEGORIES,
  CATEGORY_CODES,
  CLOSED_AS_BY_TRANSITION,
  CLOSED_AS_LABELS,
  COMMON_PLACE_CODES,
  COMMON_PLACES,
  ISSUE_STATUSES,
  OPEN_STATUSES,
  PHOTO_TYPES,
  SECOND_WEIGHT,
  STATUS_LABELS,
  TRANSITION_LABELS,
  TRANSITION_NAMES,
  TRANSITIONS,
  availableTransitions,
  checkTransition,
  median,
  priorityKey,
  priorityScore,
  sniffImage,
  type IssueStatus,
  type Mover,
  type TransitionName,
} from '../../src/domain/issues';

const DAY = 86_400_000;
const MOVERS: Mover[] = ['reporter', 'assignee', 'manager', 'committee', 'community', 'system'];

// The workflow as the issue describes it, written out independently of the module so that a
// change to TRANSITIONS (a state or a mover added or dropped) fails here rather than passing
// silently through a test that reads the table it is testing.
const EXPECTED: Record<TransitionName, { from: IssueStatus[]; to: IssueStatus; by: Mover[]; note: boolean; photo: boolean }> = {
  accept: { from: ['reported'], to: 'accepted', by: ['manager'], note: false, photo: false },
  reject: { from: ['reported'], to: 'rejected', by: ['manager'], note: true, photo: false },
  table: { from: ['reported', 'accepted', 'reopened'], to: 'tabled', by: ['manager', 'committee', 'community'], note: false, photo: false },
  decide: { from: ['tabled'], to: 'accepted', by: ['manager', 'committee', 'community'], note: true, photo: false },
  start: { from: ['accepted', 'reopened'], to: 'in_progress', by: ['manager', 'assignee'], note: false, photo: false },
  finish: { from: ['in_progress'], to: 'done', by: ['manager', 'assignee'], note: true, photo: true },
  confirm: { from: ['done'], to: 'closed', by: ['reporter'], note: false, photo: false },
  reopen: { from: ['done'], to: 'reopened', by: ['reporter'], note: true, photo: false },
  autoClose: { from: ['done'], to: 'closed', by: ['system'], note: false, photo: false },
  closeNotFixed: { from: ['accepted', 'tabled', 'in_progress', 'reopened'], to: 'closed', by: ['manager'], note: true, photo: false },
};
const NAMES = Object.keys(EXPECTED) as TransitionName[];
const FULL = { note: '换了新的阀门', photos: ['cloud://after.jpg'] };

/** Every subset of the movers (64 of them), so combinations like "reporter who is also the manager" are covered. */
const MOVER_SETS: Mover[][] = Array.from({ length: 1 << MOVERS.length }, (_, mask) => MOVERS.filter((_m, i) => mask & (1 << i)));

describe('categories and places', () => {
  it('has 16 categories, each with a distinct non-empty Chinese label, ending with "other"', () => {
    expect(CATEGORY_CODES).toHaveLength(16);
    expect(CATEGORY_CODES).toEqual(Object.keys(CATEGORIES));
    const labels = CATEGORY_CODES.map((c) => CATEGORIES[c]);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^\S+$/u);
    expect(CATEGORY_CODES[CATEGORY_CODES.length - 1]).toBe('other');
    expect(CATEGORIES.pipe_leak).toBe('管网漏水');
    expect(CATEGORIES.other).toBe('其他');
  });

  it('keeps the common places with distinct labels, codes being identifiers', () => {
    expect(COMMON_PLACE_CODES).toEqual(Object.keys(COMMON_PLACES));
    expect(COMMON_PLACE_CODES).toHaveLength(12);
    const labels = COMMON_PLACE_CODES.map((c) => COMMON_PLACES[c]);
    expect(new Set(labels).size).toBe(labels.length);
    for (const code of [...CATEGORY_CODES, ...COMMON_PLACE_CODES]) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(COMMON_PLACES.stair_19).toBe('19栋楼道');
  });
});

describe('issue statuses', () => {
  it('labels every status, and every transition and closing outcome', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...ISSUE_STATUSES].sort());
    expect(Object.keys(TRANSITION_LABELS).sort()).toEqual([...TRANSITION_NAMES].sort());
    expect(Object.keys(CLOSED_AS_LABELS).sort()).toEqual(['fixed', 'not_fixed', 'unconfirmed']);
    for (const label of [...Object.values(STATUS_LABELS), ...Object.values(TRANSITION_LABELS)]) expect(label.length).toBeGreaterThan(0);
  });

  it('open statuses are exactly those other than rejected and closed', () => {
    expect([...OPEN_STATUSES].sort()).toEqual(ISSUE_STATUSES.filter((s) => s !== 'rejected' && s !== 'closed').sort());
  });

  it('a terminal status (rejected, closed) has no way out; every open status has one', () => {
    for (const status of ISSUE_STATUSES) {
      const out = TRANSITION_NAMES.filter((n) => (TRANSITIONS[n].from as readonly IssueStatus[]).includes(status));
      if (OPEN_STATUSES.includes(status)) expect([status, out.length > 0]).toEqual([status, true]);
      else expect([status, out]).toEqual([status, []]);
    }
  });

  it('every status is reachable from "reported"', () => {
    const seen = new Set<IssueStatus>(['reported']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const n of TRANSITION_NAMES) {
        const t = TRANSITIONS[n];
        if ((t.from as readonly IssueStatus[]).some((s) => seen.has(s)) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...ISSUE_STATUSES].sort());
  });

  it('records how an issue closed for exactly the transitions into "closed"', () => {
    const intoClosed = TRANSITION_NAMES.filter((n) => TRANSITIONS[n].to === 'closed').sort();
    expect(Object.keys(CLOSED_AS_BY_TRANSITION).sort()).toEqual(intoClosed);
    expect(CLOSED_AS_BY_TRANSITION).toEqual({ confirm: 'fixed', autoClose: 'unconfirmed', closeNotFixed: 'not_fixed' });
  });
});

describe('TRANSITIONS table', () => {
  it('is exactly the workflow of the issue (from, to, movers, note, photo)', () => {
    expect(TRANSITION_NAMES).toEqual(NAMES);
    for (const name of NAMES) {
      const t = TRANSITIONS[name];
      const photo = 'photo' in t ? t.photo : false;
      expect({ name, from: [...t.from], to: t.to, by: [...t.by], note: t.note, photo }).toEqual({ name, ...EXPECTED[name] });
    }
  });
});

describe('checkTransition', () => {
  it('allows each transition only from its "from" states and only to its movers (every status × every single mover)', () => {
    let checked = 0;
    for (const name of NAMES) {
      const e = EXPECTED[name];
      for (const status of ISSUE_STATUSES) {
        for (const mover of MOVERS) {
          const got = checkTransition(name, status, [mover], FULL);
          const want = !e.by.includes(mover) ? { ok: false, reason: 'not_allowed' } : !e.from.includes(status) ? { ok: false, reason: 'wrong_state' } : { ok: true, to: e.to };
          expect({ name, status, mover, got }).toEqual({ name, status, mover, got: want });
          checked++;
        }
      }
    }
    expect(checked).toBe(10 * 8 * 6);
  });

  it('allows a transition when any one of several movers may apply it, and refuses when none may', () => {
    for (const name of NAMES) {
      const e = EXPECTED[name];
      for (const movers of MOVER_SETS) {
        const may = movers.some((m) => e.by.includes(m));
        const got = checkTransition(name, e.from[0], movers, FULL);
        expect({ name, movers, got }).toEqual({ name, movers, got: may ? { ok: true, to: e.to } : { ok: false, reason: 'not_allowed' } });
      }
    }
  });

  it('refuses an empty list of movers', () => {
    expect(checkTransition('accept', 'reported', [], FULL)).toEqual({ ok: false, reason: 'not_allowed' });
  });

  it('says not_allowed (not wrong_state) to someone who may never apply it, then wrong_state, then note, then photo', () => {
    expect(checkTransition('accept', 'closed', ['reporter'], {})).toEqual({ ok: false, reason: 'not_allowed' });
    expect(checkTransition('finish', 'closed', ['assignee'], {})).toEqual({ ok: false, reason: 'wrong_state' });
    expect(checkTransition('finish', 'in_progress', ['assignee'], {})).toEqual({ ok: false, reason: 'note_required' });
    expect(checkTransition('finish', 'in_progress', ['assignee'], { note: '已修' })).toEqual({ ok: false, reason: 'photo_required' });
  });

  describe('finish needs a note and a photo', () => {
    it.each([
      ['nothing', {}, 'note_required'],
      ['a photo but no note', { photos: ['a.jpg'] }, 'note_required'],
      ['a blank note and a photo', { note: '   ', photos: ['a.jpg'] }, 'note_required'],
      ['a note but no photos at all', { note: '更换了井盖' }, 'photo_required'],
      ['a note and an empty photo list', { note: '更换了井盖', photos: [] }, 'photo_required'],
    ])('refuses %s', (_why, given, reason) => {
      expect(checkTransition('finish', 'in_progress', ['assignee'], given)).toEqual({ ok: false, reason });
    });

    it('accepts a note and one photo, moving to done', () => {
      expect(checkTransition('finish', 'in_progress', ['assignee'], { note: '更换了井盖', photos: ['a.jpg'] })).toEqual({ ok: true, to: 'done' });
      expect(checkTransition('finish', 'in_progress', ['manager'], { note: '更换了井盖', photos: ['a.jpg', 'b.jpg'] })).toEqual({ ok: true, to: 'done' });
    });
  });

  describe.each([
    ['reject', 'reported', 'manager', 'rejected'],
    ['reopen', 'done', 'reporter', 'reopened'],
    ['closeNotFixed', 'in_progress', 'manager', 'closed'],
    ['decide', 'tabled', 'committee', 'accepted'],
  ] as const)('%s needs a note', (name, status, mover, to) => {
    it.each([
      ['no note', {}],
      ['an empty note', { note: '' }],
      ['spaces only', { note: '   ' }],
      ['tabs and newlines only', { note: '\t\n ' }],
      ['an ideographic space only', { note: '\u3000' }],
    ])('refuses %s', (_why, given) => {
      expect(checkTransition(name, status, [mover], given)).toEqual({ ok: false, reason: 'note_required' });
    });

    it('accepts a real note, without any photo', () => {
      expect(checkTransition(name, status, [mover], { note: ' 理由 ' })).toEqual({ ok: true, to });
    });
  });

  it('needs neither note nor photo for accept, table, start, confirm and autoClose', () => {
    expect(checkTransition('accept', 'reported', ['manager'], {})).toEqual({ ok: true, to: 'accepted' });
    expect(checkTransition('table', 'accepted', ['community'], {})).toEqual({ ok: true, to: 'tabled' });
    expect(checkTransition('start', 'reopened', ['assignee'], {})).toEqual({ ok: true, to: 'in_progress' });
    expect(checkTransition('confirm', 'done', ['reporter'], {})).toEqual({ ok: true, to: 'closed' });
    expect(checkTransition('autoClose', 'done', ['system'], {})).toEqual({ ok: true, to: 'closed' });
  });

  it('only the system closes an unconfirmed issue; a reporter or manager cannot apply autoClose', () => {
    for (const mover of MOVERS.filter((m) => m !== 'system')) expect(checkTransition('autoClose', 'done', [mover], {})).toEqual({ ok: false, reason: 'not_allowed' });
  });
});

describe('availableTransitions', () => {
  it('offers exactly the transitions the movers may apply from the status, autoClose never (every status × every set of movers)', () => {
    for (const status of ISSUE_STATUSES) {
      for (const movers of MOVER_SETS) {
        const want = NAMES.filter((n) => n !== 'autoClose' && EXPECTED[n].from.includes(status) && EXPECTED[n].by.some((m) => movers.includes(m)));
        expect({ status, movers, got: availableTransitions(status, movers) }).toEqual({ status, movers, got: want });
      }
    }
  });

  it('never offers autoClose, not even to the system on a done issue', () => {
    expect(availableTransitions('done', ['system'])).toEqual([]);
    for (const status of ISSUE_STATUSES) expect(availableTransitions(status, MOVERS)).not.toContain('autoClose');
  });

  it('shows the manager accept, reject and table on a new report, in table order', () => {
    expect(availableTransitions('reported', ['manager'])).toEqual(['accept', 'reject', 'table']);
  });

  it('shows the reporter confirm and reopen on a done issue', () => {
    expect(availableTransitions('done', ['reporter'])).toEqual(['confirm', 'reopen']);
  });

  it('shows a committee member only table on an accepted issue, and the manager table, start and closeNotFixed', () => {
    expect(availableTransitions('accepted', ['committee'])).toEqual(['table']);
    expect(availableTransitions('accepted', ['manager'])).toEqual(['table', 'start', 'closeNotFixed']);
  });

  it('shows nothing on a rejected or closed issue, whoever asks', () => {
    expect(availableTransitions('rejected', MOVERS)).toEqual([]);
    expect(availableTransitions('closed', MOVERS)).toEqual([]);
  });

  it('offers only what checkTransition then allows with a note and a photo', () => {
    for (const status of ISSUE_STATUSES) {
      for (const movers of MOVER_SETS) {
        for (const name of availableTransitions(status, movers)) expect(checkTransition(name, status, movers, FULL).ok).toBe(true);
      }
    }
  });
});

// A small deterministic PRNG (mulberry32) so that a failing case can be reproduced from its seed.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('priority', () => {
  const T0 = Date.UTC(2025, 2, 1, 0, 0, 0);

  it('scores 3 points per second', () => {
    expect(SECOND_WEIGHT).toBe(3);
    expect(priorityScore(0, T0, T0)).toBe(0);
    expect(priorityScore(1, T0, T0)).toBe(3);
    expect(priorityScore(7, T0, T0)).toBe(21);
  });

  it('adds 1 point per whole day open: not at 1 day − 1 ms, yes at exactly 1 day', () => {
    expect(priorityScore(0, T0, T0 + DAY - 1)).toBe(0);
    expect(priorityScore(0, T0, T0 + DAY)).toBe(1);
    expect(priorityScore(2, T0, T0 + 10 * DAY + 5)).toBe(16);
    expect(priorityScore(0, T0, T0 + 1000 * DAY)).toBe(1000);
  });

  it('counts no negative days for an issue stamped after "now" (clock skew)', () => {
    expect(priorityScore(2, T0 + 5000, T0)).toBe(6);
    expect(priorityScore(0, T0 + 3 * DAY, T0)).toBe(0);
  });

  it('the key values one second like three days of age', () => {
    expect(priorityKey(1, T0)).toBe(priorityKey(0, T0 - 3 * DAY));
    expect(priorityKey(1, T0)).toBeGreaterThan(priorityKey(0, T0 - 3 * DAY + 1));
    expect(priorityKey(1, T0)).toBeLessThan(priorityKey(0, T0 - 3 * DAY - 1));
    // Older ranks higher at equal seconds; more seconds rank higher at equal age.
    expect(priorityKey(0, T0 - 1)).toBeGreaterThan(priorityKey(0, T0));
    expect(priorityKey(3, T0)).toBeGreaterThan(priorityKey(2, T0));
    expect(priorityKey(0, T0)).toBe(-T0);
  });

  it('equal keys mean equal scores (a tie stays a tie at any later now)', () => {
    const a = { s: 1, c: T0 };
    const b = { s: 0, c: T0 - 3 * DAY };
    for (const now of [T0, T0 + 1, T0 + DAY - 1, T0 + DAY, T0 + 17 * DAY + 12345]) {
      expect(priorityScore(a.s, a.c, now)).toBe(priorityScore(b.s, b.c, now));
    }
  });

  it('sorting by key desc orders issues the same as sorting by score desc, for random sets at any now (property, 600 cases)', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const rand = rng(seed);
      const int = (n: number) => Math.floor(rand() * n);
      const n = 2 + int(30);
      const issues: { s: number; c: number }[] = [];
      for (let i = 0; i < n; i++) {
        const kind = rand();
        if (kind < 0.15 && issues.length) {
          issues.push({ ...issues[int(issues.length)] }); // an exact duplicate
        } else if (kind < 0.3 && issues.length) {
          const o = issues[int(issues.length)]; // same key: one more second, three days younger
          issues.push({ s: o.s + 1, c: o.c + 3 * DAY });
        } else if (kind < 0.45 && issues.length) {
          const o = issues[int(issues.length)]; // same age to the whole day, different ms
          issues.push({ s: int(20), c: o.c + int(DAY) - (DAY >> 1) });
        } else {
          issues.push({ s: int(rand() < 0.5 ? 5 : 200), c: T0 + int(400 * DAY) });
        }
      }
      const latest = Math.max(...issues.map((x) => x.c));
      // now (never before a report): at the latest report, exactly on a whole-day boundary of some
      // report, or anywhere later.
      const pick = rand();
      const some = issues[int(n)].c;
      const now = pick < 0.2 ? latest : pick < 0.5 ? some + (Math.ceil((latest - some) / DAY) + int(500)) * DAY : latest + int(1000 * DAY);
      if (now < latest) throw new Error('generator: now before a report');
      const scored = issues.map((x) => ({ ...x, key: priorityKey(x.s, x.c), score: priorityScore(x.s, x.c, now) }));

      const byKey = [...scored].sort((a, b) => b.key - a.key);
      for (let i = 1; i < byKey.length; i++) {
        if (byKey[i - 1].score < byKey[i].score) throw new Error(`seed ${seed}: key order breaks score order at ${i}: ${JSON.stringify({ now, a: byKey[i - 1], b: byKey[i] })}`);
      }
      for (const a of scored) {
        for (const b of scored) {
          if (a.key === b.key && a.score !== b.score) throw new Error(`seed ${seed}: equal keys, different scores ${JSON.stringify({ now, a, b })}`);
          if (a.score > b.score && !(a.key > b.key)) throw new Error(`seed ${seed}: higher score, not higher key ${JSON.stringify({ now, a, b })}`);
        }
      }
    }
  });

  it('keys stay exact integers for realistic inputs (thousands of seconds, dates to 2100)', () => {
    const k = priorityKey(10_000, Date.UTC(2100, 0, 1));
    expect(Number.isSafeInteger(k)).toBe(true);
    expect(priorityKey(10_000, Date.UTC(2100, 0, 1)) - priorityKey(10_000, Date.UTC(2100, 0, 1) + 1)).toBe(1);
  });
});

describe('photo limits', () => {
  it('accepts JPEG, PNG and WebP, up to 6 photos of 2 MiB, auto-closing after 7 days', () => {
    expect([...PHOTO_TYPES]).toEqual(['image/jpeg', 'image/png', 'image/webp']);
    expect(AUTO_CLOSE_DAYS).toBe(7);
  });
});

describe('sniffImage', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  const ascii = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

  it('recognises a JPEG (FF D8 FF), JFIF or Exif, and the bare 3-byte signature', () => {
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46))).toBe('image/jpeg');
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66))).toBe('image/jpeg');
    expect(sniffImage(bytes(0xff, 0xd8, 0xff))).toBe('image/jpeg');
  });

  it('recognises a PNG by its full 8-byte signature', () => {
    expect(sniffImage(bytes(...PNG, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52))).toBe('image/png');
    expect(sniffImage(bytes(...PNG))).toBe('image/png');
  });

  it('recognises a WebP: RIFF, four size bytes, WEBP', () => {
    expect(sniffImage(concat(ascii('RIFF'), bytes(0x24, 0x00, 0x00, 0x00), ascii('WEBPVP8 ')))).toBe('image/webp');
    expect(sniffImage(concat(ascii('RIFF'), bytes(0xff, 0xff, 0xff, 0xff), ascii('WEBP')))).toBe('image/webp');
  });

  it.each([
    ['a GIF89a', ascii('GIF89a\x01\x00\x01\x00')],
    ['a GIF87a', ascii('GIF87a\x01\x00\x01\x00')],
    ['a text file', ascii('hello, this is not an image\n')],
    ['an SVG', ascii('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a RIFF that is a WAV', concat(ascii('RIFF'), bytes(0x24, 0, 0, 0), ascii('WAVEfmt '))],
    ['WEBP without RIFF', concat(ascii('RIFX'), bytes(0x24, 0, 0, 0), ascii('WEBP'))],
    ['a BMP', ascii('BM\x36\x00\x0c\x00\x00\x00')],
    ['an empty file', bytes()],
    ['a truncated JPEG header (2 bytes)', bytes(0xff, 0xd8)],
    ['a JPEG signature out of order', bytes(0xd8, 0xff, 0xff, 0xe0)],
    ['FF D8 without the third FF', bytes(0xff, 0xd8, 0x00, 0xe0)],
    ['a truncated PNG header (7 bytes)', bytes(...PNG.slice(0, 7))],
    ['a PNG signature with a wrong last byte', bytes(...PNG.slice(0, 7), 0x0d, 0, 0, 0, 0)],
    ['a PNG signature with a wrong first byte', bytes(0x88, ...PNG.slice(1), 0, 0, 0, 0)],
    ['a truncated WebP header (11 bytes)', concat(ascii('RIFF'), bytes(0x24, 0, 0, 0), ascii('WEB'))],
    ['a truncated WebP header (4 bytes)', ascii('RIFF')],
  ])('refuses %s', (_why, data) => {
    expect(sniffImage(data)).toBeNull();
  });

  it('looks only at the bytes, from the start: a JPEG signature later in the file does not count', () => {
    expect(sniffImage(bytes(0x00, 0xff, 0xd8, 0xff, 0xe0))).toBeNull();
  });

  it('reads a view into a larger buffer from the view start', () => {
    const buf = new Uint8Array([0, 0, ...PNG, 0]);
    expect(sniffImage(buf.subarray(2))).toBe('image/png');
  });
});

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([5])).toBe(5);
    expect(median([9, 1, 7, 3, 5])).toBe(5);
  });

  it('is the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
    expect(median([1, 1, 100, 100])).toBe(50.5);
  });

  it('is null for an empty list', () => {
    expect(median([])).toBeNull();
  });

  it('sorts numerically, not as strings', () => {
    expect(median([10, 9, 100])).toBe(10);
    expect(median([2, 10, 1])).toBe(2);
    expect(median([-5, 3, -1])).toBe(-1);
  });

  it('is not swayed by one huge value (why the leak check uses it)', () => {
    expect(median([100, 100, 100, 100_000])).toBe(100);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

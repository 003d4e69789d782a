// WeChat's keyword rules, checked at every bound by the one validator both senders use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, formatField, formatTime, ISSUE_STATUS_PHRASES, MESSAGE_KINDS, retryDelayMs, templateData, type KindSpec } from '../../src/domain/notifications';

const han = (n: number) => '报'.repeat(n);
const latin = (n: number) => 'a'.repeat(n);
const ok = (value: string) => ({ ok: true, value });
const refused = expect.objectContaining({ ok: false, reason: expect.any(String) });

describe('thing (≤ 20 characters, longer shortened)', () => {
  it('keeps 20 characters as they are', () => expect(formatField('thing', han(20))).toEqual(ok(han(20))));
  it('shortens 21 characters to 20 ending with an ellipsis', () => {
    const r = formatField('thing', han(21));
    expect(r).toEqual(ok(`${han(19)}…`));
    expect(Array.from((r as { value: string }).value)).toHaveLength(20);
  });
  it('counts an emoji as one character, not two UTF-16 units', () => expect(formatField('thing', `${han(19)}😀`)).toEqual(ok(`${han(19)}😀`)));
  it('refuses an empty or blank value', () => {
    expect(formatField('thing', '')).toEqual(refused);
    expect(formatField('thing', '   ')).toEqual(refused);
  });
});

describe('phrase (≤ 5 Chinese characters)', () => {
  it('accepts 1 and 5 Chinese characters', () => {
    expect(formatField('phrase', '好')).toEqual(ok('好'));
    expect(formatField('phrase', han(5))).toEqual(ok(han(5)));
  });
  it('refuses 6 Chinese characters', () => expect(formatField('phrase', han(6))).toEqual(refused));
  it('refuses letters, digits and punctuation', () => {
    for (const v of ['ok', '已受理1', '未修好,重', '处理 中']) expect(formatField('phrase', v)).toEqual(refused);
  });
  it('every issue status phrase passes', () => {
    for (const p of Object.values(ISSUE_STATUS_PHRASES)) expect(formatField('phrase', p)).toEqual(ok(p));
  });
});

describe('number (≤ 32 digits)', () => {
  it('accepts 32 digits and decimals', () => {
    expect(formatField('number', '9'.repeat(32))).toEqual(ok('9'.repeat(32)));
    expect(formatField('number', '12.5')).toEqual(ok('12.5'));
  });
  it('refuses 33 digits', () => expect(formatField('number', '9'.repeat(33))).toEqual(refused));
  it('refuses anything but a number', () => {
    for (const v of ['12a', '一', '1.', '1,000']) expect(formatField('number', v)).toEqual(refused);
  });
});

describe('character_string (≤ 32 letters, digits, symbols)', () => {
  it('accepts 32 characters', () => expect(formatField('character_string', `A-${latin(30)}`)).toEqual(ok(`A-${latin(30)}`)));
  it('refuses 33 characters', () => expect(formatField('character_string', latin(33))).toEqual(refused));
  it('refuses Chinese characters and spaces', () => {
    expect(formatField('character_string', 'No.报')).toEqual(refused);
    expect(formatField('character_string', 'a b')).toEqual(refused);
  });
});

describe('time (like 2023年4月7日 15:01)', () => {
  it('formats an ISO instant in Beijing time', () => expect(formatField('time', '2023-04-07T07:01:00.000Z')).toEqual(ok('2023年4月7日 15:01')));
  it('crosses midnight into the next Beijing day', () => expect(formatField('time', '2026-03-01T16:30:00Z')).toEqual(ok('2026年3月2日 00:30')));
  it('keeps a value already in the WeChat form', () => expect(formatField('time', '2023年4月7日 15:01')).toEqual(ok('2023年4月7日 15:01')));
  it('accepts the last minute of a day and of a leap February', () => {
    expect(formatField('time', '2024年2月29日 23:59')).toEqual(ok('2024年2月29日 23:59'));
  });
  it('refuses impossible dates and times', () => {
    for (const v of ['2023年2月29日 10:00', '2023年13月1日 10:00', '2023年4月7日 24:00', '2023年4月7日 15:60', '2023年4月0日 10:00']) expect(formatField('time', v)).toEqual(refused);
  });
  it('refuses other spellings', () => {
    for (const v of ['2023-04-07 15:01', '明天下午', '2023年4月7日15:01']) expect(formatField('time', v)).toEqual(refused);
  });
});

describe('date', () => {
  it('formats an ISO instant as a Beijing date', () => expect(formatField('date', '2023-04-06T16:00:00Z')).toEqual(ok('2023年4月7日')));
  it('refuses 31 April', () => expect(formatField('date', '2023年4月31日')).toEqual(refused));
});

describe('name (≤ 10 Chinese or 20 Latin characters)', () => {
  it('accepts 10 Chinese characters', () => expect(formatField('name', han(10))).toEqual(ok(han(10))));
  it('refuses 11 Chinese characters', () => expect(formatField('name', han(11))).toEqual(refused));
  it('accepts 20 Latin characters', () => expect(formatField('name', latin(20))).toEqual(ok(latin(20))));
  it('refuses 21 Latin characters', () => expect(formatField('name', latin(21))).toEqual(refused));
  it('counts a mixed name with a Chinese character as two', () => {
    expect(formatField('name', `${han(5)}${latin(10)}`)).toEqual(ok(`${han(5)}${latin(10)}`));
    expect(formatField('name', `${han(5)}${latin(11)}`)).toEqual(refused);
  });
});

describe('templateData', () => {
  const spec = CATALOGUE['issue.status'] as KindSpec;
  it('maps semantic fields to template keys, formatted', () => {
    const r = templateData(spec, { thing: '19栋301:水管漏水', phrase: '已受理', time: '2026-03-02T01:00:00Z', note: '明早上门' }, '2026-03-02T00:00:00Z');
    expect(r).toEqual({ ok: true, data: { thing1: { value: '19栋301:水管漏水' }, phrase2: { value: '已受理' }, time3: { value: '2026年3月2日 09:00' }, thing4: { value: '明早上门' } } });
  });
  it('fills optional fields from their fallback (the recording time, a fixed text)', () => {
    const r = templateData(spec, { thing: '楼道灯坏了', phrase: '待受理' }, '2026-03-02T00:00:00Z');
    expect(r).toEqual({ ok: true, data: expect.objectContaining({ time3: { value: '2026年3月2日 08:00' }, thing4: { value: '无' } }) });
  });
  it('takes a number or null from plain JavaScript without throwing', () => {
    const spec2 = CATALOGUE['task.assigned'] as KindSpec;
    expect(templateData(spec2, { thing: 42 as unknown as string, time: '2026-03-02T00:00:00Z' }, 'x')).toEqual({ ok: true, data: { thing1: { value: '42' }, time2: { value: '2026年3月2日 08:00' } } });
    expect(templateData(spec, { thing: null as unknown as string, phrase: '已受理' }, 'x')).toEqual({ ok: false, reason: expect.stringContaining('报事内容') });
  });

  it('names the field that is missing or breaks a rule', () => {
    expect(templateData(spec, { phrase: '已受理' }, '2026-03-02T00:00:00Z')).toEqual({ ok: false, reason: expect.stringContaining('报事内容') });
    expect(templateData(spec, { thing: 'x', phrase: '已经完全修好了' }, '2026-03-02T00:00:00Z')).toEqual({ ok: false, reason: expect.stringContaining('处理状态') });
  });
});

describe('the catalogue', () => {
  it('lists every kind the issue asks for, and the volunteers and plans senders', () => {
    for (const kind of ['issue.status', 'task.assigned', 'poll.opened', 'poll.closing', 'poll.published', 'shift.tomorrow', 'waitlist.confirmed', 'issue.overdue', 'plan.moved']) expect(MESSAGE_KINDS).toContain(kind);
  });
  it('uses keys named by their type, unique within a template, and one env variable per kind', () => {
    const envs = new Set<string>();
    for (const kind of MESSAGE_KINDS) {
      const spec = CATALOGUE[kind] as KindSpec;
      const keys = Object.values(spec.fields).map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const f of Object.values(spec.fields)) expect(f.key).toMatch(new RegExp(`^${f.type}\\d+$`));
      envs.add(spec.env);
    }
    expect(envs.size).toBe(MESSAGE_KINDS.length);
  });
  it('formats a time the way WeChat shows it', () => expect(formatTime('2026-03-09T10:00:00Z')).toBe('2026年3月9日 18:00'));
});

describe('retry backoff', () => {
  it('doubles from one minute', () => expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]));
});

it('src/domain/notifications.ts stays pure (runs in the mini-program too)', () => {
  const code = readFileSync(join(__dirname, '../../src/domain/notifications.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  // Its one import is the China-time module (pure too, over dayjs: test/domain/purity.test.ts).
  expect([...code.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1])).toEqual(['./chinaTime']);
  expect(code).not.toMatch(/\b(require\s*\(|process\.|Buffer\b|__dirname)/);
});

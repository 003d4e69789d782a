// The demo compound, modelled on the article's 侨亚小区: three areas (海韵, 颐乐园, and 桥东 with
// the long-unmanaged building 19), 608 units with realistic exclusive areas, a few owners with
// several units, the developer's unsold units, a committee of seven, the property team, the
// community secretary and three volunteer teams. Deterministic: the same seed, the same compound.
import type { BuildingPart } from '../../src/domain/places';
import type { BuildingDoc, HolderDoc, MembershipDoc, UnitDoc, UserDoc } from '../app/model';
import type { Role } from '../../src/domain/roles';
import { holderIdFor } from '../app/people/roster.import';
import { holderKeyOf } from '../../src/domain/roster';
import { lastFour } from '../../src/domain/phone';
import { personaOpenid, qiaoyaPersonas as personas } from './personas';

export interface DemoCompound {
  name: string;
  buildings: BuildingDoc[];
  units: UnitDoc[];
  holders: HolderDoc[];
  users: UserDoc[];
  memberships: MembershipDoc[];
  teams: Array<{ _id: string; name: string; kind: string; description: string; leaderId: string; order: number }>;
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['建华', '秀兰', '国强', '桂英', '志刚', '玉兰', '德明', '淑珍', '文军', '丽华', '永红', '海燕', '春生', '美玲', '长江', '汉生', '红梅', '少华', '家豪', '思远', '雨涵', '子轩', '佳怡', '俊杰', '晓燕', '明辉', '秋菊', '金凤', '宏伟', '新民'];

// Buildings per area: [first, last, units per building (null: no 单元), floors, rooms per floor, room areas in m²,
// the building's own common parts residents report about (海韵's newer blocks have basements)]
const AREAS: Array<{ zone: string; from: number; to: number; unitsPer: number | null; floors: number; rooms: number[]; places: BuildingPart[] }> = [
  { zone: '海韵', from: 1, to: 8, unitsPer: 2, floors: 7, rooms: [118.36, 96.72], places: ['stair', 'roof', 'basement'] },
  { zone: '颐乐园', from: 9, to: 16, unitsPer: 3, floors: 6, rooms: [89.5, 72.14], places: ['stair', 'roof'] },
  { zone: '桥东', from: 17, to: 20, unitsPer: null, floors: 6, rooms: [64.8, 58.25, 58.25, 64.8], places: ['stair', 'roof'] },
];

export function buildDemoCompound(now: Date, seed = 20230407): DemoCompound {
  const rand = prng(seed);
  const pick = <T>(list: ArrayLike<T>) => list[Math.floor(rand() * list.length)];
  const phone = () => `1${pick('3578')}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
  const at = now.toISOString();

  const buildings: BuildingDoc[] = [];
  const units: UnitDoc[] = [];
  for (const area of AREAS) {
    for (let b = area.from; b <= area.to; b++) {
      const name = `${b}栋`;
      const buildingId = `b:${name}`;
      const unitNames = area.unitsPer === null ? [null] : Array.from({ length: area.unitsPer }, (_, i) => `${i + 1}单元`);
      let count = 0;
      for (const unitName of unitNames) {
        for (let floor = 1; floor <= area.floors; floor++) {
          area.rooms.forEach((base, r) => {
            const room = `${floor}${String(r + 1).padStart(2, '0')}`;
            // ±3 m² around the layout's area, to the hundredth, as surveys record it.
            const areaCenti = Math.round(base * 100) + Math.floor(rand() * 600) - 300;
            units.push({ _id: `u:${name}-${unitName ?? ''}-${room}`, buildingId, unit: unitName, room, label: `${name}${unitName ?? ''}${room}`, areaCenti, holderId: '', order: units.length + 1 });
            count++;
          });
        }
      }
      buildings.push({ _id: buildingId, name, zone: area.zone, order: b, unitCount: count, places: area.places });
    }
  }

  const holders = new Map<string, HolderDoc>();
  const holderFor = (name: string, tel: string | null, kind: HolderDoc['kind'] = 'person') => {
    const id = holderIdFor(holderKeyOf(name, tel));
    if (!holders.has(id)) holders.set(id, { _id: id, name, phone: tel, kind });
    return id;
  };
  const byLabel = new Map(units.map((u) => [u.label, u]));

  // Personas' own homes first, so a claim with their name and phone matches the roster.
  for (const p of personas) for (const label of p.units) byLabel.get(label)!.holderId = holderFor(p.name, p.phone);
  // The developer's unsold units: one holder, so they count as one head together.
  const developer = holderFor('开发商(未售房屋)', null, 'developer');
  for (const label of ['20栋601', '20栋602', '20栋603', '20栋604', '16栋3单元601', '16栋3单元602', '8栋2单元701', '8栋2单元702', '15栋1单元101', '15栋1单元102', '7栋1单元101', '7栋1单元102', '14栋2单元601', '14栋2单元602']) {
    byLabel.get(label)!.holderId = developer;
  }
  // Owners of several units (bought for parents or children next door).
  const multi: Array<[string, string[]]> = [
    ['黄德明', ['1栋1单元101', '1栋1单元102']],
    ['吴淑珍', ['5栋2单元301', '5栋2单元302', '5栋2单元401']],
    ['郑国强', ['10栋1单元201', '11栋1单元201']],
    ['谢玉兰', ['18栋101', '18栋102']],
    ['罗志刚', ['13栋3单元501', '13栋3单元502']],
    ['孙美玲', ['2栋2单元601', '3栋1单元601']],
  ];
  for (const [name, labels] of multi) {
    const id = holderFor(name, phone());
    for (const label of labels) byLabel.get(label)!.holderId = id;
  }
  for (const unit of units) if (!unit.holderId) unit.holderId = holderFor(`${pick(SURNAMES)}${pick(GIVEN)}`, phone());

  const users: UserDoc[] = [];
  const memberships: MembershipDoc[] = [];
  const addUser = (key: string, name: string, roles: Role[], tel: string | null, labels: string[]) => {
    const userId = `user:${personaOpenid(key)}`;
    users.push({ _id: userId, openid: personaOpenid(key), name, roles, phone: tel, ...(lastFour(tel) ? { phoneTail: lastFour(tel)! } : {}), createdAt: at });
    for (const label of labels) {
      const unit = byLabel.get(label)!;
      memberships.push({ _id: `m:${userId}:${unit._id}`, userId, unitId: unit._id, holderId: unit.holderId, since: at });
    }
  };
  for (const p of personas) addUser(p.id, p.name, p.roles, p.phone, p.units);
  // The rest of the committee of seven: owners elected from each area.
  ['1栋2单元402', '4栋1单元302', '9栋2单元501', '12栋3单元102', '17栋303', '19栋504'].forEach((label, i) => {
    const unit = byLabel.get(label)!;
    const holder = holders.get(unit.holderId)!;
    addUser(`committee-${i + 2}`, holder.name, ['owner', 'committee'], holder.phone, [label]);
  });
  ['赵师傅', '孙师傅', '钱阿姨'].forEach((name, i) => addUser(`staff-${i + 2}`, name, ['staff'], phone(), []));

  const leader = (key: string) => `user:${personaOpenid(key)}`;
  const teams = [
    { _id: 'team:care', name: '爱心服务队', kind: 'care', description: '结对帮扶空巢老人、留守儿童和重病残疾居民', leaderId: leader('committee-3'), order: 1 },
    { _id: 'team:cleaning', name: '保洁服务队', kind: 'cleaning', description: '每周六清扫楼道和公共区域', leaderId: leader('committee-2'), order: 2 },
    { _id: 'team:dance', name: '夕阳红舞蹈队', kind: 'culture', description: '每天傍晚在中心广场跳舞', leaderId: leader('owner'), order: 3 },
  ];

  return { name: '侨亚小区', buildings, units, holders: [...holders.values()], users, memberships, teams };
}

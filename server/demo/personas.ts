import type { Role } from '../../src/domain/roles';

// One demo person per role (plus a newcomer with none) for the dev sign-in. Their openids
// are fake and exist only in demo mode.
export interface Persona {
  id: string;
  name: string;
  roles: Role[];
  phone: string;
  /** Units (by label) this persona is a verified member of. */
  units: string[];
  note: string;
  /**
   * Homes and roles in the demo's other compounds (server/demo/tenancy.ts): one identity, a
   * membership per compound. A persona with `elsewhereOnly` is not a member of 侨亚小区 at all.
   */
  elsewhere?: Array<{ compoundId: string; roles: Role[]; units: string[] }>;
  elsewhereOnly?: boolean;
}

export const personas: Persona[] = [
  { id: 'owner', name: '王秀英', roles: ['owner'], phone: '13871230419', units: ['19栋301'], note: '桥东19栋的老业主,七十多岁' },
  { id: 'resident', name: '李明', roles: ['resident'], phone: '15927114428', units: ['3栋2单元502'], note: '海韵3栋的租户;在锦绣花园有自己的房子', elsewhere: [{ compoundId: 'jinxiu', roles: ['owner'], units: ['2栋1单元302'] }] },
  { id: 'newcomer', name: '陈晓', roles: [], phone: '18672093315', units: [], note: '刚搬来,还没认证' },
  { id: 'committee', name: '张建国', roles: ['owner', 'committee'], phone: '13907162255', units: ['12栋1单元201'], note: '业委会主任' },
  { id: 'counter', name: '陈丽华', roles: ['committee'], phone: '13986015521', units: [], note: '业委会委员,纸质票计票时做第二位计票人' },
  { id: 'staff', name: '刘师傅', roles: ['staff'], phone: '13554018876', units: [], note: '物业工程维修(华宇物业,也管锦绣花园)', elsewhere: [{ compoundId: 'jinxiu', roles: ['staff'], units: [] }] },
  { id: 'manager', name: '周经理', roles: ['manager'], phone: '13006153390', units: [], note: '华宇物业项目经理,管侨亚小区和锦绣花园', elsewhere: [{ compoundId: 'jinxiu', roles: ['manager'], units: [] }] },
  { id: 'community', name: '何书记', roles: ['community'], phone: '13720390127', units: [], note: '社区党支部书记,义务质量总监;社区里三个小区都归她', elsewhere: [{ compoundId: 'jinxiu', roles: ['community'], units: [] }, { compoundId: 'yangguang', roles: ['community'], units: [] }] },
  { id: 'admin', name: '系统管理员', roles: ['admin'], phone: '13100000001', units: [], note: '负责角色授权和开通小区', elsewhere: [{ compoundId: 'jinxiu', roles: ['admin'], units: [] }, { compoundId: 'yangguang', roles: ['admin'], units: [] }] },
  { id: 'jinxiu-committee', name: '方玉珍', roles: [], phone: '13871550612', units: [], note: '锦绣花园业委会主任', elsewhereOnly: true, elsewhere: [{ compoundId: 'jinxiu', roles: ['owner', 'committee'], units: ['1栋1单元101'] }] },
  { id: 'yangguang-owner', name: '邓春生', roles: [], phone: '13659871203', units: [], note: '阳光苑的业主,小区还没有业委会,也没有物业', elsewhereOnly: true, elsewhere: [{ compoundId: 'yangguang', roles: ['owner'], units: ['2栋301'] }] },
  { id: 'street', name: '街道办刘科长', roles: ['street'], phone: '13098760021', units: [], note: '阳逻街道,只看各小区的汇总数字(只读)', elsewhere: [{ compoundId: 'jinxiu', roles: ['street'], units: [] }, { compoundId: 'yangguang', roles: ['street'], units: [] }] },
];

/** The personas who are members of 侨亚小区 (the rest live only in the demo's other compounds). */
export const qiaoyaPersonas = personas.filter((p) => !p.elsewhereOnly);

export const personaOpenid = (id: string) => `demo-${id}`;

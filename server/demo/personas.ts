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
}

export const personas: Persona[] = [
  { id: 'owner', name: '王秀英', roles: ['owner'], phone: '13871230419', units: ['19栋301'], note: '桥东19栋的老业主,七十多岁' },
  { id: 'resident', name: '李明', roles: ['resident'], phone: '15927114428', units: ['3栋2单元502'], note: '海韵3栋的租户' },
  { id: 'newcomer', name: '陈晓', roles: [], phone: '18672093315', units: [], note: '刚搬来,还没认证' },
  { id: 'committee', name: '张建国', roles: ['owner', 'committee'], phone: '13907162255', units: ['12栋1单元201'], note: '业委会主任' },
  { id: 'counter', name: '陈丽华', roles: ['committee'], phone: '13986015521', units: [], note: '业委会委员,纸质票计票时做第二位计票人' },
  { id: 'staff', name: '刘师傅', roles: ['staff'], phone: '13554018876', units: [], note: '物业工程维修' },
  { id: 'manager', name: '周经理', roles: ['manager'], phone: '13006153390', units: [], note: '物业项目经理,兼任居委会委员' },
  { id: 'community', name: '何书记', roles: ['community'], phone: '13720390127', units: [], note: '社区党支部书记,义务质量总监' },
  { id: 'admin', name: '系统管理员', roles: ['admin'], phone: '13100000001', units: [], note: '负责角色授权' },
];

export const personaOpenid = (id: string) => `demo-${id}`;

// What the server says about tenancy, in one place for review: refusals, names of things inside
// refusals, action summaries, notices. Plain data, importable by the client and the server; the
// screens' own words are in ui/strings.ts.

// Refusals the server answers with; the code and field stay at the call site.
export const tenancyRefusals = {
  // tenancy/compareCompounds.ts
  chooseCompound: '请先选择小区',
  daysBelowOne: '天数至少为 1',
  daysOverYear: '最多比较一年',
  // tenancy/scope.ts
  compoundIdMalformed: '小区编号不对',
  compoundNotFound: '小区不存在',
  // tenancy/grantOrgRole.ts
  orgRoleOnly: '只能授予物业经理、物业员工、社区或街道的角色',
  grantOrWithdraw: '请选择授予或收回',
  roleNotOfOrg: (role: string, kind: string) => `${role}不是${kind}的角色`,
};

// Names of things, inside refusals ("缺少…", "…不存在").
export const tenancyFields = {
  user: '用户',
  org: '组织',
  compound: '小区',
};

/** What each kind of organisation is called. */
export const ORG_KIND_LABELS = { company: '物业公司', community: '社区', street: '街道' } as const;

// One line per action: what it does, for the action table and the permission matrix.
export const tenancySummaries = {
  'compounds.compare': '社区(或街道)下各小区并排比较:报事数、受理和修复用时、返修率、评分、表决参与率,不含个人信息',
  'compounds.mine': '我去过的小区和我在每个小区的身份,以及当前所在的小区',
  'orgRoles.grant': '为物业公司(或社区、街道)授予或收回某人的角色,该组织所有小区同步生效',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const tenancyServerText = {
  // tenancy/migrate.ts
  myCompound: '我的小区',
  // tenancy/myCompounds.ts
  visitor: '访客',
  // tenancy/upgradeOnStart.ts
  compoundIdCharacters: (stringify: string) => `GONGZHI_COMPOUND_ID 只能用小写字母、数字和短横线:${stringify}`,
};

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
};

// One line per action: what it does, for the action table and the permission matrix.
export const tenancySummaries = {
  'compounds.compare': '社区(或街道)下各小区并排比较:报事数、受理和修复用时、返修率、评分、表决参与率,不含个人信息',
  'compounds.mine': '我去过的小区和我在每个小区的身份,以及当前所在的小区',
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

// What the server says about tenancy, in one place for review: refusals, names of things inside
// refusals, action summaries, notices. Plain data, importable by the client and the server; the
// screens' own words are in ui/strings.ts.

// Refusals the server answers with; the code and field stay at the call site.
export const tenancyRefusals = {
  // tenancy/searchCompounds.ts
  pageNotNumber: '页码应是数字',
  pageNotWhole: '页码应是整数',
  pageFromOne: '页码从 1 开始',
  pageTooFar: (max: number) => `最多翻到第 ${max} 页,请把条件写得更具体些`,
  cityBeforeDistrict: '请先选城市,再选区',
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
  // tenancy/compoundSettings.ts (and createCompound.ts: 楼栋, 服务队, 服务队名称)
  malformed: (label: string) => `${label}格式不对`,
  tooManyBuildings: '楼栋太多',
  careTeamFirst: '请先选择关爱服务队',
  leaderNotMember: (team: string) => `队长须是${team}的队员`,
  teamExists: (name: string) => `已经有“${name}”了`,
  // tenancy/createCompound.ts
  fillIn: (label: string) => `请填写${label}`,
  notWhole: (label: string) => `${label}应是整数`,
  atLeast: (label: string, min: number) => `${label}至少 ${min}`,
  atMost: (label: string, max: number) => `${label}最多 ${max}`,
  tooManyBuildingsAtOnce: (max: number) => `一次最多 ${max} 栋楼`,
  rosterLaterMissing: '请选择是否以后导入名册',
  noBuildings: '请至少填写一栋楼,或选择“以后导入名册”',
  buildingTwice: (name: string) => `楼栋重复了:${name}`,
  tooManyFlats: (max: number, flats: number) => `一次最多生成 ${max} 户(现在 ${flats} 户);户数多的小区请选择“以后导入名册”`,
  onlyOwnCommunity: '只能在自己的社区开通小区',
  compoundNameTaken: (name: string) => `这个社区已经有“${name}”了,请换个名称`,
  // tenancy/settings.ts
  acceptHoursMissing: '请填写受理时限',
  firstActionHoursMissing: '请填写首次处理时限',
  slaMalformed: '时限格式不对',
};

// Names of things, inside refusals ("缺少…", "…不存在").
export const tenancyFields = {
  searchDistrict: '区',
  user: '用户',
  org: '组织',
  compound: '小区',
  // tenancy/compoundSettings.ts
  commonPlaces: '公共区域',
  building: '楼栋',
  buildingPlaces: '楼栋地点',
  careTeam: '关爱服务队',
  leader: '队长',
  team: '服务队',
  templates: '消息文字',
  // tenancy/createCompound.ts (the community and the company: ORG_KIND_LABELS)
  buildingName: '楼栋名称',
  units: '单元数',
  floors: '层数',
  roomsPerFloor: '每层户数',
  compoundName: '小区名称',
  city: '城市',
  district: '区县',
  teamName: '服务队名称',
};

/** What each kind of organisation is called. */
export const ORG_KIND_LABELS = { company: '物业公司', community: '社区', street: '街道' } as const;

// One line per action: what it does, for the action table and the permission matrix.
export const tenancySummaries = {
  'compounds.about': '当前小区的欢迎页:小区名称、所在街道和社区、户数,以及我是否已是这里的住户',
  'compounds.joinCode': '邀请邻居加入本小区:分享卡片的路径和小区二维码(微信小程序码;本地没有时为空,由页面按链接生成二维码)',
  'compounds.search': '找小区:按城市、区和小区名称(开头几个字)查找,分页;只给小区的公开信息(名称、街道、社区、户数),不含任何人',
  'compounds.compare': '社区(或街道)下各小区并排比较:报事数、受理和修复用时、返修率、评分、表决参与率,不含个人信息',
  'compounds.mine': '我去过的小区和我在每个小区的身份,以及当前所在的小区',
  'orgRoles.grant': '为物业公司(或社区、街道)授予或收回某人的角色,该组织所有小区同步生效',
  'compounds.settings.get': '小区设置:公共区域、各楼栋的地点、服务时限、关爱服务队和队长、服务队、消息文字(未设置的显示默认值)',
  'compounds.settings.save': (placeNameMax: number, slaMin: number, slaMax: number) =>
    `保存小区设置(只改提交的项):地点名称至多 ${placeNameMax} 字且不重复,时限 ${slaMin}–${slaMax} 小时,关爱队长须是队员`,
  'compounds.create': (maxFlats: number, slaMin: number, slaMax: number) =>
    `开通小区(管理员,或社区在本社区):名称、所属社区、楼栋(单元×层×户,至多 ${maxFlats} 户)或以后导入名册、起始服务队、服务时限(${slaMin}–${slaMax} 小时);同一社区不能重名`,
  'compounds.setupOptions': '开通小区可选的社区(管理员:全部;社区:本社区)和物业公司,以及新小区的默认服务队和时限',
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

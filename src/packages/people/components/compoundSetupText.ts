// The words of 开通小区 and 小区设置 (admin and community only): kept in their subpackage, not in the main package.
export const setupText = {
  newTitle: '开通小区',
  newIntro: '为社区里的一个小区开通共治:填好名称、所属社区和楼栋。开通后你就在这个小区里,可以接着设置公共区域、各楼栋的地点和服务时限。',
  name: '小区名称',
  namePlaceholder: '如:新城家园',
  community: '所属社区',
  communityPlaceholder: '请选择社区',
  noCommunity: '还没有可以开通小区的社区',
  company: '物业公司',
  companyPlaceholder: '请选择物业公司',
  noCompany: '暂无物业(自管)',
  city: '城市(选填)',
  district: '区县(选填)',
  buildingsWay: '楼栋和房屋',
  wayNow: '现在填写楼栋',
  wayNowHint: '按单元、层数、每层户数生成房号',
  wayLater: '以后导入名册',
  wayLaterHint: '开通后在“导入业主名册”上传表格',
  building: (n: number) => `第 ${n} 栋`,
  buildingName: '楼栋名称',
  buildingNamePlaceholder: '如:1栋、A座',
  units: '单元数(没有单元填 0)',
  floors: '层数',
  rooms: '每层户数',
  addBuilding: '添加一栋楼',
  removeBuilding: (name: string) => `删除${name || '这栋楼'}`,
  flats: (n: number, max: number) => `共 ${n} 户(一次最多 ${max} 户,更多请以后导入名册)`,
  sla: '服务时限',
  acceptHours: '受理时限(小时)',
  firstActionHours: '首次处理时限(小时)',
  slaHint: (min: number, max: number) => `物业要在这个时间内受理、开始处理,超过就提醒物业经理。可填 ${min}–${max} 小时`,
  teams: '起始服务队',
  teamsHint: '用顿号“、”隔开,如:爱心服务队、保洁服务队',
  create: '开通小区',
  created: (name: string) => `已开通${name},你现在在这个小区里`,
  toSettings: '接着设置地点和时限',
  toRoster: '导入业主名册',
  fix: '有内容需要修改,请看红字提示',
  notNumber: '请填写数字',

  settingsTitle: '小区设置',
  settingsIntro: (name: string) => `${name}的设置:居民报事时可以选的地点、物业的服务时限、关爱服务队和消息里的文字。没有设置的按默认。`,
  commonPlaces: '公共区域',
  commonPlacesHint: (max: number) => `居民报事时可选的公共地点,用顿号“、”隔开,每个不超过 ${max} 个字`,
  buildingPlaces: (name: string) => `${name}的地点`,
  buildingPlacesHint: '如:楼道、楼顶、地下室、电梯,用顿号隔开;留空表示这栋楼没有可选的地点',
  noBuildings: '还没有楼栋。导入业主名册后,可以在这里设置各楼栋的地点。',
  defaultSla: (a: number, f: number) => `现在是默认时限:${a} 小时受理,${f} 小时内开始处理`,
  careTeam: '关爱服务队',
  careTeamPlaceholder: '请选择服务队',
  careTeamHint: '这支队的队员可以和需要关爱的居民结对走访',
  careLeader: '关爱服务队队长',
  careLeaderPlaceholder: '请选择队长',
  noMembers: '这支队还没有队员',
  noTeams: '还没有服务队,可以在下面新增',
  newTeams: '新增服务队(选填)',
  templates: '消息里的文字',
  templatesHint: (max: number) => `发给居民的订阅消息里固定的一句话,每句不超过 ${max} 个字;留空用默认的`,
  templateLabel: (title: string, label: string) => `${title}·${label}`,
  templateDefault: (text: string) => `默认:${text}`,
  save: '保存设置',
  saved: '设置已保存',
  savedAt: (at: string) => `上次保存:${at}`,
};

/** "楼道、楼顶 地下室" → ["楼道", "楼顶", "地下室"]: names as people type lists. */
export const splitNames = (value: string): string[] =>
  value
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A whole number as typed ("24"), else NaN: the form says 请填写数字 before sending. */
export const wholeNumber = (v: string): number => (/^\d+$/.test(v.trim()) ? Number(v) : NaN);

export const joinNames = (names: readonly string[]): string => names.join('、');

/** The server's message for a field or any entry of it ("teams.1" under "teams"). */
export const errorUnder = (errors: Record<string, string>, field: string): string | null =>
  errors[field] ?? Object.entries(errors).find(([k]) => k.startsWith(`${field}.`))?.[1] ?? null;

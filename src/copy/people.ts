// The words of people, in one place for review: the subpackage screens' text, then what the server
// says (refusals, names of things inside refusals, action summaries, notices). Plain data, imported
// by the subpackage and by server/app. The main package never imports this file (the tab's own
// words are in ui/strings.ts), so WeChat's main package does not carry it.

// The role grants screen's words (admin only): imported only by its subpackage, not by the main package.
export const rolesPage = {
  title: '角色授权',
  search: '查找用户',
  searchPlaceholder: '姓名、房号或手机尾号',
  searchHint: '可输入姓名（或姓名开头）、房号（如 19栋301、19-301）或手机号后四位；留空则按加入时间列出所有人',
  searchButton: '查找',
  empty: '没有找到用户。',
  more: '加载更多',
  granted: (name: string, role: string) => `已授予 ${name}「${role}」`,
  revoked: (name: string, role: string) => `已取消 ${name}「${role}」`,
  toggleLabel: (name: string, role: string, has: boolean) => `${has ? '取消' : '授予'}${name}的${role}角色`,
};

// Refusals the server answers with; the code and field stay at the call site.
export const peopleRefusals = {
  // people/grantRole.ts
  roleUnknown: '角色不存在',
  grantMissing: '请选择授予或收回',
  cannotRevokeOwnAdmin: '不能收回自己的管理员角色,请让另一位管理员操作',
  // people/reviewClaim.ts
  approveMissing: '请选择通过或不通过',
  rejectReasonMissing: '请填写不通过的原因',
  claimAlreadyReviewed: '这份申请已经审核过了',
  // people/rosterFile.ts
  rosterFileMissing: '请选择名册文件',
  rosterFileIdMalformed: '名册文件编号不对,请重新选择文件',
  rosterRowsInvalid: (rows: number, line: number, reason: string) => `名册有 ${rows} 行有问题,没有导入任何一行。第 ${line} 行:${reason}`,
  rosterFileNotYours: '名册文件不是你刚上传的,请重新选择文件',
  rosterFileTooLarge: (megabytes: number) => `名册文件不能超过 ${megabytes} MB`,
  rosterFileFormat: '只能导入 Excel(.xlsx)或 CSV 名册文件',
  rosterNoUnits: '名册里没有房屋',
  // people/rosterPlan.ts
  nameTooLong: '姓名太长',
  samePersonMissing: '请选择"同一人"或"不同的人"',
  sameNameMalformed: '同名业主的确认格式不对',
  sameNamesToConfirm: (groups: number, names: string) => `名册中有 ${groups} 组同名业主需要确认是同一人还是不同的人(${names}),确认后再导入`,
  // people/rosterStaging.ts
  anotherImportRunning: (progress: string) => `另一份名册正在导入${progress},请等它导入完成后再导入`,
  // people/setElder.ts
  elderNotBoolean: '长辈模式应是开或关',
  // people/setNickname.ts
  nicknameMissing: '请填写昵称',
  nicknameTooLong: (max: number) => `昵称最多 ${max} 个字`,
  nicknameOneLine: '昵称不能换行',
  // people/submitClaim.ts
  unitMissing: '请选择房号',
  claimUnderReview: '这套房屋的认证申请正在审核中',
  alreadyVerified: '你已经认证过这套房屋',
};

// Names of things, as they appear inside refusals ("缺少会议", "公告不存在").
export const peopleFields = {
  // compound/listUnits.ts
  building: '楼栋',
  // people/grantRole.ts
  user: '用户',
  // people/importRoster.ts
  fileName: '文件名',
  // people/listUsers.ts
  userQuery: '姓名、房号或手机尾号',
  // people/reviewClaim.ts
  claim: '申请',
  rejectReason: '不通过的原因',
  ownerClaim: '认证申请',
  unit: '房屋',
  // people/submitClaim.ts
  name: '姓名',
};

// One line per action: what it does, for the action table and the permission matrix.
export const peopleSummaries = {
  'compound.buildings': '小区名称和楼栋列表',
  'compound.units': '某一楼栋的房屋列表(不含业主信息)',
  'me.settings': '我的显示设置(长辈模式)',
  'roles.grant': '授予或收回某人的角色',
  'roster.import': '导入业主名册(先上传到云存储的 Excel .xlsx 或 CSV 文件,UTF-8 或 GBK);有任何一行出错则整份不导入',
  'claims.pending': '待审核的业主认证申请',
  'users.list': '查找用户:按姓名(开头)、房号(如 19栋301、19-301)或手机尾号后四位,每页 50 人,电话号码打码',
  me: '我的资料、房屋和认证申请',
  'claims.review': '审核业主认证申请:通过或驳回(驳回须写明理由)',
  'me.elder': '开关长辈模式(存在账号上,换手机也跟着走)',
  'me.nickname': '设置我的昵称(其他人看到的名字,经内容安全检查)',
  'claims.submit': '申请认证为某套房屋的业主或住户',
};

// Texts the server writes: notices, home-screen items, audit and export labels.
export const peopleServerText = {
  // home/accountItems.ts
  claimPending: '认证审核中',
  claimSubmitted: (unitLabel: string) => `${unitLabel}的认证申请已提交,业委会审核后会通知你`,
  claimRejected: '认证未通过',
  verifyOwner: '认证业主身份',
  verifyWhy: '认证后可以参加表决、报事和查看本楼的公示',
  claimsWaiting: (pending: number) => `${pending} 份业主认证待审核`,
  checkNameAndPhone: '请核对姓名和手机号后四位',
  fixedPleaseConfirm: '修好了吗?请确认',
  // people/importRoster.ts
  unitAlreadyInRoster: (unit: string) => `房号 ${unit} 已在名册中`,
  // people/listUsers.ts
  unitEntrance: (unit: string) => `${unit}单元`,
  // people/reviewClaim.ts
  approved: '已通过',
  rejected: '未通过',
  // people/rosterDocs.ts
  buildingNumber: (building: string) => `${building}栋`,
  // people/rosterFile.ts
  rosterFileNotUploaded: '名册文件没有上传成功,请重新选择文件',
  // people/rosterStaging.ts
  importProgress: (fileName: string, done: number, total: number) => `(${fileName},已导入 ${done}/${total} 户)`,
  // people/rosterXlsx.ts
  xlsxUnreadable: '无法读取这个 Excel 文件:请确认是 .xlsx 格式(旧的 .xls 请先在 Excel 里另存为 .xlsx 或 CSV)',
  xlsxEmpty: 'Excel 文件的第一张工作表是空的',
};

// The claim, review and roster-import screens (moved out of src/ui/strings.ts: that file is in
// WeChat's main package, and these words are only shown in the people subpackage).
export const claimText = {
  title: '认证业主身份',
  intro: '请选择您的房屋，并填写房产登记上的业主姓名和手机号后四位。业委会核对名册后会通知您结果。',
  building: '楼栋',
  buildingPlaceholder: '请选择楼栋',
  unit: '房号',
  unitPlaceholder: '请选择房号',
  pickBuildingFirst: '请先选择楼栋',
  noBuildings: '小区名册还没有导入，暂时无法认证。请联系业委会。',
  noUnits: '这栋楼还没有房屋记录。',
  name: '业主姓名',
  namePlaceholder: '与房产登记一致',
  phone: '手机号后四位',
  phonePlaceholder: '4 位数字',
  submit: '提交认证',
  sent: '已提交，请等待业委会审核',
  needBuilding: '请选择楼栋',
  done: '返回我的',
};

export const reviewText = {
  title: '业主认证审核',
  empty: '没有待审核的认证申请。',
  matches: '与名册一致',
  differs: '与名册不符，请核实',
  applicant: '申请人',
  claimedName: '填写的业主姓名',
  phoneLast4: '手机号后四位',
  submittedAt: '提交时间',
  approve: '通过',
  reject: '不通过',
  reason: '不通过的原因',
  reasonPlaceholder: '例如：姓名与名册不一致',
  confirmReject: '确认不通过',
  approved: '已通过',
  rejected: '已退回',
  invite: '邀请邻居加入本小区(二维码、分享卡片)',
};

export const rosterText = {
  title: '导入业主名册',
  intro: '选择业主名册文件（Excel 的 .xlsx 文件，或 CSV 文件），先检查一遍，确认无误后再正式导入。有任何一行出错，整份名册都不会导入。',
  choose: '选择文件',
  chooseFromChat: '从微信聊天中选择文件',
  chosen: '已选择',
  check: '先检查',
  import: '正式导入',
  checkedOk: (n: number) => `检查通过：共 ${n} 户，可以正式导入。`,
  importing: (done: number, total: number) => `正在导入：已导入 ${done}/${total} 户，请稍候（全部导入后才会出现在名册里）…`,
  importLater: '名册还在导入，请稍后回到这里再点一次“正式导入”。',
  imported: (n: number, b: number, h: number) => `已导入 ${n} 户，${b} 栋楼，${h} 位业主。`,
  badLines: (n: number) => `名册中有 ${n} 行需要修改：`,
  line: (n: number) => `第 ${n} 行`,
  readFailed: '没能读取这个文件，请重新选择。',
  noFile: '请先选择文件',
};

// The demo sign-in screen (browser build only, packages/dev).
export const signInText = {
  title: '演示登录：选择身份',
  intro: '这是演示环境。请选择一个身份进入，之后可在“我的”里切换。',
  empty: '没有可用的演示身份。',
  as: (name: string) => `以“${name}”登录`,
  failed: '登录没有成功，请重试。',
};

// The words of people: the subpackage screens' text and what the server says (refusals, notices),
// so the wording can be reviewed in one place. Plain data: imported by the client and the server.

// The role grants screen's words (admin only): kept in its subpackage, not in the main package.
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

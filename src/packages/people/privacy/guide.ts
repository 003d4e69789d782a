// 用户隐私保护指引: what the app collects, why, who sees it, how long it is kept and how to take it
// back. The same text goes into the console's privacy guide (docs/deploy.md, checked by a test),
// so what residents read in the app is what WeChat shows them. Kept in the subpackage with its page.

export interface PrivacyItem {
  what: string;
  why: string;
  who: string;
  kept: string;
  withdraw: string;
}

export const PRIVACY_ITEMS: PrivacyItem[] = [
  {
    what: '姓名和昵称',
    why: '认证业主身份、授予角色、登记委托投票时认出是谁',
    who: '业委会和管理员看到名册姓名;邻居只看到昵称或打码后的姓名(如 王**)',
    kept: '在本小区使用期间保存;注销后删除昵称,名册姓名随业委会名册更新',
    withdraw: '在 我的 → 修改昵称;或联系业委会删除认证',
  },
  {
    what: '手机号后四位',
    why: '认证业主时与业委会名册核对;登记委托投票、授予角色时按后四位查找,区分同名的人',
    who: '只有业委会成员和管理员看到,且只有后四位(其余打码)',
    kept: '认证审核完成后保留在认证记录中,一年后删除',
    withdraw: '联系业委会撤回认证申请',
  },
  {
    what: '房号(楼栋、单元、室)',
    why: '确定投票权、报事地点和通知对象',
    who: '业委会、物业看到;邻居看到报事的楼栋(如 19栋)',
    kept: '在本小区使用期间保存;搬离后由业委会解除',
    withdraw: '联系业委会解除房屋关联',
  },
  {
    what: '照片',
    why: '报事、完工和委托书的凭证',
    who: '能看到该报事或工单的人;每张照片先经微信内容安全审核',
    kept: '随报事、工单保存三年,用于追溯处理过程',
    withdraw: '联系物业或业委会删除自己上传的照片',
  },
  {
    what: '关爱记录(独居老人等的探访和关注)',
    why: '志愿者按约探访、把需要处理的问题转为报事',
    who: '只有结对的志愿者和社区负责人,每次查看都有记录',
    kept: '结对期间保存,结对结束一年后删除',
    withdraw: '被关爱人或家属可联系社区负责人停止结对并删除记录',
  },
];

export const guideText = {
  title: '用户隐私保护指引',
  intro: '共治只收集办理小区事务必需的信息。下面逐项说明收集什么、为什么、谁能看到、保存多久、怎样撤回。',
  why: '用途',
  who: '谁能看到',
  kept: '保存多久',
  withdraw: '怎样撤回',
  entry: '隐私保护指引',
};

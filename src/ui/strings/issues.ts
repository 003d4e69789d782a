// The words of the 议事 tab and of the widgets it shares (photos, stars, overdue marks). The
// report, issue and statistics screens keep theirs in copy/issues.ts:
// this file is in WeChat's main package (the tab page needs it), that one only in the subpackage.
// Plain words a resident understands; no internal codes.
import { PHOTOS_MAX } from '../../domain/issues';

export const photosText = {
  add: '添加照片',
  addMore: (left: number) => `添加照片（还可以加 ${left} 张）`,
  full: (max: number = PHOTOS_MAX) => (max === 1 ? '已经有照片了，如要换一张请先删除' : `已经有 ${max} 张照片了`),
  uploading: '正在上传照片…',
  remove: (n: number) => `删除第 ${n} 张照片`,
  removeShort: '删除',
  photo: (n: number) => `第 ${n} 张照片`,
  view: (n: number, total: number) => `查看照片（第 ${n} 张，共 ${total} 张）`,
  viewer: '照片（轻点或按 Esc 关闭）',
  tooBig: '这张照片太大了，压缩后仍超过 2 MB，请换一张',
  unreadable: '这张照片的格式无法读取，请换一张（支持 JPEG、PNG、WebP）',
  failed: '照片没有上传成功，请重试',
  inReview: '审核中',
  inReviewLabel: '照片审核中，通过后显示',
  hint: (max: number = PHOTOS_MAX) => (max === 1 ? '拍一张清楚的照片，会在手机上自动压缩' : `最多 ${max} 张，会在手机上自动压缩`),
};

export const starsText = {
  label: '评分',
  star: (n: number) => `${n} 星`,
  words: ['', '很不满意', '不满意', '一般', '满意', '非常满意'],
  shown: (n: number) => `${n} 星（满分 5 星）`,
};

export const feedText = {
  title: '议事',
  intro: '小区里的问题大家一起提、一起看、一起评。',
  report: '我要报事',
  stats: '报事统计',
  filters: '筛选和排序',
  show: '展开',
  hide: '收起',
  status: '状态',
  statusOptions: { open: '进行中', finished: '已结束', all: '全部' },
  category: '类别',
  allCategories: '全部类别',
  building: '楼栋',
  allBuildings: '全部楼栋',
  sort: '排序',
  sortOptions: { newest: '最新', seconds: '附议最多', priority: '最该先办' },
  scope: '看谁的',
  scopeAll: '大家的报事',
  mine: '我的报事',
  seconds: (n: number) => `${n} 人附议`,
  comments: (n: number) => `${n} 条评论`,
  /** Instead of a score ("优先级 3 分" meant nothing to residents): how long it has waited. */
  priority: (createdAt: string) => `已等 ${Math.max(0, Math.floor((Date.now() - Date.parse(createdAt)) / 86_400_000))} 天`,
  priorityHint: '最该先办：附议的人越多、等得越久，排得越靠前。',
  private: '仅物业可见',
  more: '加载更多',
  loadingMore: '正在加载…',
  end: '已经到底了',
  emptyMine: '您还没有报过事。遇到问题，点上面的“我要报事”。',
  emptyOpen: '现在没有进行中的报事。',
  emptyFinished: '还没有已结束的报事。',
  emptyAll: '还没有人报事。',
  emptyFiltered: '没有符合条件的报事，换个筛选条件试试。',
  open: (title: string) => `查看报事：${title}`,
  thumb: '现场照片',
};

export const slaText = {
  acceptOverdue: '超过 24 小时未受理',
  actionOverdue: '超过 72 小时未处理',
};

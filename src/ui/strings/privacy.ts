// The in-app agreement view's words (shown before choosing photos, files or scanning). The guide
// itself lives with its page in the people subpackage (packages/people/privacy/guide.ts): every
// character here is in the main package.

export const privacyText = {
  // The in-app agreement view, shown before choosing photos, files or scanning.
  askTitle: '使用前请同意隐私保护指引',
  ask: (what: string) => `${what}需要你先同意《用户隐私保护指引》。我们只用它办理小区事务。`,
  read: '查看指引全文',
  agree: '同意并继续',
  disagree: '不同意',
  refused: '你没有同意隐私保护指引,所以无法使用这项功能。可在 我的 → 隐私保护指引 查看后再试。',
  photos: '选择照片',
  file: '选择文件',
  scan: '扫码',
};

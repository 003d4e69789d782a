// The offline queue's own words. Apart from the staff screens' words (./tasks, which spreads these
// in) because the queue starts at launch in the main package: importing all of ./tasks there put
// every staff screen's text into the package each resident downloads first.
export const offlineText = {
  storageFull: '手机存储空间不够，照片没能保存在手机上。请到有信号的地方再提交。',
  photoLost: '保存在手机上的照片找不到了，请重新拍照后提交。',
  signedOut: '需要重新登录后才能发送',
};

// The words the offline queue (a main-package service) needs, apart from the staff screens' words,
// so the main package does not carry every string of the tasks subpackage.
export const offlineText = {
  storageFull: '手机存储空间不够，照片没能保存在手机上。请到有信号的地方再提交。',
  photoLost: '保存在手机上的照片找不到了，请重新拍照后提交。',
  signedOut: '需要重新登录后才能发送',
};

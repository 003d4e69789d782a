// The notifications area's words shown outside its own screens (entries on 我的).
export const notifyEntries = { outbox: '消息发件箱', group: '本群分享' };

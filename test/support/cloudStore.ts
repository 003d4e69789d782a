// The `cloud` jest project: the action suite again, on the CloudBase emulator (see test/support/harness.ts).
process.env.GONGZHI_STORE = 'emulated';

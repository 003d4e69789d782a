// `npx tsx scripts/upgrade-compounds.ts <database file>`: upgrades a local SQLite database made
// before compounds into a deployment of one compound, in place (the local host also does this at
// its start). Stop the host first and keep a copy of the file. Settings: GONGZHI_COMPOUND_ID,
// GONGZHI_COMPOUND_NAME, GONGZHI_COMPOUND_CITY, GONGZHI_COMPOUND_DISTRICT (docs/deploy.md).
import { collections } from '../server/app/collections';
import { upgradeIfNeeded } from '../server/app/tenancy/helpers/upgradeOnStart';
import { openSqliteStore } from '../server/store/sqlite';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('用法:npx tsx scripts/upgrade-compounds.ts <数据库文件>');
  const store = openSqliteStore({ file, collections });
  const report = await upgradeIfNeeded(store, new Date(), process.env);
  console.log(report ? `升级完成:移动了 ${report.moved} 条记录` : '这个数据库已经是多小区的格式,不用升级');
  await store.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

// Draws the share cards' pictures (500×400, WeChat's 5:4) from HTML in headless Chromium:
// npx tsx scripts/share-images.ts → src/assets/share/{issue,poll,results,activity}.png. The card's own
// title says what is shared; the picture says which part of 共治 it comes from, in big type.
import { launch } from '../test/e2e/browser';

const cards = [
  { name: 'issue', word: '报事', line: '邻里发现的问题，一起盯着办好', mark: '!' },
  { name: 'poll', word: '表决', line: '小区的事，业主投票决定', mark: '✓' },
  { name: 'results', word: '公示', line: '投票结果，人人看得见', mark: '≡' },
  { name: 'activity', word: '志愿', line: '接龙报名，一起出把力', mark: '+' },
];

const html = (c: (typeof cards)[number]) => `<!doctype html><meta charset="utf-8"><body style="margin:0">
<div style="width:500px;height:400px;box-sizing:border-box;padding:44px 40px;background:#1b6b46;color:#fff;font-family:'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:20px">
    <div style="width:96px;height:96px;border-radius:24px;background:#fff;color:#1b6b46;font-size:64px;font-weight:700;display:flex;align-items:center;justify-content:center">${c.mark}</div>
    <div style="font-size:96px;font-weight:700;letter-spacing:8px">${c.word}</div>
  </div>
  <div style="font-size:34px;line-height:1.4">${c.line}</div>
  <div style="font-size:28px;opacity:.9">共治 · 小区大家一起管</div>
</div>`;

async function main() {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 500, height: 400 } });
  for (const c of cards) {
    await page.setContent(html(c));
    await page.screenshot({ path: `src/assets/share/${c.name}.png`, clip: { x: 0, y: 0, width: 500, height: 400 } });
  }
  await browser.close();
  console.log('wrote', cards.length, 'pictures to src/assets/share/');
}

void main();

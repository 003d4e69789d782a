// WeChat's screen reader reads aria-role / aria-label (and aria-checked, aria-disabled), but
// Taro's base templates do not pass them through. This adds them to the <view> and <text>
// templates; src/app.ts adds the same attributes to the runtime's component list, which must
// match or every View attribute's short name shifts. Both read src/components/weappAria.json.
// `onBuildInit` is the hook a mini-program platform calls with itself before it builds.
const attrs = require('../../src/components/weappAria.json');

module.exports = (ctx) => {
  ctx.registerMethod('onBuildInit', (platform) => {
    const template = platform && platform.template;
    if (!template || typeof template.mergeComponents !== 'function') return;
    template.mergeComponents(ctx, JSON.parse(JSON.stringify(attrs)));
  });
};

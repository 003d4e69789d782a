// A webpack plugin for the H5 build: when a compilation finishes without errors, writes
// build-stamp.json into the output holding when that compilation *started*. scripts/fresh-h5.mjs
// compares it with the sources' newest change, so a file saved mid-build still counts as newer.
// (Not used for weapp: every byte there counts against the main package.)
const { writeFileSync } = require('node:fs');
const path = require('node:path');

module.exports = class BuildStamp {
  apply(compiler) {
    let startedAt = Date.now();
    const start = () => void (startedAt = Date.now());
    compiler.hooks.run.tap('BuildStamp', start);
    compiler.hooks.watchRun.tap('BuildStamp', start);
    compiler.hooks.done.tap('BuildStamp', (stats) => {
      if (stats.hasErrors()) return;
      const file = path.join(compiler.options.output.path, 'build-stamp.json');
      writeFileSync(file, `${JSON.stringify({ startedAt, startedIso: new Date(startedAt).toISOString() })}\n`);
    });
  }
};

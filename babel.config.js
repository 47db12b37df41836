// babel-preset-taro is what `taro init` would generate for a React + TypeScript project.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};

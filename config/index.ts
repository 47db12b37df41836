import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { buildConstants } from './constants';

/**
 * One Taro config for both targets. The H5 build is the app on the local cloud (demo, dev, tests);
 * the weapp build is the real mini-program and must carry no demo code: `LOCAL_CLOUD` is a literal
 * `false` there, so every `if (LOCAL_CLOUD)` branch is removed by the minifier.
 */
export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const taroEnv = process.env.TARO_ENV ?? 'weapp';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'vetgrid',
    date: '2025-11-29',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: taroEnv === 'h5' ? 'dist/h5' : 'dist/weapp',
    framework: 'react',
    compiler: 'webpack5',
    plugins: [],
    defineConstants: buildConstants(taroEnv),
    alias: {
      '@types-contract': path.resolve(__dirname, '..', 'types'),
    },
    // H5: the browser asks for /favicon.ico on its own; the weapp has no use for it.
    copy: {
      patterns: taroEnv === 'h5' ? [{ from: 'src/assets/favicon.ico', to: 'dist/h5/favicon.ico' }] : [],
      options: {},
    },
    cache: { enable: false },
    mini: {
      // px are device px everywhere: the large-text mode promises real sizes (20px text, 48px targets).
      postcss: {
        pxtransform: { enable: false, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      compile: { include: [path.resolve(__dirname, '..', 'types')] },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      compile: { include: [path.resolve(__dirname, '..', 'types')] },
      devServer: {
        port: Number(process.env.VETGRID_H5_DEV_PORT ?? 10086),
        // `npm run dev:h5` talks to a running local cloud (default http://127.0.0.1:8787), which must allow
        // this page's origin: `VETGRID_DEV_ORIGINS=http://localhost:10086 npm run localcloud -- --port 8787`.
        proxy: [
          {
            context: ['/gateway', '/demo'],
            target: process.env.VETGRID_LOCAL_CLOUD_URL ?? 'http://127.0.0.1:8787',
            changeOrigin: true,
          },
        ],
      },
    },
  };
  if (mode === 'development' || process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});

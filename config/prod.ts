import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: {
    // Keep the H5 bundle lean; the local cloud serves it with an SPA fallback at '/'.
    enableExtract: true,
  },
} satisfies UserConfigExport<'webpack5'>;

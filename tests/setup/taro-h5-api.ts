// `@tarojs/taro` for component tests. The H5 build rewrites `Taro.someApi` into named imports of
// @tarojs/taro-h5 (babel-plugin-transform-taroapi); without that step the default export lacks the APIs,
// so this module puts them back on it.
import * as h5 from '@tarojs/taro-h5';

const api = h5 as unknown as Record<string, unknown> & { default: Record<string, unknown> };
const { default: core, ...named } = api;
const Taro: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, core, named);

export * from '@tarojs/taro-h5';
export default Taro;

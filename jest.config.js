// Jest projects. `npm test` (scripts/test.ts) builds functions, weapp and H5 first, then runs them all.
//   node       unit and integration tests (tests/**/*.test.ts outside the folders below)
//   component  Taro React components in jsdom, with the H5 variants of platform files (*.h5.tsx)
//   weapp      miniprogram-simulate smoke tests of the BUILT weapp bundle (needs `npm run build:weapp`)
//   e2e        Chromium through playwright-core against the H5 build and the local cloud

const swc = (parser) => [
  '@swc/jest',
  {
    jsc: { parser, transform: { react: { runtime: 'automatic' } }, target: 'es2020' },
    module: { type: 'commonjs' },
  },
];
const ts = swc({ syntax: 'typescript', tsx: false, decorators: true });
const tsx = swc({ syntax: 'typescript', tsx: true, decorators: true });
const js = swc({ syntax: 'ecmascript', jsx: true });
const nodeTransform = { '^.+\\.ts$': ts, '^.+\\.tsx$': tsx, '^.+\\.(js|jsx|mjs|cjs)$': js };

// Generated trees hold package.json files that would collide in Jest's module map.
const ignoredTrees = ['<rootDir>/.localcloud/', '<rootDir>/dist/'];

const contractAlias = { '^@types-contract/(.*)$': '<rootDir>/types/$1' };

// Taro's packages (and a few of their dependencies) ship ES modules: Jest must transform them.
const esmPackages = [
  '@tarojs',
  '@stencil',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'nanoid',
  'lodash-es',
  'swiper',
  'ssr-window',
  'dom7',
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  // On a 2-core machine Jest would run every file in its own process (in band), where what each file leaves
  // behind adds up: the 2026-12-04 fresh clone died at an 8 GB heap in the 156th file, and the next CI run
  // slowed until a first test passed Jest's 5 s default. A memory limit makes Jest use a worker (still one
  // at a time) and start a fresh one once a finished file leaves it above the limit.
  workerIdleMemoryLimit: '1GB',
  // The stacks cold-start real function bundles and Chromium: under CI load a first test can take seconds.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'node',
      rootDir: __dirname,
      modulePathIgnorePatterns: ignoredTrees,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/(component|e2e|weapp)/'],
      transform: nodeTransform,
      moduleNameMapper: contractAlias,
    },
    {
      displayName: 'component',
      rootDir: __dirname,
      modulePathIgnorePatterns: ignoredTrees,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/component/**/*.test.tsx'],
      // H5 first: `./transport` resolves to transport.h5.ts, as Taro's H5 build does.
      moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'jsx', 'mjs', 'cjs', 'json'],
      setupFiles: ['<rootDir>/tests/setup/taro-globals.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/component-after-env.ts'],
      transform: nodeTransform,
      transformIgnorePatterns: [`^(?!.*/node_modules/(${esmPackages.join('|')})/).*/node_modules/`],
      moduleNameMapper: {
        ...contractAlias,
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/tests/setup/taro-h5-api.ts',
        '\\.(css|less|scss)$': '<rootDir>/tests/setup/style-stub.js',
      },
    },
    {
      displayName: 'weapp',
      rootDir: __dirname,
      modulePathIgnorePatterns: ignoredTrees,
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
      transform: nodeTransform,
      moduleNameMapper: contractAlias,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      modulePathIgnorePatterns: ignoredTrees,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      transform: nodeTransform,
      moduleNameMapper: contractAlias,
    },
  ],
};

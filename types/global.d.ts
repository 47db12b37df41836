/// <reference types="@tarojs/taro" />
// Ambient declarations for the Taro app (src/). Build-time constants come from config/constants.ts.

/** True only in the H5 build, which runs against the project's local cloud. Literal `false` in weapp. */
declare const LOCAL_CLOUD: boolean;
/** WeChat Cloud environment id used by the weapp build (VETGRID_CLOUD_ENV at build time). */
declare const CLOUD_ENV: string;

declare module '*.css';
declare module '*.png';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'quickapp' | 'qq' | 'jd';
  }
}

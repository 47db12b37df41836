import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { startPlatform } from './app-shell/platform-start';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    startPlatform();
  });
  return children;
}

export default App;

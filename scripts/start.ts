/**
 * `npm start [-- --port 3000] [--tiny]`: the app on the local cloud with the demo district, until Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { startApp } from './app';
import { DEMO_UNREGISTERED_VETERAN } from '../seed/district/xiangzhou-demo';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      tiny: { type: 'boolean', default: false },
    },
  });
  const started = Date.now();
  const app = await startApp({ port: Number(values.port), seedSize: values.tiny ? 'tiny' : 'full' });
  const v = DEMO_UNREGISTERED_VETERAN;
  console.log(`\n网格+退役军人 本地演示已启动（${((Date.now() - started) / 1000).toFixed(1)} s）`);
  console.log(`  应用:        ${app.url}/`);
  console.log(`  演示身份:    ${app.url}/features/demo/pages/signin`);
  console.log(`  本地云检查器: ${app.url}/_inspector`);
  console.log(`  试试注册（尚未登记的演示退役军人）: 姓名 ${v.name}  身份证号 ${v.idNumber}  手机号 ${v.phone}`);
  console.log('按 Ctrl-C 停止。');
  const stop = async () => {
    console.log('\n正在停止…');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * `npm run localcloud -- [--port P] [--host H] [--memory] [--data DIR] [--functions DIR] [--static DIR] [--no-triggers]
 *   [--allow-origin http://localhost:10086 ...]
 *   [--latency db=30ms,openapi=150ms]`
 * Starts the local cloud alone and prints `serviceUrl: <url>` for `cloud.init({ serviceUrl, secretId, secretKey })`.
 * `--allow-origin` (repeatable; default VETGRID_DEV_ORIGINS, comma-separated) lets a dev server's page call
 * the gateway and inspector; every other page is refused.
 */
import { parseArgs } from 'node:util';
import { startLocalCloud } from './index';
import { parseLatency } from './server/latency';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3900' },
      host: { type: 'string', default: '127.0.0.1' },
      memory: { type: 'boolean', default: false },
      data: { type: 'string' },
      functions: { type: 'string' },
      static: { type: 'string' },
      'no-triggers': { type: 'boolean', default: false },
      'allow-origin': { type: 'string', multiple: true },
      latency: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port 不是合法端口: ${values.port}`);
  const cloud = await startLocalCloud({
    port,
    host: values.host,
    memory: values.memory,
    dataDir: values.data,
    functionsDir: values.functions,
    staticDir: values.static,
    enableTriggers: !values['no-triggers'],
    allowedOrigins: values['allow-origin'],
    latency: values.latency ? parseLatency(values.latency) : undefined,
  });
  console.log(`localcloud: ${cloud.url}`);
  console.log(`serviceUrl: ${cloud.serviceUrl}`);
  console.log(`inspector: ${cloud.url}/_inspector`);
  console.log(`gateway: POST ${cloud.url}/gateway/call`);
  if (values.latency) console.log(`latency: ${values.latency}`);
  const stop = () => {
    cloud.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`[localcloud] 启动失败: ${(err as Error).message}`);
  process.exit(1);
});

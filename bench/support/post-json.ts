import http from 'node:http';

/**
 * POSTs JSON and reads the JSON answer over kept-alive connections: the benchmark's callers run on the same
 * cores as the local cloud they measure, and Node's http client costs them about half the CPU of fetch.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface JsonAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export function postJson(url: string, headers: Record<string, string>, data: unknown): Promise<JsonAnswer> {
  const payload = Buffer.from(JSON.stringify(data));
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

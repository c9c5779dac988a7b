/**
 * @module
 * Cold-start cost of a bundle: in a fresh `node` process (nothing cached),
 * the time from before `import()` of the bundle until its handler has
 * answered one synthetic API Gateway HTTP API (v2) event. Node's own boot is
 * the same for every bundle and is left out. The child gets only the
 * environment it is given, so a bundle cannot see the bench's settings.
 */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** Without the `?`, e.g. `fy=2026`. */
  query?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A minimal API Gateway v2 event, as `hono/aws-lambda` reads it. */
export const apiGatewayEvent = ({ method, path, query = '', headers = {}, body }: ApiRequest) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: query,
  headers: { host: 'api.example.jp', ...headers },
  requestContext: {
    accountId: '000000000000',
    apiId: 'bench',
    domainName: 'api.example.jp',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'bench' },
    requestId: 'bench',
    routeKey: '$default',
    stage: '$default',
    time: '01/Jan/2026:00:00:00 +0000',
    timeEpoch: 0,
  },
  ...(body === undefined ? {} : { body }),
  isBase64Encoded: false,
});

// Runs in the child: import, answer once, print the elapsed ms and the status.
const CHILD = `
const t0 = performance.now();
const { handler } = await import(process.argv[1]);
const res = await handler(JSON.parse(process.argv[2]), { awsRequestId: 'bench', getRemainingTimeInMillis: () => 10000 });
console.log(JSON.stringify({ ms: performance.now() - t0, status: res.statusCode }));
`;

export interface StartSample {
  ms: number;
  status: number;
}

export const timeColdStart = (file: string, event: object, env: Record<string, string>): Promise<StartSample> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', CHILD, pathToFileURL(file).href, JSON.stringify(event)],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`Cold start of ${file} failed: ${stderr || error.message}`, { cause: error }));
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as StartSample);
      },
    );
  });

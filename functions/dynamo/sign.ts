/**
 * @module
 * AWS Signature Version 4 for the one request shape this service sends to
 * DynamoDB: `POST /`, no query string, a JSON body. General signers (aws4,
 * @smithy/signature-v4) cover every service's corner cases and cost 10–15 KB
 * and their loading time in each Lambda bundle; this is the algorithm from
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 * for that shape only, and sign.test.ts checks it byte for byte against the
 * AWS SDK's own signer.
 */
import { createHash, createHmac } from 'node:crypto';

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface PostToSign {
  /** `host[:port]`, as it will be sent in the Host header. */
  host: string;
  region: string;
  service: string;
  /** Extra headers to send and sign, e.g. Content-Type and X-Amz-Target. */
  headers: Record<string, string>;
  body: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** `20261127T130500Z` from a date. */
export const amzDate = (at: Date) => at.toISOString().replace(/[-:]|\.\d{3}/g, '');

// The signing key changes once a day per secret; deriving it is four HMACs, so keep the last one.
let cachedKey: { id: string; key: Buffer } | undefined;
const signingKey = (secret: string, day: string, region: string, service: string): Buffer => {
  const id = `${secret}\u0000${day}\u0000${region}\u0000${service}`;
  if (cachedKey?.id !== id) cachedKey = { id, key: hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request') };
  return cachedKey.key;
};

/** The headers to send: the request's own plus Host, X-Amz-Date, the session token if any, and Authorization. */
export const signPost = (request: PostToSign, credentials: SigningCredentials, at: Date = new Date()): Record<string, string> => {
  const date = amzDate(at);
  const day = date.slice(0, 8);
  const headers: Record<string, string> = {
    ...request.headers,
    host: request.host,
    'x-amz-date': date,
    ...(credentials.sessionToken ? { 'x-amz-security-token': credentials.sessionToken } : {}),
  };
  const canonical = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const signedHeaders = canonical.map(([name]) => name).join(';');
  const canonicalRequest = ['POST', '/', '', ...canonical.map(([name, value]) => `${name}:${value}`), '', signedHeaders, sha256Hex(request.body)].join('\n');
  const scope = `${day}/${request.region}/${request.service}/aws4_request`;
  const stringToSign = [ALGORITHM, date, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac('sha256', signingKey(credentials.secretAccessKey, day, request.region, request.service)).update(stringToSign, 'utf8').digest('hex');
  return {
    ...headers,
    authorization: `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
};

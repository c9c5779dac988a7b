import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { amzDate, signPost } from './sign';

const toBytes = (data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array =>
  typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** The hash constructor shape @smithy/signature-v4 expects, over node:crypto. */
class NodeSha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.hash.update(toBytes(data));
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

const sdkAuthorization = async (host: string, port: number | undefined, body: string, target: string, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, at: Date) => {
  // applyChecksum off: an x-amz-content-sha256 header is S3's requirement; DynamoDB signs the body hash inside the signature either way.
  const signer = new SignatureV4({ credentials, region: 'ap-northeast-1', service: 'dynamodb', sha256: NodeSha256, applyChecksum: false });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: host,
      ...(port ? { port } : {}),
      path: '/',
      query: {},
      headers: { host: port ? `${host}:${port}` : host, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target },
      body,
    },
    { signingDate: at },
  );
  return signed.headers;
};

const AT = new Date('2026-11-27T13:05:09.123Z');
const BODY = JSON.stringify({ TableName: 'kokoro-counters', Item: { pk: { S: 'EV#matsudo#あ' }, sk: { S: 'x' } }, ConditionExpression: 'attribute_not_exists(pk)' });

describe('signPost (SigV4 for DynamoDB POST /)', () => {
  it('formats the date as SigV4 wants it', () => {
    expect(amzDate(AT)).toBe('20261127T130509Z');
  });

  it.each([
    ['permanent keys, public endpoint', 'dynamodb.ap-northeast-1.amazonaws.com', undefined, { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }],
    ['a Lambda role with a session token', 'dynamodb.ap-northeast-1.amazonaws.com', undefined, { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret/with+chars', sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//token==' }],
    ['a local server on a port', '127.0.0.1', 8000, { accessKeyId: 'local', secretAccessKey: 'local' }],
  ])('matches the AWS SDK signer byte for byte: %s', async (_, host, port, credentials) => {
    const target = 'DynamoDB_20120810.PutItem';
    const ours = signPost(
      { host: port ? `${host}:${port}` : host, region: 'ap-northeast-1', service: 'dynamodb', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target }, body: BODY },
      credentials,
      AT,
    );
    const sdk = await sdkAuthorization(host, port, BODY, target, credentials, AT);
    expect(ours.authorization).toBe(sdk.authorization);
    expect(ours['x-amz-date']).toBe(sdk['x-amz-date']);
    expect(ours['x-amz-security-token']).toBe(sdk['x-amz-security-token']);
  });

  it('changes the signature when the body, the target, the day or the secret changes', () => {
    const sign = (body: string, target: string, at: Date, secret: string) =>
      signPost({ host: 'h', region: 'ap-northeast-1', service: 'dynamodb', headers: { 'x-amz-target': target }, body }, { accessKeyId: 'a', secretAccessKey: secret }, at).authorization;
    const base = sign('{}', 'T.PutItem', AT, 's');
    expect(new Set([base, sign('{ }', 'T.PutItem', AT, 's'), sign('{}', 'T.UpdateItem', AT, 's'), sign('{}', 'T.PutItem', new Date('2026-11-28T00:00:00Z'), 's'), sign('{}', 'T.PutItem', AT, 't')]).size).toBe(5);
    // The cached signing key must follow the secret back and forth.
    expect(sign('{}', 'T.PutItem', AT, 's')).toBe(base);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, dynamoOptionsFromEnv, siteOriginFromEnv } from './env';

const LAMBDA = { AWS_REGION: 'ap-northeast-1', AWS_ACCESS_KEY_ID: 'ASIAX', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'token' };

describe('dynamoOptionsFromEnv', () => {
  it('reads what the Lambda runtime sets, with the public endpoint by default', () => {
    const options = dynamoOptionsFromEnv(LAMBDA);
    expect(options).toMatchObject({ region: 'ap-northeast-1' });
    expect('endpoint' in options).toBe(false);
    expect(options.credentials()).toEqual({ accessKeyId: 'ASIAX', secretAccessKey: 'secret', sessionToken: 'token' });
  });

  it('takes the SDK’s endpoint variables, the DynamoDB one first', () => {
    expect(dynamoOptionsFromEnv({ ...LAMBDA, AWS_ENDPOINT_URL: 'http://all:1' })).toMatchObject({ endpoint: 'http://all:1' });
    expect(dynamoOptionsFromEnv({ ...LAMBDA, AWS_ENDPOINT_URL: 'http://all:1', AWS_ENDPOINT_URL_DYNAMODB: 'http://ddb:2' })).toMatchObject({ endpoint: 'http://ddb:2' });
  });

  it('leaves the session token out when there is none, and reads keys on each call', () => {
    const env: Record<string, string | undefined> = { ...LAMBDA, AWS_SESSION_TOKEN: undefined };
    const options = dynamoOptionsFromEnv(env);
    expect(options.credentials()).toEqual({ accessKeyId: 'ASIAX', secretAccessKey: 'secret' });
    env.AWS_ACCESS_KEY_ID = 'ASIAY';
    expect(options.credentials().accessKeyId).toBe('ASIAY');
  });

  it('fails loudly without a region or keys', () => {
    expect(() => dynamoOptionsFromEnv({ ...LAMBDA, AWS_REGION: undefined })).toThrow(new ConfigError('Environment variable AWS_REGION is required'));
    expect(() => dynamoOptionsFromEnv({ ...LAMBDA, AWS_SECRET_ACCESS_KEY: '' }).credentials()).toThrow(ConfigError);
  });
});

describe('siteOriginFromEnv', () => {
  it('takes an origin and refuses a path, a trailing slash, no value or no URL', () => {
    expect(siteOriginFromEnv({ SITE_ORIGIN: 'https://kokoro.example.jp' })).toBe('https://kokoro.example.jp');
    for (const bad of ['https://kokoro.example.jp/', 'https://kokoro.example.jp/t/', 'kokoro.example.jp', '']) {
      expect(() => siteOriginFromEnv({ SITE_ORIGIN: bad }), bad).toThrow(ConfigError);
    }
  });
});

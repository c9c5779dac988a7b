import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { staffConfigFromEnv } from '../staff/config';

describe('staff Lambda entry', () => {
  it('bundles without the development issuer', async () => {
    const result = await build({
      entryPoints: ['functions/lambda/staff.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      external: ['@aws-sdk/*'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('functions/staff/app.ts');
    expect(inputs.filter((path) => path.includes('dev-issuer'))).toEqual([]);
  });

  it('reads every setting and names the missing one', () => {
    const env = {
      TABLE_NAME: 't',
      STAFF_JWT_ISSUER: 'https://cognito-idp.ap-northeast-1.amazonaws.com/pool',
      STAFF_JWT_AUDIENCE: 'client',
      STAFF_JWKS_URL: 'https://cognito-idp.ap-northeast-1.amazonaws.com/pool/.well-known/jwks.json',
      SITE_ORIGIN: 'https://kokoro.example.jp',
      QR_FONT_FILES: '/opt/fonts/a.otf:/opt/fonts/b.otf',
    };
    expect(staffConfigFromEnv(env)).toMatchObject({ tableName: 't', audience: 'client', qrFontFiles: ['/opt/fonts/a.otf', '/opt/fonts/b.otf'] });
    expect(() => staffConfigFromEnv({ ...env, STAFF_JWKS_URL: '' })).toThrow('Environment variable STAFF_JWKS_URL is required');
    expect(() => staffConfigFromEnv({ ...env, SITE_ORIGIN: 'not a url' })).toThrow();
  });
});

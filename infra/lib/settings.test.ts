/**
 * @module
 * The context settings gate: a deployment without a stage, or with a setting
 * that CloudFront or Cognito would only reject minutes into a deploy, must fail
 * at synth with a message naming the setting.
 */
import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from './settings';

const from = (context: Record<string, unknown>) => (key: string) => context[key];

describe('readSettings', () => {
  it('fails with a clear message when the stage is missing', () => {
    expect(() => readSettings(from({}))).toThrow(SettingsError);
    expect(() => readSettings(from({}))).toThrow('Context setting "stage" is required: pass -c stage=dev or -c stage=prod');
  });

  it('refuses an unknown stage and names the value', () => {
    expect(() => readSettings(from({ stage: 'production' }))).toThrow('must be dev or prod, got "production"');
  });

  it('accepts dev with defaults for the throttling limits', () => {
    expect(readSettings(from({ stage: 'dev' }))).toEqual({
      stage: 'dev',
      eventsRateLimit: 50,
      eventsBurstLimit: 100,
      allowUnverified: [],
      allowStale: [],
      edgeWaf: false,
      clientEventsPer5Min: 600,
      tenantEventsPer5Min: 3000,
    });
  });

  it('coerces command-line strings and keeps optional settings', () => {
    const settings = readSettings(
      from({ stage: 'prod', alarmEmail: 'ops@example.jp', eventsRateLimit: '20', eventsBurstLimit: '40', region: 'ap-northeast-1' }),
    );
    expect(settings).toMatchObject({ stage: 'prod', alarmEmail: 'ops@example.jp', eventsRateLimit: 20, eventsBurstLimit: 40 });
  });

  it('refuses a bad email and a non-positive limit, listing both', () => {
    const attempt = () => readSettings(from({ stage: 'dev', alarmEmail: 'not-an-address', eventsRateLimit: '0' }));
    expect(attempt).toThrow('"alarmEmail" must be an email address');
    expect(attempt).toThrow('"eventsRateLimit" must be a whole number above 0');
  });

  it('requires a domain and its us-east-1 certificate together', () => {
    expect(() => readSettings(from({ stage: 'prod', domainName: 'kokoro.example.jp' }))).toThrow('pass both or neither');
    expect(() =>
      readSettings(
        from({
          stage: 'prod',
          domainName: 'kokoro.example.jp',
          certificateArn: 'arn:aws:acm:ap-northeast-1:123456789012:certificate/0a1b2c3d-0000-1111-2222-333344445555',
        }),
      ),
    ).toThrow('in us-east-1');
  });

  it('reads tenant lists from the command line or from cdk.json', () => {
    expect(readSettings(from({ stage: 'prod', tenants: 'matsudo, kashiwa' })).tenants).toEqual(['matsudo', 'kashiwa']);
    expect(readSettings(from({ stage: 'prod', allowUnverified: ['matsudo-kenko'] })).allowUnverified).toEqual(['matsudo-kenko']);
    expect(readSettings(from({ stage: 'prod', allowStale: 'yorisoi-hotline,tell-jp' })).allowStale).toEqual(['yorisoi-hotline', 'tell-jp']);
    expect(() => readSettings(from({ stage: 'prod', tenants: 'Matsudo' }))).toThrow('"tenants" must list lower-case ids');
  });

  it('turns the edge limits on in prod and off in dev unless told otherwise', () => {
    expect(readSettings(from({ stage: 'prod' })).edgeWaf).toBe(true);
    expect(readSettings(from({ stage: 'prod', edgeWaf: 'false' })).edgeWaf).toBe(false);
    expect(readSettings(from({ stage: 'dev', edgeWaf: true })).edgeWaf).toBe(true);
    expect(() => readSettings(from({ stage: 'prod', edgeWaf: 'yes' }))).toThrow('"edgeWaf" must be true or false');
  });

  it('keeps one municipality from taking more than half of the shared route throttle', () => {
    // 50 requests/s × 300 s ÷ 2 = 7,500 per 5 minutes at most.
    expect(readSettings(from({ stage: 'prod', tenantEventsPer5Min: '7500' })).tenantEventsPer5Min).toBe(7500);
    expect(() => readSettings(from({ stage: 'prod', tenantEventsPer5Min: '7501' }))).toThrow('at most half of what "eventsRateLimit" lets through');
    expect(() => readSettings(from({ stage: 'prod', clientEventsPer5Min: '5' }))).toThrow('at least 10');
    expect(() => readSettings(from({ stage: 'prod', clientEventsPer5Min: '4000' }))).toThrow('may not be above "tenantEventsPer5Min"');
  });

  it('treats an empty string like an absent optional setting', () => {
    expect(readSettings(from({ stage: 'dev', alarmEmail: '' })).alarmEmail).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { loopbackTarget, TargetRefusedError } from './loopback';

describe('loopbackTarget', () => {
  it('accepts only this machine over http', () => {
    for (const ok of ['http://localhost:8787', 'http://127.0.0.1:8787/', 'http://127.1.2.3:1', 'http://[::1]:8787']) expect(loopbackTarget(ok).origin).toBe(new URL(ok).origin);
  });

  it.each([
    'https://localhost:8787', 'http://kokoro.example.jp', 'http://192.168.1.10:8787', 'http://10.0.0.1', 'http://0.0.0.0:8787',
    'http://127.0.0.1.nip.io', 'http://localhost.example.com', 'http://128.0.0.1', 'http://[::ffff:7f00:1]', 'http://u:p@localhost:8787', 'not a url',
  ])('refuses %s', (target) => {
    expect(() => loopbackTarget(target)).toThrow(TargetRefusedError);
  });
});

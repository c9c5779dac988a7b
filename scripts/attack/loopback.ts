/**
 * @module
 * The attack script's safety catch: it only ever sends to this machine.
 * A target is accepted when its host is `localhost`, an IPv4 loopback
 * address (127.0.0.0/8) or `[::1]`, over plain http; anything else — a
 * public host, a private LAN address, a name that merely resolves to
 * loopback — is refused before a single request is sent.
 */
export class TargetRefusedError extends Error {
  override name = 'TargetRefusedError';
}

const IPV4_LOOPBACK = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

export const loopbackTarget = (raw: string): URL => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefusedError(`Not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:') throw new TargetRefusedError(`Only plain http on this machine is allowed, got ${url.protocol}`);
  const host = url.hostname;
  if (host !== 'localhost' && host !== '[::1]' && !IPV4_LOOPBACK.test(host)) {
    throw new TargetRefusedError(`Refusing ${host}: this script only attacks a server on this machine (localhost, 127.x.x.x, [::1]).`);
  }
  if (url.username || url.password) throw new TargetRefusedError('A target with credentials is refused.');
  return url;
};

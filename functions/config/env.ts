/**
 * @module
 * The only place settings are read from the environment. Entry files call
 * these readers and hand plain values to the core, so every setting the
 * service has can be seen here, and a missing one fails loudly at start.
 */

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export const requireEnv = (name: string, env: Env = process.env): string => {
  const value = env[name];
  if (value === undefined || value === '') throw new ConfigError(`Environment variable ${name} is required`);
  return value;
};

export const optionalEnv = (name: string, fallback: string, env: Env = process.env): string => {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
};

export const portEnv = (name: string, fallback: number, env: Env = process.env): number => {
  const raw = optionalEnv(name, String(fallback), env);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`Environment variable ${name} must be a port number, got "${raw}"`);
  return port;
};

/** Table name for the counter store (Lambda). */
export const tableNameFromEnv = (env: Env = process.env) => requireEnv('TABLE_NAME', env);

/** `true` or `false`, nothing else: a typo in a safety switch must stop the function, not pick a side. */
export const booleanEnv = (name: string, env: Env = process.env): boolean => {
  const raw = requireEnv(name, env);
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`Environment variable ${name} must be true or false, got "${raw}"`);
  return raw === 'true';
};

/** Whether test-only tenants (e.g. sample-town) are served; the CDK stack sets `false` in production. */
export const serveTestTenantsFromEnv = (env: Env = process.env) => booleanEnv('SERVE_TEST_TENANTS', env);

/**
 * Where and as whom to reach DynamoDB, from the variables the Lambda runtime
 * sets (AWS_REGION and the execution role's keys) and the SDK's standard
 * endpoint override (AWS_ENDPOINT_URL_DYNAMODB), which the bench uses to
 * point a bundle at a local server. Credentials are read on each call.
 */
export const dynamoOptionsFromEnv = (env: Env = process.env) => {
  const endpoint = env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL;
  return {
    region: requireEnv('AWS_REGION', env),
    ...(endpoint ? { endpoint } : {}),
    credentials: () => {
      const sessionToken = env.AWS_SESSION_TOKEN;
      return {
        accessKeyId: requireEnv('AWS_ACCESS_KEY_ID', env),
        secretAccessKey: requireEnv('AWS_SECRET_ACCESS_KEY', env),
        ...(sessionToken ? { sessionToken } : {}),
      };
    },
  };
};

/** The site's own origin (`https://host`, no path): the resident API counts browser requests from it only. */
export const siteOriginFromEnv = (env: Env = process.env): string => {
  const raw = requireEnv('SITE_ORIGIN', env);
  let origin: string;
  try {
    origin = new URL(raw).origin;
  } catch {
    throw new ConfigError(`Environment variable SITE_ORIGIN must be an origin such as https://kokoro.example.jp, got "${raw}"`);
  }
  if (origin !== raw) throw new ConfigError(`Environment variable SITE_ORIGIN must be an origin such as https://kokoro.example.jp (no path or trailing slash), got "${raw}"`);
  return origin;
};

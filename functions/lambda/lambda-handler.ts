/**
 * @module
 * hono's Lambda adapter with one hole closed: API Gateway marks a body
 * `isBase64Encoded`, and the adapter decodes it with `atob` before the app
 * sees the request, so a body that is no base64 throws outside the app and
 * comes back as a plain-text 500. Here such an event is answered by the same
 * headers and JSON refusal as any other bad input: a 400, nothing counted.
 */
import { Hono } from 'hono/tiny';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { jsonErrorHandler, refuse, securityHeaders } from '../http';

const decodable = (body: string): boolean => {
  try {
    atob(body);
    return true;
  } catch {
    return false;
  }
};

const badBody = new Hono();
badBody.use(securityHeaders());
badBody.use(async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
});
badBody.all('*', () => refuse(400, { error: 'invalid_body', message: 'The body is marked base64 but is not base64.' }));
badBody.onError(jsonErrorHandler);

export const lambdaHandler = (app: Parameters<typeof handle>[0]) => {
  const serve = handle(app);
  const refuseBody = handle(badBody);
  return <L extends LambdaEvent>(event: L, context?: LambdaContext) => {
    if (event.isBase64Encoded && typeof event.body === 'string' && !decodable(event.body)) {
      return refuseBody({ ...event, body: null, isBase64Encoded: false }, context);
    }
    return serve(event, context);
  };
};

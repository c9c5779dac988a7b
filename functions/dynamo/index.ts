/**
 * @module
 * The seven DynamoDB calls the service makes, behind one small interface, so the
 * Lambda functions can talk to DynamoDB over its plain JSON protocol (http.ts:
 * a signed HTTPS request, ≈ 10 KB and a few milliseconds to load) while the
 * local tools, seeding and tests may use the AWS SDK (sdk.ts). The SDK's own
 * client costs ≈ 130 ms to import on every cold start — three times a
 * hello-world function — which issue 5's start-up budget does not allow.
 * Inputs and outputs are the SDK's own types, so both sides stay in step.
 */
export * from './operations';
export { createHttpDynamo, DynamoError, type DynamoCredentials, type HttpDynamo, type HttpDynamoOptions } from './http';

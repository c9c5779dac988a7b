/**
 * @module
 * One way to build a Lambda function from a Hono entry file, so the public and
 * staff functions cannot drift apart: arm64 (cheaper per ms), Node.js 24 (the
 * current LTS that Lambda offers), a minified ESM bundle without source maps
 * (smaller cold start), the AWS SDK bundled and tree-shaken rather than taken
 * from the runtime (a pinned, tested version), and a log group with a short
 * retention because logs are kept for fixing faults, not for history.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;
export const LOG_RETENTION = RetentionDays.ONE_MONTH;

export interface AppFunctionProps {
  /** Absolute path of the entry file exporting `handler`. */
  entry: string;
  /** Folder holding package-lock.json (the repository root). */
  projectRoot: string;
  environment: Record<string, string>;
  timeout: Duration;
  memorySize?: number;
  description: string;
}

export class AppFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });
    // Its own role, allowed to write only its own log group: the managed basic-execution policy allows any.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(role);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      handler: 'handler',
      role,
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout,
      environment: props.environment,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        minify: true,
        sourceMap: false,
        // Some bundled CommonJS (parts of the AWS SDK) still calls require(); ESM has none without this shim.
        banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
        mainFields: ['module', 'main'],
        externalModules: [],
        esbuildArgs: { '--legal-comments': 'none' },
      },
    });
  }
}

/**
 * @module
 * One way to build a Lambda function from a Hono entry file, so the public and
 * staff functions cannot drift apart: arm64 (cheaper per ms), Node.js 24 (the
 * current LTS that Lambda offers), a minified ESM bundle without source maps
 * (smaller cold start), no AWS SDK (the functions reach DynamoDB through
 * functions/dynamo/http.ts; the SDK stays external only as a guard, so an
 * accidental import is not bundled — test/infra/bundle.test.ts refuses it;
 * sizes in test-results/bundle-sizes.json, issue 5 budgets 150 KB), and a log group
 * with a short retention because logs are kept for fixing faults, not for
 * history. Files a function reads at run time (a WebAssembly module, a font)
 * are copied beside the bundle after esbuild, from the installed packages,
 * so the synth stays offline.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Provided by the Lambda Node.js runtime; never bundled (and never imported by our functions: see functions/dynamo). */
export const RUNTIME_PROVIDED_MODULES = ['@aws-sdk/*', '@smithy/*'];
/** Where the bundle lands in the running function (LAMBDA_TASK_ROOT). */
export const TASK_ROOT = '/var/task';

/** A file from the repository (e.g. under node_modules) placed at `to` inside the function's package. */
export interface BundledFile {
  from: string;
  to: string;
}

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
  /** Extra files for the function package, relative to the project root and to the package root. */
  files?: readonly BundledFile[];
  /** Packages left out of the bundle besides the runtime's own; ship them with `files`. */
  externalModules?: readonly string[];
}

const quote = (path: string) => `'${path.replace(/'/g, "'\\''")}'`;
const copyCommands = (files: readonly BundledFile[], inputDir: string, outputDir: string): string[] =>
  files.flatMap(({ from, to }) => {
    const target = `${outputDir}/${to}`;
    return [`mkdir -p ${quote(target.slice(0, target.lastIndexOf('/')))}`, `cp ${quote(`${inputDir}/${from}`)} ${quote(target)}`];
  });

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
        externalModules: [...RUNTIME_PROVIDED_MODULES, ...(props.externalModules ?? [])],
        esbuildArgs: { '--legal-comments': 'none' },
        ...(props.files && props.files.length > 0
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (inputDir: string, outputDir: string) => copyCommands(props.files ?? [], inputDir, outputDir),
              },
            }
          : {}),
      },
    });
  }
}

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
 *
 * esbuild runs here, through its API, rather than through NodejsFunction's
 * bundling: that writes one output file and so cannot split code. With
 * splitting, a module a route handler loads with `await import()` (the QR
 * encoder, the CSV writer, the channel importer) becomes a chunk of its own
 * under `chunks/`, read from the package on the first request that needs it;
 * `index.mjs` and the chunks it imports statically are what every cold start
 * loads (bench/lambda measures both). A function without dynamic imports
 * still gets the single `index.mjs`.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, type BundlingOptions, type ILocalBundling } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { buildSync, type BuildOptions } from 'esbuild';

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

/** What esbuild is told for every function; the entry, its externals and the output folder vary. */
export const esbuildOptions = (props: Pick<AppFunctionProps, 'entry' | 'projectRoot' | 'externalModules'>, outdir: string): BuildOptions => ({
  absWorkingDir: props.projectRoot,
  entryPoints: { index: props.entry },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  // Japanese text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6): the tenants' helplines and
  // the report's labels are much of both bundles, and Node reads the file as UTF-8 either way.
  charset: 'utf8',
  // Some bundled CommonJS (the QR encoder's) may still call require(); ESM has none without this shim.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  mainFields: ['module', 'main'],
  external: [...RUNTIME_PROVIDED_MODULES, ...(props.externalModules ?? [])],
  logLevel: 'warning',
});

/**
 * Bundling on this machine, as NodejsFunction bundles when esbuild is installed; a failed build fails the
 * synth. The options are own fields so the asset cache (keyed by them) never hands one function another's code.
 */
class EsbuildBundling implements BundlingOptions {
  // Never pulled: local bundling either succeeds or throws.
  readonly image = DockerImage.fromRegistry('dummy');
  readonly local: ILocalBundling;

  constructor(
    readonly options: Pick<AppFunctionProps, 'entry' | 'projectRoot' | 'externalModules'>,
    readonly files: readonly BundledFile[],
  ) {
    this.local = {
      tryBundle: (outputDir: string) => {
        buildSync(esbuildOptions(options, outputDir));
        for (const { from, to } of files) {
          mkdirSync(dirname(join(outputDir, to)), { recursive: true });
          copyFileSync(join(options.projectRoot, from), join(outputDir, to));
        }
        return true;
      },
    };
  }
}

export class AppFunction extends Construct {
  readonly fn: LambdaFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    // Checked even when a test skips bundling, so a wrong entry path fails every synth.
    if (!existsSync(props.entry)) throw new Error(`Lambda entry ${props.entry} does not exist`);
    this.logGroup = new LogGroup(this, 'Logs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.DESTROY });
    // Its own role, allowed to write only its own log group: the managed basic-execution policy allows any.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(role);
    const bundling = new EsbuildBundling({ entry: props.entry, projectRoot: props.projectRoot, externalModules: props.externalModules ?? [] }, props.files ?? []);
    this.fn = new LambdaFunction(this, 'Function', {
      code: Code.fromAsset(props.projectRoot, { assetHashType: AssetHashType.OUTPUT, bundling }),
      handler: 'index.handler',
      role,
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout,
      environment: props.environment,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
    });
  }
}

// The one house Lambda function: every default the pipeline's functions share lives here, once.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction, Runtime, type FunctionOptions } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** Lambda rejects a function whose environment (keys + values) is larger than this. */
export const LAMBDA_ENVIRONMENT_LIMIT_BYTES = 4 * 1024;

/**
 * Bytes counted for a value only known at deploy time (a bucket name, an ARN, a function URL).
 * The longest we produce is an ARN of about 100 characters; 128 keeps the estimate on the safe side.
 */
export const DEPLOY_TIME_VALUE_BYTES = 128;

/** The repository root: NodejsFunction bundles from here (it holds the single package-lock.json). */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Modules every function leaves out of its bundle (measured by `npm run bench`, see the README):
 * - `@aws-sdk/*`: the nodejs24.x runtime ships AWS SDK v3, so the clients load from the runtime
 *   (/var/runtime/node_modules) instead of the bundle. That takes the ingest bundle from about
 *   1.6 MB to under 1 MB and keeps every client we add (Scheduler, Secrets Manager, SES...) out of
 *   the size budget. Trade-off: the functions run the runtime's SDK version, which AWS updates,
 *   not the lockfile's pinned and tested one. The code uses only long-standing S3, SES, Scheduler
 *   and Secrets Manager calls (S3 conditional writes and WHEN_REQUIRED checksums need 3.729+,
 *   which every nodejs24.x runtime has). To pin the SDK again, pass `externalModules: ['typescript']`.
 * - `typescript`: mjml requires it optionally (to load .ts config files we never use).
 */
export const DEFAULT_EXTERNAL_MODULES: readonly string[] = ['typescript', '@aws-sdk/*'];

/**
 * The esbuild settings shared by every function. Exported so `npm run bench` bundles its render
 * probe exactly as the send-digest function is bundled (to check the HTML stays byte-identical).
 */
export const HOUSE_BUNDLING = {
  forceDockerBundling: false,
  format: OutputFormat.CJS,
  target: 'node24',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // The handlers are ESM sources bundled to CJS, where import.meta is empty: give import.meta.url
  // its real value (the bundle's file URL) so code that locates files next to itself still works.
  define: { 'import.meta.url': '__bundleFileUrl' },
  // Keeps "use strict" first, so the banner does not turn the bundle's strict mode off.
  banner: "'use strict';const __bundleFileUrl=require('url').pathToFileURL(__filename).href;",
  esbuildArgs: {
    // mjml-core (cheerio 1.2) and juice (its own pinned cheerio 1.0) both call cheerio.load in XML
    // mode, which always parses with htmlparser2. Aliasing `cheerio` to its slim entry (load with
    // htmlparser2 only) resolves it from the project root for both importers, so the bundle holds
    // one cheerio and none of parse5, undici (fetch helpers) or iconv-lite (encoding sniffing):
    // send-digest goes from about 4.3 MB to 2.4 MB. `npm run bench` renders through a bundle built
    // with these settings and checks the HTML is byte-identical to the unbundled render.
    '--alias': ['cheerio=cheerio/slim'],
  },
} as const satisfies BundlingOptions;

export interface DigestFunctionProps
  extends Pick<FunctionOptions, 'description' | 'functionName' | 'environment' | 'onFailure' | 'retryAttempts' | 'maxEventAge' | 'reservedConcurrentExecutions'> {
  /** Handler source, relative to the repository root, e.g. `functions/handlers/ingest-article.ts`. */
  readonly entry: string;
  /** @default Duration.seconds(30) */
  readonly timeout?: Duration;
  /** @default 512 (MB): enough for mjml and wink-nlp; Lambda CPU grows with memory. */
  readonly memorySize?: number;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** @default RemovalPolicy.DESTROY for the log group: logs are operational, not the product's data. */
  readonly logRemovalPolicy?: RemovalPolicy;
  /** Modules left out of the bundle. @default DEFAULT_EXTERNAL_MODULES (the runtime's AWS SDK, and mjml's optional typescript) */
  readonly externalModules?: string[];
  /** Extra bundling steps, e.g. copying templates next to the handler. @default none */
  readonly commandHooks?: ICommandHooks;
  /**
   * What to tell the user when a given variable pushes the environment over Lambda's 4 KB limit,
   * keyed by variable name (e.g. the config key to shorten). @default a generic message
   */
  readonly environmentHints?: Readonly<Record<string, string>>;
}

/**
 * A Node.js 24 arm64 function bundled locally with esbuild (minified, CJS, source maps), with its own
 * log group (retention set; `logGroup` returns it) and its own role that may write to that log group only.
 * Grants are added by the caller with the narrowest scope it can name.
 */
export class DigestFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: DigestFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.DESTROY,
    });
    // An own role instead of the AWSLambdaBasicExecutionRole managed policy, whose log permissions
    // cover every log group in the account.
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${id} function`,
    });
    super(scope, id, {
      entry: path.join(PROJECT_ROOT, props.entry),
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      handler: 'handler',
      description: props.description,
      functionName: props.functionName,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(30),
      memorySize: props.memorySize ?? 512,
      role,
      logGroup,
      onFailure: props.onFailure,
      retryAttempts: props.retryAttempts,
      maxEventAge: props.maxEventAge,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: {
        // Stack traces point at the TypeScript sources.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        ...HOUSE_BUNDLING,
        externalModules: [...(props.externalModules ?? DEFAULT_EXTERNAL_MODULES)],
        commandHooks: props.commandHooks,
      },
    });
    logGroup.grantWrite(role);

    const hints = props.environmentHints ?? {};
    this.node.addValidation({ validate: () => this.checkEnvironmentSize(hints) });
  }

  /** Estimated size of the environment in bytes, counting each deploy-time value as DEPLOY_TIME_VALUE_BYTES. */
  environmentSizes(): Map<string, number> {
    const cfn = this.node.defaultChild as CfnFunction;
    const resolved = Stack.of(this).resolve(cfn.environment) as { variables?: Record<string, unknown> } | undefined;
    const sizes = new Map<string, number>();
    for (const [key, value] of Object.entries(resolved?.variables ?? {})) {
      const bytes = typeof value === 'string' && !Token.isUnresolved(value) ? Buffer.byteLength(value) : DEPLOY_TIME_VALUE_BYTES;
      sizes.set(key, Buffer.byteLength(key) + bytes);
    }
    return sizes;
  }

  private checkEnvironmentSize(hints: Readonly<Record<string, string>>): string[] {
    const sizes = this.environmentSizes();
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    if (total <= LAMBDA_ENVIRONMENT_LIMIT_BYTES) return [];
    const [largest, largestBytes] = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const hint = hints[largest] ?? `${largest} is the largest variable`;
    return [
      `${hint}: the environment of ${this.node.id} would be about ${total} bytes, ` +
        `over Lambda's ${LAMBDA_ENVIRONMENT_LIMIT_BYTES}-byte limit (${largest} alone is ${largestBytes} bytes).`,
    ];
  }
}

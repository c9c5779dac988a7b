/**
 * @module
 * Entry of the CDK app (`cdk.json`: `npx tsx infra/bin/app.ts`). It reads and
 * validates the context settings and the working tree, checks the tenants,
 * builds the one stack for the chosen stage and runs cdk-nag's AwsSolutions
 * checks over it as a validation plugin; any unacknowledged finding fails the synth.
 * No AWS account is needed: without `-c region=…` the stack is environment
 * agnostic and the CLI's profile decides at deploy time.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { KokoroStack } from '../lib/stack';
import { readSettings, SettingsError } from '../lib/settings';
import { selectTenants, TenantSelectionError } from '../lib/tenants';
import { servedPrefectures } from '../../shared/regions';
import { TenantDataError, TENANTS } from '../../shared/tenants';
import { validateTenants } from '../../shared/tenants/validate';
import { AppInputError, readAppInputs } from './inputs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const app = new App();
/** Our own refusals are sentences for the person deploying; a stack trace would only bury them. */
function orExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SettingsError || error instanceof AppInputError || error instanceof TenantSelectionError || error instanceof TenantDataError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
const settings = orExit(() => readSettings((key) => app.node.tryGetContext(key)));
const inputs = orExit(() => readAppInputs(root));
// The functions load tenant data without a validator; synth is where it is checked before deploy.
orExit(() => validateTenants(TENANTS));
const servedTenants = orExit(() => selectTenants(TENANTS, settings));

new KokoroStack(app, `KokoroCheck-${settings.stage}`, {
  description: `kokoro-check (${settings.stage}): anonymous mental-health self-check for municipalities`,
  ...(settings.region ? { env: { region: settings.region } } : {}),
  settings,
  projectRoot: root,
  ...inputs,
  tenantIds: servedTenants.map((tenant) => tenant.id),
  // A prefecture's entry page is served exactly when one of its towns is.
  prefectureIds: servedPrefectures(servedTenants).map((prefecture) => prefecture.id),
});
// The reviewed acknowledgements are copied into the template metadata, so the audit trail ships with it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }));
app.synth();

/**
 * @module
 * Validation of helpline data against `helplineSchema`, kept apart from the
 * data itself so runtime code never loads the schema: the unit tests, the
 * front-end build and `cdk synth` call it (through shared/tenants/validate).
 */
import * as z from '../validation';
import { helplineSchema, type Helpline } from './schema';

export class HelplineDataError extends Error {
  override name = 'HelplineDataError';
}

export function validateHelplines(helplines: readonly Helpline[]): void {
  for (const helpline of helplines) {
    const parsed = helplineSchema.safeParse(helpline);
    if (!parsed.success) {
      throw new HelplineDataError(`Helpline "${String(helpline.id)}" is invalid: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
    }
  }
}

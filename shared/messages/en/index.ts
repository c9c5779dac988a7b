/**
 * @module
 * The English catalogue, whole for the build and tests, and in its parts for
 * the page (`enPage`: `enInlined` in its data block, `enPageScript` in its
 * first script) and its result chunk (`enResult`, `enHelp`). Hours words are
 * not here yet: the whole catalogue is a `Catalogue` once they join.
 */
import type { Catalogue, HoursMessages, PageMessages } from '../types';
import { enHelp } from './help';
import { enHead, enInlined, enPageScript } from './page';
import { enResult } from './result';

/** Joined here, not in page.ts, so the first script can import its part alone. */
export const enPage: PageMessages = { ...enInlined, ...enPageScript };
export { enHead, enHelp, enInlined, enPageScript, enResult };
export const en: Omit<Catalogue, keyof HoursMessages> = { ...enHead, ...enPage, ...enResult, ...enHelp };

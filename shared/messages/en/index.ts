/**
 * @module
 * The English catalogue, whole for the build and tests, and in its parts for
 * the page (`enPage`: `enInlined` in its data block, `enPageScript` in its
 * first script) and its result chunk (`enResult`, `enHelp`).
 */
import type { Catalogue, PageMessages } from '../types';
import { enHelp } from './help';
import { enHours } from './hours';
import { enHead, enInlined, enPageScript } from './page';
import { enResult } from './result';

/** Joined here, not in page.ts, so the first script can import its part alone. */
export const enPage: PageMessages = { ...enInlined, ...enPageScript };
export { enHead, enHelp, enHours, enInlined, enPageScript, enResult };
export const en: Catalogue = { ...enHead, ...enPage, ...enResult, ...enHelp, ...enHours };

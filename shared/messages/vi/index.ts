/**
 * @module
 * The Vietnamese (vi) catalogue, whole for the build and tests, and in its parts for
 * the page (`viPage`: `viInlined` in its data block, `viPageScript` in its
 * first script) and its result chunk (`viResult`, `viHelp`).
 */
import type { Catalogue, PageMessages } from '../types';
import { viHelp } from './help';
import { viHours } from './hours';
import { viHead, viInlined, viPageScript } from './page';
import { viResult } from './result';

/** Joined here, not in page.ts, so the first script can import its part alone. */
export const viPage: PageMessages = { ...viInlined, ...viPageScript };
export { viHead, viHelp, viHours, viInlined, viPageScript, viResult };
export const vi: Catalogue = { ...viHead, ...viPage, ...viResult, ...viHelp, ...viHours };

/**
 * @module
 * The Simplified Chinese (zh-Hans) catalogue, whole for the build and tests, and in its parts for
 * the page (`zhPage`: `zhInlined` in its data block, `zhPageScript` in its
 * first script) and its result chunk (`zhResult`, `zhHelp`).
 */
import type { Catalogue, PageMessages } from '../types';
import { zhHelp } from './help';
import { zhHours } from './hours';
import { zhHead, zhInlined, zhPageScript } from './page';
import { zhResult } from './result';

/** Joined here, not in page.ts, so the first script can import its part alone. */
export const zhPage: PageMessages = { ...zhInlined, ...zhPageScript };
export { zhHead, zhHelp, zhHours, zhInlined, zhPageScript, zhResult };
export const zh: Catalogue = { ...zhHead, ...zhPage, ...zhResult, ...zhHelp, ...zhHours };

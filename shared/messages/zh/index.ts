/**
 * @module
 * The Simplified Chinese (zh-Hans) catalogue, whole for the build and tests, and in its parts for
 * the page (`zhPage`: `zhInlined` in its data block, `zhPageScript` in its
 * first script) and its result chunk (`zhResult`, `zhHelp`). Hours words are
 * not here yet: the whole catalogue is a `Catalogue` once they join.
 */
import type { Catalogue, HoursMessages, PageMessages } from '../types';
import { zhHelp } from './help';
import { zhHead, zhInlined, zhPageScript } from './page';
import { zhResult } from './result';

/** Joined here, not in page.ts, so the first script can import its part alone. */
export const zhPage: PageMessages = { ...zhInlined, ...zhPageScript };
export { zhHead, zhHelp, zhInlined, zhPageScript, zhResult };
export const zh: Omit<Catalogue, keyof HoursMessages> = { ...zhHead, ...zhPage, ...zhResult, ...zhHelp };

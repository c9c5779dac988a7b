/**
 * @module
 * The やさしい日本語 catalogue, whole for the build and tests, and in its
 * parts for the page (`easyPage`: `easyInlined` in its data block,
 * `easyPageScript` in its first script) and its result chunk (`easyResult`,
 * `easyHelp`). Its item words (`items`) are also how every page without a
 * cited translation asks the items (shared/languages/offered).
 */
import type { Catalogue, PageMessages } from '../types';
import { easyHelp } from './help';
import { easyHours } from './hours';
import { easyHead, easyInlined, easyPageScript } from './page';
import { easyResult } from './result';

/** Joined here, not in page.ts, so the first script can import its part alone. */
export const easyPage: Required<PageMessages> = { ...easyInlined, ...easyPageScript };
export { easyHead, easyHelp, easyHours, easyInlined, easyPageScript, easyResult };
export const easy: Catalogue & Required<Pick<Catalogue, 'items'>> = { ...easyHead, ...easyPage, ...easyResult, ...easyHelp, ...easyHours };

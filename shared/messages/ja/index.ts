/**
 * @module
 * The Japanese catalogue, whole for the build and tests, and in its parts for
 * the page (`jaPage`: `jaInlined` in its data block, `jaPageScript` in its
 * first script) and its result chunk (`jaResult`, `jaHelp`).
 */
import type { Messages, PageMessages } from '../types';
import { jaHelp } from './help';
import { jaHours } from './hours';
import { jaInlined, jaPageScript } from './page';
import { jaResult } from './result';

/** Joined here, not in page.ts, so the first script can import its part alone. */
export const jaPage: PageMessages = { ...jaInlined, ...jaPageScript };
export { jaHelp, jaHours, jaInlined, jaPageScript, jaResult };
export const ja: Messages = { ...jaPage, ...jaResult, ...jaHelp, ...jaHours };

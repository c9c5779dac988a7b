/**
 * @module
 * The Japanese catalogue, whole for the build and tests, and in its parts for
 * the page (`jaPage`: `jaInlined` in its data block, `jaPageScript` in its
 * first script), its result chunk (`jaResult`, `jaHelp`) and the pages around it (`jaSite`).
 */
import type { Messages, PageMessages } from '../types';
import { jaHelp } from './help';
import { jaHours } from './hours';
import { jaHead, jaInlined, jaPageScript } from './page';
import { jaResult } from './result';
import { jaSite } from './site';

/** Joined here, not in page.ts, so the first script can import its part alone. */
export const jaPage: Required<PageMessages> = { ...jaInlined, ...jaPageScript };
export { jaHead, jaHelp, jaHours, jaInlined, jaPageScript, jaResult, jaSite };
export const ja: Messages = { ...jaHead, ...jaPage, ...jaResult, ...jaHelp, ...jaHours, ...jaSite };

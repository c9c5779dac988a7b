/**
 * @module
 * The Japanese catalogue, whole for the build and tests, and in its parts for
 * the page's first script (`jaPage`) and its result chunk (`jaResult`).
 */
import type { Messages } from '../types';
import { jaHours } from './hours';
import { jaPage } from './page';
import { jaResult } from './result';

export { jaHours, jaPage, jaResult };
export const ja: Messages = { ...jaPage, ...jaResult, ...jaHours };

/**
 * @module
 * The one zod every schema in kokoro-check uses: zod/mini, tree-shakable, so
 * a Lambda bundle carries only the validators it calls (the classic API cost
 * the public function ~450 KB of cold start). zod/mini ships no messages of its
 * own; loading the English locale here keeps refusals saying which field is
 * wrong and why ("Unrecognized key: \"extra\""), which staff and the page's
 * developers read. Use `import * as z from '…/shared/validation'`, never 'zod'
 * directly; a namespace import keeps the bundle tree-shaken.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
// The error class by name: reaching it as `z.core.$ZodError` would keep all of zod's core in the bundle.
export { $ZodError } from 'zod/v4/core';

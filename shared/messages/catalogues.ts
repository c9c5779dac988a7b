/**
 * @module
 * Every language's catalogue, in one registry (the zod `locales/` shape: one
 * folder per language, one type, one list). Build-time and tests only: the
 * page's scripts import no catalogue — the prerender writes each page's words
 * into its data block and its result chunk's words into the tenant × language
 * JSON, so one first script serves every language.
 */
import type { Lang } from '../languages';
import { easy } from './easy';
import { en } from './en';
import { ja } from './ja';
import { vi } from './vi';
import { zh } from './zh';
import type { Catalogue } from './types';

export const CATALOGUES = { ja, easy, en, zh, vi } as const satisfies Record<Lang, Catalogue>;

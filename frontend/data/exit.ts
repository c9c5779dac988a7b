/**
 * @module
 * Where quick exit goes for a tenant: its own official site when it named
 * one, else the site's plain calendar page. One rule for the page's script
 * and the prerender, which writes the same address on the prerendered button
 * so quick exit works before the script has loaded.
 */
import { NEUTRAL_PAGE_PATH } from '../../shared/site';
import type { PageTenant } from './types';

export const exitUrlOf = (tenant: Pick<PageTenant, 'exit'>): string => tenant.exit ?? NEUTRAL_PAGE_PATH;

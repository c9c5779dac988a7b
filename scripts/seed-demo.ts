/**
 * @module
 * `npm run seed:demo`: fills the local store (.data/dynalite, or DATA_DIR)
 * with a year and a half of synthetic counts for the demo tenant, through
 * the same counter-store interface real events use, registers the 【デモ】
 * outreach channels with realistic copies and places (and fills them in on
 * channels an earlier seed registered without) and rolls up again every closed month and recent day it wrote into. Stop `npm start` first: the
 * local database is one process's files.
 */
import { resolve } from 'node:path';
import { addDays, fiscalYearOf, fiscalYearRange } from '../shared/periods';
import { jstParts } from '../shared/time';
import { optionalEnv } from '../functions/config/env';
import { startDynalite } from '../functions/local/dynalite';
import { LOCAL_TABLE_NAME } from '../functions/local/start';
import { createDynamoChannelStore } from '../functions/staff';
import { createDynamoCounterStore } from '../functions/store';
import { isDayClosed, isMonthClosed, monthSlices } from '../functions/store/calendar';
import { ensureTables } from '../functions/store/tables';
import { DEMO_CHANNELS, demoEvents } from './demo-events';

/**
 * How many copies went where, per demo tag, on the scale of the municipal
 * reports the demo imitates: 13,157 flyers at 47 places, 6,796 clear files
 * to 31 schools. A web page has no copies.
 */
const DEMO_COPIES: Record<string, { quantity?: number; places?: number }> = {
  'demo-sticker-cityhall-1f': { quantity: 120, places: 12 },
  'demo-flyer-hellowork': { quantity: 13_157, places: 47 },
  'demo-school-clearfile': { quantity: 6_796, places: 31 },
  'demo-web-koho': {},
};

const tenant = optionalEnv('DEMO_TENANT', 'matsudo');
const perDay = Number(optionalEnv('DEMO_PER_DAY', '30'));
const dataDir = resolve(optionalEnv('DATA_DIR', '.data/dynalite'));
const now = new Date();
const today = jstParts(now).date;
// At least a year and a half, and always the whole previous fiscal year, so 前年度同期間 has data.
const from = [addDays(today, -548), fiscalYearRange(fiscalYearOf(today) - 1).start].sort()[0] ?? today;

const dynamo = await startDynalite({ path: dataDir });
try {
  await ensureTables(dynamo.client, LOCAL_TABLE_NAME);
  const store = createDynamoCounterStore({ dynamo: dynamo.dynamo, tableName: LOCAL_TABLE_NAME });
  const channels = createDynamoChannelStore({ dynamo: dynamo.dynamo, tableName: LOCAL_TABLE_NAME });
  const existing = new Map((await channels.list(tenant)).map((c) => [c.tag, c]));
  for (const channel of DEMO_CHANNELS) {
    const copies = DEMO_COPIES[channel.tag] ?? {};
    const had = existing.get(channel.tag);
    if (!had) await channels.add(tenant, { ...channel, ...copies, createdOn: from });
    else if (had.quantity === undefined && had.places === undefined && (copies.quantity !== undefined || copies.places !== undefined)) {
      await channels.update(tenant, channel.tag, { label: had.label, kind: had.kind, ...copies });
    }
  }

  console.log(`Seeding SYNTHETIC demo counts for ${tenant}, ${from}..${today} (~${perDay} visits/day) into ${dataDir}`);
  let batch: Promise<unknown>[] = [];
  let count = 0;
  for (const { at, event } of demoEvents(from, today, perDay)) {
    batch.push(store.record(tenant, event, at));
    count++;
    if (batch.length === 64) {
      await Promise.all(batch);
      batch = [];
      if (count % 10_000 < 64) console.log(`  ${count} events…`);
    }
  }
  await Promise.all(batch);
  // Roll up again every closed month and recent day the seed wrote into: a server started before the seed
  // has already marked them done while they were empty, and the scheduled job never redoes a done period.
  let rolled = 0;
  for (const { month } of monthSlices(from, today)) {
    if (isMonthClosed(month, now)) rolled += (await store.rollupMonth(tenant, month, now)).items > 0 ? 1 : 0;
  }
  for (let day = addDays(today, -8); day < today; day = addDays(day, 1)) {
    if (day >= from && isDayClosed(day, now)) await store.rollupDay(tenant, day, now);
  }
  console.log(`Done: ${count} synthetic events recorded; ${rolled} closed months rolled up. Sign in at /auth/dev/login after npm start.`);
} finally {
  await dynamo.close();
}

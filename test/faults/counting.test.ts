/**
 * The fault suite: the counting path (resident API → HTTP client → fault
 * proxy → a real server) under each fault at its one write, and bursts of
 * mixed faults with repeated ids, on dynalite and on AWS's DynamoDB Local.
 * After the page's retry rule has run, the store must hold every distinct
 * event exactly once — 0 lost, 0 doubled, every figure equal — and the page
 * must never have given up. Seeded; outcomes only, never timings.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SERVERS, startTestDynamo, type TestDynamo } from '../integration/helpers/dynamo';
import { runScenario, SCENARIOS, tableRow, type ScenarioResult } from './scenarios';

describe.each(SERVERS)('counting under injected faults on %s', (server) => {
  let dynamo: TestDynamo;
  const results: ScenarioResult[] = [];
  beforeAll(async () => {
    // Each 503 is logged with its cause; hundreds of them are expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    dynamo = await startTestDynamo('faults-setup', server);
  });
  afterAll(async () => {
    console.info(['| server | scenario | sent | counted | lost | doubled | requests | WCU per counted |', '|---|---|---|---|---|---|---|---|', ...results.map(tableRow)].join('\n'));
    await dynamo?.close();
    vi.restoreAllMocks();
  });

  it.each(SCENARIOS.map((scenario, index) => [scenario.name, scenario, index] as const))('%s: every event counted exactly once', async (_name, scenario, index) => {
    const result = await runScenario(dynamo, scenario, 1000 + index);
    results.push(result);
    expect({ lost: result.lost, doubled: result.doubled, figureMismatches: result.figureMismatches, givenUp: result.givenUp }).toEqual({ lost: 0, doubled: 0, figureMismatches: 0, givenUp: 0 });
    expect(result.counted).toBe(result.sent);
    // The page was never refused outright: only 2xx, 503 (and 504 where the function is stopped).
    expect(Object.keys(result.answers).filter((status) => !['200', '202', '503', '504'].includes(status))).toEqual([]);
    // The faults did happen: the scenario is not a quiet run.
    expect(result.faultsInjected).toBeGreaterThanOrEqual(scenario.downMs ? 1 : Math.min(result.sent, 20));
  });
});

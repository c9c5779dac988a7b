/**
 * @module
 * The rules a counting event must meet beyond its zod schema — the ones that
 * need the mode or the tenant to judge: topics and the result band belong to
 * the chosen mode (its topic list, its instrument's bands) and topics are not
 * repeated, a tapped helpline is one this tenant lists, a mode
 * that implies an age band (10代) is counted in it, and a completion says who
 * the other person is (`relationship`) exactly when its mode is about someone
 * else (家族: the page always sends it, `na` = 答えない), which asks no
 * gender (counted as `na`). An event breaking one would be a stray counter
 * no report could explain, so it is refused like a schema error.
 */
import type { Topic } from '../../shared/domain';
import { instrumentFor, topicsForMode } from '../../shared/instruments/for-mode';
import { modeSpec, type Mode } from '../../shared/modes';
import type { CountingEvent } from '../../shared/events';
import type { ErrorIssue } from '../http';

/** The band ids the mode's instrument gives; the schema already holds every band to the stored counter keys. */
const bandIssue = (mode: Mode, band: string): ErrorIssue[] =>
  instrumentFor(mode).result.bands.some((b) => b.id === band) ? [] : [{ path: 'band', message: `band "${band}" is not a result of ${mode} mode` }];

export const eventRuleIssues = (event: CountingEvent, tenantHelplineIds: ReadonlySet<string>, tenantModes?: readonly Mode[]): ErrorIssue[] => {
  const issues: ErrorIssue[] = [];
  // A mode the municipality does not offer has no page to be counted from.
  if (event.type !== 'view' && tenantModes !== undefined && !tenantModes.includes(event.mode)) {
    issues.push({ path: 'mode', message: `mode "${event.mode}" is not offered by this municipality` });
  }
  if (event.type === 'complete') {
    const spec = modeSpec(event.mode);
    const allowed = new Set<Topic>(topicsForMode(event.mode));
    event.topics.forEach((topic, index) => {
      if (!allowed.has(topic)) issues.push({ path: `topics.${index}`, message: `topic "${topic}" is not offered in ${event.mode} mode` });
    });
    if (new Set(event.topics).size !== event.topics.length) issues.push({ path: 'topics', message: 'topics must not repeat' });
    issues.push(...bandIssue(event.mode, event.band));
    if (spec.fixedAgeBand !== undefined && event.ageBand !== spec.fixedAgeBand) {
      issues.push({ path: 'ageBand', message: `${event.mode} mode counts age band '${spec.fixedAgeBand}' only` });
    }
    if (spec.aboutOther && event.relationship === undefined) {
      issues.push({ path: 'relationship', message: `${event.mode} mode counts who the other person is: relationship is required ('na' = 答えない)` });
    }
    // Its profile asks who they are and their age, never a gender: the reports have no other gender row for it.
    if (spec.aboutOther && event.gender !== 'na') {
      issues.push({ path: 'gender', message: `${event.mode} mode does not ask a gender: it counts 'na' only` });
    }
    if (!spec.aboutOther && event.relationship !== undefined) {
      issues.push({ path: 'relationship', message: `${event.mode} mode is about the resident: relationship is not counted` });
    }
  }
  if (event.type === 'helpline_tap') {
    if (!tenantHelplineIds.has(event.helplineId)) issues.push({ path: 'helplineId', message: `helpline "${event.helplineId}" is not listed for this municipality` });
    if (event.band !== undefined) issues.push(...bandIssue(event.mode, event.band));
  }
  return issues;
};

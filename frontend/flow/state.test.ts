import { describe, expect, it } from 'vitest';
import { STEPS, initialState, reduce, type Action, type CheckState } from './state';

const run = (actions: Action[], from: CheckState = initialState) => actions.reduce(reduce, from);
const answerAllK6 = (score: number): Action[] =>
  [0, 1, 2, 3, 4, 5].flatMap((index) => [{ type: 'answerK6', index, score } as const, { type: 'next' } as const]);

describe('check flow', () => {
  it('has nine question screens: profile, six K6 items, safety, topics', () => {
    expect(STEPS).toHaveLength(9);
  });

  it('teen mode sets the 10代 age band itself and ignores age changes', () => {
    const s = run([{ type: 'start', mode: 'teen' }, { type: 'setAge', ageBand: '40s' }]);
    expect(s.ageBand).toBe('10s');
    expect(s.screen).toBe('profile');
  });

  it('does not leave an unanswered K6 item', () => {
    const s = run([{ type: 'start', mode: 'self' }, { type: 'next' }, { type: 'next' }]);
    expect(s.screen).toBe('k6-0');
  });

  it('keeps answers when going back and forward', () => {
    const s = run([
      { type: 'start', mode: 'self' },
      { type: 'next' },
      { type: 'answerK6', index: 0, score: 3 },
      { type: 'next' },
      { type: 'back' },
      { type: 'back' },
      { type: 'next' },
    ]);
    expect(s.screen).toBe('k6-0');
    expect(s.k6[0]).toBe(3);
  });

  it('goes from safety "no" straight on to topics, then to the result', () => {
    const s = run([{ type: 'start', mode: 'self' }, { type: 'next' }, ...answerAllK6(1), { type: 'setSafety', answer: 'no' }, { type: 'next' }]);
    expect(s.screen).toBe('topics');
    expect(reduce(s, { type: 'next' }).screen).toBe('result');
  });

  it.each(['sometimes', 'often', 'now', 'unsure'] as const)('shows the crisis panel first when safety is "%s"', (answer) => {
    const s = run([{ type: 'start', mode: 'teen' }, { type: 'next' }, ...answerAllK6(0), { type: 'setSafety', answer }, { type: 'next' }]);
    expect(s.screen).toBe('crisis');
    expect(run([{ type: 'continueAfterCrisis' }], s).screen).toBe('topics');
  });

  it('opens and closes the help list without losing the screen or answers', () => {
    const s = run([{ type: 'start', mode: 'self' }, { type: 'next' }, { type: 'answerK6', index: 0, score: 2 }, { type: 'openHelp' }]);
    expect(s.helpOpen).toBe(true);
    const back = reduce(s, { type: 'closeHelp' });
    expect(back).toMatchObject({ helpOpen: false, screen: 'k6-0' });
    expect(back.k6[0]).toBe(2);
  });

  it('toggles topics and restarts from nothing', () => {
    const s = run([{ type: 'start', mode: 'teen' }, { type: 'toggleTopic', topic: 'school' }, { type: 'toggleTopic', topic: 'sns' }, { type: 'toggleTopic', topic: 'school' }]);
    expect(s.topics).toEqual(['sns']);
    expect(reduce(s, { type: 'restart' })).toEqual(initialState);
  });
});

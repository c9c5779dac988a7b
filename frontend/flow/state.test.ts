import { describe, expect, it } from 'vitest';
import { STEPS, canShow, initialState, reduce, restoreTo, type Action, type CheckState } from './state';

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

describe('canShow (what Back and Forward may restore)', () => {
  const started = run([{ type: 'start', mode: 'self' }, { type: 'next' }, { type: 'answerK6', index: 0, score: 1 }]);

  it('shows only the landing before a mode is chosen', () => {
    expect(canShow(initialState, 'landing')).toBe(true);
    for (const screen of [...STEPS, 'crisis', 'result'] as const) expect(canShow(initialState, screen)).toBe(false);
  });

  it('shows a question only once every question before it is answered', () => {
    expect(canShow(started, 'profile')).toBe(true);
    expect(canShow(started, 'k6-1')).toBe(true);
    expect(canShow(started, 'k6-2')).toBe(false);
    expect(canShow(started, 'result')).toBe(false);
  });

  it('shows the crisis panel only after a raised safety flag, and the result only with every answer', () => {
    const answered = run([{ type: 'start', mode: 'self' }, { type: 'next' }, ...answerAllK6(2)]);
    expect(canShow(answered, 'topics')).toBe(false);
    const no = reduce(answered, { type: 'setSafety', answer: 'no' });
    expect(canShow(no, 'crisis')).toBe(false);
    expect(canShow(no, 'result')).toBe(true);
    const now = reduce(answered, { type: 'setSafety', answer: 'now' });
    expect(canShow(now, 'crisis')).toBe(true);
  });
});

describe('restoreTo', () => {
  const atSafety = run([{ type: 'start', mode: 'self' }, { type: 'next' }, ...answerAllK6(0), { type: 'setSafety', answer: 'no' }]);

  it('lets Forward pass the safety question after 「なかった」', () => {
    expect(restoreTo(atSafety, 'topics')).toBe('topics');
    expect(restoreTo(atSafety, 'result')).toBe('result');
  });

  it.each(['sometimes', 'often', 'now', 'unsure'] as const)('shows the crisis panel when Forward passes the safety answer "%s"', (answer) => {
    const s = reduce(atSafety, { type: 'setSafety', answer });
    expect(restoreTo(s, 'topics')).toBe('crisis');
    expect(restoreTo(s, 'result')).toBe('crisis');
  });

  it('shows nothing new for a screen that cannot show', () => {
    expect(restoreTo(initialState, 'k6-3')).toBeUndefined();
  });
});

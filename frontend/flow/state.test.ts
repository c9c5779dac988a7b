import { describe, expect, it } from 'vitest';
import { K6 } from '../../shared/instruments';
import { MODES, modeSpec } from '../../shared/modes';
import { canShow, initialState, reduce, restoreTo, stepsFor, type Action, type CheckState, type ItemStep } from './state';

const run = (actions: Action[], from: CheckState = initialState) => actions.reduce(reduce, from);
const answerAllK6 = (score: number): Action[] => K6.items.flatMap((item) => [{ type: 'answer', item: item.id, score } as const, { type: 'next' } as const]);
const [k6First, k6Second, k6Third] = K6.items.map((item) => item.id as ItemStep);

describe('check flow', () => {
  it.each(MODES.filter((m) => !modeSpec(m).aboutOther))('builds the %s screens from its instrument: profile, the six K6 items by id, safety, topics', (mode) => {
    expect(stepsFor(mode)).toEqual(['profile', 'k6-1', 'k6-2', 'k6-3', 'k6-4', 'k6-5', 'k6-6', 'safety', 'topics']);
  });

  describe('家族 (about someone else)', () => {
    const start: Action[] = [{ type: 'start', mode: 'family' }];
    it('asks the profile, then the safety question about them, then the checklist of signs on one screen', () => {
      expect(stepsFor('family')).toEqual(['profile', 'safety', 'topics']);
    });

    it('keeps who they are and their age band', () => {
      const s = run([...start, { type: 'profile', set: { relationship: 'child' } }, { type: 'profile', set: { ageBand: '20s' } }, { type: 'next' }]);
      expect(s).toMatchObject({ relationship: 'child', ageBand: '20s', screen: 'safety' });
      expect(run([{ type: 'restart' }], s).relationship).toBe('na');
    });

    it('does not leave the safety question unanswered', () => {
      expect(run([...start, { type: 'next' }, { type: 'next' }]).screen).toBe('safety');
    });

    it.each(['sometimes', 'now', 'unsure'] as const)('after 「%s」 shows the crisis panel at once, then the signs', (answer) => {
      const s = run([...start, { type: 'next' }, { type: 'setSafety', answer }, { type: 'next' }]);
      expect(s.screen).toBe('crisis');
      expect(run([{ type: 'continueAfterCrisis' }], s).screen).toBe('topics');
      // Forward from the safety question cannot pass the panel.
      expect(restoreTo({ ...s, screen: 'safety' }, 'topics')).toBe('crisis');
      expect(restoreTo({ ...s, screen: 'safety' }, 'result')).toBe('crisis');
    });

    it('after 「いいえ」 goes on to the signs, and the signs screen leads to the result', () => {
      const s = run([...start, { type: 'next' }, { type: 'setSafety', answer: 'no' }, { type: 'next' }]);
      expect(s.screen).toBe('topics');
      const done = run([{ type: 'toggleTopic', topic: 'gloomy' }, { type: 'toggleTopic', topic: 'drinking' }, { type: 'next' }], s);
      expect(done).toMatchObject({ screen: 'result', topics: ['gloomy', 'drinking'] });
    });

    it('never shows the result before the safety question is answered', () => {
      const s = run([...start, { type: 'next' }]);
      expect(canShow(s, 'result')).toBe(false);
      expect(canShow(s, 'topics')).toBe(false);
    });
  });

  it('teen mode sets the 10代 age band itself and ignores age changes', () => {
    const s = run([{ type: 'start', mode: 'teen' }, { type: 'profile', set: { ageBand: '40s' } }]);
    expect(s.ageBand).toBe('10s');
    expect(s.screen).toBe('profile');
  });

  it('does not leave an unanswered K6 item', () => {
    const s = run([{ type: 'start', mode: 'self' }, { type: 'next' }, { type: 'next' }]);
    expect(s.screen).toBe(k6First);
  });

  it('keeps answers when going back and forward', () => {
    const s = run([
      { type: 'start', mode: 'self' },
      { type: 'next' },
      { type: 'answer', item: 'k6-1', score: 3 },
      { type: 'next' },
      { type: 'back' },
      { type: 'back' },
      { type: 'next' },
    ]);
    expect(s.screen).toBe(k6First);
    expect(s.answers).toEqual({ 'k6-1': 3 });
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
    const s = run([{ type: 'start', mode: 'self' }, { type: 'next' }, { type: 'answer', item: 'k6-1', score: 2 }, { type: 'openHelp' }]);
    expect(s.helpOpen).toBe(true);
    const back = reduce(s, { type: 'closeHelp' });
    expect(back).toMatchObject({ helpOpen: false, screen: k6First, answers: { 'k6-1': 2 } });
  });

  it('toggles topics and restarts from nothing', () => {
    const s = run([{ type: 'start', mode: 'teen' }, { type: 'toggleTopic', topic: 'school' }, { type: 'toggleTopic', topic: 'sns' }, { type: 'toggleTopic', topic: 'school' }]);
    expect(s.topics).toEqual(['sns']);
    expect(reduce(s, { type: 'restart' })).toEqual(initialState);
  });
});

describe('canShow (what Back and Forward may restore)', () => {
  const started = run([{ type: 'start', mode: 'self' }, { type: 'next' }, { type: 'answer', item: 'k6-1', score: 1 }]);

  it('shows only the landing before a mode is chosen', () => {
    expect(canShow(initialState, 'landing')).toBe(true);
    for (const screen of [...stepsFor('self'), 'crisis', 'result'] as const) expect(canShow(initialState, screen)).toBe(false);
  });

  it('shows a question only once every question before it is answered', () => {
    expect(canShow(started, 'profile')).toBe(true);
    expect(canShow(started, k6Second!)).toBe(true);
    expect(canShow(started, k6Third!)).toBe(false);
    expect(canShow(started, 'k6-7'), 'an item the instrument does not have').toBe(false);
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
    expect(restoreTo(initialState, k6Third!)).toBeUndefined();
  });
});

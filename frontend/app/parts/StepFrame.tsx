/**
 * @module
 * The frame of one question screen: visible progress (「3 / 9」 and a bar),
 * the question, and 戻る / 次へ. Progress is also spoken: the heading that
 * receives focus starts with a visually hidden 「9問中3問目」.
 */
import { Component, type ComponentChildren } from 'preact';
import { useEnv } from '../context';
import { fill } from '../../../shared/messages/fill';

interface StepFrameProps {
  step: number;
  total: number;
  children: ComponentChildren;
  canAdvance: boolean;
  nextLabel?: string;
  onBack: () => void;
  onNext: () => void;
}

/** A class for its one bit of state (the nudge), so the first script needs no hooks library. */
export class StepFrame extends Component<StepFrameProps, { nudge: boolean }> {
  override state = { nudge: false };
  private next = () => {
    if (this.props.canAdvance) this.props.onNext();
    else this.setState({ nudge: true });
  };
  override render({ step, total, children, canAdvance, nextLabel, onBack }: StepFrameProps) {
    const { messages: m } = useEnv();
    return (
      <section class="step">
        <div class="progress" aria-hidden="true">
          <span>{fill(m.progress.visible, { step, total })}</span>
          <progress max={total} value={step} />
        </div>
        {children}
        {this.state.nudge && !canAdvance && (
          <p class="nudge" role="alert">
            {m.nav.pickOne}
          </p>
        )}
        <div class="nav">
          <button type="button" class="secondary" onClick={onBack}>
            {m.nav.back}
          </button>
          <button type="button" class="primary" onClick={this.next}>
            {nextLabel ?? m.nav.next}
          </button>
        </div>
      </section>
    );
  }
}

/** The screen heading; App moves focus here on every screen change. */
export function Heading({ spoken, children }: { spoken?: string; children: ComponentChildren }) {
  return (
    <h1 tabIndex={-1}>
      {spoken !== undefined && <span class="sr">{spoken}</span>}
      {children}
    </h1>
  );
}

/**
 * @module
 * The words figures are given in (用語), from the one list in
 * shared/indicators: a short 用語 section, and `TermLabel` — a figure's label
 * that shows its definition on hover or keyboard focus (Escape hides it) and
 * gives it to screen readers as the label's description.
 */
import { useState } from 'preact/hooks';
import { TERMS, type Term } from '../../../shared/indicators/terms';

const tipStyle = {
  position: 'absolute',
  zIndex: 10,
  left: 0,
  top: '100%',
  width: 'min(22rem, 80vw)',
  padding: '0.5rem 0.75rem',
  border: '1px solid currentColor',
  borderRadius: '0.4rem',
  background: 'var(--card, #fff)',
  fontWeight: 'normal',
  fontSize: '0.92rem',
} as const;

export const Terms = () => (
  <section class="terms" aria-labelledby="terms-title">
    <h2 id="terms-title">用語</h2>
    <dl>
      {TERMS.map((t) => (
        <div key={t.id}>
          <dt>{t.word}</dt>
          <dd>{t.definition}</dd>
        </div>
      ))}
    </dl>
  </section>
);

export const TermLabel = ({ id, text, terms }: { id: string; text: string; terms: readonly Term['id'][] }) => {
  const [open, setOpen] = useState(false);
  const defined = TERMS.filter((t) => terms.includes(t.id));
  if (defined.length === 0) return <span>{text}</span>;
  const tipId = `term-tip-${id}`;
  return (
    <span
      class="term-label"
      style={{ position: 'relative', textDecoration: 'underline dotted', cursor: 'help' }}
      tabIndex={0}
      aria-describedby={tipId}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      {text}
      <span id={tipId} role="tooltip" hidden={!open} style={tipStyle}>
        {defined.map((t) => `${t.word}：${t.definition}`).join(' ')}
      </span>
    </span>
  );
};

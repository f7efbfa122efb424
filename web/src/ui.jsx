// Small shared pieces: every string from the service is rendered as a
// text node (JSX escapes it), never as HTML.
import { useEffect, useRef, useState } from 'preact/hooks';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
export const SEV_LABEL = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', unknown: 'Unrated', none: 'None', not_scanned: 'Not scanned' };

export function Sev({ s }) {
  return <span class={'sev sev-' + (s || 'unknown')}>{SEV_LABEL[s] || s}</span>;
}

export function ErrorBox({ error }) {
  if (!error) return null;
  return <p class="error" role="alert">{String(error.message || error)}</p>;
}

export function useAsync(fn, deps) {
  const [state, set] = useState({ loading: true, data: null, error: null });
  const gen = useRef(0);
  const run = () => {
    const g = ++gen.current;
    set((s) => ({ ...s, loading: true }));
    Promise.resolve().then(fn).then(
      (data) => { if (g === gen.current) set({ loading: false, data, error: null }); },
      (error) => { if (g === gen.current) set({ loading: false, data: null, error }); });
  };
  useEffect(run, deps);
  return [state, run];
}

export function Progress({ done, total, failed, label }) {
  return (
    <div class="progress-wrap">
      <progress class={failed ? 'has-failed' : ''} max={total || 1} value={done || 0} aria-label={label} />
      <span class="progress-text">{done || 0}/{total || 0}{failed ? ` (${failed} failed)` : ''}</span>
    </div>
  );
}

// A modal dialog on <dialog>: focus moves in, Escape closes.
export function Dialog({ title, onClose, children }) {
  const ref = useRef(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    const close = (e) => { e.preventDefault(); onClose(); };
    d.addEventListener('cancel', close);
    return () => d.removeEventListener('cancel', close);
  }, []);
  return (
    <dialog ref={ref} aria-label={title}>
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}

// The hint stays outside the <label>, so a field's accessible name is its label alone.
export function Field({ label, children, hint }) {
  return (
    <div class="field">
      <label>
        <span>{label}</span>
        {children}
      </label>
      {hint ? <small>{hint}</small> : null}
    </div>
  );
}

export function fmtTime(t) {
  if (!t) return '';
  return String(t).replace('T', ' ').replace('Z', ' UTC');
}

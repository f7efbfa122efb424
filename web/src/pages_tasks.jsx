// Tasks: a list with live progress (task events over SSE), and one task's
// items, log and cancel.
import { useEffect, useState } from 'preact/hooks';
import { api, q } from './api.js';
import { subscribe } from './live.js';
import { ErrorBox, useAsync, Progress, fmtTime, SEV_LABEL } from './ui.jsx';
import { imageHref } from './pages_images.jsx';

const OPEN = (s) => s === 'queued' || s === 'running';

export function Tasks() {
  const [{ data, error }, reload] = useAsync(async () => {
    const r = await api('GET', '/tasks?limit=1000');
    return r.items.slice().reverse();
  }, []);
  const [live, setLive] = useState({});
  useEffect(() => subscribe((t) => {
    setLive((m) => ({ ...m, [t.id]: t }));
  }), []);
  const rows = (data || []).map((t) => live[t.id] ? { ...t, ...live[t.id] } : t);
  const unknown = Object.values(live).filter((t) => !(data || []).some((d) => d.id === t.id)).sort((a, b) => b.id - a.id);
  return (
    <div>
      <h1>Tasks</h1>
      <ErrorBox error={error} />
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table"><table>
        <thead><tr><th scope="col">Task</th><th scope="col">Kind</th><th scope="col">State</th><th scope="col">Progress</th><th scope="col">Created</th><th scope="col">Finished</th></tr></thead>
        <tbody>{[...unknown, ...rows].map((t) => (
          <tr key={t.id} data-task={t.id}>
            <td><a href={'#/tasks/' + t.id}>#{t.id}</a></td><td>{t.kind}</td><td><span class={'state state-' + t.state}>{t.state}</span></td>
            <td><Progress done={t.done} total={t.total} failed={t.failed} label={'Task ' + t.id + ' progress'} /></td>
            <td>{fmtTime(t.created_at)}</td><td>{fmtTime(t.finished_at)}</td>
          </tr>
        ))}</tbody>
      </table></div>
      <button onClick={reload}>Refresh</button>
    </div>
  );
}

// A fix task's drydock.fix/v1 document: the risk before and after side by
// side, what was upgraded, what is left.
function FixResult({ r, task }) {
  const item = (task.items || [])[0];
  const fixedTag = task.fix && task.fix.fixed_tag;
  const sev = ['critical', 'high', 'medium', 'low', 'unknown'];
  const b = r.before || {}, a = r.after || {};
  return (
    <section class="card" aria-label="Fix result">
      <h2>Fix: before and after</h2>
      <p class="wrap">{(r.source && r.source.ref) || ''} → {(r.target && r.target.ref) || ''}{r.target && !r.target.written ? ' (nothing written)' : ''}</p>
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Before and after">
        <table class="before-after">
          <thead><tr><th scope="col">Severity</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
          <tbody>{sev.map((s) => (
            <tr key={s}><th scope="row">{SEV_LABEL[s]}</th><td>{b[s] ?? '–'}</td><td>{a[s] ?? '–'}</td></tr>
          ))}</tbody>
        </table>
      </div>
      {item && fixedTag ? <p>The fixed image: <a href={imageHref({ registry: item.registry, repository: item.repository, tag: fixedTag })}>{item.repository}:{fixedTag}</a></p> : null}
      <p>{(r.fixed || []).length} fixed, {(r.remaining || []).length} remaining, {(r.new || []).length} new, {(r.not_fixable || []).length} not fixable.</p>
      {(r.upgrades || []).length ? (
        <ul>{r.upgrades.map((u, i) => <li key={i} class="wrap">{u.name} {u.from} → {u.to} ({u.reason}{u.closes && u.closes.length ? ': ' + u.closes.join(', ') : ''})</li>)}</ul>
      ) : null}
    </section>
  );
}

export function TaskDetail({ id, role }) {
  const [{ data, error }, reload] = useAsync(async () => {
    const [task, log] = await Promise.all([api('GET', `/tasks/${id}?items_limit=1000`), api('GET', `/tasks/${id}/log`, undefined, { text: true })]);
    return { task, log };
  }, [id]);
  const [err, setErr] = useState(null);
  useEffect(() => subscribe((t) => { if (t.id === Number(id)) reload(); }), [id]);
  if (error) return <ErrorBox error={error} />;
  if (!data) return <p>Loading…</p>;
  const t = data.task;
  const cancel = async () => {
    try { await api('POST', `/tasks/${id}/cancel`); reload(); } catch (e) { setErr(e); }
  };
  return (
    <div>
      <h1>Task #{t.id} <span class={'state state-' + t.state} data-state={t.state}>{t.state}</span></h1>
      <p class="meta">{t.kind}{t.rule ? <> · rule <a href="#/rules">{t.rule}</a></> : null} · created {fmtTime(t.created_at)}{t.finished_at ? ' · finished ' + fmtTime(t.finished_at) : ''}</p>
      <Progress done={t.done} total={t.total} failed={t.failed} label={'Task ' + t.id + ' progress'} />
      {role === 'admin' && OPEN(t.state) ? <button class="danger" onClick={cancel}>Cancel the task</button> : null}
      <ErrorBox error={err} />
      {t.result && t.result.schema === 'drydock.fix/v1' ? <FixResult r={t.result} task={t} /> : null}
      {t.result ? <details class="card"><summary>The result document</summary><pre class="log">{JSON.stringify(t.result, null, 2)}</pre></details> : null}
      <h2>Images</h2>
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table"><table>
        <thead><tr><th scope="col">Image</th><th scope="col">State</th><th scope="col">Digest</th><th scope="col">Error</th></tr></thead>
        <tbody>{(t.items || []).map((i) => (
          <tr key={i.id}>
            <td class="wrap"><a href={imageHref(i)}>{i.registry}/{i.repository}:{i.tag}</a></td>
            <td><span class={'state state-' + i.state}>{i.state}</span></td>
            <td class="mono wrap">{i.digest || ''}</td><td class="wrap">{i.error || ''}</td>
          </tr>
        ))}</tbody>
      </table></div>
      <h2>Log</h2>
      <pre class="log" tabIndex="0" aria-label="Task log">{data.log || '(empty)'}</pre>
    </div>
  );
}
export { q };

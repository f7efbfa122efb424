import { useMemo, useState, useEffect } from 'preact/hooks';
import { api, q, available, safeUrl } from './api.js';
import { SEVERITIES, SEV_LABEL, Sev, ErrorBox, useAsync, Dialog, Field, fmtTime } from './ui.jsx';
import { CLASSES } from './pages_overview.jsx';

const WL_CLASS = { 'os-vuln': 'vuln', 'app-vuln': 'vuln', secret: 'secret', malware: 'malware', baseline: 'baseline', build: 'build' };
const ROWS = 100;

function subject(f) {
  if (f.package) return `${f.package.name || ''} ${f.package.version || ''}`;
  return f.path || f.match || '';
}

function FindingDetail({ f, onWhitelist, canWrite }) {
  const refs = f.references || [];
  return (
    <section class="card finding-detail" aria-label={'Finding ' + f.id}>
      <h3>{f.id} <Sev s={f.severity} /></h3>
      {f.title ? <p><strong>{f.title}</strong></p> : null}
      {f.description ? <p class="pre">{f.description}</p> : null}
      <dl>
        {f.package ? <><dt>Package</dt><dd>{f.package.name} {f.package.version} ({f.package.type})</dd></> : null}
        {f.fixed_version ? <><dt>Fixed version</dt><dd>{f.fixed_version}</dd></> : null}
        {f.path || (f.package && f.package.path) ? <><dt>Path</dt><dd class="mono">{f.path || f.package.path}{f.line ? ':' + f.line : ''}</dd></> : null}
        {f.match ? <><dt>Match</dt><dd class="mono pre">{f.match}</dd></> : null}
        {f.layer ? <><dt>Layer</dt><dd class="mono">{f.layer}</dd></> : null}
        {f.remediation ? <><dt>Remediation</dt><dd>{f.remediation}</dd></> : null}
        {f.suppressed ? <><dt>Whitelisted</dt><dd>{f.suppressed_by}</dd></> : null}
      </dl>
      {refs.length ? (
        <ul class="refs">
          {refs.map((r, i) => { const u = safeUrl(r); return <li key={i}>{u ? <a href={u} rel="noopener noreferrer" target="_blank">{r}</a> : <span>{r}</span>}</li>; })}
        </ul>
      ) : null}
      {canWrite && !f.suppressed ? <button onClick={() => onWhitelist(f)}>Whitelist this</button> : null}
    </section>
  );
}

function WhitelistDialog({ f, repository, onClose, onDone }) {
  const [scope, setScope] = useState('repository');
  const [note, setNote] = useState('');
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    try {
      const body = { class: WL_CLASS[f.class], id: f.id, note: note || undefined };
      if (scope === 'repository') body.repositories = [repository];
      await api('POST', '/whitelists', body);
      onDone();
    } catch (err) { setError(err); }
  };
  return (
    <Dialog title={'Whitelist ' + f.id} onClose={onClose}>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Scope</legend>
          <label class="inline"><input type="radio" name="scope" checked={scope === 'repository'} onChange={() => setScope('repository')} /> only {repository}</label>
          <label class="inline"><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> every repository</label>
        </fieldset>
        <Field label="Note"><input value={note} onInput={(e) => setNote(e.currentTarget.value)} /></Field>
        <ErrorBox error={error} />
        <div class="actions"><button type="submit" class="primary">Whitelist</button> <button type="button" onClick={onClose}>Cancel</button></div>
      </form>
    </Dialog>
  );
}

// Fix: every fixable OS vulnerability, or the ones ticked (ids).
function FixDialog({ image, findings, onClose }) {
  const fixable = [...new Set(findings.filter((f) => f.class === 'os-vuln' && f.fixed_version && !f.suppressed).map((f) => f.id))].sort();
  const [overwrite, setOverwrite] = useState(false);
  const [all, setAll] = useState(true);
  const [ids, setIds] = useState(new Set());
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    try {
      const body = { registry: image.registry, repository: image.repository, tag: image.tag, overwrite };
      if (!all) body.ids = [...ids];
      const r = await api('POST', '/images/fix', body);
      location.hash = '#/tasks/' + r.task;
    } catch (err) { setError(err); }
  };
  const toggle = (id) => { const n = new Set(ids); if (n.has(id)) n.delete(id); else n.add(id); setIds(n); };
  return (
    <Dialog title={'Fix ' + image.repository + ':' + image.tag} onClose={onClose}>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Vulnerabilities</legend>
          <label class="inline"><input type="radio" name="which" checked={all} onChange={() => setAll(true)} /> every fixable OS vulnerability ({fixable.length})</label>
          <label class="inline"><input type="radio" name="which" checked={!all} onChange={() => setAll(false)} /> only these:</label>
          <div class="fix-ids">
            {fixable.map((id) => <label class="inline" key={id}><input type="checkbox" disabled={all} checked={ids.has(id)} onChange={() => toggle(id)} /> {id}</label>)}
          </div>
        </fieldset>
        <label class="inline"><input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.currentTarget.checked)} /> overwrite the tag (otherwise a new tag, TAG_fixed, is pushed)</label>
        <p class="hint">A repository with immutable tags refuses an overwrite: leave it off there.</p>
        <ErrorBox error={error} />
        <div class="actions"><button type="submit" class="primary" disabled={!all && !ids.size}>Start the fix</button> <button type="button" onClick={onClose}>Cancel</button></div>
      </form>
    </Dialog>
  );
}

// What rescans against newer advisory DBs added to and removed from the
// image's vulnerabilities (GET /images/changes), newest first; the ids are text.
const CHANGES_SHOWN = 50;
function Changes({ items }) {
  const shown = items.slice(-CHANGES_SHOWN).reverse();
  return (
    <section class="card changes" aria-labelledby="changes-h">
      <h2 id="changes-h">Change history ({items.length})</h2>
      {!items.length ? <p>No change since the first scan: rescans against newer advisory DBs found nothing new.</p> : (
        <div class="table-scroll" tabIndex="0" role="region" aria-label="Change history table">
          <table class="changes">
            <thead><tr><th scope="col">When</th><th scope="col">Advisory DB</th><th scope="col">Added</th><th scope="col">Removed</th><th scope="col">Task</th></tr></thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.id} data-change={c.id}>
                  <td>{fmtTime(c.at)}</td><td>{c.db_built_at ? fmtTime(c.db_built_at) : ''}</td>
                  <td class="wrap added">{c.added.join(', ')}</td><td class="wrap removed">{c.removed.join(', ')}</td>
                  <td>{c.task ? <a href={'#/tasks/' + c.task}>#{c.task}</a> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length > CHANGES_SHOWN ? <p class="hint">The newest {CHANGES_SHOWN} of {items.length}.</p> : null}
    </section>
  );
}

export function ImageDetail({ params, role }) {
  const image = { registry: params.get('registry'), repository: params.get('repository'), tag: params.get('tag') };
  const [picked, setTab] = useState(null);
  const [sev, setSev] = useState('');
  const [search, setSearch] = useState('');
  const [showSuppressed, setShowSuppressed] = useState(false);
  const [limit, setLimit] = useState(ROWS);
  const [open, setOpen] = useState(null);
  const [wl, setWl] = useState(null);
  const [fix, setFix] = useState(false);
  const [canFix, setCanFix] = useState(false);
  useEffect(() => { available('/images/fix').then(setCanFix); }, []);
  const [{ data, error }, reload] = useAsync(async () => {
    // both at once: the report is most of the wait (404 not_scanned: none yet)
    const [status, report, changes] = await Promise.all([
      api('GET', '/images/status' + q(image)),
      api('GET', '/images/report' + q({ ...image, format: 'json' })).catch((e) => { if (e.status === 404) return null; throw e; }),
      // the history is an extra: a service without it (404) or a failure leaves the page as it is
      api('GET', '/images/changes' + q({ ...image, limit: 1000 })).then((r) => r.items, () => null),
    ]);
    return { status, report, changes };
  }, [image.registry, image.repository, image.tag]);
  const findings = (data && data.report && data.report.findings) || [];
  const counts = useMemo(() => {
    const c = {};
    for (const f of findings) if (!f.suppressed) c[f.class] = (c[f.class] || 0) + 1;
    return c;
  }, [findings]);
  // the first class with findings until one is picked
  const tab = picked || (CLASSES.find(([k]) => counts[k]) || CLASSES[0])[0];
  const rows = useMemo(() => {
    const s = search.toLowerCase();
    return findings.filter((f) => f.class === tab && (showSuppressed || !f.suppressed) && (!sev || f.severity === sev) &&
      (!s || (f.id + ' ' + subject(f) + ' ' + (f.title || '')).toLowerCase().includes(s)));
  }, [findings, tab, sev, search, showSuppressed]);
  useEffect(() => setLimit(ROWS), [tab, sev, search]);
  // the moment the findings are on screen and answer input (the browser test reads it)
  useEffect(() => { if (data && data.report) performance.mark('dd-image-ready'); }, [data]);
  if (error) return <ErrorBox error={error} />;
  if (!data) return <p>Loading…</p>;
  const st = data.status;
  const canWrite = role === 'admin';
  return (
    <div>
      <h1 class="wrap">{image.repository}:{image.tag}</h1>
      <p class="meta">
        <span>Registry {image.registry}</span> · <span>Status <span class={'state state-' + st.status}>{st.status}</span></span>
        {st.digest ? <> · <span class="mono">{st.digest}</span></> : null}
        {st.scanned_at ? <> · scanned {fmtTime(st.scanned_at)}</> : null}
        {st.blocked ? <> · <span class="blocked">Blocked</span></> : null}
      </p>
      {st.blocked ? <p class="block-reason blocked" role="status">Blocked: {st.blocked_reason || 'no reason given'}</p> : null}
      <div class="actions">
        {canWrite ? <button onClick={async () => { const r = await api('POST', '/images/scan', image); location.hash = '#/tasks/' + r.task; }}>Scan again</button> : null}
        {canWrite && canFix ? <button onClick={() => setFix(true)}>Fix…</button> : null}
      </div>
      {!data.report ? <p>No stored scan for this image yet.</p> : (
        <>
          <div role="tablist" aria-label="Risk classes" class="tabs">
            {CLASSES.map(([k, label]) => (
              <button role="tab" id={'tab-' + k} aria-selected={tab === k} aria-controls="findings-panel" tabIndex={tab === k ? 0 : -1} key={k}
                onClick={() => { setTab(k); setOpen(null); }}
                onKeyDown={(e) => {
                  const i = CLASSES.findIndex((c) => c[0] === tab);
                  const n = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                  if (n) { const next = CLASSES[(i + n + CLASSES.length) % CLASSES.length][0]; setTab(next); document.getElementById('tab-' + next).focus(); }
                }}>
                {label} <span class="badge" data-count={counts[k] || 0}>{counts[k] || 0}</span>
              </button>
            ))}
          </div>
          <div id="findings-panel" role="tabpanel" aria-labelledby={'tab-' + tab}>
            <form class="filters" onSubmit={(e) => e.preventDefault()}>
              <Field label="Severity">
                <select value={sev} onChange={(e) => setSev(e.currentTarget.value)}>
                  <option value="">any</option>
                  {SEVERITIES.map((s) => <option key={s} value={s}>{SEV_LABEL[s]}</option>)}
                </select>
              </Field>
              <Field label="Search"><input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} /></Field>
              <label class="inline"><input type="checkbox" checked={showSuppressed} onChange={(e) => setShowSuppressed(e.currentTarget.checked)} /> show whitelisted</label>
            </form>
            <p class="rows-count" aria-live="polite">{rows.length} findings</p>
            <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table">
              <table class="findings">
                <thead><tr><th scope="col">ID</th><th scope="col">Severity</th><th scope="col">Subject</th><th scope="col">Fixed in</th></tr></thead>
                <tbody>
                  {rows.slice(0, limit).map((f, i) => (
                    <tr key={f.class + f.id + i} class={f.suppressed ? 'suppressed' : ''}>
                      <td><button class="link" aria-expanded={open === f} onClick={() => setOpen(open === f ? null : f)}>{f.id}</button></td>
                      <td><Sev s={f.severity} /></td>
                      <td class="wrap">{subject(f)}</td>
                      <td>{f.fixed_version || ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {rows.length > limit ? <button onClick={() => setLimit(limit + 500)}>Show more ({rows.length - limit} left)</button> : null}
            {open ? <FindingDetail f={open} canWrite={canWrite} onWhitelist={setWl} /> : null}
          </div>
        </>
      )}
      {data.changes ? <Changes items={data.changes} /> : null}
      {wl ? <WhitelistDialog f={wl} repository={image.repository} onClose={() => setWl(null)} onDone={() => { setWl(null); setOpen(null); reload(); }} /> : null}
      {fix ? <FixDialog image={image} findings={findings} onClose={() => setFix(false)} /> : null}
    </div>
  );
}

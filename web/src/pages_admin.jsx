// Rules, registries, whitelists, notifiers, chains: lists with create,
// edit and delete forms over the API.
import { useState, useEffect } from 'preact/hooks';
import { api, available } from './api.js';
import { ErrorBox, useAsync, Field, fmtTime } from './ui.jsx';

async function all(path) {
  const r = await api('GET', path + (path.includes('?') ? '&' : '?') + 'limit=1000');
  return r.items || r;
}

function Form({ fields, initial, onSubmit, submitLabel, onCancel }) {
  const [v, setV] = useState(initial);
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    try { await onSubmit(v); } catch (err) { setError(err); }
  };
  return (
    <form class="card form" onSubmit={submit}>
      {fields.map((f) => (
        f.type === 'checkbox'
          ? <label class="inline" key={f.name}><input type="checkbox" name={f.name} checked={!!v[f.name]} onChange={(e) => setV({ ...v, [f.name]: e.currentTarget.checked })} /> {f.label}</label>
          : f.type === 'select'
            ? <Field label={f.label} key={f.name}><select name={f.name} value={v[f.name] ?? ''} onChange={(e) => setV({ ...v, [f.name]: e.currentTarget.value })}>{f.options.map((o) => <option key={o} value={o}>{o}</option>)}</select></Field>
            : <Field label={f.label} key={f.name} hint={f.hint}><input name={f.name} type={f.type || 'text'} required={f.required} value={v[f.name] ?? ''} onInput={(e) => setV({ ...v, [f.name]: e.currentTarget.value })} /></Field>
      ))}
      <ErrorBox error={error} />
      <div class="actions"><button type="submit" class="primary">{submitLabel}</button>{onCancel ? <button type="button" onClick={onCancel}>Cancel</button> : null}</div>
    </form>
  );
}

const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== '' && x !== undefined && x !== null));

export function Registries({ role }) {
  const [{ data, error }, reload] = useAsync(() => all('/registries'), []);
  const [edit, setEdit] = useState(null);
  const [tests, setTests] = useState({});
  const admin = role === 'admin';
  const fields = [
    { name: 'name', label: 'Name', required: true },
    { name: 'url', label: 'URL', required: true, hint: 'http://HOST:PORT or https://HOST' },
    { name: 'type', label: 'Type', type: 'select', options: ['distribution', 'harbor', 'acr', 'quay', 'gitlab'] },
    { name: 'username', label: 'Username' },
    { name: 'password', label: 'Password', type: 'password', hint: 'write-only: never shown again' },
    { name: 'plain_http', label: 'Plain HTTP', type: 'checkbox' },
  ];
  // only the form's fields: a listed registry also carries read-only ones (source, has_password...);
  // an empty password on edit keeps the stored one
  const save = async (v) => {
    const body = clean({ name: v.name, url: v.url, type: v.type, username: v.username, password: v.password, plain_http: !!v.plain_http });
    if (edit === 'new') await api('POST', '/registries', body);
    else await api('PUT', '/registries/' + encodeURIComponent(v.name), body);
    setEdit(null); reload();
  };
  const test = async (name) => {
    setTests({ ...tests, [name]: { message: 'testing…' } });
    try { const r = await api('POST', '/registries/' + encodeURIComponent(name) + '/test'); setTests((t) => ({ ...t, [name]: r })); }
    catch (e) { setTests((t) => ({ ...t, [name]: { ok: false, message: e.message } })); }
  };
  return (
    <div>
      <h1>Registries</h1>
      <ErrorBox error={error} />
      {admin && !edit ? <button class="primary" onClick={() => setEdit('new')}>Add a registry</button> : null}
      {edit ? <Form fields={edit === 'new' ? fields : fields.filter((f) => f.name !== 'name')} initial={edit === 'new' ? { type: 'distribution' } : { ...edit }} onSubmit={save} submitLabel="Save" onCancel={() => setEdit(null)} /> : null}
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table"><table>
        <thead><tr><th scope="col">Name</th><th scope="col">URL</th><th scope="col">Type</th><th scope="col">Source</th><th scope="col">Actions</th></tr></thead>
        <tbody>{(data || []).map((r) => (
          <tr key={r.name}>
            <td>{r.name}</td><td class="wrap">{r.url}</td><td>{r.type}</td><td>{r.source}</td>
            <td>
              {admin ? <button onClick={() => test(r.name)}>Test</button> : null}
              {admin && r.source !== 'config' ? <> <button onClick={() => setEdit(r)}>Edit</button> <button class="danger" onClick={async () => { await api('DELETE', '/registries/' + encodeURIComponent(r.name)); reload(); }}>Delete</button></> : null}
              {tests[r.name] ? <p class={'test-result ' + (tests[r.name].ok ? 'ok' : tests[r.name].ok === false ? 'bad' : '')} role="status">{tests[r.name].message}</p> : null}
            </td>
          </tr>
        ))}</tbody>
      </table></div>
    </div>
  );
}

// A list page whose form picks a registry (rules, chains): its items and the
// registries, the edit and message state, and the form's first two fields.
function useRegistryList(path) {
  const [{ data, error }, reload] = useAsync(async () => ({ items: await all(path), registries: await all('/registries') }), []);
  const [edit, setEdit] = useState(null);
  const [msg, setMsg] = useState(null);
  const regs = (data && data.registries) || [];
  const head = [{ name: 'name', label: 'Name', required: true }, { name: 'registry', label: 'Registry', type: 'select', options: regs.map((r) => r.name) }];
  return { data, error, reload, edit, setEdit, msg, setMsg, regs, head };
}

export function Rules({ role }) {
  const { data, error, reload, edit, setEdit, msg, setMsg, regs, head } = useRegistryList('/rules');
  const admin = role === 'admin';
  const fields = [
    ...head,
    { name: 'namespace', label: 'Namespace', hint: 'a leading path, e.g. library' },
    { name: 'repository', label: 'Repository', hint: 'a full repository name (empty: every repository under the namespace)' },
    { name: 'tag_regex', label: 'Tag regex', hint: 'POSIX ERE, default .*' },
    { name: 'cycle', label: 'Periodic scan', type: 'select', options: ['off', '3d', '1w', '2w'] },
    { name: 'on_push', label: 'Scan on push', type: 'checkbox' },
  ];
  const save = async (v) => {
    const body = clean({ name: v.name, registry: v.registry, namespace: v.namespace, repository: v.repository, tag_regex: v.tag_regex, cycle: v.cycle, on_push: !!v.on_push });
    if (edit === 'new') await api('POST', '/rules', body); else await api('PUT', '/rules/' + v.id, body);
    setEdit(null); reload();
  };
  const scan = async (id) => {
    try { const r = await api('POST', `/rules/${id}/scan`); location.hash = '#/tasks/' + r.task; } catch (e) { setMsg(e); }
  };
  return (
    <div>
      <h1>Rules</h1>
      <ErrorBox error={error || msg} />
      {admin && !edit ? <button class="primary" onClick={() => setEdit('new')}>Add a rule</button> : null}
      {edit ? <Form fields={fields} initial={edit === 'new' ? { registry: regs[0] ? regs[0].name : '', cycle: 'off', tag_regex: '.*' } : { ...edit }} onSubmit={save} submitLabel="Save" onCancel={() => setEdit(null)} /> : null}
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table"><table>
        <thead><tr><th scope="col">Name</th><th scope="col">Registry</th><th scope="col">Scope</th><th scope="col">Tags</th><th scope="col">On push</th><th scope="col">Cycle</th><th scope="col">Actions</th></tr></thead>
        <tbody>{((data && data.items) || []).map((r) => (
          <tr key={r.id}>
            <td>{r.name}</td><td>{r.registry}</td><td class="wrap">{r.repository || (r.namespace ? r.namespace + '/*' : 'all')}</td><td class="mono">{r.tag_regex}</td>
            <td>{r.on_push ? 'yes' : 'no'}</td><td>{r.cycle || 'off'}</td>
            <td>{admin ? <><button onClick={() => scan(r.id)}>Scan now</button> <button onClick={() => setEdit(r)}>Edit</button> <button class="danger" onClick={async () => { await api('DELETE', '/rules/' + r.id); reload(); }}>Delete</button></> : null}</td>
          </tr>
        ))}</tbody>
      </table></div>
    </div>
  );
}

export function Whitelists({ role }) {
  const [{ data, error }, reload] = useAsync(() => all('/whitelists'), []);
  const [adding, setAdding] = useState(false);
  const admin = role === 'admin';
  const fields = [
    { name: 'class', label: 'Class', type: 'select', options: ['vuln', 'secret', 'malware', 'baseline', 'build'] },
    { name: 'id', label: 'ID', required: true, hint: 'a vulnerability id or a rule id' },
    { name: 'repositories', label: 'Repositories', hint: 'globs, comma-separated (empty: all)' },
    { name: 'note', label: 'Note' },
    { name: 'expires', label: 'Expires', hint: 'RFC 3339, e.g. 2027-01-01T00:00:00Z' },
  ];
  const save = async (v) => {
    const body = clean({ ...v, repositories: v.repositories ? v.repositories.split(',').map((s) => s.trim()).filter(Boolean) : undefined });
    await api('POST', '/whitelists', body);
    setAdding(false); reload();
  };
  return (
    <div>
      <h1>Whitelists</h1>
      <ErrorBox error={error} />
      {admin && !adding ? <button class="primary" onClick={() => setAdding(true)}>Add a whitelist rule</button> : null}
      {adding ? <Form fields={fields} initial={{ class: 'vuln' }} onSubmit={save} submitLabel="Add" onCancel={() => setAdding(false)} /> : null}
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table"><table>
        <thead><tr><th scope="col">#</th><th scope="col">Class</th><th scope="col">ID</th><th scope="col">Repositories</th><th scope="col">Note</th><th scope="col">Expires</th><th scope="col">Actions</th></tr></thead>
        <tbody>{(data || []).map((w) => (
          <tr key={w.whitelist}>
            <td>{w.whitelist}</td><td>{w.class}</td><td>{w.id}</td><td class="wrap">{(w.repositories || []).join(', ') || 'all'}</td><td class="wrap">{w.note}</td><td>{fmtTime(w.expires)}</td>
            <td>{admin ? <button class="danger" onClick={async () => { await api('DELETE', '/whitelists/' + w.whitelist); reload(); }}>Delete</button> : null}</td>
          </tr>
        ))}</tbody>
      </table></div>
    </div>
  );
}

// Pages of APIs other issues add: "not available" until the service has them.
function Optional({ path, title, children }) {
  const [ok, setOk] = useState(null);
  useEffect(() => { available(path).then(setOk); }, []);
  if (ok === null) return <p>Loading…</p>;
  if (!ok) return <div><h1>{title}</h1><p class="hint">Not available: this service has no {path} API yet.</p></div>;
  return children;
}

function NotifierList({ role }) {
  const [{ data, error }, reload] = useAsync(() => all('/notifiers'), []);
  const [adding, setAdding] = useState(false);
  const [msg, setMsg] = useState({});
  const admin = role === 'admin';
  const fields = [
    { name: 'name', label: 'Name', required: true },
    { name: 'type', label: 'Type', type: 'select', options: ['http', 'https', 'dingtalk'] },
    { name: 'url', label: 'URL', required: true },
    { name: 'secret', label: 'Secret', type: 'password' },
  ];
  const save = async (v) => { await api('POST', '/notifiers', clean(v)); setAdding(false); reload(); };
  const test = async (n) => {
    try { await api('POST', '/notifiers/' + encodeURIComponent(n) + '/test'); setMsg({ ...msg, [n]: 'test message sent' }); }
    catch (e) { setMsg({ ...msg, [n]: e.message }); }
  };
  return (
    <div>
      <h1>Notifiers</h1>
      <ErrorBox error={error} />
      {admin && !adding ? <button class="primary" onClick={() => setAdding(true)}>Add a notifier</button> : null}
      {adding ? <Form fields={fields} initial={{ type: 'http' }} onSubmit={save} submitLabel="Add" onCancel={() => setAdding(false)} /> : null}
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table"><table>
        <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">URL</th><th scope="col">Actions</th></tr></thead>
        <tbody>{(data || []).map((n) => (
          <tr key={n.name}><td>{n.name}</td><td>{n.type}</td><td class="wrap">{n.url}</td>
            <td>{admin ? <><button onClick={() => test(n.name)}>Send a test</button> <button class="danger" onClick={async () => { await api('DELETE', '/notifiers/' + encodeURIComponent(n.name)); reload(); }}>Delete</button></> : null}{msg[n.name] ? <p role="status">{msg[n.name]}</p> : null}</td></tr>
        ))}</tbody>
      </table></div>
    </div>
  );
}

// A chain's document as a flat form and back: block_if's counts (empty: not
// checked) and classes (none ticked: every class), on_block, on_pass, notifiers.
const SEVS = ['critical', 'high', 'medium', 'low', 'unknown'];
const CHAIN_CLASSES = ['os-vuln', 'app-vuln', 'secret', 'baseline', 'malware', 'build'];
function chainForm(c) {
  const b = c.block_if || {}, v = { name: c.name, registry: c.registry, repository: c.repository, tag_regex: c.tag_regex || '.*',
    delete: !!(c.on_block && c.on_block.delete), backup_to: (c.on_block && c.on_block.backup_to) || '',
    promote_to: (c.on_pass && c.on_pass.promote_to) || '', auto_fix: !!c.auto_fix, notifiers: (c.notifiers || []).join(', ') };
  for (const s of SEVS) v['block_' + s] = b[s] ?? '';
  for (const k of CHAIN_CLASSES) v['cls_' + k] = (b.classes || []).includes(k);
  return v;
}
function chainBody(v) {
  const block_if = {};
  for (const s of SEVS) if (v['block_' + s] !== '' && v['block_' + s] !== undefined) block_if[s] = Number(v['block_' + s]);
  const classes = CHAIN_CLASSES.filter((k) => v['cls_' + k]);
  if (classes.length) block_if.classes = classes;
  const body = { name: v.name, registry: v.registry, repository: v.repository, tag_regex: v.tag_regex || '.*', block_if,
    on_block: clean({ delete: v.delete || undefined, backup_to: v.backup_to }), on_pass: clean({ promote_to: v.promote_to }), auto_fix: !!v.auto_fix };
  const n = (v.notifiers || '').split(',').map((x) => x.trim()).filter(Boolean);
  if (n.length) body.notifiers = n;
  return body;
}

function ChainList({ role }) {
  const { data, error, reload, edit, setEdit, msg, setMsg, regs, head } = useRegistryList('/chains');
  const admin = role === 'admin';
  const fields = [
    ...head,
    { name: 'repository', label: 'Repository', required: true, hint: 'a glob on full repository names, e.g. staging/*' },
    { name: 'tag_regex', label: 'Tag regex', hint: 'POSIX ERE, default .*' },
    ...SEVS.map((s) => ({ name: 'block_' + s, label: 'Block at ' + (s === 'unknown' ? 'unrated' : s), type: 'number', hint: 'findings (empty: not checked)' })),
    ...CHAIN_CLASSES.map((k) => ({ name: 'cls_' + k, label: 'Count ' + k + ' findings', type: 'checkbox' })),
    { name: 'backup_to', label: 'Back up blocked images to', hint: 'a namespace, e.g. quarantine' },
    { name: 'delete', label: 'Delete blocked images (after the backup)', type: 'checkbox' },
    { name: 'auto_fix', label: 'Fix blocked images (a TAG_fixed push)', type: 'checkbox' },
    { name: 'promote_to', label: 'Promote passing images to', hint: 'a namespace, e.g. release' },
    { name: 'notifiers', label: 'Notifiers', hint: 'names, comma-separated (empty: every notifier of image_blocked)' },
  ];
  const save = async (v) => {
    if (edit === 'new') await api('POST', '/chains', chainBody(v));
    else await api('PUT', '/chains/' + encodeURIComponent(edit.name), chainBody({ ...v, name: edit.name }));
    setEdit(null); reload();
  };
  const del = async (name) => {
    try { await api('DELETE', '/chains/' + encodeURIComponent(name)); reload(); } catch (e) { setMsg(e); }
  };
  return (
    <div>
      <h1>Chains</h1>
      <ErrorBox error={error || msg} />
      {admin && !edit ? <button class="primary" onClick={() => setEdit('new')}>Add a chain</button> : null}
      {edit ? <Form key={edit === 'new' ? '' : edit.name} fields={edit === 'new' ? fields : fields.filter((f) => f.name !== 'name')}
        initial={edit === 'new' ? { registry: regs[0] ? regs[0].name : '', tag_regex: '.*' } : chainForm(edit)}
        onSubmit={save} submitLabel="Save" onCancel={() => setEdit(null)} /> : null}
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table"><table>
        <thead><tr><th scope="col">Name</th><th scope="col">Registry</th><th scope="col">Repository</th><th scope="col">Blocks if</th><th scope="col">On block</th><th scope="col">Actions</th></tr></thead>
        <tbody>{((data && data.items) || []).map((c) => (
          <tr key={c.name}><td>{c.name}</td><td>{c.registry}</td><td>{c.repository}</td><td class="mono">{JSON.stringify(c.block_if || {})}</td><td class="mono">{JSON.stringify(c.on_block || {})}</td>
            <td>{admin ? <><button onClick={() => setEdit(c)}>Edit</button> <button class="danger" onClick={() => del(c.name)}>Delete</button></> : null}</td></tr>
        ))}</tbody>
      </table></div>
    </div>
  );
}

export const Notifiers = ({ role }) => <Optional path="/notifiers" title="Notifiers"><NotifierList role={role} /></Optional>;
export const Chains = ({ role }) => <Optional path="/chains" title="Chains"><ChainList role={role} /></Optional>;
export { fmtTime };

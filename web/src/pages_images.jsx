import { useMemo, useState } from 'preact/hooks';
import { api, q } from './api.js';
import { SEVERITIES, SEV_LABEL, Sev, ErrorBox, useAsync, fmtTime, Field } from './ui.jsx';

const RANK = { critical: 0, high: 1, medium: 2, low: 3, unknown: 4, none: 5, not_scanned: 6 };
const PER_PAGE = 25;

export function imageHref(i) {
  return '#/image' + q({ registry: i.registry, repository: i.repository, tag: i.tag });
}

export function Images() {
  const [f, setF] = useState({ registry: '', repository: '', tag: '', risk: '' });
  const [sort, setSort] = useState({ key: 'risk', dir: 1 });
  const [page, setPage] = useState(0);
  const [{ data, error, loading }] = useAsync(async () => {
    // every image the store knows, 1,000 per request
    let all = [], after = 0;
    for (let n = 0; n < 100; n++) {
      const r = await api('GET', '/images' + q({ limit: 1000, after }));
      all = all.concat(r.items);
      if (!r.next_after || r.items.length < 1000) break;
      after = r.next_after;
    }
    return all;
  }, []);
  const rows = useMemo(() => {
    if (!data) return [];
    const has = (v, s) => !s || String(v || '').toLowerCase().includes(s.toLowerCase());
    const r = data.filter((i) => has(i.registry, f.registry) && has(i.repository, f.repository) && has(i.tag, f.tag) && (!f.risk || i.risk === f.risk));
    const key = (i) => (sort.key === 'risk' ? RANK[i.risk] ?? 9 : String(i[sort.key] || ''));
    r.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * sort.dir);
    return r;
  }, [data, f, sort]);
  const set = (k) => (e) => { setF({ ...f, [k]: e.currentTarget.value }); setPage(0); };
  const head = (k, label) => (
    <th scope="col" aria-sort={sort.key === k ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none'}>
      <button class="link" onClick={() => setSort({ key: k, dir: sort.key === k ? -sort.dir : 1 })}>{label}{sort.key === k ? (sort.dir > 0 ? ' ▲' : ' ▼') : ''}</button>
    </th>
  );
  const pages = Math.max(1, Math.ceil(rows.length / PER_PAGE));
  const shown = rows.slice(page * PER_PAGE, (page + 1) * PER_PAGE);
  return (
    <div>
      <h1>Images</h1>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <Field label="Registry"><input value={f.registry} onInput={set('registry')} /></Field>
        <Field label="Repository"><input value={f.repository} onInput={set('repository')} /></Field>
        <Field label="Tag"><input value={f.tag} onInput={set('tag')} /></Field>
        <Field label="Risk">
          <select value={f.risk} onChange={set('risk')}>
            <option value="">any</option>
            {[...SEVERITIES, 'none', 'not_scanned'].map((s) => <option value={s} key={s}>{SEV_LABEL[s]}</option>)}
          </select>
        </Field>
      </form>
      <ErrorBox error={error} />
      {loading && !data ? <p>Loading…</p> : null}
      <div class="table-scroll" tabIndex="0" role="region" aria-label="Scrollable table">
        <table>
          <thead><tr>{head('registry', 'Registry')}{head('repository', 'Repository')}{head('tag', 'Tag')}{head('risk', 'Risk')}<th scope="col">Findings</th>{head('scanned_at', 'Scanned')}</tr></thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.id}>
                <td>{i.registry}</td>
                <td><a href={imageHref(i)}>{i.repository}</a></td>
                <td>{i.tag}</td>
                <td><Sev s={i.risk} />{i.blocked ? <> <span class="blocked">Blocked</span></> : null}</td>
                <td>{i.summary ? SEVERITIES.map((s) => i.summary[s] ? <span key={s} class={'count sev-' + s} title={SEV_LABEL[s]}>{SEV_LABEL[s][0]}:{i.summary[s]} </span> : null) : '–'}</td>
                <td>{fmtTime(i.scanned_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label="Pages">
        <button disabled={page === 0} onClick={() => setPage(page - 1)}>Previous</button>
        <span>Page {page + 1} of {pages} ({rows.length} images)</span>
        <button disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>Next</button>
      </nav>
    </div>
  );
}

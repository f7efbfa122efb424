import { api } from './api.js';
import { SEVERITIES, SEV_LABEL, ErrorBox, useAsync, Progress, fmtTime } from './ui.jsx';
import { imageHref } from './pages_images.jsx';

const CLASSES = [['os-vuln', 'System vulnerabilities'], ['app-vuln', 'Application vulnerabilities'], ['baseline', 'Baseline'],
  ['malware', 'Malicious samples'], ['secret', 'Sensitive files'], ['build', 'Build-command risks']];

function Bars({ title, data, keys, labels }) {
  const max = Math.max(1, ...keys.map((k) => data[k] || 0));
  return (
    <section class="card">
      <h2>{title}</h2>
      <svg class="bars" viewBox={`0 0 300 ${keys.length * 22}`} role="img" aria-label={title + ': ' + keys.map((k) => `${labels[k] || k} ${data[k] || 0}`).join(', ')}>
        {keys.map((k, i) => (
          <g key={k}>
            <text x="0" y={i * 22 + 15} class="bar-label">{labels[k] || k}</text>
            <rect x="150" y={i * 22 + 4} height="14" width={Math.max(1, (110 * (data[k] || 0)) / max)} class={'fill-' + k} />
            <text x={155 + (110 * (data[k] || 0)) / max} y={i * 22 + 15} class="bar-value">{data[k] || 0}</text>
          </g>
        ))}
      </svg>
    </section>
  );
}

function Trend({ trend }) {
  const w = 300, h = 120;
  if (!trend.length) return <section class="card"><h2>Trend</h2><p>No scans in the last 30 days.</p></section>;
  const tot = (d) => SEVERITIES.reduce((a, s) => a + (d[s] || 0), 0);
  const max = Math.max(1, ...trend.map(tot));
  const x = (i) => (trend.length === 1 ? w / 2 : (i * (w - 20)) / (trend.length - 1) + 10);
  const line = (f) => trend.map((d, i) => `${x(i)},${h - 10 - ((h - 20) * f(d)) / max}`).join(' ');
  return (
    <section class="card">
      <h2>Trend (findings in scans per day)</h2>
      <svg viewBox={`0 0 ${w} ${h}`} class="trend" role="img" aria-label={'Findings per day: ' + trend.map((d) => `${d.date} ${tot(d)}`).join(', ')}>
        <polyline points={line(tot)} class="line-total" />
        <polyline points={line((d) => (d.critical || 0) + (d.high || 0))} class="line-high" />
        {trend.map((d, i) => <circle key={d.date} cx={x(i)} cy={h - 10 - ((h - 20) * tot(d)) / max} r="3" class="dot-total" />)}
        {trend.map((d, i) => <circle key={'h' + d.date} cx={x(i)} cy={h - 10 - ((h - 20) * ((d.critical || 0) + (d.high || 0))) / max} r="3" class="dot-high" />)}
      </svg>
      <p class="legend"><span class="key key-total" /> all findings <span class="key key-high" /> critical + high · {trend[0].date} to {trend[trend.length - 1].date}</p>
    </section>
  );
}

export function Overview() {
  const [{ data, error, loading }] = useAsync(() => api('GET', '/overview'), []);
  if (error) return <ErrorBox error={error} />;
  if (loading && !data) return <p>Loading…</p>;
  const riskKeys = [...SEVERITIES, 'none', 'not_scanned'];
  return (
    <div>
      <h1>Overview</h1>
      <p>{data.images} images known{data.truncated ? ' (counted in part: over 100,000 images, or over 2,000 with whitelists)' : ''}.
        {' '}<span class="whitelisted" data-count={data.findings_whitelisted || 0}>{data.findings_whitelisted || 0} whitelisted findings</span> are left out of the counts, as on the image pages.</p>
      <div class="grid">
        <Bars title="Images by risk level" data={data.images_by_risk} keys={riskKeys} labels={SEV_LABEL} />
        <Bars title="Findings by severity" data={data.findings_by_severity} keys={SEVERITIES} labels={SEV_LABEL} />
        <Bars title="Findings by class" data={data.findings_by_class} keys={CLASSES.map((c) => c[0])} labels={Object.fromEntries(CLASSES)} />
        <Trend trend={data.trend} />
      </div>
      <section class="card">
        <h2>Blocked images ({data.blocked_count})</h2>
        {data.blocked_images.length ? (
          <div class="table-scroll" tabIndex="0" role="region" aria-label="Blocked images">
          <table>
            <thead><tr><th scope="col">Image</th><th scope="col">Digest</th><th scope="col">Reason</th><th scope="col">Blocked</th></tr></thead>
            <tbody>
              {data.blocked_images.map((b) => (
                <tr key={b.digest}>
                  <td class="wrap"><a href={imageHref(b)}>{b.registry}/{b.repository}:{b.tag}</a></td>
                  <td class="mono">{b.digest.slice(0, 19)}</td><td class="wrap">{b.reason || ''}</td><td>{fmtTime(b.blocked_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        ) : <p>No image is blocked.</p>}
      </section>
      <section class="card">
        <h2>Recent tasks</h2>
        <div class="table-scroll" tabIndex="0" role="region" aria-label="Recent tasks">
        <table>
          <thead><tr><th scope="col">Task</th><th scope="col">Kind</th><th scope="col">State</th><th scope="col">Progress</th><th scope="col">Created</th></tr></thead>
          <tbody>
            {data.recent_tasks.map((t) => (
              <tr key={t.id}>
                <td><a href={'#/tasks/' + t.id}>#{t.id}</a></td><td>{t.kind}</td><td><span class={'state state-' + t.state}>{t.state}</span></td>
                <td><Progress done={t.done} total={t.total} failed={t.failed} label={'Task ' + t.id + ' progress'} /></td><td>{fmtTime(t.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </section>
    </div>
  );
}

export { CLASSES };

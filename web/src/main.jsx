// The drydock console: hash routes (#/images, #/tasks/7 ...), a session
// from the login form, and the pages over /api/v1. No inline script, no
// HTML from data: every string from an image is a text node.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, setCsrf, setUnauthorizedHandler, available } from './api.js';
import { startLive, stopLive } from './live.js';
import { ErrorBox, Field } from './ui.jsx';
import { Overview } from './pages_overview.jsx';
import { Images } from './pages_images.jsx';
import { ImageDetail } from './pages_image.jsx';
import { Rules, Registries, Whitelists, Notifiers, Chains } from './pages_admin.jsx';
import { Tasks, TaskDetail } from './pages_tasks.jsx';

function useHash() {
  const [h, setH] = useState(location.hash || '#/');
  useEffect(() => {
    const on = () => setH(location.hash || '#/');
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return h;
}

function Login({ onLogin }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    try {
      const s = await api('POST', '/session', { token }, { quiet401: true });
      onLogin(s);
    } catch (err) { setError(err); }
  };
  return (
    <main class="login">
      <h1>drydock</h1>
      <form onSubmit={submit} class="card form">
        <Field label="API token" hint="drydock token create --config FILE NAME --role admin|read">
          <input type="password" name="token" autocomplete="off" required value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        </Field>
        <ErrorBox error={error} />
        <button type="submit" class="primary">Log in</button>
      </form>
    </main>
  );
}

const NAV = [['#/', 'Overview'], ['#/images', 'Images'], ['#/rules', 'Rules'], ['#/registries', 'Registries'],
  ['#/whitelists', 'Whitelists'], ['#/tasks', 'Tasks'], ['#/notifiers', 'Notifiers', '/notifiers'], ['#/chains', 'Chains', '/chains']];

function Shell({ session, onLogout }) {
  const hash = useHash();
  const [extra, setExtra] = useState({});
  useEffect(() => {
    for (const [, , p] of NAV) if (p) available(p).then((ok) => setExtra((x) => ({ ...x, [p]: ok })));
  }, []);
  const [path, query] = hash.slice(1).split('?');
  const params = new URLSearchParams(query || '');
  const role = session.role;
  let page;
  let m;
  if (path === '/' || path === '') page = <Overview />;
  else if (path === '/images') page = <Images />;
  else if (path === '/image') page = <ImageDetail params={params} role={role} key={query} />;
  else if (path === '/rules') page = <Rules role={role} />;
  else if (path === '/registries') page = <Registries role={role} />;
  else if (path === '/whitelists') page = <Whitelists role={role} />;
  else if (path === '/tasks') page = <Tasks />;
  else if ((m = path.match(/^\/tasks\/(\d+)$/))) page = <TaskDetail id={m[1]} role={role} key={m[1]} />;
  else if (path === '/notifiers') page = <Notifiers role={role} />;
  else if (path === '/chains') page = <Chains role={role} />;
  else page = <p>No such page.</p>;
  const current = '#' + (path.startsWith('/tasks') ? '/tasks' : path === '/image' ? '/images' : path || '/');
  useEffect(() => { const h = document.querySelector('main h1'); if (h) document.title = h.textContent + ' · drydock'; });
  return (
    <>
      <a class="skip" href="#content" onClick={(e) => { e.preventDefault(); document.getElementById('content').focus(); }}>Skip to content</a>
      <header>
        <span class="brand">drydock</span>
        <nav aria-label="Main">
          {NAV.filter(([, , p]) => !p || extra[p]).map(([h, label]) => (
            <a key={h} href={h} aria-current={current === h ? 'page' : undefined}>{label}</a>
          ))}
        </nav>
        <span class="who">{session.role}</span>
        <button onClick={onLogout}>Log out</button>
      </header>
      <main id="content" tabIndex="-1">{page}</main>
    </>
  );
}

function App() {
  const [session, setSession] = useState(undefined);
  const [error, setError] = useState(null);
  useEffect(() => {
    setUnauthorizedHandler(() => { stopLive(); setSession(null); });
    api('GET', '/session', undefined, { quiet401: true }).then((s) => {
      setCsrf(s.csrf_token);
      setSession(s);
    }, (e) => { if (e.status === 401) setSession(null); else setError(e); });
  }, []);
  useEffect(() => { if (session) startLive(); }, [session]);
  if (error) return <main><ErrorBox error={error} /></main>;
  if (session === undefined) return <main><p>Loading…</p></main>;
  if (!session) return <Login onLogin={(s) => { setCsrf(s.csrf_token); setSession(s); }} />;
  const logout = async () => {
    try { await api('DELETE', '/session'); } catch (_) { /* gone already */ }
    stopLive();
    setCsrf(null);
    setSession(null);
  };
  return <Shell session={session} onLogout={logout} />;
}

const root = document.getElementById('app');
root.textContent = '';  // the no-script notice
render(<App />, root);

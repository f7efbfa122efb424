// Live task progress: one EventSource on /api/v1/events (Server-Sent
// Events, the session cookie authenticates it). Each `task` event is the
// task's list fields; subscribers get the map of tasks seen so far.
const tasks = new Map();
const subs = new Set();
let source = null;

export function startLive() {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource('/api/v1/events');
  source.addEventListener('task', (ev) => {
    let t;
    try { t = JSON.parse(ev.data); } catch (_) { return; }
    if (!t || typeof t.id !== 'number') return;
    tasks.set(t.id, t);
    for (const fn of subs) fn(t);
  });
}

export function stopLive() {
  if (source) source.close();
  source = null;
  tasks.clear();
}

export function subscribe(fn) {
  subs.add(fn);
  return () => subs.delete(fn);
}

export const liveTask = (id) => tasks.get(id);

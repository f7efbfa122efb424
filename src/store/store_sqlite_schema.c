/*
 * The SQLite store's schema, as numbered migrations: migration N brings a
 * store at user_version N-1 to N, in one transaction. Never edit a
 * released step; add one. Fields follow SERVICE.md; docs/store.md says
 * what each table is for and what the later issues add to it.
 */
#include <stddef.h>

#include "store/store_sqlite.h"

const char *const dd_store_sqlite_migrations[] = {
	/* 1: the service core (issue 13) */
	"CREATE TABLE registries ("
	"  name TEXT PRIMARY KEY, url TEXT NOT NULL, type TEXT NOT NULL DEFAULT 'distribution',"
	"  username TEXT, secret BLOB, password_env TEXT, authfile TEXT,"
	"  plain_http INTEGER NOT NULL DEFAULT 0, speed_limit INTEGER NOT NULL DEFAULT 0,"
	"  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
	"CREATE TABLE rules ("
	"  id INTEGER PRIMARY KEY, name TEXT NOT NULL, registry TEXT NOT NULL, namespace TEXT, repository TEXT,"
	"  tag_regex TEXT NOT NULL DEFAULT '.*', on_push INTEGER NOT NULL DEFAULT 0, cycle TEXT NOT NULL DEFAULT 'off',"
	"  time_range_days INTEGER NOT NULL DEFAULT 0, retention_days INTEGER NOT NULL DEFAULT 0,"
	"  scanners TEXT, notifiers TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
	"CREATE TABLE tasks ("
	"  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL, rule INTEGER,"
	"  scanners INTEGER NOT NULL DEFAULT 0, deadline INTEGER NOT NULL DEFAULT 0,"
	"  total INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,"
	"  created_at TEXT NOT NULL, started_at TEXT, finished_at TEXT);"
	"CREATE INDEX tasks_open ON tasks(state) WHERE state IN ('queued', 'running');"
	"CREATE TABLE task_items ("
	"  id INTEGER PRIMARY KEY, task INTEGER NOT NULL REFERENCES tasks(id),"
	"  registry TEXT NOT NULL, repository TEXT NOT NULL, tag TEXT NOT NULL, digest TEXT,"
	"  state TEXT NOT NULL, error TEXT, attempts INTEGER NOT NULL DEFAULT 0, scan INTEGER,"
	"  started_at TEXT, finished_at TEXT);"
	"CREATE INDEX task_items_task ON task_items(task, id);"
	"CREATE INDEX task_items_queue ON task_items(state, id) WHERE state IN ('queued', 'running');"
	"CREATE INDEX task_items_image ON task_items(registry, repository, tag, id);"
	"CREATE TABLE task_logs ("
	"  id INTEGER PRIMARY KEY, task INTEGER NOT NULL, at TEXT NOT NULL, image TEXT, step TEXT NOT NULL,"
	"  message TEXT NOT NULL);"
	"CREATE INDEX task_logs_task ON task_logs(task, id);"
	"CREATE TABLE images ("
	"  id INTEGER PRIMARY KEY, registry TEXT NOT NULL, repository TEXT NOT NULL, tag TEXT NOT NULL,"
	"  digest TEXT, pushed_at TEXT, scan INTEGER, updated_at TEXT NOT NULL,"
	"  UNIQUE (registry, repository, tag));"
	"CREATE TABLE scans ("
	"  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, digest TEXT NOT NULL, scanners INTEGER NOT NULL,"
	"  complete INTEGER NOT NULL, db_built_at TEXT, scanned_at TEXT NOT NULL, summary TEXT,"
	"  report BLOB NOT NULL);"
	"CREATE INDEX scans_digest ON scans(digest);"
	"CREATE TABLE whitelists ("
	"  id INTEGER PRIMARY KEY, class TEXT NOT NULL, vuln_id TEXT NOT NULL, repositories TEXT, note TEXT,"
	"  expires TEXT, created_at TEXT NOT NULL);"
	"CREATE TABLE tokens ("
	"  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,"
	"  created_at TEXT NOT NULL);"
	"CREATE TABLE quota (digest TEXT PRIMARY KEY, first_at TEXT NOT NULL);",
	/* 2: registry push events seen (webhook replays do nothing twice) */
	"CREATE TABLE push_events (id TEXT PRIMARY KEY, received_at TEXT NOT NULL);",
	/* 3: the product API of registries listed through it (quay, gitlab) */
	"ALTER TABLE registries ADD COLUMN api_url TEXT;"
	"ALTER TABLE registries ADD COLUMN api_token_env TEXT;",
	/* 4: fix through the API (issue 14 item 4): a fix task's request, the tag it
	 * wrote and its drydock.fix/v1 result; re-evaluation (item 5): each
	 * image's findings change after a rematch against a new advisory DB */
	"CREATE TABLE fixes ("
	"  task INTEGER PRIMARY KEY REFERENCES tasks(id), registry TEXT NOT NULL, repository TEXT NOT NULL,"
	"  tag TEXT NOT NULL, ids TEXT, overwrite INTEGER NOT NULL DEFAULT 0, fixed_tag TEXT, scan_task INTEGER,"
	"  result TEXT, finished_at TEXT);"
	"CREATE INDEX fixes_image ON fixes(registry, repository, tag, task);"
	"CREATE TABLE image_changes ("
	"  id INTEGER PRIMARY KEY, registry TEXT NOT NULL, repository TEXT NOT NULL, tag TEXT NOT NULL,"
	"  digest TEXT, task INTEGER, db_built_at TEXT, added TEXT NOT NULL, removed TEXT NOT NULL, at TEXT NOT NULL);"
	"CREATE INDEX image_changes_image ON image_changes(registry, repository, tag, id);",
	/* 5: periodic scans and speed limits (issue 14, ops-sched): a rule's last
	 * run found by index; each registry's token bucket (its next free pull,
	 * unix ms), in the store so that every task and process shares it */
	"CREATE INDEX tasks_rule ON tasks(rule, kind, created_at);"
	"CREATE TABLE speed_buckets (registry TEXT PRIMARY KEY, next_at INTEGER NOT NULL);",
	/* 6: notifications (issue 15, notify): the notifiers, and the outbox every
	 * event is written to before delivery (one row per event and notifier;
	 * next_at in unix milliseconds; state pending or delivered) */
	"CREATE TABLE notifiers ("
	"  name TEXT PRIMARY KEY, type TEXT NOT NULL, url TEXT NOT NULL, secret TEXT, ca_file TEXT,"
	"  events TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
	"CREATE TABLE notify_outbox ("
	"  id INTEGER PRIMARY KEY, event_id TEXT NOT NULL, notifier TEXT NOT NULL, event TEXT NOT NULL,"
	"  task INTEGER, image TEXT, body TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
	"  attempts INTEGER NOT NULL DEFAULT 0, next_at INTEGER NOT NULL, last_error TEXT, last_attempt_at TEXT,"
	"  created_at TEXT NOT NULL, delivered_at TEXT, UNIQUE (event_id, notifier));"
	"CREATE INDEX notify_outbox_due ON notify_outbox(state, next_at) WHERE state = 'pending';"
	"CREATE INDEX notify_outbox_notifier ON notify_outbox(notifier, id);",
	/* 7: harbor + admission (issue 15): Harbor scan requests (the request with its
	 * sealed authorization, so a restart can still pull) and blocked digests
	 * (set by delivery chains or the admin API, read by admission and status) */
	"CREATE TABLE harbor_scans (id TEXT PRIMARY KEY, request TEXT NOT NULL, created_at TEXT NOT NULL);"
	"CREATE TABLE image_blocks ("
	"  digest TEXT PRIMARY KEY, registry TEXT, repository TEXT, tag TEXT, reason TEXT NOT NULL,"
	"  blocked_at TEXT NOT NULL);",
	/* 8: delivery chains (issue 15, chains): each chain's checked document, and
	 * the steps chain runs finished (per chain, task item and digest; item 0
	 * for what happens once per digest, the auto-fix), so a killed run
	 * resumes without doing a step twice */
	"CREATE TABLE chains (name TEXT PRIMARY KEY, doc TEXT NOT NULL, created_at TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL);"
	"CREATE TABLE chain_steps ("
	"  chain TEXT NOT NULL, item INTEGER NOT NULL, digest TEXT NOT NULL, step TEXT NOT NULL, detail TEXT,"
	"  at TEXT NOT NULL, PRIMARY KEY (chain, item, digest, step));"
	/* 8, continued (one string: stores at 8 have it): a chain's auto-fix reads
	 * the backup and writes into the source repository */
	"ALTER TABLE fixes ADD COLUMN target_repository TEXT;",
	/* 9: a chain run is a task of kind chain whose items are its steps
	 * (task_items.step; NULL: an image's scan), run in order and ahead of
	 * the scan queue (task_items_steps); the task names its chain, the
	 * image judged and the scan task that judged it; chain_runs makes the
	 * run's creation idempotent (one per chain, judged item and digest) and
	 * keeps the chain and the verdict as judged, which the steps read */
	"ALTER TABLE task_items ADD COLUMN step TEXT;"
	"ALTER TABLE tasks ADD COLUMN chain TEXT;"
	"ALTER TABLE tasks ADD COLUMN scan_task INTEGER;"
	"ALTER TABLE tasks ADD COLUMN image TEXT;"
	"CREATE INDEX task_items_steps ON task_items(id) WHERE state = 'queued' AND step IS NOT NULL;"
	"CREATE TABLE chain_runs ("
	"  chain TEXT NOT NULL, item INTEGER NOT NULL, digest TEXT NOT NULL, task INTEGER NOT NULL UNIQUE,"
	"  scan_task INTEGER NOT NULL, scan INTEGER, doc TEXT NOT NULL, verdict TEXT NOT NULL, created_at TEXT NOT NULL,"
	"  PRIMARY KEY (chain, item, digest));",
	/* 10: console sessions (web console, issue 16): the SHA-256 of each session
	 * id with the role and name of the token that opened it; times in unix
	 * seconds (expiry compares them) */
	"CREATE TABLE sessions ("
	"  hash TEXT PRIMARY KEY, role TEXT NOT NULL, name TEXT NOT NULL, created INTEGER NOT NULL,"
	"  last_seen INTEGER NOT NULL, expires INTEGER NOT NULL);"
	"CREATE INDEX sessions_expires ON sessions(expires);",
	NULL
};

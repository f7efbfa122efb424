/*
 * Registry authentication: the WWW-Authenticate parser and the token dance.
 * A registry answers 401 with a challenge; for Basic we resend with the
 * user's credentials, for Bearer we ask the challenge's realm for a token
 * (with Basic credentials, an OAuth2 refresh token, or anonymously), cache it
 * per scope and resend with it. The one idea: the request is always tried
 * first, and the 401 says what to do, so anonymous registries cost no extra
 * round trip and a token is fetched once per scope for all layer threads.
 */
#include <ctype.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/curl_lib.h"   /* first: it renames curl_* (see there) */

#include "image/registry.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"

#define PARAM_MAX 4096
#define TOKEN_BODY_MAX (1u << 20)
#define TOKEN_MAX (256u << 10)

void dd_auth_challenge_clear(dd_auth_challenge *c)
{
	free(c->realm);
	free(c->service);
	free(c->scope);
	memset(c, 0, sizeof(*c));
}

static bool is_tchar(int ch)
{
	return isalnum(ch) || (ch && strchr("!#$%&'*+-.^_`|~", ch));
}

typedef struct cursor {
	const char *p, *end;
} cursor;

static void skip_ws(cursor *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
		c->p++;
}

static size_t token_len(const cursor *c)
{
	const char *q = c->p;
	while (q < c->end && is_tchar((unsigned char)*q))
		q++;
	return (size_t)(q - c->p);
}

/* quoted-string or token into buf (bounded); DD_EFORMAT on malformed. */
static int read_value(cursor *c, dd_buf *out)
{
	if (c->p < c->end && *c->p == '"') {
		c->p++;
		while (c->p < c->end && *c->p != '"') {
			if (*c->p == '\\' && c->p + 1 < c->end)
				c->p++;
			if ((unsigned char)*c->p < 0x20 && *c->p != '\t')
				return dd_error_set(DD_EFORMAT, "control character in a quoted value");
			if (dd_buf_putc(out, *c->p) != 0)
				return dd_error_set(DD_EFORMAT, "parameter longer than %d bytes", PARAM_MAX);
			c->p++;
		}
		if (c->p >= c->end)
			return dd_error_set(DD_EFORMAT, "unterminated quoted value");
		c->p++;
		return 0;
	}
	/* a token (or token68, '=' padded); registries also send bare URLs here */
	const char *q = c->p;
	while (q < c->end && *q != ',' && *q != ' ' && *q != '\t' && *q != '"' && (unsigned char)*q >= 0x20)
		q++;
	size_t n = (size_t)(q - c->p);
	if (!n)
		return dd_error_set(DD_EFORMAT, "missing parameter value");
	if (dd_buf_put(out, c->p, n) != 0)
		return dd_error_set(DD_EFORMAT, "parameter longer than %d bytes", PARAM_MAX);
	c->p += n;
	return 0;
}

/* After a scheme: is what follows "name=" (a parameter) rather than a new challenge? */
static bool at_param(const cursor *c)
{
	cursor t = *c;
	size_t n = token_len(&t);
	if (!n)
		return false;
	t.p += n;
	skip_ws(&t);
	return t.p < t.end && *t.p == '=' && !(t.p + 1 < t.end && t.p[1] == '=');
}

static int parse_params(cursor *c, dd_auth_challenge *ch, bool keep)
{
	int rc = 0;
	for (;;) {
		skip_ws(c);
		while (c->p < c->end && *c->p == ',') {
			c->p++;
			skip_ws(c);
		}
		if (c->p >= c->end || !at_param(c))
			return 0;
		size_t n = token_len(c);
		char name[32];
		snprintf(name, sizeof(name), "%.*s", (int)(n < 31 ? n : 31), c->p);
		c->p += n;
		skip_ws(c);
		c->p++; /* '=' */
		skip_ws(c);
		dd_buf v = DD_BUF_INIT(PARAM_MAX);
		if ((rc = read_value(c, &v)) != 0) {
			dd_buf_free(&v);
			return rc;
		}
		char **slot = NULL;
		if (keep && !strcasecmp(name, "realm"))
			slot = &ch->realm;
		else if (keep && !strcasecmp(name, "service"))
			slot = &ch->service;
		else if (keep && !strcasecmp(name, "scope"))
			slot = &ch->scope;
		if (slot) {
			free(*slot);
			*slot = v.ptr ? dd_buf_detach(&v) : strdup("");
			if (!*slot)
				return dd_error_oom();
		}
		dd_buf_free(&v);
		skip_ws(c);
		if (c->p < c->end && *c->p != ',')
			return dd_error_set(DD_EFORMAT, "expected ',' between parameters");
	}
}

int dd_auth_challenge_parse(dd_auth_challenge *out, const char *value, size_t len)
{
	cursor c = { value, value + len };
	memset(out, 0, sizeof(*out));
	bool saw_any = false;
	int rc = 0;
	while (c.p < c.end) {
		skip_ws(&c);
		while (c.p < c.end && (*c.p == ',' || *c.p == ' ')) 
			c.p++;
		if (c.p >= c.end)
			break;
		size_t n = token_len(&c);
		if (!n) {
			rc = dd_error_set(DD_EFORMAT, "malformed challenge");
			goto fail;
		}
		dd_auth_scheme s = n == 6 && !strncasecmp(c.p, "bearer", 6) ? DD_AUTH_BEARER :
			n == 5 && !strncasecmp(c.p, "basic", 5) ? DD_AUTH_BASIC : DD_AUTH_NONE;
		c.p += n;
		saw_any = true;
		/* Bearer beats Basic: a token carries the scope */
		bool keep = s != DD_AUTH_NONE && s >= out->scheme;
		if (keep && s > out->scheme) {
			dd_auth_challenge_clear(out);
			out->scheme = s;
		}
		skip_ws(&c);
		if (s == DD_AUTH_NONE && c.p < c.end && !at_param(&c) && *c.p != ',') {
			/* token68 of an unknown scheme */
			dd_buf junk = DD_BUF_INIT(PARAM_MAX);
			rc = read_value(&c, &junk);
			dd_buf_free(&junk);
			if (rc)
				goto fail;
		}
		if ((rc = parse_params(&c, out, keep)) != 0)
			goto fail;
	}
	if (out->scheme == DD_AUTH_NONE) {
		rc = saw_any ? dd_error_set(DD_EUNSUPPORTED, "no Basic or Bearer challenge") :
			dd_error_set(DD_EFORMAT, "empty challenge");
		goto fail;
	}
	if (out->scheme == DD_AUTH_BEARER && (!out->realm || !*out->realm)) {
		rc = dd_error_set(DD_EFORMAT, "Bearer challenge without a realm");
		goto fail;
	}
	return 0;
fail:
	dd_auth_challenge_clear(out);
	return rc;
}

static int64_t now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec;
}

static char *basic_header(const dd_credentials *cr)
{
	char *plain = dd_asprintf("%s:%s", cr->username, cr->password);
	if (!plain)
		return NULL;
	size_t n = strlen(plain);
	char *enc = malloc(4 * ((n + 2) / 3) + 1);
	char *hdr = NULL;
	if (enc) {
		EVP_EncodeBlock((unsigned char *)enc, (const unsigned char *)plain, (int)n);
		hdr = dd_asprintf("Authorization: Basic %s", enc);
		free(enc);
	}
	memset(plain, 0, n);
	free(plain);
	return hdr;
}

static dd_token_entry *find_token(dd_registry_auth *a, const char *scope)
{
	for (size_t i = 0; i < DD_TOKEN_CACHE_MAX; i++)
		if (a->tokens[i].scope && !strcmp(a->tokens[i].scope, scope))
			return &a->tokens[i];
	return NULL;
}

char *dd_registry_auth_header(dd_registry_auth *a, unsigned *generation)
{
	char *h = NULL;
	pthread_mutex_lock(&a->lock);
	*generation = a->generation;
	if (a->creds.registry_token) {
		/* a token minted for us (Harbor's): on every request, as given */
		h = dd_asprintf("Authorization: Bearer %s", a->creds.registry_token);
	} else if (a->scheme == DD_AUTH_BASIC && a->creds.username) {
		h = basic_header(&a->creds);
	} else if (a->scheme == DD_AUTH_BEARER) {
		dd_token_entry *t = a->current_scope ? find_token(a, a->current_scope) : NULL;
		if (t && t->token && t->expires > now_s())
			h = dd_asprintf("Authorization: Bearer %s", t->token);
	}
	pthread_mutex_unlock(&a->lock);
	return h;
}

static int store_token(dd_registry_auth *a, const char *scope, const char *token, int64_t expires_in)
{
	dd_token_entry *t = find_token(a, scope);
	if (!t) {
		/* evict the entry that expires first */
		t = &a->tokens[0];
		for (size_t i = 0; i < DD_TOKEN_CACHE_MAX; i++) {
			if (!a->tokens[i].scope) {
				t = &a->tokens[i];
				break;
			}
			if (a->tokens[i].expires < t->expires)
				t = &a->tokens[i];
		}
		free(t->scope);
		free(t->token);
		t->token = NULL;
		if (!(t->scope = strdup(scope)))
			return dd_error_oom();
	}
	free(t->token);
	if (!(t->token = strdup(token)))
		return dd_error_oom();
	/* the spec's minimum lifetime is 60 s; leave a margin for clock skew */
	if (expires_in < 60)
		expires_in = 60;
	t->expires = now_s() + expires_in - 10;
	return 0;
}

static void url_add(dd_buf *b, const char *name, const char *value, bool *first)
{
	char *e = curl_easy_escape(NULL, value, 0);
	if (e)
		dd_buf_printf(b, "%s%s=%s", *first ? "" : "&", name, e);
	curl_free(e);
	*first = false;
}

static int refused(dd_registry_auth *a, const char *why)
{
	if (a->creds.username || a->creds.identity_token || a->creds.registry_token)
		return dd_error_set(DD_EAUTH, "registry %s refused credentials for repository %s%s: %s",
			a->host, a->repository, why, dd_credentials_advice(&a->creds));
	return dd_error_set(DD_EAUTH, "registry %s refused anonymous access to repository %s%s (it may not exist, or needs credentials): give --username/--password or --authfile",
		a->host, a->repository, why);
}

/* Does the space-separated scope list `have` grant every action of the one
 * scope part p[0..n) ("repository:NAME:pull,push")? */
static bool scope_covered(const char *have, const char *p, size_t n)
{
	const char *colon = memrchr(p, ':', n);
	size_t res = colon ? (size_t)(colon - p) : n;
	for (const char *h = have; *h;) {
		size_t hn = strcspn(h, " ");
		const char *hc = memrchr(h, ':', hn);
		if (hc && colon && (size_t)(hc - h) == res && !memcmp(h, p, res)) {
			/* the same resource: each wanted action among the ones we ask */
			bool all = true;
			for (const char *a = colon + 1; a < p + n && all;) {
				size_t an = strcspn(a, ",");
				if (a + an > p + n)
					an = (size_t)(p + n - a);
				bool found = false;
				for (const char *b = hc + 1; b < h + hn && !found;) {
					size_t bn = strcspn(b, ", ");
					found = bn == an && !memcmp(a, b, an);
					b += bn + 1;
				}
				all = found;
				a += an + 1;
			}
			if (all)
				return true;
		}
		h += hn;
		while (*h == ' ')
			h++;
	}
	return false;
}

/* A writer's token request: the scope its client always asks (push on the
 * target, pull on mount sources) plus what the challenge names beyond it,
 * so one token serves the HEAD, the mount and the manifest PUT. Caller frees. */
static char *scope_union(const char *base, const char *named)
{
	dd_buf b = DD_BUF_INIT(16384);
	int rc = dd_buf_printf(&b, "%s", base);
	for (const char *p = named; !rc && *p;) {
		size_t n = strcspn(p, " ");
		if (n && !scope_covered(base, p, n))
			rc = dd_buf_printf(&b, " %.*s", (int)n, p);
		p += n;
		while (*p == ' ')
			p++;
	}
	if (rc) {
		dd_buf_free(&b);
		return NULL;
	}
	return b.ptr;
}

static int fetch_token(dd_registry_client *c, dd_registry_auth *a, const char *scope)
{
	const char *realm = a->realm;
	if (strncmp(realm, "https://", 8) != 0 && !(strncmp(realm, "http://", 7) == 0 && dd_registry_client_plain_http(c)))
		return dd_error_set(DD_ENET, "registry %s: token realm '%.200s' is not https (use --plain-http only for a test registry)",
			a->host, realm);
	dd_buf query = DD_BUF_INIT(16384);
	bool first = true;
	char *auth = NULL, *body = NULL, *url = NULL;
	size_t body_len = 0;
	long status = 0;
	int rc;
	if (a->service)
		url_add(&query, "service", a->service, &first);
	/* a challenge may name several scopes, space-separated (a mount asks
	 * pull on the source repository too): one scope parameter each */
	for (const char *p = scope; *p;) {
		size_t n = strcspn(p, " ");
		if (n) {
			char *one = strndup(p, n);
			if (!one) {
				dd_buf_free(&query);
				return dd_error_oom();
			}
			url_add(&query, "scope", one, &first);
			free(one);
		}
		p += n;
		while (*p == ' ')
			p++;
	}
	if (a->creds.identity_token) {
		/* docker's OAuth2 refresh-token grant */
		url_add(&query, "grant_type", "refresh_token", &first);
		url_add(&query, "client_id", "drydock", &first);
		url_add(&query, "refresh_token", a->creds.identity_token, &first);
		url = strdup(realm);
	} else {
		if (a->creds.username)
			auth = basic_header(&a->creds);
		url = dd_asprintf("%s%c%s", realm, strchr(realm, '?') ? '&' : '?', query.ptr ? query.ptr : "");
	}
	if (!url || !query.ptr) {
		rc = dd_error_oom();
		goto out;
	}
	rc = dd_registry_fetch_url(c, url, auth, a->creds.identity_token ? query.ptr : NULL, TOKEN_BODY_MAX,
		"token request", &status, &body, &body_len);
	if (rc) {
		dd_error_prefix(rc, "registry %s: token service %.200s", a->host, realm);
		goto out;
	}
	if (status == 401 || status == 403) {
		rc = refused(a, " (the token service said no)");
		goto out;
	}
	if (status != 200) {
		rc = dd_error_set(DD_ENET, "registry %s: token service %.200s answered HTTP %ld", a->host, realm, status);
		goto out;
	}
	json_error_t jerr;
	json_t *j = json_loadb(body, body_len, 0, &jerr);
	const char *tok = json_string_value(json_object_get(j, "token"));
	if (!tok || !*tok)
		tok = json_string_value(json_object_get(j, "access_token"));
	json_int_t exp = json_integer_value(json_object_get(j, "expires_in"));
	if (!tok || !*tok || strlen(tok) > TOKEN_MAX) {
		rc = dd_error_set(DD_ENET, "registry %s: token service %.200s sent no usable token", a->host, realm);
	} else {
		bool ok = true;
		for (const char *p = tok; *p; p++)
			if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f)
				ok = false;
		rc = ok ? store_token(a, scope, tok, exp > 0 && exp < 86400 ? (int64_t)exp : 60) :
			dd_error_set(DD_ENET, "registry %s: token contains characters a header cannot carry", a->host);
	}
	json_decref(j);
out:
	dd_str_free_secret(auth);
	free(url);
	free(body);
	dd_buf_free(&query);
	return rc;
}

int dd_registry_auth_challenge(dd_registry_client *c, dd_registry_auth *a, const char *const *challenges,
	size_t n, unsigned generation, bool had_auth)
{
	dd_auth_challenge best = { 0 };
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		dd_auth_challenge ch;
		if (dd_auth_challenge_parse(&ch, challenges[i], strlen(challenges[i])) != 0)
			continue;
		if (ch.scheme > best.scheme) {
			dd_auth_challenge_clear(&best);
			best = ch;
		} else {
			dd_auth_challenge_clear(&ch);
		}
	}
	if (best.scheme == DD_AUTH_NONE)
		return n ? dd_error_set(DD_EAUTH, "registry %s answered 401 for repository %s with no challenge drydock understands (Basic or Bearer)",
				a->host, a->repository) :
			dd_error_set(DD_EAUTH, "registry %s answered 401 for repository %s without a WWW-Authenticate challenge",
				a->host, a->repository);
	pthread_mutex_lock(&a->lock);
	if (a->generation != generation) {
		/* another thread already reacted to the same challenge */
		goto out;
	}
	if (a->creds.registry_token) {
		/* the token went with the request: there is nothing else to try */
		rc = refused(a, " (the bearer token)");
		goto out;
	}
	if (best.scheme == DD_AUTH_BASIC) {
		if (!a->creds.username)
			rc = dd_error_set(DD_EAUTH, "registry %s requires credentials for repository %s: give --username/--password or --authfile",
				a->host, a->repository);
		else if (had_auth && a->scheme == DD_AUTH_BASIC)
			rc = refused(a, "");
		a->scheme = DD_AUTH_BASIC;
		a->generation++;
		goto out;
	}
	free(a->realm);
	free(a->service);
	a->realm = best.realm;
	a->service = best.service;
	best.realm = best.service = NULL;
	/* ask for the scope the registry names (ours, "repository:NAME:pull",
	 * when it names none) and cache the token under it */
	free(a->current_scope);
	const char *named = best.scope && *best.scope ? best.scope : a->default_scope;
	a->current_scope = a->ask_default ? scope_union(a->default_scope, named) : strdup(named);
	rc = a->current_scope ? fetch_token(c, a, a->current_scope) : dd_error_oom();
	a->scheme = DD_AUTH_BEARER;
	a->generation++;
out:
	pthread_mutex_unlock(&a->lock);
	dd_auth_challenge_clear(&best);
	return rc;
}

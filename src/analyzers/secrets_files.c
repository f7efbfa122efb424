/*
 * Sensitive-file rules (see secrets_files.h): one path test and one shape
 * check per credential store. Checks read hostile bytes: they only scan
 * forward within [0, len), copy nothing, and JSON goes through jansson with
 * its own depth limit.
 */
#include <jansson.h>
#include <string.h>
#include <strings.h>

#include "analyzers/secrets_files.h"
#include "util/json_get.h"
#include "util/str.h"

/* ---- helpers over byte ranges ---- */

static bool next_line(const uint8_t *d, size_t n, size_t *pos, size_t *ls, size_t *le)
{
	if (*pos >= n)
		return false;
	*ls = *pos;
	const uint8_t *nl = memchr(d + *pos, '\n', n - *pos);
	*le = nl ? (size_t)(nl - d) : n;
	*pos = *le + 1;
	if (*le > *ls && d[*le - 1] == '\r')
		(*le)--;
	return true;
}

static bool is_ws(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t skip_ws(const uint8_t *d, size_t i, size_t e)
{
	while (i < e && (d[i] == ' ' || d[i] == '\t'))
		i++;
	return i;
}

/* Values that stand for a secret instead of being one. */
static bool placeholder(const uint8_t *d, size_t s, size_t e)
{
	static const char *const words[] = { "changeme", "password", "secret", "xxx", "xxxx", "null", "none", "\"\"", "''",
		"<token>", "<password>", "redacted", "****", NULL };
	if (e <= s)
		return true;
	if (d[s] == '$' || d[s] == '<' || (e - s >= 2 && d[s] == '{' && d[s + 1] == '{') || (e - s >= 2 && d[s] == '%' && d[s + 1] == '('))
		return true;
	for (size_t i = 0; words[i]; i++)
		if (strlen(words[i]) == e - s && !strncasecmp((const char *)d + s, words[i], e - s))
			return true;
	return false;
}

static bool take(dd_secret_span *out, size_t s, size_t e)
{
	out->start = s;
	out->end = e;
	return true;
}

/* Strips one level of matching quotes from [*s, *e). */
static void unquote(const uint8_t *d, size_t *s, size_t *e)
{
	if (*e - *s >= 2 && (d[*s] == '"' || d[*s] == '\'') && d[*e - 1] == d[*s]) {
		(*s)++;
		(*e)--;
	}
}

/* Position of needle in [s, e) (case-insensitive when ci), or (size_t)-1. */
static size_t find(const uint8_t *d, size_t s, size_t e, const char *needle, bool ci)
{
	size_t n = strlen(needle);
	for (size_t i = s; i + n <= e; i++)
		if (ci ? !strncasecmp((const char *)d + i, needle, n) : !memcmp(d + i, needle, n))
			return i;
	return (size_t)-1;
}

/* "key = value" / "key: value" on one line (INI, YAML, npmrc): the value
 * span when the key (after optional leading space) is one of keys, or ends
 * with one of them when suffix is set. */
static bool key_value(const uint8_t *d, size_t ls, size_t le, const char *const *keys, bool suffix, const char *seps,
	size_t *vs, size_t *ve)
{
	size_t i = skip_ws(d, ls, le), ks = i;
	if (i < le && (d[i] == '#' || d[i] == ';'))
		return false;
	while (i < le && !strchr(seps, d[i]) && !is_ws(d[i]))
		i++;
	size_t ke = i;
	i = skip_ws(d, i, le);
	if (i >= le || !strchr(seps, d[i]))
		return false;
	i = skip_ws(d, i + 1, le);
	size_t e = le;
	while (e > i && is_ws(d[e - 1]))
		e--;
	if (e > i && d[i] != '"' && d[i] != '\'') {
		/* an inline comment ends an unquoted value */
		for (size_t k = i; k + 1 < e; k++)
			if (is_ws(d[k]) && d[k + 1] == '#') {
				e = k;
				break;
			}
	}
	unquote(d, &i, &e);
	bool hit = false;
	for (size_t k = 0; keys[k] && !hit; k++) {
		size_t kl = strlen(keys[k]);
		if (ke - ks < kl)
			continue;
		hit = suffix ? !strncasecmp((const char *)d + ke - kl, keys[k], kl) : ke - ks == kl && !strncasecmp((const char *)d + ks, keys[k], kl);
	}
	if (!hit || placeholder(d, i, e))
		return false;
	*vs = i;
	*ve = e;
	return true;
}

static bool first_key_value(const uint8_t *d, size_t n, const char *const *keys, bool suffix, const char *seps, dd_secret_span *out)
{
	size_t pos = 0, ls, le, vs, ve;
	while (next_line(d, n, &pos, &ls, &le))
		if (key_value(d, ls, le, keys, suffix, seps, &vs, &ve))
			return take(out, vs, ve);
	return false;
}

/* Where a JSON string value's bytes sit in the raw file (for the line). */
static void locate(const uint8_t *d, size_t n, const char *value, dd_secret_span *out)
{
	size_t vl = strlen(value);
	size_t at = vl ? find(d, 0, n, value, false) : (size_t)-1;
	if (at == (size_t)-1)
		take(out, 0, n < 1 ? n : 1);
	else
		take(out, at, at + vl);
}

static json_t *parse_json(const uint8_t *d, size_t n)
{
	return json_loadb((const char *)d, n, JSON_DECODE_ANY, NULL);
}

/* ---- path tests ---- */

static bool ends_with_path(const char *path, const char *suffix)
{
	size_t n = strlen(path), m = strlen(suffix);
	return n >= m && !strcmp(path + n - m, suffix) && (n == m || path[n - m - 1] == '/');
}

static bool p_git_credentials(const char *path, const char *base)
{
	return !strcmp(base, ".git-credentials") || ends_with_path(path, ".config/git/credentials");
}

static bool p_netrc(const char *path, const char *base)
{
	(void)path;
	return !strcmp(base, ".netrc") || !strcmp(base, "_netrc");
}

static bool p_pgpass(const char *path, const char *base)
{
	(void)path;
	return !strcmp(base, ".pgpass");
}

static bool p_npmrc(const char *path, const char *base)
{
	return !strcmp(base, ".npmrc") || ends_with_path(path, "etc/npmrc");
}

static bool p_pypirc(const char *path, const char *base)
{
	(void)path;
	return !strcmp(base, ".pypirc");
}

static bool p_docker_config(const char *path, const char *base)
{
	return ends_with_path(path, ".docker/config.json") || !strcmp(base, ".dockercfg") ||
		ends_with_path(path, "containers/auth.json");
}

static bool p_kubeconfig(const char *path, const char *base)
{
	static const char *const k8s[] = { "etc/kubernetes/admin.conf", "etc/kubernetes/super-admin.conf",
		"etc/kubernetes/kubelet.conf", "etc/kubernetes/controller-manager.conf", "etc/kubernetes/scheduler.conf", NULL };
	if (ends_with_path(path, ".kube/config") || !strcmp(base, "kubeconfig") || dd_ends_with(base, ".kubeconfig"))
		return true;
	for (size_t i = 0; k8s[i]; i++)
		if (!strcmp(path, k8s[i]))
			return true;
	return false;
}

static bool p_aws_credentials(const char *path, const char *base)
{
	(void)base;
	return ends_with_path(path, ".aws/credentials") || ends_with_path(path, ".aws/config");
}

static bool p_aliyun_config(const char *path, const char *base)
{
	(void)base;
	return ends_with_path(path, ".aliyun/config.json");
}

static bool p_tfstate(const char *path, const char *base)
{
	(void)path;
	return dd_ends_with(base, ".tfstate") || dd_ends_with(base, ".tfstate.backup");
}

static bool p_ssh_host_key(const char *path, const char *base)
{
	return dd_starts_with(path, "etc/ssh/") && !strchr(path + 8, '/') && dd_starts_with(base, "ssh_host_") &&
		dd_ends_with(base, "_key");
}

static bool p_ssh_user_key(const char *path, const char *base)
{
	static const char *const names[] = { "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk", NULL };
	bool in_ssh = dd_starts_with(path, ".ssh/") || strstr(path, "/.ssh/") != NULL;
	if (in_ssh && dd_starts_with(base, "id_") && !dd_ends_with(base, ".pub"))
		return true;
	for (size_t i = 0; names[i]; i++)
		if (!strcmp(base, names[i]))
			return true;
	return false;
}

static bool p_history(const char *path, const char *base)
{
	static const char *const names[] = { ".bash_history", ".zsh_history", ".sh_history", ".ash_history", ".history",
		".mysql_history", ".psql_history", ".rediscli_history", ".dbshell", ".mongosh_history", ".sqlite_history", NULL };
	(void)path;
	for (size_t i = 0; names[i]; i++)
		if (!strcmp(base, names[i]))
			return true;
	return false;
}

/* ---- shape checks ---- */

/* https://user:secret@host per line */
static bool c_git_credentials(const uint8_t *d, size_t n, dd_secret_span *out)
{
	size_t pos = 0, ls, le;
	while (next_line(d, n, &pos, &ls, &le)) {
		size_t sch = find(d, ls, le, "://", false);
		if (sch == (size_t)-1)
			continue;
		size_t at = find(d, sch + 3, le, "@", false);
		if (at == (size_t)-1)
			continue;
		size_t colon = find(d, sch + 3, at, ":", false);
		if (colon != (size_t)-1 && at > colon + 1 && !placeholder(d, colon + 1, at))
			return take(out, colon + 1, at);
	}
	return false;
}

/* netrc: whitespace-separated tokens; "password VALUE" anywhere */
static bool c_netrc(const uint8_t *d, size_t n, dd_secret_span *out)
{
	size_t i = 0;
	bool want = false;
	while (i < n) {
		while (i < n && is_ws(d[i]))
			i++;
		size_t s = i;
		while (i < n && !is_ws(d[i]))
			i++;
		if (s == i)
			break;
		if (want) {
			size_t vs = s, ve = i;
			unquote(d, &vs, &ve);
			if (!placeholder(d, vs, ve))
				return take(out, vs, ve);
			want = false;
		} else if ((i - s == 8 && !memcmp(d + s, "password", 8)) || (i - s == 6 && !memcmp(d + s, "passwd", 6))) {
			want = true;
		}
	}
	return false;
}

/* hostname:port:database:username:password, '\' escapes ':' */
static bool c_pgpass(const uint8_t *d, size_t n, dd_secret_span *out)
{
	size_t pos = 0, ls, le;
	while (next_line(d, n, &pos, &ls, &le)) {
		size_t i = skip_ws(d, ls, le);
		if (i >= le || d[i] == '#')
			continue;
		int field = 0;
		for (; i < le && field < 4; i++) {
			if (d[i] == '\\')
				i++;
			else if (d[i] == ':')
				field++;
		}
		if (field == 4 && i < le && !placeholder(d, i, le))
			return take(out, i, le);
	}
	return false;
}

static bool c_npmrc(const uint8_t *d, size_t n, dd_secret_span *out)
{
	static const char *const keys[] = { "_authToken", "_auth", "_password", NULL };
	return first_key_value(d, n, keys, true, "=", out);
}

static bool c_pypirc(const uint8_t *d, size_t n, dd_secret_span *out)
{
	static const char *const keys[] = { "password", NULL };
	return first_key_value(d, n, keys, false, "=:", out);
}

/* auths.<registry>.{auth,identitytoken,password} non-empty; .dockercfg has
 * the registries at the top level */
static bool c_docker_config(const uint8_t *d, size_t n, dd_secret_span *out)
{
	json_t *root = parse_json(d, n);
	bool hit = false;
	if (!json_is_object(root))
		goto done;
	json_t *auths = json_object_get(root, "auths");
	if (!json_is_object(auths))
		auths = root;
	const char *reg;
	json_t *v;
	json_object_foreach(auths, reg, v) {
		if (!json_is_object(v))
			continue;
		const char *cred = dd_json_str(v, "auth");
		if (!cred)
			cred = dd_json_str(v, "identitytoken");
		if (!cred)
			cred = dd_json_str(v, "password");
		if (cred) {
			locate(d, n, cred, out);
			hit = true;
			break;
		}
	}
done:
	json_decref(root);
	return hit;
}

/* users[].user.{token,client-key-data,password}: YAML keys on their own lines */
static bool c_kubeconfig(const uint8_t *d, size_t n, dd_secret_span *out)
{
	static const char *const keys[] = { "token", "client-key-data", "password", "client-secret", NULL };
	return find(d, 0, n, "users:", false) != (size_t)-1 && first_key_value(d, n, keys, false, ":", out);
}

static bool c_aws_credentials(const uint8_t *d, size_t n, dd_secret_span *out)
{
	static const char *const keys[] = { "aws_secret_access_key", "aws_session_token", NULL };
	return first_key_value(d, n, keys, false, "=", out);
}

/* profiles[].access_key_secret / sts_token */
static bool c_aliyun_config(const uint8_t *d, size_t n, dd_secret_span *out)
{
	json_t *root = parse_json(d, n);
	bool hit = false;
	json_t *profiles = json_object_get(root, "profiles"), *p;
	size_t i;
	if (json_is_array(profiles))
		json_array_foreach(profiles, i, p) {
			const char *s = dd_json_str(p, "access_key_secret");
			if (!s)
				s = dd_json_str(p, "sts_token");
			if (s) {
				locate(d, n, s, out);
				hit = true;
				break;
			}
		}
	json_decref(root);
	return hit;
}

/* "…password": "value" anywhere in a state file (resources keep their
 * attributes, sensitive or not, in clear text) */
static bool c_tfstate(const uint8_t *d, size_t n, dd_secret_span *out)
{
	static const char *const keys[] = { "password", "secret", "secret_key", "access_key", "private_key", "token",
		"client_secret", "connection_string", "primary_access_key", "secret_string", "api_key", "private_key_pem", NULL };
	if (find(d, 0, n, "\"terraform_version\"", false) == (size_t)-1)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (d[i] != '"')
			continue;
		size_t ks = i + 1, ke = ks;
		while (ke < n && d[ke] != '"' && d[ke] != '\\' && ke - ks < 64)
			ke++;
		if (ke >= n || d[ke] != '"') {
			i = ke;
			continue;
		}
		size_t j = ke + 1;
		while (j < n && is_ws(d[j]))
			j++;
		if (j >= n || d[j] != ':') {
			i = ke;
			continue;
		}
		j++;
		while (j < n && is_ws(d[j]))
			j++;
		bool sensitive = false;
		for (size_t k = 0; keys[k] && !sensitive; k++) {
			size_t kl = strlen(keys[k]);
			sensitive = ke - ks >= kl && !memcmp(d + ke - kl, keys[k], kl) && (ke - ks == kl || d[ke - kl - 1] == '_');
		}
		if (sensitive && j < n && d[j] == '"') {
			size_t vs = j + 1, ve = vs;
			while (ve < n && d[ve] != '"') {
				if (d[ve] == '\\')
					ve++;
				ve++;
			}
			if (ve > n)
				ve = n;
			if (ve > vs && !placeholder(d, vs, ve))
				return take(out, vs, ve);
		}
		i = ke;
	}
	return false;
}

/* a private key block: the span is the first line of the body */
static bool c_private_key(const uint8_t *d, size_t n, dd_secret_span *out)
{
	size_t at = find(d, 0, n < 4096 ? n : 4096, "PRIVATE KEY-----", false);
	if (at == (size_t)-1)
		return false;
	size_t pos = at, ls, le;
	next_line(d, n, &pos, &ls, &le);
	while (next_line(d, n, &pos, &ls, &le)) {
		size_t s = skip_ws(d, ls, le);
		if (s >= le || find(d, s, le, ":", false) != (size_t)-1)
			continue; /* blank or a "Proc-Type:" header */
		if (d[s] == '-')
			return false; /* END right away: an empty block */
		return take(out, s, le);
	}
	return false;
}

/* Command lines and SQL that carry a password. Each needle is followed by
 * the value (up to white space or a quote). */
static bool c_history(const uint8_t *d, size_t n, dd_secret_span *out)
{
	static const struct { const char *needle; bool ci; } pats[] = {
		{ "--password=", false }, { "--password ", false }, { "sshpass -p ", false }, { "sshpass -p", false },
		{ "identified by '", true }, { "identified by \"", true }, { "with password '", true }, { "password '", true },
		{ "redis-cli -a ", false }, { "PASSWORD=", false }, { "PASSWD=", false }, { "SECRET=", false }, { "TOKEN=", false },
		{ "docker login -p ", false }, { " -u ", false }, { NULL, false },
	};
	size_t pos = 0, ls, le;
	while (next_line(d, n, &pos, &ls, &le)) {
		for (size_t k = 0; pats[k].needle; k++) {
			size_t at = find(d, ls, le, pats[k].needle, pats[k].ci);
			if (at == (size_t)-1)
				continue;
			size_t vs = at + strlen(pats[k].needle), ve = vs;
			if (!strcmp(pats[k].needle, " -u ")) {
				/* curl -u user:password */
				if (find(d, ls, le, "curl", false) == (size_t)-1)
					continue;
				while (ve < le && !is_ws(d[ve]))
					ve++;
				size_t colon = find(d, vs, ve, ":", false);
				if (colon == (size_t)-1)
					continue;
				vs = colon + 1;
			} else {
				if (vs < le && (d[vs] == '\'' || d[vs] == '"'))
					vs++;
				while (ve < le && !is_ws(d[ve]) && d[ve] != '\'' && d[ve] != '"' && d[ve] != ';')
					ve++;
				if (ve < vs)
					ve = vs;
			}
			if (ve > vs && !placeholder(d, vs, ve))
				return take(out, vs, ve);
		}
		/* mysql -pSECRET (no space: the client's own syntax) */
		size_t m = find(d, ls, le, "mysql", false);
		if (m != (size_t)-1) {
			size_t p = find(d, m, le, " -p", false);
			if (p != (size_t)-1 && p + 3 < le && !is_ws(d[p + 3])) {
				size_t vs = p + 3, ve = vs;
				while (ve < le && !is_ws(d[ve]))
					ve++;
				if (!placeholder(d, vs, ve))
					return take(out, vs, ve);
			}
		}
	}
	return false;
}

/* ---- the table ---- */

#define RULE(name, id_, title_, sev, path_fn, check_fn, rem, ...) \
	static const dd_secret_file_rule r_##name = { .id = id_, .title = title_, .severity = sev, .remediation = rem, \
		.match_path = path_fn, .check = check_fn, .supersedes = { __VA_ARGS__ } };

RULE(git_credentials, "sensitive-file-git-credentials", "Git credential store with a password or token", DD_SEV_HIGH,
	p_git_credentials, c_git_credentials,
	"Remove .git-credentials from the image, revoke the token, and use a build secret (RUN --mount=type=secret) for private clones.",
	"url-basic-auth", "github-pat", "github-fine-grained-pat", "gitlab-pat")
RULE(netrc, "sensitive-file-netrc", ".netrc with a password", DD_SEV_HIGH, p_netrc, c_netrc,
	"Remove the .netrc from the image and change the password; pass credentials as build secrets.", NULL)
RULE(pgpass, "sensitive-file-pgpass", "PostgreSQL password file", DD_SEV_HIGH, p_pgpass, c_pgpass,
	"Remove .pgpass from the image, change the database password, and mount the file at run time.", NULL)
RULE(npmrc, "sensitive-file-npmrc", ".npmrc with a registry token", DD_SEV_CRITICAL, p_npmrc, c_npmrc,
	"Revoke the npm token and pass it as a build secret (NPM_TOKEN) instead of copying .npmrc into the image.",
	"npm-access-token")
RULE(pypirc, "sensitive-file-pypirc", ".pypirc with a password", DD_SEV_HIGH, p_pypirc, c_pypirc,
	"Remove .pypirc from the image and revoke the token; upload from CI with trusted publishing.", "pypi-upload-token")
RULE(docker_config, "sensitive-file-docker-config", "Docker registry credentials (config.json auths)", DD_SEV_CRITICAL,
	p_docker_config, c_docker_config,
	"Log out (docker logout) before building, change the registry password, and use a credential helper.", NULL)
RULE(kubeconfig, "sensitive-file-kubeconfig", "Kubernetes kubeconfig with user credentials", DD_SEV_CRITICAL, p_kubeconfig,
	c_kubeconfig, "Remove the kubeconfig from the image, revoke the token or client certificate, and use a service account at run time.",
	"jwt-token", "private-key")
RULE(aws_credentials, "sensitive-file-aws-credentials", "AWS shared credentials file", DD_SEV_CRITICAL, p_aws_credentials,
	c_aws_credentials, "Delete the file from the image, deactivate the keys in IAM, and use an IAM role.", "aws-secret-access-key")
RULE(aliyun_config, "sensitive-file-aliyun-config", "Alibaba Cloud CLI configuration with an AccessKey secret", DD_SEV_CRITICAL,
	p_aliyun_config, c_aliyun_config,
	"Remove ~/.aliyun/config.json from the image, disable the AccessKey in RAM, and use an instance RAM role.",
	"alibaba-access-key-secret")
RULE(tfstate, "sensitive-file-terraform-state", "Terraform state with secrets in clear text", DD_SEV_HIGH, p_tfstate, c_tfstate,
	"Keep state in an encrypted remote backend, never in images, and rotate the secrets it holds.",
	"aws-secret-access-key", "private-key", "db-url-password")
RULE(ssh_host_key, "sensitive-file-ssh-host-key", "SSH host private key baked into the image", DD_SEV_HIGH, p_ssh_host_key,
	c_private_key, "Delete /etc/ssh/ssh_host_*_key in the image and generate host keys when the container first starts; every container of this image shares this key.",
	"private-key", "openssh-private-key")
RULE(ssh_user_key, "sensitive-file-ssh-private-key", "SSH user private key", DD_SEV_HIGH, p_ssh_user_key, c_private_key,
	"Remove the key from the image, remove its public half from every authorized_keys, and use SSH agent forwarding or build secrets.",
	"private-key", "openssh-private-key")
RULE(history, "sensitive-file-shell-history", "Shell or database client history with a password", DD_SEV_MEDIUM, p_history,
	c_history, "Delete history files from the image (they record commands typed while building it) and change the password they show.",
	NULL)

const dd_secret_file_rule *const dd_secret_file_rules[] = {
	&r_git_credentials, &r_netrc, &r_pgpass, &r_npmrc, &r_pypirc, &r_docker_config, &r_kubeconfig, &r_aws_credentials,
	&r_aliyun_config, &r_tfstate, &r_ssh_host_key, &r_ssh_user_key, &r_history, NULL,
};

const dd_secret_file_rule *dd_secret_file_rule_for(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	for (size_t i = 0; dd_secret_file_rules[i]; i++)
		if (dd_secret_file_rules[i]->match_path(path, base))
			return dd_secret_file_rules[i];
	return NULL;
}

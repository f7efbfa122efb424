#!/usr/bin/env python3
"""Writes the secret-scanner fixtures of this directory (run it again after
editing; the output is committed so tests need no generator):

  rootfs/   files planted into the test image, one case of every built-in
            content rule and every sensitive-file shape (plus cases that
            must NOT be reported: a documented example key, a test file)
  deleted/  a key written in one layer and deleted by the next
  clean/    the same paths with harmless content (placeholders, no keys)
  expected.tsv  path, rule, line, layer ("rootfs" or "deleted") per finding

Every value is fake: random bytes from a fixed seed, shaped like the vendor's
documented token format. This directory is the one place in the source tree
that holds live-looking secrets; the self-scan test excludes exactly it.
"""
import base64
import os
import random
import shutil
import string

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(20261201)

ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def r(n, alphabet=ALNUM):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(rnd.randbytes(nbytes)).decode()


def pem(label, nbytes=600, headers=None):
    body = b64(nbytes)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    out = ["-----BEGIN %s-----" % label]
    if headers:
        out += headers + [""]
    out += lines + ["-----END %s-----" % label]
    return "\n".join(out) + "\n"


def jwt():
    h = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT","kid":"%s"}' % r(8).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(b'{"sub":"system:serviceaccount:ci:%s","iat":1700000000}' % r(6).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (h, p, r(43, ALNUM + "-_"))


files = {}      # tree -> path -> list of lines
expected = []   # (path, rule, line, tree)


def add(tree, path, lines, rule=None, line=None):
    """Append lines to a file; when rule is given, expect it at the given
    line of this chunk (1-based within the chunk, default 1)."""
    buf = files.setdefault(tree, {}).setdefault(path, [])
    start = len(buf)
    buf.extend(lines.split("\n") if isinstance(lines, str) else lines)
    if rule:
        expected.append((path, rule, start + (line or 1), tree))


def both(path, dirty, clean, rule=None, line=None):
    add("rootfs", path, dirty, rule, line)
    add("clean", path, clean)


T = "srv/app/config/tokens.conf"
tok = [
    ("alibaba-access-key-id", "ALIBABA_CLOUD_ACCESS_KEY_ID = LTAI" + r(20)),
    ("alibaba-access-key-secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET = " + r(30)),
    ("tencent-cloud-secret-id", "TENCENTCLOUD_SECRET_ID = AKID" + r(32)),
    ("aws-access-key-id", "aws_access_key = AKIA" + r(16, UPPER)),
    ("aws-secret-access-key", "aws_secret_access_key = " + r(40, ALNUM + "/+")),
    ("gcp-api-key", "maps_api_key: AIza" + r(35, ALNUM + "_-")),
    ("azure-storage-account-key", "DefaultEndpointsProtocol=https;AccountName=drydocktest;AccountKey=" + r(86, ALNUM + "+/") + "==;EndpointSuffix=core.windows.net"),
    ("azure-sas-token", "blob = https://drydocktest.blob.core.windows.net/c/x?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=" + r(43) + "%3D"),
    ("azure-devops-pat", "AZURE_DEVOPS_PAT = " + r(52, "abcdefghijklmnopqrstuvwxyz234567")),
    ("azure-entra-client-secret", "AZURE_CLIENT_SECRET = " + r(3) + "8Q~" + r(34, ALNUM + "_.-")),
    ("azure-container-registry-credential", "acr_token = " + r(52) + "JQQJ99" + r(18) + "AZCR" + r(4)),
    ("azure-container-registry-password", "drydocktest.azurecr.io password = " + r(32)),
    ("azure-app-config-connection-string", "APPCONFIG = Endpoint=https://drydocktest.azconfig.io;Id=" + r(4) + ";Secret=" + r(44)),
    ("azure-ai-services-key", "cognitive_key = " + r(52) + "JQQJ99" + r(18) + "ACOG" + r(4)),
    ("github-pat", "GITHUB_TOKEN = ghp_" + r(36)),
    ("github-oauth", "gh_oauth = gho_" + r(36)),
    ("github-app-token", "installation = ghs_" + r(36)),
    ("github-refresh-token", "gh_refresh = ghr_" + r(76)),
    ("github-fine-grained-pat", "GH_PAT = github_pat_" + r(22) + "_" + r(59)),
    ("gitlab-pat", "GITLAB_TOKEN = glpat-" + r(20, ALNUM + "_-")),
    ("gitlab-runner-token", "runner_token = glrt-" + r(20, ALNUM + "_-")),
    ("gitlab-deploy-token", "deploy_token = gldt-" + r(20, ALNUM + "_-")),
    ("gitlab-pipeline-trigger-token", "trigger = glptt-" + r(40, HEX)),
    ("npm-access-token", "NPM_TOKEN = npm_" + r(36)),
    ("pypi-upload-token", "TWINE_PASSWORD = pypi-AgEIcHlwaS5vcmc" + r(70, ALNUM + "_-")),
    ("docker-hub-pat", "DOCKERHUB_TOKEN = dckr_pat_" + r(27, ALNUM + "_-")),
    ("private-packagist-token", "COMPOSER_TOKEN = packagist_ort_" + r(68, HEX)),
    ("hugging-face-access-token", "HF_TOKEN = hf_" + r(34, string.ascii_letters)),
    ("slack-token", "SLACK_BOT_TOKEN = xoxb-" + r(12, string.digits) + "-" + r(13, string.digits) + "-" + r(24)),
    ("slack-app-token", "SLACK_APP_TOKEN = xapp-1-A" + r(10, UPPER) + "-" + r(13, string.digits) + "-" + r(64, HEX)),
    ("slack-webhook", "SLACK_WEBHOOK = https://hooks.slack.com/services/T" + r(10, UPPER) + "/B" + r(10, UPPER) + "/" + r(24)),
    ("stripe-secret-key", "STRIPE_KEY = sk_live_" + r(99)),
    ("stripe-test-secret-key", "STRIPE_TEST_KEY = sk_test_" + r(99)),
    ("stripe-publishable-token", "STRIPE_PK = pk_live_" + r(99)),
    ("openai-project-api-key", "OPENAI_API_KEY = sk-proj-" + r(74, ALNUM + "_-") + "T3BlbkFJ" + r(74, ALNUM + "_-")),
    ("openai-service-account-key", "OPENAI_SVC = sk-svcacct-" + r(74, ALNUM + "_-") + "T3BlbkFJ" + r(74, ALNUM + "_-")),
    ("openai-admin-api-key", "OPENAI_ADMIN = sk-admin-" + r(74, ALNUM + "_-") + "T3BlbkFJ" + r(74, ALNUM + "_-")),
    ("openai-legacy-api-key", "OPENAI_LEGACY = sk-" + r(20) + "T3BlbkFJ" + r(20)),
    ("openai-service-api-key", "OPENAI_SERVICE = sk-batchjobs-" + r(40, ALNUM) + "T3BlbkFJ" + r(40, ALNUM)),
    ("openai-realtime-client-secret", "REALTIME = ek_" + r(32, HEX)),
    ("grafana-api-token", "GRAFANA_SA = glsa_" + r(32) + "_" + r(8, HEX)),
    ("jwt-token", "session = " + jwt()),
    ("dingtalk-robot-webhook", "alert_url = https://oapi.dingtalk.com/robot/send?access_token=" + r(64, HEX)),
    ("feishu-bot-webhook", "feishu = https://open.feishu.cn/open-apis/bot/v2/hook/%s-%s-%s-%s-%s" % (r(8, HEX), r(4, HEX), r(4, HEX), r(4, HEX), r(12, HEX))),
    ("wecom-bot-webhook", "wecom = https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=%s-%s-%s-%s-%s" % (r(8, HEX), r(4, HEX), r(4, HEX), r(4, HEX), r(12, HEX))),
    ("db-url-password", "DATABASE_URL = postgresql://app:" + r(16) + "@db.internal:5432/app"),
    ("url-basic-auth", "mirror = https://ci:" + r(16) + "@artifacts.drydock-ci.net/simple"),
]
add("rootfs", T, "# application tokens")
add("clean", T, "# application tokens")
for rule, line in tok:
    add("rootfs", T, line, rule)
    add("clean", T, line.split("=")[0].split(":")[0].rstrip() + " = ${" + rule.upper().replace("-", "_") + "}")

# Kubernetes pull secret
both("srv/k8s/pull-secret.yaml",
     "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: " +
     base64.b64encode(b'{"auths":{"registry.drydock.test":{"auth":"%s"}}}' % base64.b64encode(b"ci:" + r(16).encode())).decode(),
     "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata: {}", "dockerconfig-secret", 5)

# Symfony
both("srv/app/config/packages/framework.yaml", "framework:\n    secret: ThisTokenIsNotSoSecretChangeIt",
     "framework:\n    secret: '%env(APP_SECRET)%'", "symfony-default-secret", 2)

# GCP service account key (the private key inside is the same finding)
k = b64(900)
sa = ('{\n  "type": "service_account",\n  "project_id": "drydock-test",\n  "private_key_id": "%s",\n'
      '  "private_key": "-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\\n",\n'
      '  "client_email": "ci@drydock-test.iam.gserviceaccount.com",\n  "client_id": "%s"\n}' % (r(40, HEX), "\\n".join(k[i:i + 64] for i in range(0, len(k), 64)), r(21, string.digits)))
both("srv/app/gcp-sa.json", sa, '{\n  "type": "service_account",\n  "project_id": "drydock-test"\n}', "gcp-service-account", 5)

# private keys of every PEM flavour
for name, label, hdr in [("rsa.pem", "RSA PRIVATE KEY", None), ("ec.pem", "EC PRIVATE KEY", None),
                         ("dsa.pem", "DSA PRIVATE KEY", None), ("pkcs8.pem", "PRIVATE KEY", None),
                         ("encrypted.pem", "ENCRYPTED PRIVATE KEY", None),
                         ("legacy-encrypted.pem", "RSA PRIVATE KEY", ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC," + r(32, HEX.upper())]),
                         ("pgp.asc", "PGP PRIVATE KEY BLOCK", ["Version: drydock-test"])]:
    text = pem(label, headers=hdr)
    both("srv/app/keys/" + name, text, pem("CERTIFICATE").replace("CERTIFICATE", "PUBLIC KEY"), "private-key", 5 if hdr and len(hdr) == 2 else 4 if hdr else 2)
both("srv/app/keys/deploy_ed25519", pem("OPENSSH PRIVATE KEY", 400), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r(43) + " deploy@ci",
     "openssh-private-key", 2)

# application configuration passwords
both("srv/app/application.properties",
     "server.port=8080\nspring.datasource.url=jdbc:mysql://db:3306/app?useSSL=false&user=app&password=" + r(14) +
     "\nspring.datasource.username=app\nspring.datasource.password=" + r(14),
     "server.port=8080\nspring.datasource.url=jdbc:mysql://db:3306/app?useSSL=false\nspring.datasource.username=app\nspring.datasource.password=${DB_PASSWORD}")
expected.append(("srv/app/application.properties", "jdbc-url-password", 2, "rootfs"))
expected.append(("srv/app/application.properties", "spring-config-password", 4, "rootfs"))
both("srv/app/application.yml",
     "spring:\n  datasource:\n    url: jdbc:oracle:thin:scott/" + r(12) + "@//db:1521/XE\n    username: scott\n    password: " + r(12),
     "spring:\n  datasource:\n    url: jdbc:oracle:thin:@//db:1521/XE\n    username: scott\n    password: ${DB_PASSWORD}")
expected.append(("srv/app/application.yml", "jdbc-url-password", 3, "rootfs"))
expected.append(("srv/app/application.yml", "spring-config-password", 5, "rootfs"))
both("var/www/html/wp-config.php",
     "<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '" + r(18) + "' );",
     "<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );",
     "wordpress-db-password", 4)
both("srv/app/.env", "APP_ENV=production\nDB_PASSWORD=" + r(16) + "\nexport SESSION_SECRET=\"" + r(24) + "\"",
     "APP_ENV=production\nDB_PASSWORD=${DB_PASSWORD}\nexport SESSION_SECRET=\"${SESSION_SECRET}\"")
expected.append(("srv/app/.env", "dotenv-secret", 2, "rootfs"))
expected.append(("srv/app/.env", "dotenv-secret", 3, "rootfs"))
both("root/.m2/settings.xml",
     "<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>ci</username>\n      <password>" + r(14) +
     "</password>\n      <passphrase>" + r(14) + "</passphrase>\n    </server>\n  </servers>\n</settings>",
     "<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>ci</username>\n      <password>{" + b64(24) +
     "}</password>\n      <passphrase>${env.GPG_PASSPHRASE}</passphrase>\n    </server>\n  </servers>\n</settings>")
expected.append(("root/.m2/settings.xml", "maven-settings-password", 6, "rootfs"))
expected.append(("root/.m2/settings.xml", "maven-settings-passphrase", 7, "rootfs"))
both("root/.m2/settings-security.xml", "<settingsSecurity>\n  <master>" + r(16) + "</master>\n</settingsSecurity>",
     "<settingsSecurity>\n  <master>{" + b64(24) + "}</master>\n</settingsSecurity>", "maven-settings-security-master", 2)

# sensitive files by name and shape
both("root/.git-credentials", "https://deploy:ghp_" + r(36) + "@github.com", "", "sensitive-file-git-credentials")
both("root/.netrc", "machine git.drydock.test\n  login ci\n  password " + r(16), "machine git.drydock.test\n  login ci",
     "sensitive-file-netrc", 3)
both("var/lib/postgresql/.pgpass", "# host:port:db:user:password\ndb.internal:5432:*:app:" + r(16), "# host:port:db:user:password",
     "sensitive-file-pgpass", 2)
both("home/node/.npmrc", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=npm_" + r(36),
     "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "sensitive-file-npmrc", 2)
both("root/.pypirc", "[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc" + r(70, ALNUM + "_-"),
     "[pypi]\nusername = __token__", "sensitive-file-pypirc", 3)
both("root/.docker/config.json",
     '{\n  "auths": {\n    "registry.drydock.test": {\n      "auth": "%s"\n    }\n  }\n}' % base64.b64encode(b"ci:" + r(20).encode()).decode(),
     '{\n  "auths": {},\n  "credsStore": "pass"\n}', "sensitive-file-docker-config", 4)
both("root/.kube/config",
     "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.drydock.test:6443\n  name: test\nusers:\n- name: ci\n  user:\n    token: " + jwt(),
     "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.drydock.test:6443\n  name: test\nusers:\n- name: ci\n  user:\n    exec:\n      command: aws",
     "sensitive-file-kubeconfig", 10)
both("root/.aws/credentials", "[default]\naws_access_key_id = AKIA" + r(16, UPPER) + "\naws_secret_access_key = " + r(40, ALNUM + "/+"),
     "[default]\ncredential_process = /usr/local/bin/get-creds")
expected.append(("root/.aws/credentials", "aws-access-key-id", 2, "rootfs"))
expected.append(("root/.aws/credentials", "sensitive-file-aws-credentials", 3, "rootfs"))
both("root/.aliyun/config.json",
     '{\n  "current": "default",\n  "profiles": [\n    {\n      "name": "default",\n      "mode": "AK",\n      "access_key_id": "LTAI%s",\n      "access_key_secret": "%s"\n    }\n  ]\n}' % (r(20), r(30)),
     '{\n  "current": "default",\n  "profiles": [\n    {\n      "name": "default",\n      "mode": "EcsRamRole",\n      "ram_role_name": "app"\n    }\n  ]\n}')
expected.append(("root/.aliyun/config.json", "alibaba-access-key-id", 7, "rootfs"))
expected.append(("root/.aliyun/config.json", "sensitive-file-aliyun-config", 8, "rootfs"))
both("srv/infra/terraform.tfstate",
     '{\n  "version": 4,\n  "terraform_version": "1.6.0",\n  "resources": [\n    {\n      "type": "alicloud_db_account",\n      "instances": [\n        {\n          "attributes": {\n            "account_name": "app",\n            "account_password": "%s"\n          }\n        }\n      ]\n    }\n  ]\n}' % r(18),
     '{\n  "version": 4,\n  "terraform_version": "1.6.0",\n  "resources": []\n}', "sensitive-file-terraform-state", 11)
both("etc/ssh/ssh_host_ed25519_key", pem("OPENSSH PRIVATE KEY", 400), "", "sensitive-file-ssh-host-key", 2)
both("etc/ssh/ssh_host_ed25519_key.pub", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r(43) + " root@build",
     "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + r(43) + " root@build")
both("root/.ssh/id_rsa", pem("RSA PRIVATE KEY"), "", "sensitive-file-ssh-private-key", 2)
both("root/.bash_history", "apk add mariadb-client\nmysql -h db -uroot -p" + r(12) + " app\nexit", "apk add mariadb-client\nmysql -h db -uroot -p app\nexit",
     "sensitive-file-shell-history", 2)
both("root/.mysql_history", "CREATE USER 'app'@'%%' IDENTIFIED BY '%s';" % r(14), "SHOW DATABASES;", "sensitive-file-shell-history", 1)

# not findings: a documented example key, test data, a markdown page
both("srv/app/docs/aws.txt", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "export AWS_ACCESS_KEY_ID=...")
both("srv/app/tests/fixture.conf", "GITHUB_TOKEN = ghp_" + r(36), "GITHUB_TOKEN = none")

# deleted in the next layer: the bytes still ship
add("deleted", "srv/app/deploy-key.pem", pem("RSA PRIVATE KEY"), "private-key", 2)

for tree in ("rootfs", "clean", "deleted"):
    shutil.rmtree(os.path.join(HERE, tree), ignore_errors=True)
    for path, lines in files.get(tree, {}).items():
        full = os.path.join(HERE, tree, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write("\n".join(lines).rstrip("\n") + "\n" if any(lines) else "")
with open(os.path.join(HERE, "expected.tsv"), "w") as f:
    f.write("# path\trule\tline\ttree (rootfs: layer 1; deleted: layer 2, removed by layer 3)\n")
    for row in sorted(expected):
        f.write("%s\t%s\t%d\t%s\n" % row)
print("%d expected findings" % len(expected))

#!/usr/bin/env python3
"""Write the planted-secrets corpus: support emails with pasted config, each secret line labelled.

Every file under ``bench/data/secrets/`` is one email as a person would write it to a
client or a vendor's support desk: a few lines of prose and a pasted config file
(``.env``, ``.npmrc``, ``.netrc``, ``.pgpass``, docker and kube configs, ``wp-config.php``,
shell profiles, SSH and PuTTY keys, cloud credentials, app settings).  The secret values
are random (seeded), in the published formats of each provider; the other lines are the
hard negatives real config has around them: placeholders (``<YOUR_KEY>``, ``xxxx``,
``${VAR}``), documentation example keys, masked values, host names, ports, flags.

``labels.tsv`` lists each planted line: file, 1-based line number, what it holds.  A
secret spread over lines (a PEM or PuTTY key) is one planted item: its line range.

    python bench/make_secrets_corpus.py        # rewrite the corpus (same seed, same files)
"""
from __future__ import annotations

import base64
import random
import string
import uuid
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "secrets"
R = random.Random(1414)

UP, LO, DIG = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def rnd(chars: str, n: int) -> str:
    return "".join(R.choice(chars) for _ in range(n))


def b64(nbytes: int) -> str:
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def u() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def password() -> str:
    words = ["Harbour", "Quill", "Maple", "Falcon", "Cobalt", "Juniper", "Orbit", "Velvet", "Saffron", "Tundra"]
    return R.choice(words) + R.choice("!#%&*$@") + str(R.randrange(10, 99)) + R.choice(words).lower()


def jwt() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"%d","name":"svc","iat":%d}' % (R.randrange(10**6), 1700000000 + R.randrange(10**7))).encode()).decode().rstrip("=")
    return f"{head}.{body}.{rnd(URLSAFE, 43)}"


# -- secret values by provider format (prefixes and lengths as the providers document them)
def aws_id(): return "AKIA" + rnd(UP + "234567", 16)
def aws_secret(): return rnd(B64, 40)
def aws_session(): return "IQoJb3JpZ2luX2Vj" + rnd(B64, 300)
def gcp_api(): return "AIza" + rnd(URLSAFE, 35)
def gcp_oauth_secret(): return "GOCSPX-" + rnd(URLSAFE, 28)
def azure_storage_key(): return b64(64)
def azure_client_secret(): return rnd(ALNUM, 3) + "8Q~" + rnd(ALNUM + "-_.~", 34)
def stripe_sk(): return "sk_live_" + rnd(ALNUM, 99)
def stripe_rk(): return "rk_live_" + rnd(ALNUM, 99)
def stripe_whsec(): return "whsec_" + rnd(ALNUM, 32)
def twilio_sid(): return "AC" + rnd(HEX, 32)
def twilio_token(): return rnd(HEX, 32)
def twilio_key(): return "SK" + rnd(HEX, 32)
def slack_bot(): return f"xoxb-{R.randrange(10**11, 10**12)}-{R.randrange(10**12, 10**13)}-{rnd(ALNUM, 24)}"
def slack_user(): return f"xoxp-{R.randrange(10**11, 10**12)}-{R.randrange(10**11, 10**12)}-{R.randrange(10**12, 10**13)}-{rnd(HEX, 32)}"
def slack_app(): return f"xapp-1-A{rnd(UP + DIG, 10)}-{R.randrange(10**12, 10**13)}-{rnd(HEX, 64)}"
def slack_hook(): return f"https://hooks.slack.com/services/T{rnd(UP + DIG, 8)}/B{rnd(UP + DIG, 10)}/{rnd(ALNUM, 24)}"
def telegram(): return f"{R.randrange(10**9, 7 * 10**9)}:AA{rnd(URLSAFE, 33)}"
def mailchimp(): return rnd(HEX, 32) + f"-us{R.randrange(1, 21)}"
def sendgrid(): return "SG." + rnd(URLSAFE, 22) + "." + rnd(URLSAFE, 43)
def mailgun(): return "key-" + rnd(HEX, 32)
def github_pat(): return "ghp_" + rnd(ALNUM, 36)
def github_fine(): return "github_pat_" + rnd(ALNUM, 22) + "_" + rnd(ALNUM, 59)
def github_oauth(): return "gho_" + rnd(ALNUM, 36)
def gitlab(): return "glpat-" + rnd(URLSAFE, 20)
def npm(): return "npm_" + rnd(ALNUM, 36)
def pypi(): return "pypi-AgEIcHlwaS5vcmc" + rnd(URLSAFE, 70)
def discord_hook(): return f"https://discord.com/api/webhooks/{R.randrange(10**17, 10**18)}/{rnd(URLSAFE, 68)}"
def teams_hook(): return f"https://contoso.webhook.office.com/webhookb2/{u()}@{u()}/IncomingWebhook/{rnd(HEX, 32)}/{u()}"
def gchat_hook(): return f"https://chat.googleapis.com/v1/spaces/AAAA{rnd(URLSAFE, 7)}/messages?key={gcp_api()}&token={rnd(URLSAFE, 43)}"
def openai(): return "sk-proj-" + rnd(URLSAFE, 120)
def anthropic(): return "sk-ant-api03-" + rnd(URLSAFE, 93) + "AA"
def hf(): return "hf_" + rnd(LO + UP, 34)
def shopify(): return "shpat_" + rnd(HEX, 32)
def digitalocean(): return "dop_v1_" + rnd(HEX, 64)
def datadog(): return rnd(HEX, 32)
def heroku(): return u()
def square(): return "EAAA" + rnd(URLSAFE, 60)
def postman(): return f"PMAK-{rnd(HEX, 24)}-{rnd(HEX, 34)}"
def vault(): return "hvs." + rnd(URLSAFE, 90)
def doppler(): return "dp.st.prd." + rnd(ALNUM, 43)
def age(): return "AGE-SECRET-KEY-1" + rnd("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
def docker_auth(): return base64.b64encode(f"deploy:{password()}".encode()).decode()
def npm_auth(): return base64.b64encode(f"ci-bot:{password()}".encode()).decode()
def hex_secret(n=64): return rnd(HEX, n)
def django_key(): return rnd(LO + DIG + "!@#$%^&*(-_=+)", 50)
def wp_salt(): return rnd(ALNUM + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|", 64).replace("'", "!")


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 8) -> list[str]:
    body = [rnd(B64, 64) for _ in range(lines)]
    return [f"-----BEGIN {kind}-----", *body, rnd(B64, 20) + "==", f"-----END {kind}-----"]


def putty(version: int = 3) -> list[str]:
    pub = [rnd(B64, 64) for _ in range(6)]
    priv = [rnd(B64, 64) for _ in range(14)]
    out = [f"PuTTY-User-Key-File-{version}: ssh-rsa", "Encryption: none", "Comment: rsa-key-20240311",
           f"Public-Lines: {len(pub)}", *pub]
    if version == 3:
        out.append("Key-Derivation: Argon2id") if False else None
    out += [f"Private-Lines: {len(priv)}", *priv, f"Private-MAC: {rnd(HEX, 64)}"]
    return [x for x in out if x is not None]


# -- the emails ---------------------------------------------------------------------
class Mail:
    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: list[str] = []
        self.labels: list[tuple[str, str]] = []

    def say(self, *lines: str) -> "Mail":
        self.lines.extend(lines)
        return self

    def plant(self, line: str, label: str) -> "Mail":
        self.lines.append(line)
        self.labels.append((str(len(self.lines)), label))
        return self

    def plant_block(self, lines: list[str], label: str) -> "Mail":
        self.labels.append((f"{len(self.lines) + 1}-{len(self.lines) + len(lines)}", label))
        self.lines.extend(lines)
        return self


def hello(m: Mail, who: str, what: str) -> None:
    m.say(f"Hi {who},", "", what, "")


def bye(m: Mail) -> None:
    m.say("", "Thanks,", R.choice(["Sam", "Priya", "Tom", "Alex", "Marta", "Jon"]))


def mails() -> list[Mail]:
    out = []

    m = Mail("01-dotenv-app.txt")
    hello(m, "support team", "Our app stopped sending emails after the upgrade. Here's our .env file:")
    m.say("APP_ENV=production", "APP_DEBUG=false", "APP_URL=https://shop.example.com")
    m.plant(f"APP_KEY=base64:{b64(32)}", "app-key")
    m.say("DB_CONNECTION=mysql", "DB_HOST=127.0.0.1", "DB_PORT=3306", "DB_DATABASE=shop", "DB_USERNAME=shop")
    m.plant(f"DB_PASSWORD={password()}", "password")
    m.say("MAIL_MAILER=smtp", "MAIL_HOST=smtp.sendgrid.net", "MAIL_PORT=587", "MAIL_USERNAME=apikey")
    m.plant(f"MAIL_PASSWORD={sendgrid()}", "sendgrid")
    m.plant(f"STRIPE_SECRET={stripe_sk()}", "stripe")
    m.say("STRIPE_PUBLIC_KEY=pk_live_<your publishable key>")
    m.plant(f"STRIPE_WEBHOOK_SECRET={stripe_whsec()}", "stripe-webhook")
    m.say("REDIS_HOST=redis", "REDIS_PASSWORD=null", "QUEUE_CONNECTION=redis")
    bye(m)
    out.append(m)

    m = Mail("02-dotenv-node.txt")
    hello(m, "Dana", "As requested, the environment we run the integration with (copied from the server):")
    m.say("NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info")
    m.plant(f"DATABASE_URL=postgres://app:{password()}@db.internal.example.com:5432/orders", "connection-string")
    m.plant(f"REDIS_URL=redis://:{rnd(ALNUM, 24)}@cache.example.com:6379/0", "connection-string")
    m.plant(f"JWT_SECRET={hex_secret(64)}", "generic-secret")
    m.plant(f"SESSION_SECRET={rnd(ALNUM, 32)}", "generic-secret")
    m.plant(f"GITHUB_TOKEN={github_pat()}", "github")
    m.plant(f"SLACK_BOT_TOKEN={slack_bot()}", "slack")
    m.plant(f"SLACK_WEBHOOK_URL={slack_hook()}", "slack-webhook")
    m.plant(f"SENTRY_AUTH_TOKEN=sntrys_{rnd(URLSAFE, 60)}", "sentry")
    m.say("SENTRY_DSN=", "FEATURE_FLAGS=checkout_v2,search_beta", "API_BASE_URL=https://api.example.com/v2")
    m.say("OPENAI_API_KEY=<YOUR_OPENAI_KEY>")
    m.plant(f"ANTHROPIC_API_KEY={anthropic()}", "anthropic")
    bye(m)
    out.append(m)

    m = Mail("03-npmrc.txt")
    hello(m, "Marek", "npm install fails on the build box with E401. Our ~/.npmrc:")
    m.say("registry=https://registry.npmjs.org/", "@acme:registry=https://npm.pkg.github.com")
    m.plant(f"//registry.npmjs.org/:_authToken={npm()}", "npm")
    m.plant(f"//npm.pkg.github.com/:_authToken={github_pat()}", "github")
    m.plant(f"//nexus.example.com/repository/npm/:_auth={npm_auth()}", "npm-auth")
    m.plant(f"//artifacts.example.com/npm/:_password={base64.b64encode(password().encode()).decode()}", "npm-password")
    m.say("//artifacts.example.com/npm/:username=ci-bot", "//artifacts.example.com/npm/:email=ci@example.com",
          "always-auth=true", "strict-ssl=true", "//registry.example.org/:_authToken=${NPM_TOKEN}")
    bye(m)
    out.append(m)

    m = Mail("04-netrc.txt")
    hello(m, "Helpdesk", "Git over HTTPS keeps asking for a password. This is my ~/.netrc (is the format right?):")
    m.plant(f"machine github.com login jdoe password {github_pat()}", "github")
    m.plant(f"machine api.heroku.com login jdoe@example.com password {heroku()}", "heroku")
    m.plant(f"machine git.heroku.com login jdoe@example.com password {heroku()}", "heroku")
    m.plant(f"machine ftp.example.org login backup password {password()}", "password")
    m.say("machine example.net login anonymous password guest@", "default login anonymous password user@example.com")
    m.say("", "And the same for the staging box, written over several lines:")
    m.say("machine staging.example.com", "  login deploy")
    m.plant(f"  password {password()}", "password")
    bye(m)
    out.append(m)

    m = Mail("05-pgpass.txt")
    hello(m, "Ivo", "pg_dump still prompts. Our ~/.pgpass is below, permissions are 0600:")
    m.plant(f"db1.example.com:5432:orders:report:{password()}", "pgpass")
    m.plant(f"db2.example.com:5432:*:postgres:{rnd(ALNUM, 20)}", "pgpass")
    m.plant(f"localhost:*:*:app:{password()}", "pgpass")
    m.say("# hostname:port:database:username:password", "*:*:*:readonly:<password>")
    bye(m)
    out.append(m)

    m = Mail("06-docker-config.txt")
    hello(m, "team", "docker pull from our private registry fails in CI. ~/.docker/config.json:")
    m.say("{", '  "auths": {')
    m.say('    "https://index.docker.io/v1/": {')
    m.plant(f'      "auth": "{docker_auth()}"', "docker-auth")
    m.say("    },", '    "registry.example.com": {')
    m.plant(f'      "auth": "{docker_auth()}"', "docker-auth")
    m.say("    },", '    "ghcr.io": {', '      "username": "ci-bot",')
    m.plant(f'      "password": "{github_pat()}"', "github")
    m.say("    }", "  },", '  "credsStore": "desktop",', '  "experimental": "disabled"', "}")
    m.say("", "and the compose file:", "services:", "  web:", "    image: registry.example.com/web:1.4", "    environment:")
    m.plant(f"      - POSTGRES_PASSWORD={password()}", "password")
    m.plant(f"      - AWS_SECRET_ACCESS_KEY={aws_secret()}", "aws-secret")
    m.say("      - AWS_REGION=eu-west-1", "      - POSTGRES_USER=web")
    bye(m)
    out.append(m)

    m = Mail("07-kubeconfig.txt")
    hello(m, "Lee", "kubectl says Unauthorized. Here is the kubeconfig from the jump host:")
    m.say("apiVersion: v1", "clusters:", "- cluster:")
    m.say(f"    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{rnd(B64, 60)}")
    m.say("    server: https://k8s.example.com:6443", "  name: prod", "contexts:", "- context:", "    cluster: prod",
          "    user: admin", "  name: prod", "current-context: prod", "kind: Config", "users:", "- name: admin", "  user:")
    m.say(f"    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{rnd(B64, 60)}")
    m.plant(f"    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ{rnd(B64, 80)}", "kube-key")
    m.say("- name: ci", "  user:")
    m.plant(f"    token: {jwt()}", "jwt")
    m.say("- name: ops", "  user:", "    username: ops")
    m.plant(f"    password: {password()}", "password")
    bye(m)
    out.append(m)

    m = Mail("08-wp-config.txt")
    hello(m, "hosting support", "The site shows 'Error establishing a database connection'. Our wp-config.php:")
    m.say("<?php", "define( 'DB_NAME', 'wp_shop' );", "define( 'DB_USER', 'wp_shop' );")
    m.plant(f"define( 'DB_PASSWORD', '{password()}' );", "password")
    m.say("define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );")
    for k in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"):
        m.plant(f"define( '{k}', '{wp_salt()}' );", "wp-salt")
    m.say("define( 'WP_DEBUG', false );", "$table_prefix = 'wp_';", "define( 'FS_METHOD', 'direct' );")
    m.say("define( 'SMTP_PASS', 'put your unique phrase here' );")
    bye(m)
    out.append(m)

    m = Mail("09-bashrc.txt")
    hello(m, "Chris", "The CLI works in my shell but not in cron. From my ~/.bashrc:")
    m.say('export PATH="$HOME/.local/bin:$PATH"', "export EDITOR=vim")
    m.plant(f'export OPENAI_API_KEY="{openai()}"', "openai")
    m.plant(f"export AWS_ACCESS_KEY_ID={aws_id()}", "aws-id")
    m.plant(f"export AWS_SECRET_ACCESS_KEY={aws_secret()}", "aws-secret")
    m.plant(f"export HF_TOKEN={hf()}", "huggingface")
    m.plant(f"export GITLAB_TOKEN={gitlab()}", "gitlab")
    m.plant(f"export DIGITALOCEAN_ACCESS_TOKEN={digitalocean()}", "digitalocean")
    m.plant(f"export VAULT_TOKEN={vault()}", "vault")
    m.say("export VAULT_ADDR=https://vault.example.com:8200", "alias ll='ls -la'", "export HISTSIZE=10000")
    m.say("export GOOGLE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    m.plant(f"export DD_API_KEY={datadog()}", "datadog")
    bye(m)
    out.append(m)

    m = Mail("10-ssh-key.txt")
    hello(m, "Ops", "Please add this deploy key to the server, here it is:")
    m.plant_block(pem("OPENSSH PRIVATE KEY", 7), "private-key")
    m.say("", "and the old RSA one in case that is what it wants:")
    m.plant_block(pem("RSA PRIVATE KEY", 10), "private-key")
    m.say("", "The public half is ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(B64, 43) + " deploy@ci")
    bye(m)
    out.append(m)

    m = Mail("11-putty.txt")
    hello(m, "Support", "WinSCP rejects my key file. Contents of mykey.ppk:")
    m.plant_block(putty(3), "putty-key")
    m.say("", "The older one (PuTTY 0.70):")
    m.plant_block(putty(2), "putty-key")
    bye(m)
    out.append(m)

    m = Mail("12-aws-credentials.txt")
    hello(m, "Rina", "The backup job gets AccessDenied. ~/.aws/credentials:")
    m.say("[default]")
    m.plant(f"aws_access_key_id = {aws_id()}", "aws-id")
    m.plant(f"aws_secret_access_key = {aws_secret()}", "aws-secret")
    m.say("", "[backup]")
    m.plant(f"aws_access_key_id = {aws_id()}", "aws-id")
    m.plant(f"aws_secret_access_key = {aws_secret()}", "aws-secret")
    m.plant(f"aws_session_token = {aws_session()}", "aws-session")
    m.say("region = eu-central-1", "output = json", "", "[docs]",
          "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    bye(m)
    out.append(m)

    m = Mail("13-gcp-service-account.txt")
    hello(m, "GCP support", "Our service account cannot write to the bucket. Key file (sa.json):")
    m.say("{", '  "type": "service_account",', '  "project_id": "acme-prod-123",')
    m.plant(f'  "private_key_id": "{hex_secret(40)}",', "gcp-key-id")
    m.plant(f'  "private_key": "-----BEGIN PRIVATE KEY-----\\n{rnd(B64, 64)}\\n{rnd(B64, 64)}\\n{rnd(B64, 40)}\\n-----END PRIVATE KEY-----\\n",', "private-key")
    m.say('  "client_email": "backup@acme-prod-123.iam.gserviceaccount.com",', '  "client_id": "10857463829104857362",',
          '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token"', "}")
    m.say("", "The Maps key in the frontend config:")
    m.plant(f"  mapsApiKey: '{gcp_api()}',", "gcp-api-key")
    m.plant(f"GOOGLE_CLIENT_SECRET={gcp_oauth_secret()}", "gcp-oauth")
    bye(m)
    out.append(m)

    m = Mail("14-azure.txt")
    hello(m, "Azure team", "Blob uploads fail with 403. appsettings.json:")
    m.say("{", '  "Logging": { "LogLevel": { "Default": "Information" } },', '  "ConnectionStrings": {')
    m.plant(f'    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmefiles;AccountKey={azure_storage_key()};EndpointSuffix=core.windows.net",', "azure-storage")
    m.plant(f'    "Sql": "Server=tcp:acme.database.windows.net,1433;Initial Catalog=shop;User ID=shopadmin;Password={password()};Encrypt=True;"', "connection-string")
    m.say("  },", '  "AzureAd": {', '    "Instance": "https://login.microsoftonline.com/",', f'    "TenantId": "{u()}",', f'    "ClientId": "{u()}",')
    m.plant(f'    "ClientSecret": "{azure_client_secret()}"', "azure-client-secret")
    m.say("  },", '  "AllowedHosts": "*"', "}")
    m.say("", "The SAS URL the partner gave us:")
    m.plant(f"https://acmefiles.blob.core.windows.net/in?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2025-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig={rnd(ALNUM, 43)}%3D", "azure-sas")
    m.plant(f"AZURE_STORAGE_KEY={azure_storage_key()}", "azure-storage")
    bye(m)
    out.append(m)

    m = Mail("15-messaging.txt")
    hello(m, "vendor support", "SMS and newsletter integration config (config/services.yml):")
    m.say("twilio:")
    m.plant(f"  account_sid: {twilio_sid()}", "twilio-sid")
    m.plant(f"  auth_token: {twilio_token()}", "twilio-token")
    m.plant(f"  api_key: {twilio_key()}", "twilio-key")
    m.say("  from_number: '+15005550006'", "mailchimp:")
    m.plant(f"  api_key: {mailchimp()}", "mailchimp")
    m.say("  list_id: 4ca5becb8d", "mailgun:", "  domain: mg.example.com")
    m.plant(f"  api_key: {mailgun()}", "mailgun")
    m.say("telegram:")
    m.plant(f"  bot_token: \"{telegram()}\"", "telegram")
    m.say("  chat_id: -1001234567890", "sendgrid:")
    m.plant(f"  key: {sendgrid()}", "sendgrid")
    m.say("  template: d-8f7e6c5b4a3d2e1f")
    bye(m)
    out.append(m)

    m = Mail("16-webhooks.txt")
    hello(m, "Noor", "These are the notification hooks configured on our side, in case one is wrong:")
    m.plant(f"Slack: {slack_hook()}", "slack-webhook")
    m.plant(f"Discord: {discord_hook()}", "discord-webhook")
    m.plant(f"Teams: {teams_hook()}", "teams-webhook")
    m.plant(f"Google Chat: {gchat_hook()}", "gchat-webhook")
    m.say("Status page: https://status.example.com/hooks (no auth)", "PagerDuty service: P1A2B3C")
    bye(m)
    out.append(m)

    m = Mail("17-git-credentials.txt")
    hello(m, "Kai", "Jenkins fails to clone. The credential store on the agent (~/.git-credentials):")
    m.plant(f"https://jenkins:{github_pat()}@github.com", "github")
    m.plant(f"https://oauth2:{gitlab()}@gitlab.example.com", "gitlab")
    m.plant(f"https://x-access-token:{github_oauth()}@github.com", "github")
    m.say("https://github.com/acme/widgets.git", "https://user@bitbucket.org/acme/tools.git")
    bye(m)
    out.append(m)

    m = Mail("18-pypirc.txt")
    hello(m, "PyPI help", "twine upload is rejected with 403. ~/.pypirc:")
    m.say("[distutils]", "index-servers =", "    pypi", "    testpypi", "", "[pypi]", "username = __token__")
    m.plant(f"password = {pypi()}", "pypi")
    m.say("", "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__", "password = <your test token>")
    m.say("", "[internal]", "repository = https://pypi.example.com/simple", "username = deploy")
    m.plant(f"password = {password()}", "password")
    bye(m)
    out.append(m)

    m = Mail("19-django-settings.txt")
    hello(m, "dev agency", "Here are the production settings we use (settings/prod.py):")
    m.say("DEBUG = False", "ALLOWED_HOSTS = ['shop.example.com']")
    m.plant(f"SECRET_KEY = '{django_key()}'", "django-secret")
    m.say("DATABASES = {", "    'default': {", "        'ENGINE': 'django.db.backends.postgresql',", "        'NAME': 'shop',", "        'USER': 'shop',")
    m.plant(f"        'PASSWORD': '{password()}',", "password")
    m.say("        'HOST': 'db.example.com',", "        'PORT': '5432',", "    }", "}")
    m.say("EMAIL_HOST = 'smtp.example.com'", "EMAIL_HOST_USER = 'noreply@example.com'")
    m.plant(f"EMAIL_HOST_PASSWORD = '{password()}'", "password")
    m.plant(f"AWS_SECRET_ACCESS_KEY = '{aws_secret()}'", "aws-secret")
    m.say("AWS_STORAGE_BUCKET_NAME = 'shop-media'", "SECURE_SSL_REDIRECT = True")
    bye(m)
    out.append(m)

    m = Mail("20-spring.txt")
    hello(m, "support", "Our Spring Boot service cannot connect after the password rotation. application.properties:")
    m.say("server.port=8443", "spring.datasource.url=jdbc:mysql://db.example.com:3306/crm?useSSL=true", "spring.datasource.username=crm")
    m.plant(f"spring.datasource.password={password()}", "password")
    m.plant(f"spring.mail.password={password()}", "password")
    m.plant(f"jwt.signing-key={hex_secret(64)}", "generic-secret")
    m.say("management.endpoints.web.exposure.include=health,info", "spring.jpa.hibernate.ddl-auto=validate")
    m.plant(f"spring.security.oauth2.client.registration.github.client-secret={hex_secret(40)}", "oauth-secret")
    m.say("", "and the application.yml of the other service:")
    m.say("spring:", "  rabbitmq:", "    host: mq.example.com", "    username: crm")
    m.plant(f"    password: {password()}", "password")
    m.say("  redis:", "    host: cache.example.com", "    password: ${REDIS_PASSWORD}")
    bye(m)
    out.append(m)

    m = Mail("21-connection-strings.txt")
    hello(m, "DBA team", "These are the connection strings from the different services, could you check which user is locked?")
    m.plant(f"mongodb+srv://reporting:{password()}@cluster0.ab1cd.mongodb.net/analytics?retryWrites=true", "connection-string")
    m.plant(f"mysql://legacy:{password()}@10.2.0.15:3306/erp", "connection-string")
    m.plant(f"amqp://worker:{rnd(ALNUM, 18)}@mq.example.com:5672/prod", "connection-string")
    m.plant(f"Server=sql01;Database=Billing;User Id=billing;Password={password()};", "connection-string")
    m.plant(f"jdbc:postgresql://db.example.com:5432/hr?user=hr_app&password={password()}", "connection-string")
    m.plant(f"Data Source=ora01:1521/HR;User Id=hr;Password={password()};", "connection-string")
    m.say("postgres://app:<password>@db.example.com:5432/shop", "mongodb://localhost:27017/test", "redis://cache.example.com:6379")
    bye(m)
    out.append(m)

    m = Mail("22-tokens-in-prose.txt")
    hello(m, "Ana", "Sorry for the mess, a few things you asked for:")
    m.plant(f"The API key for the staging tenant is {rnd(ALNUM, 32)} (it expires Friday).", "prose-token")
    m.plant(f"Use this bearer token when you call the export endpoint: {jwt()}", "jwt")
    m.plant(f"Webhook signing secret: {rnd(ALNUM, 40)}", "prose-token")
    m.plant(f"Our Shopify admin token is {shopify()} if you need to check the orders.", "shopify")
    m.plant(f"I created a Postman key for you: {postman()}", "postman")
    m.say("The order number is 4410-2208-9911 and the tracking code is 1Z999AA10123456784.",
          "Your ticket ID is INC0012345; the build id is 20240311.4.", "Request id: 6f1d2c3b-5a4e-4b8c-9d7e-1f2a3b4c5d6e")
    bye(m)
    out.append(m)

    m = Mail("23-terraform.txt")
    hello(m, "Consultant", "terraform plan fails on the provider block. terraform.tfvars:")
    m.say('region      = "eu-west-1"', 'environment = "prod"', 'instance_type = "t3.medium"')
    m.plant(f'do_token    = "{digitalocean()}"', "digitalocean")
    m.plant(f'db_password = "{password()}"', "password")
    m.plant(f'cloudflare_api_token = "{rnd(URLSAFE, 40)}"', "generic-secret")
    m.say('datadog_api_key = "REPLACE_ME"', 'tags = { owner = "platform" }')
    m.plant(f'age_identity = "{age()}"', "age-key")
    bye(m)
    out.append(m)

    m = Mail("24-misc-config.txt")
    hello(m, "vendor", "More config pieces from the server, as promised:")
    m.say("# /etc/redis/redis.conf", "port 6379", "bind 127.0.0.1")
    m.plant(f"requirepass {rnd(ALNUM, 28)}", "password")
    m.say("", "# ~/.my.cnf", "[client]", "user=backup")
    m.plant(f"password={password()}", "password")
    m.say("host=db.example.com", "", "# /etc/msmtprc", "account default", "host smtp.example.com", "port 587", "user alerts@example.com")
    m.plant(f"password {password()}", "password")
    m.say("tls on", "", "# .s3cfg", "[default]")
    m.plant(f"access_key = {aws_id()}", "aws-id")
    m.plant(f"secret_key = {aws_secret()}", "aws-secret")
    m.say("host_base = s3.amazonaws.com", "use_https = True")
    bye(m)
    out.append(m)

    m = Mail("25-ci-vars.txt")
    hello(m, "Build team", "The pipeline variables, as exported from the old CI (YAML):")
    m.say("variables:", "  DOCKER_DRIVER: overlay2", "  GIT_DEPTH: 10")
    m.plant(f"  NPM_TOKEN: {npm()}", "npm")
    m.plant(f"  SQUARE_ACCESS_TOKEN: {square()}", "square")
    m.plant(f"  DOPPLER_TOKEN: {doppler()}", "doppler")
    m.plant(f"  SONAR_TOKEN: {hex_secret(40)}", "generic-secret")
    m.plant(f"  SLACK_APP_TOKEN: {slack_app()}", "slack")
    m.plant(f"  SLACK_USER_TOKEN: {slack_user()}", "slack")
    m.plant(f"  GH_FINE_GRAINED: {github_fine()}", "github")
    m.say("  DEPLOY_ENV: production", "  CACHE_KEY: build-cache-v3", "  TOKEN_TTL: 3600", "  API_KEY: ${{ secrets.API_KEY }}")
    bye(m)
    out.append(m)

    m = Mail("26-json-settings.txt")
    hello(m, "integration partner", "Our connector's settings.json, as you asked:")
    m.say("{", '  "endpoint": "https://api.partner.example/v1",', '  "timeout": 30,')
    m.plant(f'  "apiKey": "{rnd(ALNUM, 32)}",', "generic-secret")
    m.plant(f'  "clientSecret": "{rnd(URLSAFE, 48)}",', "generic-secret")
    m.plant(f'  "refresh_token": "1//{rnd(URLSAFE, 100)}",', "oauth-refresh")
    m.plant(f'  "password": "{password()}",', "password")
    m.say('  "username": "svc-connector",', '  "retry": true,', '  "token": "",', '  "secret": "********"', "}")
    bye(m)
    out.append(m)

    m = Mail("27-prose-credentials.txt")
    hello(m, "Jordan", "Here is how to get into the demo environment:")
    m.plant(f"The admin password is {password()} and the username is demo-admin.", "password")
    m.plant(f"Login: demo-admin / {password()}", "password")
    m.plant(f"The Wi-Fi key in the meeting room is {rnd(LO + DIG, 12)}", "password")
    m.say("Please change your password after the first login.", "Never send your password by email.",
          "The password policy requires 12 characters.")
    bye(m)
    out.append(m)

    m = Mail("28-docs-and-placeholders.txt")
    hello(m, "customer", "To configure the integration, put these lines in your .env (replace the values with your own):")
    m.say("API_KEY=<YOUR_API_KEY>", "API_SECRET=xxxxxxxxxxxxxxxxxxxx", "STRIPE_SECRET_KEY=sk_live_...",
          "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "DB_PASSWORD=changeme", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "SLACK_TOKEN=xoxb-your-token-here",
          "PASSWORD=********", "SECRET_KEY=${SECRET_KEY}", "TOKEN=your-token", "JWT_SECRET=<generate with openssl rand -hex 32>")
    m.say("", "Your card is stored as **** **** **** 4242 and your key starts with sk_live_51H.")
    bye(m)
    out.append(m)

    m = Mail("29-k8s-secret.txt")
    hello(m, "platform support", "The pod cannot pull its settings. The Secret manifest we applied:")
    m.say("apiVersion: v1", "kind: Secret", "metadata:", "  name: billing", "  namespace: prod", "type: Opaque", "data:")
    m.plant(f"  DB_PASSWORD: {base64.b64encode(password().encode()).decode()}", "password")
    m.plant(f"  STRIPE_KEY: {base64.b64encode(stripe_sk().encode()).decode()}", "stripe")
    m.say("  DB_USER: YmlsbGluZw==", "stringData:")
    m.plant(f"  smtp-password: {password()}", "password")
    m.plant(f"  api-token: {rnd(ALNUM, 40)}", "generic-secret")
    m.say("  log-level: debug", "  region: eu-west-1")
    bye(m)
    out.append(m)

    m = Mail("30-ansible.txt")
    hello(m, "Consultant", "Inventory for the new hosts (inventory/prod.ini):")
    m.say("[web]", "web1.example.com ansible_user=deploy", "web2.example.com ansible_user=deploy")
    m.plant(f"db1.example.com ansible_user=root ansible_ssh_pass={password()}", "password")
    m.say("", "[all:vars]")
    m.plant(f"ansible_become_pass={password()}", "password")
    m.plant(f"mysql_root_password={password()}", "password")
    m.say("ntp_server=pool.ntp.org", "ansible_python_interpreter=/usr/bin/python3")
    bye(m)
    out.append(m)

    m = Mail("31-flask-env.txt")
    hello(m, "Freelancer", "Handing over the project. Production .env:")
    m.say("FLASK_APP=app.py", "FLASK_ENV=production")
    m.plant(f"SECRET_KEY={rnd(HEX, 48)}", "generic-secret")
    m.plant(f"SQLALCHEMY_DATABASE_URI=postgresql+psycopg2://flask:{password()}@db.example.com/flask", "connection-string")
    m.plant(f"MAILCHIMP_API_KEY={mailchimp()}", "mailchimp")
    m.plant(f"TWILIO_AUTH_TOKEN={twilio_token()}", "twilio-token")
    m.plant(f"TWILIO_ACCOUNT_SID={twilio_sid()}", "twilio-sid")
    m.plant(f"TELEGRAM_BOT_TOKEN={telegram()}", "telegram")
    m.plant(f"SENDGRID_API_KEY={sendgrid()}", "sendgrid")
    m.plant(f"HEROKU_API_KEY={heroku()}", "heroku")
    m.say("CELERY_BROKER_URL=redis://localhost:6379/0", "UPLOAD_FOLDER=/srv/uploads", "MAX_CONTENT_LENGTH=16777216")
    bye(m)
    out.append(m)

    m = Mail("32-compose.txt")
    hello(m, "support", "docker-compose.yml for the stack that won't start:")
    m.say("version: '3.8'", "services:", "  db:", "    image: mysql:8", "    environment:")
    m.plant(f"      MYSQL_ROOT_PASSWORD: {password()}", "password")
    m.say("      MYSQL_DATABASE: shop", "      MYSQL_USER: shop")
    m.plant(f"      MYSQL_PASSWORD: \"{password()}\"", "password")
    m.say("  minio:", "    image: minio/minio", "    environment:", "      MINIO_ROOT_USER: admin")
    m.plant(f"      MINIO_ROOT_PASSWORD: {rnd(ALNUM, 24)}", "password")
    m.say("  grafana:", "    environment:")
    m.plant(f"      - GF_SECURITY_ADMIN_PASSWORD={password()}", "password")
    m.say("      - GF_SERVER_ROOT_URL=https://grafana.example.com", "    ports:", "      - '3000:3000'")
    bye(m)
    out.append(m)

    m = Mail("33-php-array.txt")
    hello(m, "hosting", "Our config.php (the mailer part is what fails):")
    m.say("<?php", "return [", "    'db' => [", "        'host' => 'localhost',", "        'user' => 'shop',")
    m.plant(f"        'password' => '{password()}',", "password")
    m.say("    ],", "    'mail' => [", "        'smtp_host' => 'smtp.example.com',")
    m.plant(f"        'smtp_pass' => '{password()}',", "password")
    m.say("    ],")
    m.plant(f"    'paypal_secret' => '{rnd(URLSAFE, 80)}',", "generic-secret")
    m.plant(f"    'recaptcha_secret' => '6L{rnd(URLSAFE, 38)}',", "generic-secret")
    m.say("    'debug' => false,", "    'password_min_length' => 12,", "];")
    bye(m)
    out.append(m)

    m = Mail("34-gh-hosts.txt")
    hello(m, "Alex", "gh auth status says the token is invalid. ~/.config/gh/hosts.yml:")
    m.say("github.com:", "    user: alexk", "    git_protocol: https")
    m.plant(f"    oauth_token: {github_oauth()}", "github")
    m.say("github.example.com:", "    user: alexk")
    m.plant(f"    oauth_token: {github_pat()}", "github")
    bye(m)
    out.append(m)

    m = Mail("35-powershell.txt")
    hello(m, "IT", "The deployment script we run on the build server (deploy.ps1):")
    m.say('$ErrorActionPreference = "Stop"', '$env:AZURE_TENANT_ID = "' + u() + '"')
    m.plant(f'$env:AZURE_CLIENT_SECRET = "{azure_client_secret()}"', "azure-client-secret")
    m.plant(f'$password = ConvertTo-SecureString "{password()}" -AsPlainText -Force', "password")
    m.plant(f'$headers = @{{ "Authorization" = "Bearer {jwt()}" }}', "jwt")
    m.say('Write-Host "Deploying to $env:TARGET"', '$cred = Get-Credential')
    bye(m)
    out.append(m)

    m = Mail("36-maven-settings.txt")
    hello(m, "release team", "Deploy to Nexus fails with 401. ~/.m2/settings.xml:")
    m.say("<settings>", "  <servers>", "    <server>", "      <id>nexus-releases</id>", "      <username>deployer</username>")
    m.plant(f"      <password>{password()}</password>", "password")
    m.say("    </server>", "    <server>", "      <id>github</id>", "      <username>ci</username>")
    m.plant(f"      <password>{github_pat()}</password>", "github")
    m.say("    </server>", "  </servers>", "  <profiles/>", "</settings>")
    m.say("", "and web.config of the old site:")
    m.plant(f'<add name="Main" connectionString="Data Source=sql02;Initial Catalog=Shop;User ID=web;Password={password()}" providerName="System.Data.SqlClient" />', "connection-string")
    m.say('<add key="Environment" value="Production" />')
    m.plant(f'<add key="SmtpPassword" value="{password()}" />', "password")
    bye(m)
    out.append(m)

    m = Mail("37-curl.txt")
    hello(m, "API support", "Here is exactly what we run, and it returns 403:")
    m.plant(f'curl -H "Authorization: Bearer {rnd(ALNUM, 40)}" https://api.partner.example/v1/orders', "bearer")
    m.plant(f'curl -u admin:{password()} https://jenkins.example.com/api/json', "password")
    m.plant(f'curl -H "X-API-Key: {rnd(ALNUM, 32)}" https://api.example.com/v2/items', "api-key-header")
    m.plant(f"curl 'https://api.example.com/v1/report?api_key={rnd(HEX, 32)}&format=csv'", "url-secret")
    m.say('curl -H "Accept: application/json" https://api.example.com/health', 'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/me')
    bye(m)
    out.append(m)

    m = Mail("38-more-providers.txt")
    hello(m, "vendor", "All the keys from the old config, as you asked (please rotate them):")
    m.plant(f"FIREBASE_SERVER_KEY=AAAA{rnd(URLSAFE, 7)}:APA91b{rnd(URLSAFE, 134)}", "firebase")
    m.plant(f"ATLASSIAN_API_TOKEN=ATATT3xFfGF0{rnd(URLSAFE, 180)}={rnd(HEX.upper(), 8)}", "atlassian")
    m.plant(f"MAPBOX_SECRET=sk.eyJ1Ijoi{rnd(URLSAFE, 50)}.{rnd(URLSAFE, 22)}", "mapbox")
    m.plant(f"OKTA_API_TOKEN=00{rnd(URLSAFE, 40)}", "okta")
    m.plant(f"NEW_RELIC_LICENSE_KEY={rnd(HEX, 36)}NRAL", "newrelic")
    m.plant(f"LINEAR_API_KEY=lin_api_{rnd(ALNUM, 40)}", "linear")
    m.plant(f"PULUMI_ACCESS_TOKEN=pul-{rnd(HEX, 40)}", "pulumi")
    m.plant(f"TFC_TOKEN={rnd(ALNUM, 14)}.atlasv1.{rnd(ALNUM + '-_', 67)}", "terraform-cloud")
    m.say("LOG_FORMAT=json", "TZ=Europe/Berlin")
    bye(m)
    out.append(m)

    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    rows = ["# file\tline\tlabel  (1-based line, or first-last for a multi-line key; written by bench/make_secrets_corpus.py)"]
    total = 0
    for m in mails():
        (OUT / m.name).write_text("\n".join(m.lines) + "\n", encoding="utf-8")
        rows += [f"{m.name}\t{n}\t{label}" for n, label in m.labels]
        total += len(m.labels)
    (OUT / "labels.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} planted lines in {len(list(OUT.glob('*.txt')))} files to {OUT}")


if __name__ == "__main__":
    main()

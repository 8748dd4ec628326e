"""Secret formats ([secret_formats]), secrets in pasted config, and pasted config blocks.

Every value here is made up in the provider's published format (random characters of
the right class and length); placeholders and documentation examples are the hard
negatives real config has around them.
"""
from __future__ import annotations

import random
import string

import pytest

from replylint import lint_text
from replylint.config import Config
from replylint.lexicon import builtin_dir
from replylint.rules.leak import config_values as cv
from replylint.rules.leak import secret_finders as sec

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

R = random.Random(7)
AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URL = AN + "-_"


def rnd(chars: str, n: int) -> str:
    return "".join(R.choice(chars) for _ in range(n))


def uid() -> str:
    h = rnd(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


EXAMPLES = {
    "aws-access-key": lambda: "AKIA" + rnd(string.ascii_uppercase + "234567", 16),
    "google-api-key": lambda: "AIza" + rnd(URL, 35),
    "google-oauth-client-secret": lambda: "GOCSPX-" + rnd(URL, 28),
    "azure-storage-key": lambda: "AccountKey=" + rnd(AN + "+/", 86) + "==",
    "azure-client-secret": lambda: rnd(AN, 3) + "8Q~" + rnd(AN, 34),
    "github-token": lambda: "ghp_" + rnd(AN, 36),
    "github-fine-grained-token": lambda: "github_pat_" + rnd(AN, 22) + "_" + rnd(AN, 59),
    "gitlab-token": lambda: "glpat-" + rnd(URL, 20),
    "bitbucket-app-password": lambda: "ATBB" + rnd(AN, 32),
    "npm-token": lambda: "npm_" + rnd(AN, 36),
    "pypi-token": lambda: "pypi-AgEIcHlwaS5vcmc" + rnd(URL, 60),
    "stripe-secret-key": lambda: "sk_live_" + rnd(AN, 40),
    "stripe-webhook-secret": lambda: "whsec_" + rnd(AN, 32),
    "square-token": lambda: "sq0atp-" + rnd(URL, 22),
    "shopify-token": lambda: "shpat_" + rnd(HEX, 32),
    "twilio-account-sid": lambda: "AC" + rnd(HEX, 32),
    "twilio-api-key": lambda: "SK" + rnd(HEX, 32),
    "slack-token": lambda: f"xoxb-{rnd('123456789', 12)}-{rnd('123456789', 13)}-{rnd(AN, 24)}",
    "slack-app-token": lambda: f"xapp-1-A{rnd('ABCDEFGH123', 10)}-{rnd('123456789', 13)}-{rnd(HEX, 64)}",
    "slack-webhook": lambda: f"https://hooks.slack.com/services/T{rnd('ABCDE12345', 8)}/B{rnd('ABCDE12345', 10)}/{rnd(AN, 24)}",
    "discord-webhook": lambda: f"https://discord.com/api/webhooks/{rnd('123456789', 18)}/{rnd(URL, 68)}",
    "teams-webhook": lambda: f"https://acme.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/{rnd(HEX, 32)}/{uid()}",
    "google-chat-webhook": lambda: f"https://chat.googleapis.com/v1/spaces/AAAA{rnd(URL, 7)}/messages?key=AIza{rnd(URL, 35)}&token={rnd(URL, 43)}",
    "telegram-bot-token": lambda: f"{rnd('123456789', 10)}:AA{rnd(URL, 33)}",
    "mailchimp-key": lambda: rnd(HEX, 32) + "-us14",
    "mailgun-key": lambda: "key-" + rnd(HEX, 32),
    "sendgrid-key": lambda: "SG." + rnd(URL, 22) + "." + rnd(URL, 43),
    "openai-key": lambda: "sk-proj-" + rnd(URL, 60),
    "anthropic-key": lambda: "sk-ant-api03-" + rnd(URL, 93),
    "huggingface-token": lambda: "hf_" + rnd(string.ascii_letters, 34),
    "digitalocean-token": lambda: "dop_v1_" + rnd(HEX, 64),
    "sentry-token": lambda: "sntrys_" + rnd(AN, 60),
    "postman-key": lambda: f"PMAK-{rnd(HEX, 24)}-{rnd(HEX, 34)}",
    "vault-token": lambda: "hvs." + rnd(URL, 90),
    "terraform-cloud-token": lambda: rnd(AN, 14) + ".atlasv1." + rnd(AN, 67),
    "doppler-token": lambda: "dp.st.prd." + rnd(AN, 43),
    "age-secret-key": lambda: "AGE-SECRET-KEY-1" + rnd("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "firebase-server-key": lambda: "AAAA" + rnd(URL, 7) + ":APA91b" + rnd(URL, 134),
    "atlassian-api-token": lambda: "ATATT3xFfGF0" + rnd(URL, 180),
    "mapbox-secret-token": lambda: "sk.eyJ1Ijoi" + rnd(URL, 50) + "." + rnd(URL, 22),
    "newrelic-key": lambda: "NRAK-" + rnd(string.ascii_uppercase + string.digits, 27),
    "linear-api-key": lambda: "lin_api_" + rnd(AN, 40),
    "pulumi-token": lambda: "pul-" + rnd(HEX, 40),
    "databricks-token": lambda: "dapi" + rnd(HEX, 32),
    "grafana-token": lambda: "glsa_" + rnd(AN, 32) + "_" + rnd(HEX, 8),
    "supabase-token": lambda: "sbp_" + rnd(HEX, 40),
    "planetscale-token": lambda: "pscale_tkn_" + rnd(AN, 43),
    "notion-token": lambda: "ntn_" + rnd(AN, 46),
    "figma-token": lambda: "figd_" + rnd(URL, 40),
    "jwt": lambda: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI" + rnd(URL, 20) + "." + rnd(URL, 43),
}


def formats() -> dict:
    with open(builtin_dir() / "leak.toml", "rb") as fh:
        return tomllib.load(fh)["secret_formats"]


def test_every_format_has_an_example_here():
    assert set(formats()) == set(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_format_is_found_by_name_and_redacted(name):
    value = EXAMPLES[name]()
    text = f"Hi,\n\nThe integration uses {value} at the moment.\n\nThanks\n"
    found = [f for f in lint_text(text).findings if f.code == "LEK010"]
    assert len(found) == 1, (name, value)
    f = found[0]
    assert name.replace("-", " ") in f.message
    shown = text[f.start:f.end]
    assert shown in value or value in shown
    # The report shows a URL's host or a key's first four characters, nothing more.
    assert f.excerpt.endswith("****") and len(f.excerpt.rstrip("*/")) <= max(4, value.find("/", 8))


@pytest.mark.parametrize("text", [
    "Keys look like sk_live_ followed by 24 characters.",
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "Set SLACK_TOKEN=xoxb-your-token-here in the .env.",
    "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
])
def test_format_prefixes_and_documentation_examples_are_not_keys(text):
    assert [f.code for f in lint_text(f"Hi,\n\n{text}\n\nThanks\n").findings if f.code.startswith("LEK01")] == []


# -- config values ---------------------------------------------------------------------
@pytest.mark.parametrize("line,value", [
    ("DB_PASSWORD=Quill#58harbour", "Quill#58harbour"),
    ("export JWT_SECRET=4f9a0c2e7b1d8f3a6c5e9b0d2a7f4c1e", "4f9a0c2e7b1d8f3a6c5e9b0d2a7f4c1e"),
    ('  "clientSecret": "Zk3Qm9Tx7Lw2Vb8KpR4sYd1NcF0hJ6gE",', "Zk3Qm9Tx7Lw2Vb8KpR4sYd1NcF0hJ6gE"),
    ("    password: Velvet@26maple", "Velvet@26maple"),
    ("        'PASSWORD': 'Orbit%41tundra',", "Orbit%41tundra"),
    ("EMAIL_HOST_PASSWORD = 'Quill&83saffron'", "Quill&83saffron"),
    ("define( 'DB_PASSWORD', 'Maple!29cobalt' );", "Maple!29cobalt"),
    ("    'smtp_pass' => 'Falcon*12quill',", "Falcon*12quill"),
    ("      <password>Juniper$77orbit</password>", "Juniper$77orbit"),
    ('<add key="SmtpPassword" value="Saffron#40maple" />', "Saffron#40maple"),
    ("machine ftp.example.org login backup password Cobalt%66velvet", "Cobalt%66velvet"),
    ("db1.example.com:5432:orders:report:Harbour!18falcon", "Harbour!18falcon"),
    ("//registry.npmjs.org/:_auth=Y2ktYm90OlNhZmZyb24qNTVvcmJpdA==", "Y2ktYm90OlNhZmZyb24qNTVvcmJpdA=="),
    ("requirepass Gm7Lq2Xv9Rt4Wc8Zp3Kd6Hs1Nf5B", "Gm7Lq2Xv9Rt4Wc8Zp3Kd6Hs1Nf5B"),
    ("curl -u admin:Tundra&35juniper https://ci.example.com/api/json", "Tundra&35juniper"),
    ('curl -H "Authorization: Bearer Zk3Qm9Tx7Lw2Vb8KpR4sYd1NcF0hJ6gE" https://api.example.com', "Zk3Qm9Tx7Lw2Vb8KpR4sYd1NcF0hJ6gE"),
    ('$p = ConvertTo-SecureString "Velvet!90quill" -AsPlainText -Force', "Velvet!90quill"),
    ('      "identitytoken": "Zk3Qm9Tx7Lw2Vb8KpR4sYd1NcF0hJ6gE"', "Zk3Qm9Tx7Lw2Vb8KpR4sYd1NcF0hJ6gE"),
    ("./deploy.sh --db-password=Harbour%12quill", "Harbour%12quill"),
    ("mysqldump -u root -pCobalt77velvet shop > shop.sql", "Cobalt77velvet"),
    ("sshpass -p 'Orbit&21maple' ssh deploy@web1", "Orbit&21maple"),
])
def test_secrets_in_pasted_config(line, value):
    assert [s.value for s in cv.find_config_values(line)] == [value]


@pytest.mark.parametrize("line", [
    "API_KEY=<YOUR_API_KEY>",
    "API_SECRET=xxxxxxxxxxxxxxxxxxxx",
    "DB_PASSWORD=changeme",
    "PASSWORD=********",
    "SECRET_KEY=${SECRET_KEY}",
    "  API_KEY: ${{ secrets.API_KEY }}",
    "TOKEN=your-token",
    "REDIS_PASSWORD=null",
    "password: ${REDIS_PASSWORD}",
    "*:*:*:readonly:<password>",
    "machine example.net login anonymous password guest@",
    "STRIPE_PUBLIC_KEY=pk_live_51Hx9qLm2Tz",
    "CACHE_KEY: build-cache-v3",
    "TOKEN_TTL: 3600",
    "    'password_min_length' => 12,",
    "  private_key_id: none",
    "define( 'SMTP_PASS', 'put your unique phrase here' );",
    "//registry.example.org/:_authToken=${NPM_TOKEN}",
    'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/me',
    "smtp_user = alerts@example.com",
    "datadog_api_key = \"REPLACE_ME\"",
])
def test_placeholders_and_non_secret_keys_are_not_secrets(line):
    assert cv.find_config_values(line) == []


def test_key_words_split_every_spelling():
    for key in ("DB_PASSWORD", "dbPassword", "db.password", "db-password", "//host/:_password"):
        assert cv.secret_kind(key) == "password", key
    assert cv.secret_kind("AUTH_KEY") == "secret"
    assert cv.secret_kind("public_key") is None
    assert cv.secret_kind("access_key_id") is None


# -- the real-mail false alarms of issue 13 ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Your EBB password was changed yesterday.",
    "The EBB password was changed on Monday, please log in again.",
    "EBB password was changed.",
    "Has the EBB password been changed yet?",
    "Password changed for the EBB account.",
])
def test_a_sentence_about_a_password_is_not_a_password(text):
    assert [f.code for f in lint_text(f"Hi,\n\n{text}\n\nThanks\n").findings if f.code == "LEK013"] == []


def test_a_password_given_in_the_sentence_still_is():
    text = "Hi,\n\nThe EBB password was changed to Kx8#pLm2q this morning.\n\nThanks\n"
    assert [f.code for f in lint_text(text).findings if f.code == "LEK013"] == ["LEK013"]


# -- redaction in every output format ------------------------------------------------------
def test_new_detectors_are_redacted_in_every_format(tmp_path):
    from click.testing import CliRunner

    from replylint.cli import main

    secrets = ["Quill#58harbour", "Gm7Lq2Xv9Rt4Wc8Zp3Kd6Hs1Nf5B", "AC" + "7f3e9a1c5b8d2e4f6a0c9b7d1e3f5a2c",
               "LY83002048000020100120361", "213100000000001"]
    draft = tmp_path / "d.txt"
    draft.write_text("Hi,\n\nHere's the .env:\nDB_PASSWORD=Quill#58harbour\nREDIS_PASS=Gm7Lq2Xv9Rt4Wc8Zp3Kd6Hs1Nf5B\n"
                     "TWILIO_SID=AC7f3e9a1c5b8d2e4f6a0c9b7d1e3f5a2c\n\n"
                     "Refund to LY83002048000020100120361, JCB card 213100000000001.\n\nThanks\n")
    for fmt in ("text", "json", "sarif", "github", "junit"):
        out = CliRunner().invoke(main, ["check", "--format", fmt, str(draft)]).output
        assert "LEK0" in out, fmt
        for s in secrets:
            assert s not in out, (fmt, s)


# -- pasted config (LEK015) --------------------------------------------------------------
def _pasted(text: str):
    return [f for f in lint_text(text).findings if f.code == "LEK015"]


def test_a_pasted_env_block_is_a_warning_even_without_a_key_shaped_value():
    text = ("Hi,\n\nHere's our .env:\nMAIL_HOST=smtp.example.com\nMAIL_USERNAME=shop\nMAIL_PASSWORD=sunflower\n"
            "MAIL_PORT=587\n\nThanks\n")
    (f,) = _pasted(text)
    assert str(f.severity) == "warning" and f.line == 4
    assert "sunflower" not in f.excerpt and "4 lines" in f.message


def test_a_pasted_netrc_block_is_a_finding():
    text = ("Hi,\n\nMy ~/.netrc:\nmachine ftp.example.org\n  login backup\n  password Lantern-42\n\nThanks\n")
    assert len(_pasted(text)) == 1


@pytest.mark.parametrize("block", [
    # instructions with placeholders only
    "API_KEY=<YOUR_API_KEY>\nDB_PASSWORD=changeme\nSECRET_KEY=${SECRET_KEY}\nPORT=8080",
    # config without any secret
    "PORT=8080\nLOG_LEVEL=info\nAPP_URL=https://shop.example.com\nDEBUG=false",
    # two lines are not a block
    "DB_USER=shop\nDB_PASSWORD=Quill#58harbour",
    # a list of facts in prose
    "Name: Ann Lee\nRole: buyer\nOffice: Leeds\nPhone: 0113 496 0000",
])
def test_not_pasted_config(block):
    assert _pasted(f"Hi,\n\nSee below.\n{block}\n\nThanks\n") == []


def test_a_conference_passcode_is_not_a_secret_but_an_alarm_code_is():
    codes = lambda t: [f.code for f in lint_text(f"Hi,\n\n{t}\n\nThanks\n").findings if f.code == "LEK013"]  # noqa: E731
    assert codes("The dial-in number is (888) 555-0128 and the passcode is 352172.") == []
    assert codes("Zoom meeting ID 123 456 7890, passcode 998877") == []
    assert codes("The alarm code is 1945.") == ["LEK013"]


def test_a_putty_key_file_is_a_private_key():
    body = "\n".join("QUFBQUIzTnphQzF5YzJFQUFBQURBUUFCQUFBQkFRQ3" + str(i) * 20 for i in range(6))
    text = (f"Hi,\n\nMy key:\nPuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: rsa-key\n"
            f"Public-Lines: 2\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC\nAAAAB3NzaC1yc2EAAAADAQABAAABAQD\n"
            f"Private-Lines: 6\n{body}\nPrivate-MAC: 0f3a9c\n\nThanks\n")
    found = [f for f in lint_text(text).findings if f.code == "LEK011"]
    assert len(found) == 1 and found[0].excerpt.startswith("PuTTY-User-Key-File-3")
    assert "QUFBQUIz" not in found[0].excerpt
    assert [f for f in lint_text("Hi,\n\nSave it as a PuTTY-User-Key-File-3 (.ppk).\n\nThanks\n").findings
            if f.code == "LEK011"] == []


def test_maestro_0604_and_long_maestro_numbers():
    from replylint.rules.leak import checksums as ck

    number = "0604" + "12345678"
    for d in "0123456789":
        if ck.luhn_ok(number[:-1] + d):
            number = number[:-1] + d
            break
    assert [c.value for c in ck.find_cards(f"Maestro {number}")] == [number]

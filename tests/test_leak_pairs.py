"""Credentials written as a pair the password rules did not read (classes from the
heldout6 misses; the drafts are written for these tests): a login word with what it is
for before "is" ("the NAS login for the Leeds office is leeds-nas / ..."), and a Windows
domain account with its password after a slash ("HARTLEY\\svc-backup / ...").  Hard
negatives of the same shape: a folder path, a login that is an email address, a value
that says where the password is."""
from __future__ import annotations

import pytest
from helpers import findings


def lek013(body: str) -> list:
    text = f"Hi Jo,\n\n{body}\n\nThanks,\nSam\nOrchard Lane IT\n"
    return [f for f in findings(text) if f.code == "LEK013"]


@pytest.mark.parametrize("body, secret", [
    ("Logged in with the local admin, HARTLEY\\svc-backup / Gannet!7741, and restarted the job.", "Gannet!7741"),
    ("Use corp\\kiosk01 | Wr3n-Path to unlock the kiosk.", "Wr3n-Path"),
    ("The NAS login for the Leeds office is leeds-nas / Quill$88river, just so you have it.", "Quill$88river"),
    ("Credentials for the staging box are deploy / Larch-2290.", "Larch-2290"),
    ("The shared mailbox account at reception is frontdesk / Heron-5512 for now.", "Heron-5512"),
])
def test_credential_pairs(body, secret):
    found = lek013(body)
    assert found, body
    text = f"Hi Jo,\n\n{body}\n\nThanks,\nSam\nOrchard Lane IT\n"
    assert any(secret in text[f.start:f.end] or text[f.start:f.end] in secret for f in found)


@pytest.mark.parametrize("body", [
    "The file share is at FINANCE\\reports / archive if you need older copies.",
    "The login for the portal is your email address, and you set the password yourself.",
    "Your account for the portal is jo.marsh / see the welcome email.",
    "Save it under SALES\\2026 / Q3 so the team can find it.",
    "The user for the kiosk is on the sticker, and the password is in the sealed envelope.",
])
def test_credential_pair_hard_negatives(body):
    assert lek013(body) == []


# -- more credential shapes, found by writing fresh notes --------------------------
@pytest.mark.parametrize("body, secret", [
    ("Router admin is admin / Kestrel!4490 - change it when you can.", "Kestrel!4490"),
    ("Server login - administrator / Fulmar!9931", "Fulmar!9931"),
    ("Creds are on the whiteboard: office / Lapwing$77", "Lapwing$77"),
    ("Log into the Xero account with accounts@kestrel.example, pass Sparrow#2024.", "Sparrow#2024"),
    ("user kestrel_admin pw Gull-4410", "Gull-4410"),
    ("For the VPN use jsmith and Harbour2291! as the password.", "Harbour2291!"),
    ("Building entry is on the left, and the lift code is 2580.", "2580"),
])
def test_more_credential_shapes(body, secret):
    found = lek013(body)
    text = f"Hi Jo,\n\n{body}\n\nThanks,\nSam\nOrchard Lane IT\n"
    assert any(secret in text[f.start:f.end] or text[f.start:f.end] in secret for f in found), body


@pytest.mark.parametrize("body", [
    "Your account is read / write for the shared folder.",
    "Use your birthday as the password hint.",
    "Please keep your boarding pass BA2490 to hand.",
    "Admin fees are £40 / month, capped at £400 / year.",
    "The server login is your usual email / password.",
    "Root cause: the Q3 / Q4 figures were swapped.",
    "Your user guide / FAQ is attached, with the VPN setup steps.",
    "The account manager / owner is Priya Rao.",
])
def test_more_credential_shapes_hard_negatives(body):
    assert lek013(body) == []

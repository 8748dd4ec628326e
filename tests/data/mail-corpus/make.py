"""Write the hostile-mail corpus (our own messages, modelled on real spam, phishing and
malformed mail).  Run from this folder: ``python make.py``; the files are committed.

Each file is a message a mail client displays; ``tests/test_reading.py`` proves every one
is linted (exit 0 or 1, never 2) and checks what must be found in it.
"""
from __future__ import annotations

import base64
from pathlib import Path

H = "From: Support <support@ourco.example>\nTo: Ann Lee <ann@client.example>\nDate: Mon, 7 Dec 2026 09:00:00 +0000\n"
CARD = "4111 1111 1111 1111"


def b64(text: bytes) -> str:
    return base64.encodebytes(text).decode()


MESSAGES: dict[str, bytes] = {
    # Charsets that fail as declared.
    "gb2312-stray-byte.eml": (H + "Subject: =?gb2312?B?xOO6ww==?=\nContent-Type: text/plain; charset=gb2312\n\n").encode()
    + "你好，我们保证明天送达。".encode("gb18030") + b"\x80\xff" + b"\nWe guarantee delivery by tomorrow.\n",
    "utf8-stray-byte.eml": (H + "Subject: Your invoice\nContent-Type: text/plain; charset=utf-8\n\n"
                            "Hi Ann,\n\nYour card " + CARD + " was charged.").encode() + b" \xe9t\xe9\n",
    "cp1252-labelled-utf8.eml": (H + "Subject: Offer\nContent-Type: text/plain; charset=\"utf-8\"\n\n").encode()
    + "Our \u201cbest\u201d offer \u2013 guaranteed to never fail.\n".encode("cp1252"),
    "latin1-curly-quotes.eml": (H + "Subject: Re: delay\nContent-Type: text/plain; charset=iso-8859-1\n\n").encode()
    + "We promise a \u201cfull refund\u201d by tomorrow.\n".encode("cp1252"),
    "unknown-charset.eml": (H + "Subject: x\nContent-Type: text/plain; charset=klingon-8\n\n"
                            "Don't worry, we guarantee delivery by tomorrow.\n").encode(),
    "charset-undefined.eml": (H + "Subject: x\nContent-Type: text/plain; charset=undefined\n\nHello " + CARD + "\n").encode(),
    "charset-punycode.eml": (H + "Subject: x\nContent-Type: text/plain; charset=punycode\n\nHello there, idiot.\n").encode(),
    "charset-nul.eml": (H + "Subject: x\nContent-Type: text/plain; charset=\"utf\x00-8\"\n\nHello.\n").encode(),
    "charset-unicode-escape.eml": (H + "Subject: x\nContent-Type: text/plain; charset=unicode_escape\n\n"
                                   "Hello \\ud800 there.\n").encode(),
    # Broken MIME structure.
    "multipart-no-boundary.eml": (H + "Subject: Re: order\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n"
                                  "Hi Ann, we guarantee delivery by tomorrow.\n").encode(),
    "boundary-never-used.eml": (H + "Subject: x\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"ZZZ\"\n\n"
                                "--YYY\nContent-Type: text/plain\n\nYour card " + CARD + "\n--YYY--\n").encode(),
    "missing-final-boundary.eml": (H + "Subject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"B\"\n\n"
                                   "--B\nContent-Type: text/plain\n\nWe guarantee delivery by tomorrow.\n").encode(),
    "bad-base64.eml": (H + "Subject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                       + b64(b"Your password: Hunter2-Secret-99 for the portal.\n")[:-3] + "!!\n").encode(),
    "bad-quoted-printable.eml": (H + "Subject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                                 "We guarantee =E2=80=9Cdelivery=E2=80=9D by tomorrow =ZZ and =\n=3D done.\n").encode(),
    "8bit-content-disposition.eml": (H + "Subject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"B\"\n\n"
                                     "--B\nContent-Type: text/plain\n\nHi Ann, see attached.\n--B\nContent-Type: text/plain\n"
                                     "Content-Disposition: attachment; filename=\"r\xe9sum\xe9.txt\"\n\nAccount " + CARD + "\n--B--\n").encode("latin-1"),
    "bad-encoded-word-from.eml": ("From: =?utf-8?B?####?= <x@spam.example>\nTo: ann@client.example\n"
                                  "Subject: =?utf-8?Q?Your_account_is_suspended?=\n\nClick here to verify.\n").encode(),
    "subject-unknown-charset.eml": (H + "Subject: =?x-unknown?Q?guaranteed_refund?=\n\nHello.\n").encode(),
    "crlf-line-endings.eml": (H + "Subject: x\n\nHi Ann,\n\nWe guarantee delivery by tomorrow.\n").replace("\n", "\r\n").encode(),
    "bare-cr.eml": (H + "Subject: x\n\nHi Ann,\rWe guarantee delivery by tomorrow.\r").encode(),
    "garbage-header-line.eml": (H + "Subject: x\nthis is not a header\nX-Mailer: spam\n\nYou won! Send your card " + CARD + "\n").encode(),
    # Phishing and spam shapes.
    "phishing-html-only.eml": (H + "Subject: Verify your account\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
                               "<html><body><p>Dear customer,</p><p style=\"display:none\">hidden idiot text</p>"
                               "<a href=\"https://login.example/reset?token=ghp_abcdefghijklmnopqrstuvwxyz0123456789\">Verify</a>"
                               "<img src=\"x.png\" alt=\"You moron\"></body></html>\n").encode(),
    "html-unclosed-tags.eml": (H + "Subject: x\nContent-Type: text/html\n\n<div><p>Card 4111 <b>1111</b>&nbsp;1111&#32;1111 <table><tr><td>ok\n").encode(),
    "alternative-html-differs.eml": (H + "Subject: Re: your refund\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"A\"\n\n"
                                     "--A\nContent-Type: text/plain; charset=utf-8\n\nHi Ann,\n\nYour refund is on its way.\n\n"
                                     "--A\nContent-Type: text/html; charset=utf-8\n\n<p>Hi Ann,</p><p>Your refund is on its way. "
                                     "Card " + CARD + " and this idiot courier.</p>\n--A--\n").encode(),
    "nested-multipart.eml": (H + "Subject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"O\"\n\n"
                             "--O\nContent-Type: multipart/alternative; boundary=\"I\"\n\n--I\nContent-Type: text/plain\n\nPlain part.\n"
                             "--I\nContent-Type: text/html\n\n<p>Plain part. We guarantee delivery by tomorrow.</p>\n--I--\n"
                             "--O\nContent-Type: text/csv; name=\"cards.csv\"\nContent-Disposition: attachment; filename=\"cards.csv\"\n\n"
                             "name,card\nAnn," + CARD + "\n--O--\n").encode(),
    "forwarded-rfc822.eml": (H + "Subject: Fwd: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"F\"\n\n"
                             "--F\nContent-Type: text/plain\n\nSee below.\n--F\nContent-Type: message/rfc822\n\n"
                             "From: a@b.example\nSubject: inner\n\nInner text with card " + CARD + "\n--F--\n").encode(),
    "ics-attachment.eml": (H + "Subject: Meeting\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"C\"\n\n"
                           "--C\nContent-Type: text/plain\n\nInvite attached.\n--C\nContent-Type: application/octet-stream; name=\"invite.ics\"\n"
                           "Content-Disposition: attachment; filename=\"invite.ics\"\nContent-Transfer-Encoding: base64\n\n"
                           + b64(b"BEGIN:VCALENDAR\nDESCRIPTION:dial-in password: Hunter2-Secret-99\nEND:VCALENDAR\n") + "--C--\n").encode(),
    "image-only.eml": (H + "Subject: Scan\nMIME-Version: 1.0\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n"
                       + b64(b"\x89PNG\r\n\x1a\nfake") ).encode(),
    "empty-body.eml": (H + "Subject: guaranteed approval, no questions asked\n\n").encode(),
    "long-line.eml": (H + "Subject: x\n\n" + ("word " * 4000) + "\n").encode(),
    "spam-shouting.eml": (H + "Subject: !!! YOU HAVE WON $1,000,000 !!!\nContent-Type: text/plain\n\n"
                          "CLAIM YOUR PRIZE NOW. 100% GUARANTEED, NO RISK.\n").encode(),
    "archive.mbox": ("From support@ourco.example Mon Dec  7 09:00:00 2026\n" + H + "Subject: one\n\nFirst message.\n\n"
                     "From support@ourco.example Mon Dec  7 09:01:00 2026\n" + H + "Subject: two\n\n"
                     "Second message: we guarantee delivery by tomorrow.\n>From the desk of Bo.\n\n"
                     "From support@ourco.example Mon Dec  7 09:02:00 2026\n" + H + "Subject: three\n\nCard " + CARD + "\n").encode(),
}


def main() -> None:
    here = Path(__file__).parent
    for name, data in MESSAGES.items():
        (here / name).write_bytes(data)
    # An Outlook .msg is a Compound File: only its magic matters to the reader.
    (here / "outlook.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)


if __name__ == "__main__":
    main()

"""The Dask recipe on a real ``dask.distributed.LocalCluster`` (issue 15).

Worker processes each build one engine, lint their partitions of messages, and the
findings land in Parquet: the same findings as linting here, and no mail text.
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from helpers import eml  # noqa: E402
from replylint import Config  # noqa: E402
from replylint.draft import read_path  # noqa: E402
from replylint.engine import lint_many  # noqa: E402

MAILS = {
    "promise.eml": eml("Don't worry, we guarantee delivery by tomorrow.\n"),
    "card.eml": eml("Your card 4111 1111 1111 1111 is on file for the renewal.\n"),
    "remark.eml": eml("FYI this client is clueless, just tell him it's fixed.\n"),
    "clean.eml": eml("Thanks for the files. I will send the revised draft on Friday.\n"),
    "buzz.txt": b"We will leverage our synergies to move the needle going forward.\n",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    for i in range(3):  # several partitions
        for name, data in MAILS.items():
            (root / f"{i}-{name}").write_bytes(data)
    return root


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            Client(lc) as client:
        yield client


def test_audit_on_a_local_cluster_writes_the_same_findings_and_no_text(archive, cluster, tmp_path):
    from replylint.dask import audit_files

    out = tmp_path / "findings.parquet"
    n = audit_files([str(archive / "*")], out, files_per_partition=4)
    assert n == 15
    got = pd.read_parquet(out).sort_values(["id", "start", "code"]).reset_index(drop=True)
    files = sorted(str(p) for p in archive.iterdir())
    want = []
    for res in lint_many([read_path(p) for p in files], Config()):
        want += [(res.draft.path, f.code, f.line, f.column, f.start) for f in res.findings]
    assert sorted(want) == sorted(zip(got["id"], got["code"], got["line"], got["column"], got["start"]))
    assert {"PRM002", "LEK001"} <= set(got["code"])
    # one engine per worker: both worker processes linted something
    workers = cluster.run(lambda: __import__("replylint.dask", fromlist=["x"])._ENGINE is not None)
    assert len(workers) == 2 and all(workers.values())
    # findings only: no column holds mail text, and the card number appears nowhere
    blob = b"".join(p.read_bytes() for p in out.rglob("*.parquet"))
    # (a rule's message may name the lexicon entry that fired, e.g. buzzword 'synergies')
    for text in (b"4111 1111 1111 1111", b"4111111111111111", b"guarantee delivery by", b"clueless", b"our synergies to"):
        assert text not in blob
    assert "excerpt" not in got.columns and "suggestion" not in got.columns


def test_lint_frame_on_a_dask_dataframe(cluster, tmp_path):
    import dask.dataframe as dd

    from replylint.dask import FINDINGS_META, lint_frame

    table = pd.DataFrame({"id": list(MAILS), "raw": [data if name.endswith(".eml") else eml(data.decode())
                                                      for name, data in MAILS.items()]})
    messages = dd.from_pandas(table, npartitions=2)
    findings = messages.map_partitions(lint_frame, meta=FINDINGS_META).compute()
    assert set(findings["id"]) == {"promise.eml", "card.eml", "remark.eml", "buzz.txt"}
    assert list(findings.columns) == list(FINDINGS_META.columns)

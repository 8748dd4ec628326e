"""Test-suite setup.

Rule tests check what each rule finds at the severity its author declared; which rules
block *by default* depends on their measured precision on real mail (precision.py) and
is tested on its own in test_precision.py.  REPLYLINT_PREVIEW=1 (the environment form of
``preview = true``) gives every rule its declared severity, here and in the CLI
subprocesses the tests start.
"""
import os

os.environ["REPLYLINT_PREVIEW"] = "1"

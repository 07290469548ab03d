#!/usr/bin/env python3
"""Build the site from content/ into public/: `python build.py [zhengxie-site build options]`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from zhengxie_site.cli import main  # noqa: E402

raise SystemExit(main(["--root", str(Path(__file__).resolve().parent), "build", *sys.argv[1:]]))

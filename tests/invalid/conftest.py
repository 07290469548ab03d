"""A minimal valid project (the repo's settings, strings, templates and static files plus a little content)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitetext import make_project, read_tree
from zhengxie_site.cli import main

MINIMAL_CONTENT = """
-- content/yun-nan-ri-bao/2022-03/zheng-xie/page.yaml --
paper: 云南日报
date: "2022-03"
page: 5
name: 政协
-- content/yun-nan-ri-bao/2022-03/zheng-xie/01-tui-dong.md --
---
title: 推动云南政协事业高质量发展
kind: feature
section: 聚焦
date: "2022-03"
order: 1
bylines:
  - {name: 张潇予, role: 记者, credit: 文}
tags: [协商在基层]
---
近年来，全省各级政协组织
大胆创新。
-- content/web-only.md --
---
title: Web only
date: "2022-04-01"
---
A web-only article.
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A minimal valid project in tmp_path/site, not yet built."""
    root = tmp_path / "site"
    root.mkdir()
    return make_project(root, MINIMAL_CONTENT)


@pytest.fixture
def built(project: Path, capsys) -> tuple[Path, dict[str, bytes]]:
    """The minimal project built once: (project, every file of public/ with its bytes)."""
    assert main(["--root", str(project), "build"]) == 0
    capsys.readouterr()
    before = read_tree(project / "public")
    assert "index.html" in before and ".zhengxie-manifest.json" in before
    return project, before

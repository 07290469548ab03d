"""`zhengxie-site init DIR`: a new site that builds at once, using the theme in the package.

It writes site.yaml (commented), an empty content/, a glossary to fill, and the folders a site overrides the
theme in (templates/, static/, i18n/: a file there with a theme file's name replaces it, catalogs merge key
by key). It never writes over anything: a folder that already holds a site.yaml or content/ is refused.
"""
from __future__ import annotations

from pathlib import Path

from .errors import SiteError

SITE_YAML = """\
# Site settings for zhengxie-site. Every key is described in docs/config.md.
title:
  zh: {name} 数字档案
  en: {name} Archive
description:
  zh: {name}的数字报档案：按版面、栏目、标签、人物和日期浏览。
  en: A digital newspaper archive, by edition, section, tag, person and date.
site_url: https://archive.example.org   # where the site is published: links in feeds, sitemaps and IIIF
base_url: /                             # the path it lives under (/archive/ for a project page)
page_size: 20
languages:            # the first is the default, served at the site root
  - code: zh          # as in file names (x.md) and front matter `lang`
    locale: zh-Hans   # <html lang>, hreflang
    name: 中文
  - code: en          # x.en.md, served under /en/
    locale: en-GB
    name: English
    prefix: en
roles:                # printed role -> how people pages group it
  记者: reporter
  本报记者: reporter
  特约记者: reporter
  首席记者: reporter
  见习记者: reporter
  新华社记者: reporter
  摄影记者: photographer
  通讯员: correspondent
  特约通讯员: correspondent
  实习生: intern
  评论员: other
  本报评论员: other
  特约评论员: other
  编辑: other
  译者: other
# kinds: [诗歌]       # kinds of article beyond feature, brief, photo, commentary, interview, notice
# credits: [讲述]     # byline credits beyond 文, 图, 摄 …; each needs credit_<word> in i18n/<code>.yaml
# time_zone: Asia/Shanghai   # where the paper's dates are days (an IANA name)
# importer:           # words the paper prints that import should know
#   labels: [政协之窗]
#   staff_words: [本版统筹]
"""

GLOSSARY = """\
# Content terms (papers, sections, roles, places) in the site's other languages:
# 政协:
#   en: CPPCC
{{}}
"""

OVERRIDES = ("templates", "static", "i18n")


def init_site(folder: Path, name: str | None = None) -> list[Path]:
    """Make a new site in `folder` (created if missing); returns the files and folders made."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise SiteError(f"{folder}: a file is there; give a folder for the new site")
    taken = [p for p in (folder / "site.yaml", folder / "content") if p.exists()]
    if taken:
        raise SiteError(f"{taken[0]}: exists already; init makes a new site and never writes over one")
    made = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "site.yaml").write_text(SITE_YAML.format(name=name or "报纸"), encoding="utf-8")
        made.append(folder / "site.yaml")
        for sub in ("content", *OVERRIDES):
            (folder / sub).mkdir(exist_ok=True)
            made.append(folder / sub)
        glossary = folder / "i18n" / "glossary.yaml"
        if not glossary.exists():
            glossary.write_text(GLOSSARY.format(), encoding="utf-8")
            made.append(glossary)
    except OSError as exc:
        raise SiteError(f"{exc.filename or folder}: cannot write ({exc.strerror or exc})") from None
    return made

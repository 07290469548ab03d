"""What each file may say: one declaration per key of `site.yaml`, an article's front matter, `page.yaml`
and a data file, with its type, default and meaning. The checks take the known keys from here (an unknown
key is an error naming the closest known one) and the tables in docs/config.md and docs/content-format.md
are generated from here (`python -m zhengxie_site.fields` writes them; a test keeps them in step)."""
from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .model import KINDS

# What a byline may say its people did: as printed, then what closing notes say (docs and default)
PRINTED_CREDITS = ("文", "图", "摄", "摄影", "摄影报道", "图文", "文/图", "图/文", "文/片", "文/摄", "文/视频", "绘", "作")
NOTED_CREDITS = ("译", "整理", "报道", "采写", "参与采写", "综合", "编译", "供稿", "采访", "口述")
DEFAULT_CREDITS = PRINTED_CREDITS + NOTED_CREDITS


@dataclass(frozen=True)
class Key:
    name: str
    type: str  # as the docs say it
    meaning: str
    default: str = ""  # as the docs show it; "**required**" for a key that must be there


def _code_list(values) -> str:
    return ", ".join(f"`{v}`" for v in values)


SITE = (
    Key("title", "one text per language code", "the site's name, in the masthead and feeds", "**required**"),
    Key("description", "one text per language code", "meta description of list pages", "**required**"),
    Key("site_url", "`https://host`", "scheme and host, for canonical links, feeds, sitemap, Open Graph",
        "`https://example.org`"),
    Key("base_url", "path (`/archive/`) or full URL",
        "where the site is served; every link is made under it (`--base-url` overrides)", "`/`"),
    Key("content_dir", "folder", "articles (`--content` overrides)", "`content`"),
    Key("output_dir", "folder", "the built site (`--out` overrides)", "`public`"),
    Key("page_size", "whole number ≥ 1", "articles per page of a section, tag or date list", "`20`"),
    Key("languages", "list of `{code, locale, name, prefix, from}`",
        "the first is the default and is served at the root; others under `/<prefix>/` (default: the code). "
        "`code` is used in file names (`x.en.md`) and front matter; `locale` is the BCP 47 tag for `<html lang>`, "
        "hreflang and date formats; `name` is shown in the language switch; `from: zh` makes the language's "
        "pages from that Chinese language's in traditional characters (OpenCC: `zh-Hant` standard characters, "
        "`zh-TW` Taiwan's words, `zh-HK` Hong Kong's), with no files of its own to write", "**required**"),
    Key("roles", "mapping printed role → group",
        "roles a byline may carry; the group (`reporter`, `correspondent`, `photographer`, `intern`, `other`) "
        "sorts people pages (a person is listed under the role the article prints; a name printed without a role but credited 图/摄 is a photographer)"),
    Key("kinds", "list of words",
        "kinds of article the paper has beyond the built-in ones (" + _code_list(KINDS) + "); each needs its "
        "label `kind_<kind>` in every catalog (`i18n/<code>.yaml`)"),
    Key("credits", "list of words",
        "what a byline may say its people did (`credit`) beyond the built-in credits (as printed: "
        + _code_list(PRINTED_CREDITS) + "; as closing notes say: " + _code_list(NOTED_CREDITS)
        + "); each (讲述, say) needs its words `credit_<credit>` in every catalog"),
    Key("time_zone", "IANA time zone name", "where the paper's dates are days: the moment a date stands for in "
        "feeds and the order of dates and datetimes", "`Asia/Shanghai`"),
    Key("importer", "mapping of lists: `labels`, `photo_labels`, `comment_labels`, `staff_words`",
        "words the paper prints that `import` should know, beyond the built-in ones: section labels (read as "
        "labels without a guess), labels of photo news and of opinion columns (their articles' kinds), and the "
        "words of the page's staff line (责任编辑, 美编 …: page data, not an article)"),
)
IMPORTER = ("labels", "photo_labels", "comment_labels", "staff_words")

FRONT_MATTER = (
    Key("title", "text", "the headline (主题)", "**required**"),
    Key("kicker", "text", "the line above the headline (引题)"),
    Key("subtitle", "text", "the line below the headline (副题)"),
    Key("kind", "one of the site's `kinds`", "what sort of article it is", "`brief`"),
    Key("section", "text", "the section label printed on the page (聚焦, 资讯, 图片新闻 …); always the Chinese "
        "label, also in translations (the glossary translates it)"),
    Key("date", "`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or a datetime with offset (`2022-03-25T08:00:00+08:00`)",
        "publication date at the precision known; never invent a day; a day is a day in the site's `time_zone`. "
        "Quote it (`\"2022-03\"`)"),
    Key("edition", "mapping `{paper, date, page, page_name}`",
        "where it was printed; must agree with the `page.yaml` of its folder"),
    Key("regions", "list of `[x, y, width, height]`",
        "where it stands on its printed page, as fractions of the page's width and height from the top-left "
        "corner (0 to 1); several for an article that runs round a photo or across columns; written by "
        "`import` from a PDF, or by hand for a scan"),
    Key("order", "whole number ≥ 1", "position on the printed page"),
    Key("bylines", "list of `{name, role, credit}`",
        "`role` (optional: some papers print names alone, as in `本报讯（张三、李四）` or `李舸摄`) as printed "
        "(记者, 通讯员, 实习生, 特约记者 …; the list is in `site.yaml` under `roles`); `credit` only where printed, "
        "one of the site's `credits`: 文 (text), 图 / 摄 / 摄影 / 摄影报道 (photos), 图文 / 文/图 / 图/文 / 文/片 / 文/摄 (both), "
        "文/视频 (text and video), "
        "绘, 译; and what a closing note says: 整理, 报道, 采写 …; 口述 for who told what another wrote down. Spaces inside a name are removed "
        "(`王  沛` is 王沛)"),
    Key("lead", "text", "the 本报讯 / dateline form (`本报讯`, `本报北京1月16日电`, `新华社北京10月11日电`); the "
        "site prints it with the byline in brackets before the body"),
    Key("figures", "list of `{caption, image, credit, alt}`",
        "`caption` required; `image` is a path under `static/` and may be absent (the caption is then shown "
        "after the text, marked 图片暂缺)"),
    Key("tags", "list of text", "topics; translated by the glossary"),
    Key("slug", "lowercase letters, digits, single hyphens",
        "the URL name, written by `import` and `new` when the article is made (the pinyin of its title then, read word by word as the jieba segmenter splits it, so 政协调研 is zheng-xie-diao-yan), "
        "so that correcting the title later keeps the URL; where it is missing, the pinyin of the title (`check` "
        "lists such articles and `zhengxie-site fix-slugs` writes each one's in; a translation defaults to its "
        "original's slug)"),
    Key("aliases", "list of slugs",
        "addresses the article was published under before (its slug before a correction): each stays as a page "
        "sending readers to where it is now. A build refuses to take down a published article, edition or page "
        "address without one (`build --allow-removed` does it on purpose and says what went)"),
    Key("lang", "a configured language code", "the article's language",
        "from the file name (`x.en.md` is `en`), else the default language"),
    Key("translation_key", "text", "links translations that do not share a file name"),
    Key("translation", "mapping `{of, translator, note, date}`",
        "in a translation: `of` is the source hash of the original it translates (`zhengxie-site check "
        "--translations` prints it); when the original changes, the translation is reported stale and its "
        "page says so"),
    Key("corrections", "list of `{date, note}`", "更正: what was corrected and when; shown on the article; the "
        "latest is its `dateModified` (JSON-LD), its feed entry's `<updated>` and its sitemap `lastmod`"),
    Key("retraction", "`{date, note, withdrawn}`",
        "撤稿: the article keeps its address with this notice (and in lists, JSON-LD and feeds); "
        "`withdrawn: true` also takes its text off the site and out of search. See "
        "[editing](editing.md#retract-an-article)"),
    Key("draft", "`true` / `false`", "drafts are built only with `--drafts`", "`false`"),
    Key("summary", "text", "what lists and search engines show of the article; the article page shows it above "
        "the text only where it is not the text's own opening",
        "the first 120 characters of the body's paragraphs, cut at a character boundary"),
    Key("dataset", "text", "name of a file in `content/_data/` shown with the article"),
    Key("import_notes", "list of text", "the importer's guesses, for the editor to review and then remove: "
        "`check` lists them and `build --strict` refuses them"),
)

PAGE = (
    Key("paper", "text", "the paper's name as printed", "**required**"),
    Key("date", "`YYYY-MM-DD`, `YYYY-MM` or `YYYY`", "the edition's date at the precision known"),
    Key("page", "whole number ≥ 1", "the page number, when known"),
    Key("name", "text", "the page name, when printed (政协, 要闻 …)"),
    Key("colophon", "mapping `{text, partners}`", "the 本版由…合办 line as printed, and the partners it names"),
    Key("sections", "list of text", "the section labels printed on the page, in print order"),
    Key("staff", "text", "the page's staff line as printed (责任编辑：李明 美术编辑：王芳)"),
    Key("source", "file name", "the raw page the importer read (kept under `sources/`)"),
    Key("pdf", "file name", "the printed page's PDF, in this folder (`import` writes it)"),
    Key("image", "file name (`.jpg`, `.jpeg`, `.png`, `.webp`)", "the page's scan, when there is no PDF"),
)

DATASET = (
    Key("title", "text", "the dataset's name", "**required**"),
    Key("columns", "list of text", "the columns, in order; every row has exactly these", "**required**"),
    Key("rows", "list of mappings column → value", "the data", "**required**"),
    Key("article", "slug", "the article that printed it: the data page links to it and it to the data"),
    Key("group_by", "one of the columns", "the column the table is grouped by and the chart counts"),
    Key("group_order", "list of values of the `group_by` column",
        "the order the groups are shown in (a province's administrative order for its prefectures); groups "
        "it leaves out follow in the order of the rows", "the order of the rows"),
)

TABLES = {"site.yaml": (SITE, "docs/config.md"), "front matter": (FRONT_MATTER, "docs/content-format.md"),
          "page.yaml": (PAGE, "docs/content-format.md"), "data file": (DATASET, "docs/content-format.md")}


def names(keys: tuple[Key, ...]) -> frozenset[str]:
    return frozenset(k.name for k in keys)


def unknown_key(name: str, keys: tuple[Key, ...], what: str = "key") -> str:
    """The message for a key no declaration has: the closest known one when there is one (a typo)."""
    close = difflib.get_close_matches(name, sorted(names(keys)), n=1, cutoff=0.6)
    if close:
        return f"unknown {what}; did you mean {close[0]!r}?"
    return f"unknown {what}; expected one of {', '.join(sorted(names(keys)))}"


def markdown_table(keys: tuple[Key, ...]) -> str:
    rows = ["| key | type | default | meaning |", "|---|---|---|---|"]
    rows += [f"| `{k.name}` | {k.type} | {k.default} | {k.meaning} |" for k in keys]
    return "\n".join(rows) + "\n"


def _marked(table: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- keys: {re.escape(table)} -->\n)(.*?)(<!-- /keys -->)", re.S)


def docs_with_tables(root: Path) -> dict[Path, str]:
    """Each docs file with its generated tables put between their markers."""
    texts: dict[Path, str] = {}
    for table, (keys, doc) in TABLES.items():
        path = root / doc
        text = texts.get(path) or path.read_text(encoding="utf-8")
        texts[path] = _marked(table).sub(lambda m: m[1] + markdown_table(keys) + m[3], text)
    return texts


def main() -> int:
    """Write the tables into the docs of the project in the current folder."""
    for path, text in docs_with_tables(Path.cwd()).items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Jinja2 turns each planned Output into bytes: autoescape on, undefined names are errors."""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol

import jinja2
import jinja2.bccache
from markupsafe import Markup

from .byline_text import Part, Person, Words, byline_row, lead_credits
from .config import SiteConfig
from .dates import PubDate
from .errors import SiteError
from .iiif import Label
from .i18n import Catalogs, format_date, format_number, romanised_name, weekday_names
from .fingerprint import page_fingerprint
from .links import PageLinks, page_links, relative_links
from .parallel import die_with_parent
from .scripts import page_converter
from .plan import Output
from .seo import article_json_ld
from .write import digest


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory between passes (serve). Jinja compiles a template again when its
    source changed (the bytecode carries a checksum of it)."""

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


def make_environment(config: SiteConfig, catalogs: Catalogs, templates: list[Path],
                     compiled: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """The templates' environment: `templates` are the folders a template is looked up in, in order (the
    site's own, then the theme's); `compiled` keeps compiled templates between passes (compiling them
    takes longer than rendering the pages an edit changes)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in templates]),
        bytecode_cache=compiled,
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(_language_functions(config, catalogs))
    env.globals.update(_page_functions(env, config, catalogs))
    env.globals.update(relative_links=config.relative, base_path=config.base_path)
    env.globals.update(site_title=config.title, site_description=config.description,
                       languages=config.languages, default_lang=config.default_language.code,
                       reads_original=config.reads_original,
                       converters={lang.code: page_converter(lang.locale, config.language(lang.source).locale)
                                   for lang in config.languages if lang.source})

    @jinja2.pass_context
    def date(context, value: PubDate | None) -> str:
        return format_date(value, context["locale"]) if value else ""

    @jinja2.pass_context
    def number(context, value: int) -> str:
        return format_number(value, context["locale"])

    def moment(value: PubDate) -> str:
        """The instant a date stands for, in the site's time zone: a feed's <updated>."""
        return value.first_moment(config.tz).isoformat()

    env.filters.update(date=date, number=number, moment=moment, safe_html=Markup)
    return env


def _language_functions(config: SiteConfig, catalogs: Catalogs) -> dict[str, Any]:
    """Strings, terms, names and weekdays in the page's language (the context's `lang` and `locale`)."""

    @jinja2.pass_context
    def t(context, key: str, **values) -> str:
        """Interface string in the page's language."""
        return catalogs.text(context["lang"], key, **values)

    def t_in(lang: str, key: str, **values) -> str:
        """Interface string in another language, e.g. beside that language's name in the switch."""
        return catalogs.text(lang, key, **values)

    @jinja2.pass_context
    def term(context, value: str) -> str:
        """A section, tag, paper or role name in the page's language (glossary)."""
        return catalogs.term(context["lang"], value)

    @jinja2.pass_context
    def person_name(context, name: str) -> str:
        if config.reads_original(context["lang"]):
            return name
        return romanised_name(name, lambda value: catalogs.term(context["lang"], value))

    def words(context, urls: dict[str, str]) -> Words:
        lang = context["lang"]
        script = context["locale"].split("-")[0]
        return Words(chinese=script == "zh", english=script == "en",
                     term=lambda value: catalogs.term(lang, value),
                     text=lambda key, **values: catalogs.text(lang, key, **values),
                     person=lambda name: Person(person_name(context, name), urls.get(name)))

    @jinja2.pass_context
    def bylines(context, article, urls: dict[str, str], in_lead: bool = False) -> list[Part]:
        """The article's bylines as its language writes them: the row under the headline, or inside the
        lead's brackets."""
        return (lead_credits if in_lead else byline_row)(article.bylines, words(context, urls))

    @jinja2.pass_context
    def weekdays(context) -> tuple[tuple[str, str], ...]:
        return weekday_names(context["locale"])

    return {"t": t, "t_in": t_in, "term": term, "person_name": person_name, "weekdays": weekdays,
            "bylines": bylines}


def _page_functions(env: jinja2.Environment, config: SiteConfig, catalogs: Catalogs) -> dict[str, Any]:
    """Links under the site's base, cards and JSON-LD."""
    cards: dict[tuple[str, str, str], Markup] = {}

    @jinja2.pass_context
    def card(context, item, heading: str = "h3") -> Markup:
        """An article in a list. A card appears on many pages (lists, pages, people, prev/next), so each
        is rendered once per heading level and language."""
        key = (item.fingerprint, heading, context["lang"])
        if (html := cards.get(key)) is None:
            html = cards[key] = Markup(env.get_template("card.html").render(
                item=item, heading=heading, lang=context["lang"], locale=context["locale"]))
        return html

    @jinja2.pass_context
    def json_ld(context, article, page) -> dict:
        """NewsArticle JSON-LD of the page's article, in the page's language."""
        lang = config.language(context["lang"])
        return article_json_ld(config, article, lang, page, lambda value: catalogs.term(lang.code, value))

    def iiif_json(data: dict) -> Markup:
        """A IIIF manifest as JSON, its labels written out in every language of the site."""
        def labels(value):
            if not isinstance(value, Label):
                raise TypeError(f"not JSON: {type(value).__name__}")
            return {lang.code: [_label_text(value, lang, catalogs)] for lang in config.languages}
        return Markup(json.dumps(data, default=labels, ensure_ascii=False, indent=1))

    def url(path: str) -> str:
        """Root-relative link that also works when the site lives under a sub-path."""
        return config.base_path + path

    def absolute(path: str) -> str:
        return config.base_url + path

    return {"card": card, "json_ld": json_ld, "url": url, "absolute": absolute, "iiif_json": iiif_json}


def _label_text(label: Label, lang, catalogs: Catalogs) -> str:
    """An edition's or page's name as the templates write it (macros.html: edition_title, page_label)."""
    def t(key: str, **values) -> str:
        return catalogs.text(lang.code, key, **values)
    date = format_date(label.date, lang.locale) if label.date else t("date_unknown")
    edition = t("edition_of", paper=catalogs.term(lang.code, label.paper), date=date)
    if not label.page:
        return edition
    parts = [t("page_number", n=label.number) if label.number else "",
             catalogs.term(lang.code, label.name) if label.name else ""]
    return f"{edition} · {' · '.join(p for p in parts if p) or t('page_label')}"


@dataclass(frozen=True)
class RenderedPage:
    """One planned page after rendering, or after finding it unchanged since the last build."""

    index: int  # position in the plan, for an order that does not depend on the number of processes
    path: str
    template: str
    fingerprint: str
    data: bytes | None  # None: unchanged, not rendered (the file from the last build stays)
    digest: str | None  # of data, taken in the worker
    links: PageLinks | None  # links and ids of a rendered HTML page
    sitemap_entry: dict[str, Any] | None
    # the fingerprints of the articles the page shows, sorted, separated by spaces; None when it was not
    # looked at (kept because none of them changed)
    depends: str | None = None


class Previous(Protocol):
    """What the last pass left of its pages."""

    def clean(self, path: str) -> str | None: ...  # the page's fingerprint, if it can stay without a look
    def unchanged(self, path: str, fingerprint: str) -> bool: ...  # the file from the last pass can stay


Plan = Callable[[], Iterator[Output]]
BATCH = 64  # pages a worker sends at a time
_job: tuple[Plan, jinja2.Environment, bytes, Previous] | None = None  # inherited by forked workers


def render_pages(plan: Plan, env: jinja2.Environment, base: bytes, previous: Previous,
                 jobs: int) -> Iterator[RenderedPage]:
    """Every planned page, rendered unless unchanged, as it is produced (never the whole site at once).
    With jobs > 1, forked workers each run the plan and take every jobs-th page; pages are pure functions
    of their Output, so the pages are the same whatever the number of processes."""
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from _pages_of_share(plan, env, base, previous, 0, 1)
        return
    yield from _render_in_workers(plan, env, base, previous, jobs)


def _pages_of_share(plan: Plan, env, base: bytes, previous: Previous, share: int, shares: int) -> Iterator[RenderedPage]:
    for index, output in enumerate(plan()):
        if index % shares == share:
            yield render_if_changed(index, output, env, base, previous)


def render_if_changed(index: int, output: Output, env, base: bytes, previous: Previous) -> RenderedPage:
    """One page: its fingerprint, and its bytes and links unless the last pass's file can stay."""
    if (known := previous.clean(output.path)) is not None:
        return RenderedPage(index, output.path, output.template, known, None, None, None, output.sitemap_entry)
    fingerprint, shown = page_fingerprint(base, output.path, output.template, output.context)
    depends = " ".join(sorted(shown))  # new even when the page is not: an article it shows changed unseen
    if previous.unchanged(output.path, fingerprint):
        return RenderedPage(index, output.path, output.template, fingerprint, None, None, None, output.sitemap_entry,
                            depends)
    data = render(env, output)
    links = None
    if output.path.endswith(".html"):
        text = data.decode("utf-8")
        links = page_links(text)
        if env.globals.get("relative_links"):  # checked as site links, written relative
            data = relative_links(text, output.path, str(env.globals["base_path"])).encode("utf-8")
    return RenderedPage(index, output.path, output.template, fingerprint, data, digest(data), links,
                        output.sitemap_entry, depends)


def _render_in_workers(plan: Plan, env, base: bytes, previous: Previous, jobs: int) -> Iterator[RenderedPage]:
    global _job
    _job = (plan, env, base, previous)
    for name in env.list_templates():
        env.get_template(name)  # compile once here, not once per worker
    context = multiprocessing.get_context("fork")
    queue = context.Queue(maxsize=jobs * 4)  # bounded: workers wait while the writer catches up
    gc.freeze()  # keep the workers' garbage collector off the shared heap, so its pages are not copied
    workers = [context.Process(target=_worker, args=(share, jobs, queue, os.getpid()), daemon=True)
               for share in range(jobs)]
    try:
        for worker in workers:
            worker.start()
        running = jobs
        while running:
            message = queue.get()
            if message == "done":
                running -= 1
            elif isinstance(message, str):
                raise SiteError(message)
            else:
                yield from message
    finally:
        gc.unfreeze()
        _job = None
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()


def _worker(share: int, shares: int, queue, parent: int) -> None:
    die_with_parent(parent)
    assert _job is not None  # set before the workers are forked
    plan, env, base, previous = _job
    batch: list[RenderedPage] = []
    try:
        for page in _pages_of_share(plan, env, base, previous, share, shares):
            batch.append(page)
            if len(batch) >= BATCH:
                queue.put(batch)
                batch = []
        queue.put(batch)
        queue.put("done")
    except SiteError as exc:
        queue.put(str(exc))
    except BaseException as exc:  # a bug: report it in the parent rather than hang it
        queue.put(f"rendering failed: {type(exc).__name__}: {exc}")
    finally:
        queue.close()
        queue.join_thread()


def render(env: jinja2.Environment, output: Output) -> bytes:
    """One page; a template error names the template and line."""
    try:
        text = env.get_template(output.template).render(output.context)
        converters: dict[str, Callable[[str], str]] = env.globals["converters"]  # type: ignore[assignment]
        if convert := converters.get(output.context.get("lang", "")):
            text = convert(text)  # a language made from another in its script: the whole page, once
    except jinja2.TemplateSyntaxError as exc:
        raise SiteError(f"templates/{exc.name}:{exc.lineno}: template syntax error: {exc.message}") from None
    except jinja2.TemplateNotFound as exc:
        raise SiteError(f"templates/{exc.name}: template not found (needed for {output.path})") from None
    except (jinja2.UndefinedError, KeyError, TypeError, AttributeError) as exc:
        raise SiteError(f"{_template_location(exc, output.template)}: {exc} (rendering {output.path})") from None
    return text.encode("utf-8")


def _template_location(exc: BaseException, fallback: str) -> str:
    """templates/x.html:line from the traceback frame Jinja compiled from the template."""
    tb = exc.__traceback__
    location = f"templates/{fallback}"
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith((".html", ".xml", ".txt")) and "templates" in name:
            location = f"templates/{Path(name).name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return location

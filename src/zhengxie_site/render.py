"""Jinja2 turns each planned Output into bytes: autoescape on, undefined names are errors."""
from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path

import jinja2
from markupsafe import Markup

from .config import SiteConfig
from .dates import PubDate
from .errors import SiteError
from .i18n import Catalogs, format_date, format_number, romanised_name, weekday_names
from .plan import Output


def make_environment(config: SiteConfig, catalogs: Catalogs, templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    default = config.default_language.code

    @jinja2.pass_context
    def t(context, key: str, **values) -> str:
        """Interface string in the page's language."""
        return catalogs.text(context["lang"], key, **values)

    @jinja2.pass_context
    def term(context, value: str) -> str:
        """A section, tag, paper or role name in the page's language (glossary)."""
        return catalogs.term(context["lang"], value)

    @jinja2.pass_context
    def person_name(context, name: str) -> str:
        if context["lang"] == default:
            return name
        return romanised_name(name, lambda value: catalogs.term(context["lang"], value))

    @jinja2.pass_context
    def date(context, value: PubDate | None) -> str:
        return format_date(value, context["locale"]) if value else ""

    @jinja2.pass_context
    def number(context, value: int) -> str:
        return format_number(value, context["locale"])

    @jinja2.pass_context
    def weekdays(context) -> tuple[tuple[str, str], ...]:
        return weekday_names(context["locale"])

    def url(path: str) -> str:
        """Root-relative link that also works when the site lives under a sub-path."""
        return config.base_path + path

    def absolute(path: str) -> str:
        return config.base_url + path

    env.globals.update(t=t, term=term, person_name=person_name, url=url, absolute=absolute, weekdays=weekdays,
                       site_title=config.title, site_description=config.description,
                       languages=config.languages, default_lang=default)
    env.filters.update(date=date, number=number, safe_html=Markup)
    return env


PARALLEL_MIN = 400  # below this many pages, starting worker processes costs more than it saves
_job: tuple[jinja2.Environment, list[Output]] | None = None  # inherited by forked workers, never pickled


def render_all(env: jinja2.Environment, outputs: list[Output], jobs: int) -> dict[str, bytes]:
    """Every page, in `jobs` forked processes when there are enough of them. Pages are pure functions of
    their Output, so the result is the same whatever the number of processes."""
    if jobs <= 1 or len(outputs) < PARALLEL_MIN or "fork" not in multiprocessing.get_all_start_methods():
        return {output.path: render(env, output) for output in outputs}
    global _job
    _job = (env, outputs)
    for name in sorted({output.template for output in outputs}):
        env.get_template(name)  # compile once here, not once per worker
    gc.freeze()  # keep the workers' garbage collector off the shared heap, so its pages are not copied
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            # Interleaved slices give every worker a similar mix of page kinds.
            slices = pool.map(_render_slice, [(start, jobs) for start in range(jobs)])
    finally:
        gc.unfreeze()
        _job = None
    rendered = [b""] * len(outputs)
    for start, pages in enumerate(slices):
        rendered[start::jobs] = pages
    return {output.path: data for output, data in zip(outputs, rendered)}


def _render_slice(args: tuple[int, int]) -> list[bytes]:
    env, outputs = _job
    start, step = args
    return [render(env, output) for output in outputs[start::step]]


def render(env: jinja2.Environment, output: Output) -> bytes:
    """One page; a template error names the template and line."""
    try:
        text = env.get_template(output.template).render(output.context)
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

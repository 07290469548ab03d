"""zhengxie-site: build, check, new and import. Each command is a few lines around one function."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import SiteError, SourceErrors

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    writes = args.run in (_build, _import, _new, _fix_slugs, _init)
    try:
        return args.run(args)
    except SiteError as exc:
        _report(exc, writes=writes)
        return EXIT_ERRORS
    except OSError as exc:  # the disk's, not the content's: full, read-only, a folder where a file should be
        where = exc.filename or "a file"
        after = (" The output folder is as it was, or, if the new site had begun to move in, the next build "
                 "completes it.") if args.run is _build else ""
        print(f"error: {where}: {exc.strerror or exc}.{after}", file=sys.stderr, flush=True)
        return EXIT_ERRORS


def _report(exc: SiteError, writes: bool = True) -> None:
    """Every error on stderr: each source problem on a line of its own, then how many."""
    if isinstance(exc, SourceErrors):
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"{len(exc.errors)} error(s)" + ("; nothing was written" if writes else ""), file=sys.stderr, flush=True)
    else:
        print(f"error: {exc}", file=sys.stderr, flush=True)


def _config(args):
    from .config import load_config

    try:
        return load_config(Path(args.root)).with_overrides(
            content=getattr(args, "content", None), out=getattr(args, "out", None),
            base_url=getattr(args, "base_url", None), drafts=getattr(args, "drafts", None) or None,
            jobs=getattr(args, "jobs", None), relative=getattr(args, "relative", None) or None)
    except ValueError as exc:
        raise SiteError(f"--base-url: {exc}") from None


def _build(args) -> int:
    from .build import build
    from .progress import Progress

    config = _config(args)
    report = build(config, Progress.for_terminal(quiet=args.quiet), strict=args.strict, allow_removed=args.allow_removed)
    if not args.quiet:
        print(report)
        _warn_example_site_url(config)
    return EXIT_OK


def _warn_example_site_url(config) -> None:
    if config.example_site_url:
        print(f"note: site.yaml: site_url is still {config.site_url}, an example domain: canonical links, feeds, "
              "the sitemap and citations point there; set it to where the site is published")


def _serve(args) -> int:
    from .serve import serve

    # site.yaml is read again on every rebuild, so a change to it takes effect without a restart
    serve(lambda: _config(args), root=Path(args.root), port=args.port)
    return EXIT_OK


def _check(args) -> int:
    from .check import check

    if args.format != "text":
        return _check_for_machines(args)
    config = _config(args)
    found, translations, to_review, unfixed, site = check(config, translations=args.translations)
    problems = [str(problem) for problem in found]
    for line in translations:
        print(f"translation: {line}")
    if args.strict:
        problems = sorted(problems + [str(entry) for entry in to_review + unfixed])
    else:
        for entry in to_review + unfixed:
            print(f"review: {entry}")
    for problem in problems:
        print(problem, file=sys.stderr)
    notes = [f"{len(to_review)} article(s) with import notes to review"] if to_review else []
    notes += [f"{len(unfixed)} address(es) following their titles (zhengxie-site fix-slugs)"] if unfixed else []
    summary = "; ".join([""] + notes) if notes and not args.strict else ""
    print((f"{len(problems)} problem(s)" if problems else "ok: no problems found") + summary)
    if site.drafts_left_out:
        print(f"{site.drafts_left_out} draft(s) not checked (check --drafts checks them too)")
    if site.hidden:
        print(f"left out, their names starting with a dot: {', '.join(site.hidden)}")
    _warn_example_site_url(config)
    return EXIT_ERRORS if problems else EXIT_OK


def _check_for_machines(args) -> int:
    """check --format github|json: every finding, file, line and column, on standard output (site.yaml's
    own problems too)."""
    from .annotations import as_json, github
    from .check import check

    try:
        errors, _, to_review, unfixed, _ = check(_config(args))
    except SourceErrors as exc:
        errors, to_review, unfixed = exc.errors, [], []
    notes = to_review + unfixed
    if args.strict:
        errors, notes = sorted(errors + notes), []
    print("\n".join(github(errors, notes)) if args.format == "github" else as_json(errors, notes))
    return EXIT_ERRORS if errors else EXIT_OK


def _new(args) -> int:
    from .new import new_article

    path = new_article(_config(args), args.title, section=args.section, kind=args.kind, folder=args.folder)
    print(f"created {path}")
    return EXIT_OK


def _fix_slugs(args) -> int:
    from .fix_slugs import fix_slugs

    written = fix_slugs(_config(args))
    for line in written:
        print(line)
    print(f"{len(written)} article(s) given the slug they are published under" if written
          else "ok: every article has its slug")
    return EXIT_OK


def _init(args) -> int:
    from .init import init_site

    folder = Path(args.root) / args.folder
    init_site(folder, name=args.name)
    print(f"made a new site in {folder}: site.yaml, content/, and templates/, static/, i18n/ for what you "
          f"change of the theme\nnext: cd {args.folder} && zhengxie-site import PAGE.txt (or PAGE.pdf), "
          "then zhengxie-site build")
    return EXIT_OK


def _import(args) -> int:
    from .newspaper import BatchReport, ImportReport, PageImportError, import_folder, run_import
    from .newspaper.batch import named_page

    report: BatchReport | ImportReport
    try:
        if Path(args.page).is_dir():
            if args.date or args.page_number:
                raise PageImportError(f"{args.page}: a folder's dates and page numbers come from its file names "
                                      "(or its manifest.yaml), not from --date and --page")
            report = import_folder(Path(args.page), Path(args.out), paper=args.paper, page_name=args.page_name,
                                   force=args.force, words=_import_words(args))
        else:
            date, page = args.date, args.page_number
            if (date is None or page is None) and (named := named_page(Path(args.page))):
                date, page = date or named[0], page or named[1]  # what is given wins over the file's name
            report = run_import(Path(args.page), Path(args.out), paper=args.paper, date=date, page=page,
                                page_name=args.page_name, force=args.force, words=_import_words(args))
    except PageImportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(report.text())
    return EXIT_OK if report.ok else EXIT_ERRORS


def _import_words(args):
    """The built-in words the importer knows, and the site's own (site.yaml's `importer:`), when the
    command runs in a site."""
    from .config import CONFIG_FILE, load_config
    from .newspaper.vocabulary import DEFAULT

    root = Path(args.root)
    if not (root / CONFIG_FILE).is_file():
        return DEFAULT
    return DEFAULT.adding(**dict(load_config(root).importer))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhengxie-site", description="Static site generator for a Chinese newspaper archive.")
    parser.add_argument("--root", default=".", help="project folder holding site.yaml (default: current folder)")
    commands = parser.add_subparsers(required=True, metavar="command")
    # --root after the command name too (zhengxie-site build --root site), as users type it
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", default=argparse.SUPPRESS, help="project folder holding site.yaml")

    def command(name: str, **options) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], **options)

    build = command("build", help="build the site into the output folder")
    build.add_argument("--content", help="content folder (default from site.yaml: content/)")
    build.add_argument("--out", help="output folder (default from site.yaml: public/)")
    build.add_argument("--base-url", help="path or URL the site is served under, e.g. /archive/")
    build.add_argument("--drafts", action="store_true", help="include articles marked draft: true")
    build.add_argument("--relative", action="store_true",
                       help="links relative to each page, to open the site from disk (a copy handed out on media)")
    build.add_argument("--jobs", type=int, default=None,
                       help="processes reading and rendering (default: one per CPU; the output is the same for any number)")
    build.add_argument("--quiet", action="store_true", help="print nothing but errors")
    build.add_argument("--strict", action="store_true",
                       help="refuse to publish articles that still have import notes to review")
    build.add_argument("--allow-removed", action="store_true",
                       help="take down article, edition or page addresses the last build published (else refused)")
    build.set_defaults(run=_build)

    serve = command("serve", help="preview from memory on localhost; rebuild and reload on every change")
    serve.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000; 0 picks a free one)")
    serve.add_argument("--content", help="content folder (default from site.yaml: content/)")
    serve.add_argument("--drafts", action="store_true", help="include articles marked draft: true")
    serve.add_argument("--base-url", help="path or URL to serve the site under, e.g. /archive/")
    serve.set_defaults(run=_serve)

    check = command("check", help="validate content, links and anchors; write nothing")
    check.add_argument("--content")
    check.add_argument("--base-url")
    check.add_argument("--translations", action="store_true", help="also list missing and stale translations")
    check.add_argument("--strict", action="store_true", help="count import notes left to review as problems")
    check.add_argument("--drafts", action="store_true", help="check articles marked draft: true too")
    check.add_argument("--format", choices=("text", "github", "json"), default="text",
                       help="github: workflow annotations (a pull request shows each error on its line); json")
    check.set_defaults(run=_check)

    init = command("init", help="make a new site that builds at once (the theme from the package)")
    init.add_argument("folder", help="the new site's folder (created if missing)")
    init.add_argument("--name", help="the paper's name, for the site's title (e.g. 云南日报)")
    init.set_defaults(run=_init)

    new = command("new", help="create a new article file ready to edit")
    new.add_argument("title")
    new.add_argument("--section")
    new.add_argument("--kind", default="brief")
    new.add_argument("--folder", help="folder under content/ (a page folder puts it on that page)")
    new.add_argument("--content")
    new.set_defaults(run=_new)

    fix = command("fix-slugs", help="write into each article without `slug:` the slug it is "
                                                "published under, so its address no longer follows its title")
    fix.add_argument("--content")
    fix.set_defaults(run=_fix_slugs)

    imp = command("import", help="turn raw newspaper pages into articles")
    imp.add_argument("page", help="a raw page text file, or a folder of them (YYYYMMDD-PP.txt pages, "
                                  "YYYYMMDD-PP-NN.txt one article each)")
    imp.add_argument("--out", default="content", help="folder to write into (default: content/)")
    imp.add_argument("--paper", help="paper name, e.g. 云南日报")
    imp.add_argument("--date", help="YYYY-MM-DD, or YYYY-MM when the day is not printed (default: from a file "
                                    "named YYYYMMDD-PP.txt, else from the page's running head)")
    imp.add_argument("--page", dest="page_number", type=int, help="page number (default: as --date)")
    imp.add_argument("--page-name", help="page name, e.g. 政协")
    imp.add_argument("--force", action="store_true", help="overwrite existing files (and import pages again)")
    imp.set_defaults(run=_import)
    return parser

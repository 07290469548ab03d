"""The default theme, shipped in the package: templates, static files (the stylesheet, the search script)
and the interface's string catalogs. A site overrides any of them with a file of the same name in its own
`templates/`, `static/` or `i18n/` (catalogs merge key by key), as MkDocs' custom_dir and Zola's
overridable built-ins do: a site that overrides nothing keeps receiving the theme's upgrades."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import SourceError

THEME = Path(__file__).resolve().parent
TEMPLATES, STATIC, I18N = "templates", "static", "i18n"


def unsafe_entries(root: Path) -> list[SourceError]:
    """Symbolic links, and anything not a plain file or folder, in the site's templates/, static/ and i18n/:
    a link would publish (or render) whatever it points at on this machine, so none is followed."""
    problems = []
    for name in (TEMPLATES, STATIC, I18N):
        top = root / name
        pending = [top] if top.is_symlink() or top.is_dir() else []
        while pending:
            path = pending.pop()
            kind = _kind(path)
            if kind == "folder":
                pending += sorted((Path(e.path) for e in os.scandir(path)), reverse=True)
            elif kind != "file":
                shown = path.relative_to(root).as_posix()
                problems.append(SourceError(shown, 1, 1, "file", f"{kind}: not allowed in {name}/ (it is not "
                                            "followed: copy the file itself in)" if kind == "symbolic link"
                                            else f"{kind}: only plain files and folders are allowed in {name}/"))
    return problems


def _kind(path: Path) -> str:
    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode):
        return "symbolic link"
    return "folder" if stat.S_ISDIR(mode) else "file" if stat.S_ISREG(mode) else "special file (a device, pipe or socket)"


def template_folders(root: Path) -> list[Path]:
    """Where templates are looked up: the site's own first, then the theme's."""
    return [folder for folder in (root / TEMPLATES, THEME / TEMPLATES) if folder.is_dir()]


def catalog_files(root: Path, code: str) -> list[tuple[str, Path]]:
    """(name shown in messages, path) of a language's catalogs: the theme's, then the site's (its keys win)."""
    name = f"{I18N}/{code}.yaml"
    return [(shown, path) for shown, path in ((f"theme {name}", THEME / name), (name, root / name)) if path.is_file()]


def static_sources(root: Path) -> dict[str, Path]:
    """Every static file the site publishes, by its path under static/: the theme's, then the site's own
    (a file of the same name replaces the theme's)."""
    from ..load import JUNK

    files: dict[str, Path] = {}
    for folder in (THEME / STATIC, root / STATIC):
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.is_symlink() and not JUNK.match(path.name):
                    files[path.relative_to(folder).as_posix()] = path
    return files

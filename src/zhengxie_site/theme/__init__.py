"""The default theme, shipped in the package: templates, static files (the stylesheet, the search script)
and the interface's string catalogs. A site overrides any of them with a file of the same name in its own
`templates/`, `static/` or `i18n/` (catalogs merge key by key), as MkDocs' custom_dir and Zola's
overridable built-ins do: a site that overrides nothing keeps receiving the theme's upgrades."""
from __future__ import annotations

from pathlib import Path

THEME = Path(__file__).resolve().parent
TEMPLATES, STATIC, I18N = "templates", "static", "i18n"


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
                if path.is_file() and not JUNK.match(path.name):
                    files[path.relative_to(folder).as_posix()] = path
    return files

"""Newspaper-page importer: raw page dump -> page.yaml + one Markdown file per article."""
from .assemble import parse_page
from .batch import BatchReport, import_folder
from .fidelity import FidelityResult, check_fidelity
from .model import PageImportError, ParsedArticle, ParsedPage
from .report import ImportReport
from .writer import run_import

__all__ = ["parse_page", "run_import", "import_folder", "BatchReport", "check_fidelity", "FidelityResult", "ImportReport", "PageImportError",
           "ParsedArticle", "ParsedPage"]

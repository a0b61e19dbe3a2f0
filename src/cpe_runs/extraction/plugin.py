"""Load the extractor named in configuration (CPE_RUNS_EXTRACTOR)."""

from __future__ import annotations

import importlib
import inspect

from .contract import Extractor


def load_extractor(spec: str | None) -> Extractor:
    """The callable named by ``"package.module:callable"``; for None or "", the built-in
    one: the LLM extractor when CPE_RUNS_LLM_URL is set, else the rules.

    The part after the colon may be dotted (``module:Class.method``). A class is
    instantiated without arguments and its instance used, so an extractor that holds
    a client (a language model's, say) can be named by its class.
    """
    target = check_extractor(spec)
    if inspect.isclass(target):
        name = spec.strip().partition(":")[2]
        try:
            target = target()
        except Exception as exc:
            raise ValueError(f"extractor spec {spec!r}: cannot instantiate {name!r}: {exc}") from (
                exc
            )
    return target  # type: ignore[return-value]


def check_extractor(spec: str | None) -> object:
    """What ``spec`` names (a callable, or a class to instantiate), imported but never
    called: ValueError for a spec that names nothing usable. The worker checks the
    setting with it at start; only its extraction processes load and call the extractor."""
    if spec is None or not spec.strip():
        from ..config import Settings
        from .llm import LlmExtractor

        if Settings.from_env().llm_url:
            return LlmExtractor()
        from .certificate import extract_certificates

        return extract_certificates
    module_name, colon, attr_path = spec.strip().partition(":")
    if not colon or not module_name or not attr_path:
        raise ValueError(f"extractor spec {spec!r} is not of the form 'package.module:callable'")
    try:
        target: object = importlib.import_module(module_name)
    except ImportError as exc:
        raise ValueError(
            f"extractor spec {spec!r}: cannot import module {module_name!r}: {exc}"
        ) from exc
    for attr in attr_path.split("."):
        try:
            target = getattr(target, attr)
        except AttributeError:
            raise ValueError(
                f"extractor spec {spec!r}: {module_name!r} has no attribute {attr_path!r}"
            ) from None
    if not callable(target):
        raise ValueError(f"extractor spec {spec!r}: {attr_path!r} is not callable")
    return target

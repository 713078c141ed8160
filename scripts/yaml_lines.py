"""Read a YAML data file so that every mapping remembers its line.

The TOC and the glossary are hand-edited data; a mistake in them is reported as `file:line`,
which needs the line each entry came from.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from scripts.problems import Problem


class LineLoader(yaml.SafeLoader):
    """A YAML loader that stores the line of every mapping under the key `__line__`."""


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_with_lines(path: Path, where: str) -> tuple[object, list[Problem]]:
    """(data, problems): invalid YAML is a problem at its line, not an exception."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=LineLoader), []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return None, [Problem(where, mark.line + 1 if mark else 1, f"invalid YAML: {error}")]

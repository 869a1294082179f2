"""The public API is what ``geoextract.__all__`` says, sorted, and every name exists."""

from __future__ import annotations

import geoextract


def test_all_is_sorted_and_unique():
    names = list(geoextract.__all__)
    assert names == sorted(names, key=str.casefold)
    assert len(names) == len(set(names))


def test_every_exported_name_exists():
    for name in geoextract.__all__:
        assert hasattr(geoextract, name), name


def test_public_classes_and_functions_are_exported():
    public = {
        name
        for name, value in vars(geoextract).items()
        if not name.startswith("_") and (isinstance(value, type) or callable(value))
        and getattr(value, "__module__", "").startswith("geoextract")
    }
    assert public <= set(geoextract.__all__)


def test_package_ships_type_marker():
    from importlib.resources import files

    assert files("geoextract").joinpath("py.typed").is_file()

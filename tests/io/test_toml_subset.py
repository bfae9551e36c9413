"""The settings file's own TOML reader gives what tomllib gives: for everything the writer writes, and for any
other text it hands over to tomllib (which reads it or refuses it)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maze.io import toml_subset
from maze.io.settings_file import UserSettings, to_toml
from maze.io.toml_subset import read_toml

keys = st.from_regex(r"[A-Za-z0-9_-]{1,12}", fullmatch=True)
values = st.one_of(st.booleans(), st.integers(-(2**40), 2**40), st.text(max_size=30))
settings_values = st.builds(
    UserSettings,
    theme=st.sampled_from(["dark", "light"]),
    display=st.integers(0, 15),
    fullscreen=st.booleans(),
    mute=st.booleans(),
    results_dir=st.one_of(st.none(), st.text(min_size=1, max_size=40).map(Path)),
)


def same_as_tomllib(text: str) -> None:
    """read_toml answers as tomllib does: the same values, or the same refusal."""
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        with pytest.raises(tomllib.TOMLDecodeError):
            read_toml(text)
        return
    assert read_toml(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, values, max_size=6))
def test_whatever_the_writer_writes_is_read_without_tomllib(data: dict) -> None:
    text = "# a comment\n\n" + "".join(f"{key} = {toml_subset.toml_value(value)}\n" for key, value in data.items())
    assert toml_subset._read_simple(text) == data == tomllib.loads(text)


@settings(max_examples=200, deadline=None)
@given(settings_values)
def test_a_saved_settings_file_reads_back_the_same_without_tomllib(chosen: UserSettings) -> None:
    text = to_toml(chosen)
    assert toml_subset._read_simple(text) == tomllib.loads(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n# only a comment\n",
        'theme = "dark"\r\nmute = true\r\n',  # Windows line ends
        '  theme   =\t"dark"   \n',  # spaces and tabs around
        'theme = "dark" # a note after the value\n',
        "[table]\nkey = 1\n",
        "a.b = 1\n",
        '"quoted key" = 1\n',
        "n = 010\n",  # leading zero: TOML refuses it
        "n = +1\n",
        "n = -0\n",
        "n = 1_000\n",
        "n = 0x1F\n",
        "f = 1.5\n",
        "t = True\n",
        'd = "x"\nd = "y"\n',  # a key twice: refused
        's = "tab\there"\n',  # a raw tab inside a string: TOML allows it
        's = "bad \\q escape"\n',
        's = "\\ud800"\n',  # a surrogate: not a character
        's = "\\t and \\n"\n',  # escapes the writer does not use
        's = "\\U0001F600"\n',
        "s = 'literal'\n",
        's = """multi"""\n',
        "# comment with a \x01 control character\n",
        "# comment with a \t tab\n",
        "key = \n",
        "=1\n",
        "\ufefftheme = 'dark'\n",  # a byte-order mark
        'theme = "dark"\rmute = true\n',  # a lone carriage return
        "x = [1, 2]\n",
        "x = {a = 1}\n",
        "x = 1979-05-27\n",
        "\x0cx = 1\n",
        's = "line\u2028sep"\n',
    ],
)
def test_any_other_text_gets_tomllibs_answer(text: str) -> None:
    same_as_tomllib(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab= \t"\\#\n\r01-ux_tfrue\x01')), max_size=40))
def test_random_text_gets_tomllibs_answer(text: str) -> None:
    same_as_tomllib(text)

"""The relay's configuration: documented defaults, a file, flags, clear Swedish errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from varna.cli import build_parser
from varna.relay.cli import overrides_from
from varna.relay.config import RelayConfigError, load_config


def test_the_defaults_suit_a_postfix_content_filter():
    config = load_config()
    assert (config.listen.address, config.listen.port) == ("127.0.0.1", 10025)
    assert (config.upstream.host, config.upstream.port) == ("127.0.0.1", 10026)
    assert [str(n) for n in config.listen.client_networks] == ["127.0.0.0/8", "::1/128"]
    assert config.actions.block == "reject"
    assert config.listen.max_message_bytes == 35 * 1024 * 1024


def test_a_file_and_flags_override_the_defaults(tmp_path: Path):
    path = tmp_path / "relay.toml"
    path.write_text(
        '[listen]\nport = 2525\nclient_timeout = 30\n[actions]\nblock = "quarantine"\n',
        encoding="utf-8",
    )
    args = build_parser().parse_args(
        ["relay", "--config", str(path), "--upstream", "10.0.0.5:25", "--workers", "3"]
    )
    config = load_config(args.config, overrides_from(args))
    assert config.listen.port == 2525
    assert config.listen.client_timeout == 30.0
    assert config.actions.block == "quarantine"
    assert (config.upstream.host, config.upstream.port) == ("10.0.0.5", 25)
    assert config.worker_count == 3
    assert config.needs_store


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[listen]\nprot = 1\n", "Okänd inställning"),
        ("[lyssna]\n", "Okänd del"),
        ('[listen]\nport = "25"\n', "listen.port ska vara ett heltal"),
        ('[actions]\nblock = "drop"\n', "actions.block ska vara ett av: reject, quarantine"),
        ('[listen]\nclient_networks = ["inte ett nät"]\n', "är inget nät"),
        ('[tls]\ncertificate = "/finns/inte.pem"\n', "ska anges tillsammans"),
        ("[listen\n", "inte giltig TOML"),
    ],
)
def test_a_bad_file_is_refused_with_a_message_naming_the_option(tmp_path: Path, text, message):
    path = tmp_path / "relay.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RelayConfigError, match=message):
        load_config(path)

import tomllib
from importlib import resources

import pytest

from varna.policy import PolicyError, load_policy


def test_the_packaged_example_is_the_default_policy():
    text = resources.files("varna.policy").joinpath("default_policy.toml").read_text("utf-8")
    document = tomllib.loads(text)
    policy = load_policy()
    assert policy.action("personnummer") == document["actions"]["personnummer"] == "block"
    assert policy.action("health") == "block_if_identifiable"
    assert policy.action("visible_recipients") == "warn"
    assert policy.action("encryption_failed") == "block"
    assert "[SÄKER]" in policy.encryption_subject_tags
    assert text.count("\n#") > 20  # it is a commented example


def test_a_policy_file_overrides_only_what_it_names(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text(
        '[organisation]\ninternal_domains = ["Solby.se"]\n\n[actions]\nname = "warn"\n'
        '[advice]\nsecure_channel = "Använd Säkra meddelanden."\n',
        encoding="utf-8",
    )
    policy = load_policy(path)
    assert policy.internal_domains == ("solby.se",)
    assert policy.action("name") == "warn"
    assert policy.action("personnummer") == "block"
    assert policy.secure_channel == "Använd Säkra meddelanden."


def test_command_line_domains_override_the_file(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_text('[organisation]\ninternal_domains = ["solby.se"]\n', encoding="utf-8")
    policy = load_policy(path, internal_domains=["norrvik.se"], partner_domains=["region.se"])
    assert policy.internal_domains == ("norrvik.se",)
    assert policy.partner_domains == ("region.se",)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[actions]\nhealth = "stoppa"\n', "health"),
        ("[okand]\nx = 1\n", "okand"),
        ("[recipients]\nvisible_min_recipients = -1\n", "visible_min_recipients"),
        ("[actions\n", "TOML"),
        ('[organisation]\ninternal_domains = "solby.se"\n', "internal_domains"),
    ],
)
def test_a_bad_policy_file_gets_a_clear_swedish_error(tmp_path, content, message):
    path = tmp_path / "policy.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError, match=message):
        load_policy(path)


def test_a_missing_policy_file_is_a_clear_error(tmp_path):
    with pytest.raises(PolicyError, match="kan inte läsas"):
        load_policy(tmp_path / "finns-inte.toml")

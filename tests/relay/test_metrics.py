"""Prometheus metrics: fixed series summed over workers, no room for personal data."""

from __future__ import annotations

from varna.relay.metrics import WIDTH, Metrics, render


def test_rows_of_several_workers_are_summed_in_the_text_format():
    storage = [0.0] * (2 * WIDTH)
    first, second = Metrics(storage, 0), Metrics(storage, 1)
    first.inc("varna_relay_messages_total", "allow", "forwarded")
    second.inc("varna_relay_messages_total", "allow", "forwarded", amount=2)
    second.inc("varna_relay_upstream_errors_total", "connect")
    first.observe("varna_relay_message_duration_seconds", 0.004)
    second.observe("varna_relay_message_duration_seconds", 0.3)
    text = render(storage, 2)
    assert 'varna_relay_messages_total{verdict="allow",action="forwarded"} 3' in text
    assert 'varna_relay_upstream_errors_total{kind="connect"} 1' in text
    assert 'varna_relay_message_duration_seconds_bucket{le="0.005"} 1' in text
    assert 'varna_relay_message_duration_seconds_bucket{le="0.5"} 2' in text
    assert 'varna_relay_message_duration_seconds_bucket{le="+Inf"} 2' in text
    assert "varna_relay_message_duration_seconds_count 2" in text
    assert "# TYPE varna_relay_message_duration_seconds histogram" in text

"""STARTTLS with a certificate generated for the test run."""

from __future__ import annotations

import datetime
import ipaddress
import smtplib
import ssl
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.relay.conftest import COLLEAGUE, SENDER, allowed_message, relay_config
from varna.relay.upstream import tls_context


def make_certificate(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "relay.test")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "relay.pem", directory / "relay.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    return make_certificate(tmp_path)


def test_it_speaks_starttls_with_the_configured_certificate(sink, start_relay, certificate):
    cert, key = certificate
    config = relay_config(
        sink.port,
        tls={"certificate": str(cert), "key": str(key), "require": True},
        events={"record": False},
    )
    relay = start_relay(config)
    trusted = ssl.create_default_context(cafile=str(cert))
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.ehlo()
        assert client.has_extn("starttls")
        assert client.mail(SENDER)[0] == 530  # TLS required first
        client.starttls(context=trusted)
        client.ehlo()
        assert client.sock.version() in ("TLSv1.2", "TLSv1.3")  # type: ignore[union-attr]
        client.sendmail(SENDER, [COLLEAGUE], allowed_message())
    [delivered] = sink.handler.wait()
    assert delivered.content.startswith(b"X-Varna-Verdict: allow")


def tls_sink(sink, certificate):
    """Restart the sink so that it offers STARTTLS with the test certificate and requires it."""
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))
    sink.stop()
    sink.start(tls_context=context)


@pytest.mark.parametrize("starttls", ["required", "opportunistic"])
def test_it_delivers_over_starttls_to_an_upstream_that_requires_it(
    sink, start_relay, certificate, starttls
):
    tls_sink(sink, certificate)
    cert, _ = certificate
    config = relay_config(
        sink.port,
        upstream={"starttls": starttls, "ca_file": str(cert)},
        events={"record": False},
    )
    relay = start_relay(config, upstream_tls=tls_context(config.upstream))
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.sendmail(SENDER, [COLLEAGUE], allowed_message())
    # The sink refuses MAIL before STARTTLS (530), so a delivery proves the TLS session.
    [delivered] = sink.handler.wait()
    assert delivered.content.startswith(b"X-Varna-Verdict: allow")


def test_an_untrusted_upstream_certificate_defers_the_message_and_loses_nothing(
    sink, start_relay, certificate
):
    tls_sink(sink, certificate)
    config = relay_config(
        sink.port, upstream={"starttls": "required"}, events={"record": False}
    )  # no ca_file: the test certificate is trusted by nobody
    relay = start_relay(config, upstream_tls=tls_context(config.upstream))
    with (
        pytest.raises(smtplib.SMTPSenderRefused) as deferred,
        smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client,
    ):
        client.sendmail(SENDER, [COLLEAGUE], allowed_message())
    assert deferred.value.smtp_code == 451  # the sending MTA keeps it and retries
    assert sink.handler.received == []

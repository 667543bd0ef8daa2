import logging

from varna.logmask import MaskPersonalDataFilter, mask_personnummer_shapes


def test_it_masks_every_written_form_of_a_personnummer():
    for written in ("19900101-9802", "199001019802", "900101-9802", "9001019802", "900101+9802"):
        assert mask_personnummer_shapes(f"id {written}.") == f"id {written[:-4]}****."


def test_it_leaves_short_numbers_alone():
    assert mask_personnummer_shapes("rum 1234, tel 08-123 45") == "rum 1234, tel 08-123 45"


def test_the_filter_masks_formatted_messages_and_exceptions():
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "pnr %s", ("199001019802",), None)
    try:
        raise ValueError("bad value 199001019802")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    assert MaskPersonalDataFilter().filter(record)
    assert record.getMessage() == "pnr 19900101****"
    assert "199001019802" not in (record.exc_text or "")

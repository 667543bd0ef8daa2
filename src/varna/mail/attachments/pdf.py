"""PDF → text with pdfium (pypdfium2): fast, and permissively licensed."""

from __future__ import annotations

from varna.mail.limits import Budget, LimitExceeded, ReadError


def pdf_text(data: bytes, budget: Budget) -> str:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise ReadError("lösenordsskyddad") from error
        raise ReadError("trasig fil") from error
    except Exception as error:  # anything pdfium cannot open
        raise ReadError("trasig fil") from error
    try:
        pages = len(document)
        if pages > budget.limits.max_pdf_pages:
            raise LimitExceeded("för många sidor")
        texts: list[str] = []
        for index in range(pages):
            budget.check_time()
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()
        return "\n\n".join(t.replace("\r\n", "\n").replace("\r", "\n") for t in texts)
    except pdfium.PdfiumError as error:
        raise ReadError("trasig fil") from error
    finally:
        document.close()

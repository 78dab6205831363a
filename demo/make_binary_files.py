#!/usr/bin/python3
"""Builds the demo transcripts that are not plain UTF-8 text.

Reads the UTF-8 source text of each transcript from demo/sources/*.txt and writes the
final file into demo/corpus/: a Word .docx, an OpenDocument .odt, a Windows-1252 .txt and
a UTF-16 .txt (with a byte order mark). Only the standard library is used, and zip entries
get a fixed timestamp, so running the script again produces byte-identical files.

Usage (from anywhere):  /usr/bin/python3 demo/make_binary_files.py
"""
import pathlib
import sys
import zipfile
from xml.sax.saxutils import escape

DEMO = pathlib.Path(__file__).resolve().parent
SOURCES = DEMO / "sources"
CORPUS = DEMO / "corpus"

# source file in demo/sources -> (file written to demo/corpus, how it is written)
OUTPUTS = {
    "FW02_interview.txt": ("FW02_interview.docx", "docx"),
    "fw-03.txt": ("fw-03.odt", "odt"),
    "YP-03.txt": ("YP-03.txt", "cp1252"),
    "yp02.txt": ("yp02.txt", "utf16"),
}

ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def read_lines(source):
    """The source's lines, without line endings and without the final newline."""
    text = source.read_text(encoding="utf-8")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def add_entry(archive, name, data, compress=True):
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    info.create_system = 3  # Unix, whatever system runs the script
    archive.writestr(info, data)


DOCX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""

DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
"""


def write_docx(lines, target):
    paragraphs = []
    for line in lines:
        if line:
            paragraphs.append(
                f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
        else:
            paragraphs.append("<w:p/>")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>" + "".join(paragraphs) + "<w:sectPr/></w:body></w:document>\n")
    with zipfile.ZipFile(target, "w") as archive:
        add_entry(archive, "[Content_Types].xml", DOCX_CONTENT_TYPES)
        add_entry(archive, "_rels/.rels", DOCX_RELS)
        add_entry(archive, "word/document.xml", document)


ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"

ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def write_odt(lines, target):
    paragraphs = "".join(
        f"<text:p>{escape(line)}</text:p>" if line else "<text:p/>" for line in lines)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' office:version="1.2">'
        "<office:body><office:text>" + paragraphs + "</office:text></office:body>"
        "</office:document-content>\n")
    with zipfile.ZipFile(target, "w") as archive:
        # The mimetype entry must come first and be stored uncompressed.
        add_entry(archive, "mimetype", ODT_MIMETYPE, compress=False)
        add_entry(archive, "META-INF/manifest.xml", ODT_MANIFEST)
        add_entry(archive, "content.xml", content)


def write_text(lines, target, encoding):
    # Both files come "from Windows", so they get CRLF line endings.
    text = "\r\n".join(lines) + "\r\n"
    if encoding == "utf16":
        data = b"\xff\xfe" + text.encode("utf-16-le")  # BOM + little-endian, on any machine
    else:
        data = text.encode("cp1252")  # fails loudly if a character has no cp1252 byte
    target.write_bytes(data)


def main():
    CORPUS.mkdir(exist_ok=True)
    for source_name, (target_name, kind) in OUTPUTS.items():
        lines = read_lines(SOURCES / source_name)
        target = CORPUS / target_name
        if kind == "docx":
            write_docx(lines, target)
        elif kind == "odt":
            write_odt(lines, target)
        else:
            write_text(lines, target, kind)
        print(f"{SOURCES.name}/{source_name} -> {CORPUS.name}/{target_name} ({kind})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

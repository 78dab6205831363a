#!/usr/bin/python3
"""Writes the REFI-QDA (.qdpx) test fixtures in this folder. Run with Debian's python3:
    /usr/bin/python3 tests/data/refi-qda/make_fixtures.py

Everything here is fictional: the interview text, the people and the project were made up
for these tests.

- offsets-*.qdpx: one small project (emoji, Spanish accents, a decomposed n + combining
  tilde) whose selections are counted the way different tools count them. Each must import
  with every coding on the same words as offsets-codepoints.qdpx, which follows the standard.
- optional-elements.qdpx: a valid project using elements Hilo does not model (graphs, links,
  PDF, picture and audio sources, a whole-source coding, sets of codes, notes, a project
  description); it must import with warnings, not errors.
- evil-*.qdpx: archives a careful reader must refuse.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:QDA-XML:project:1.0"

# Fictional interview. "nin\u0303a" is a decomposed n + combining tilde, as some editors save it.
TEXT = (
    "Entrevistadora: ¿Cómo te sentiste cuando pasó? 😟\n"
    "YP07: Me dio mucha vergüenza 😳 contarlo a mi mamá.\n"
    "Entrevistadora: ¿Y en la escuela?\n"
    "YP07: La orientadora me escuchó 👍 y no me culpó. Fue la nin\u0303a de al lado quien me ayudó 🙏.\n"
    "Interviewer: And online?\n"
    "YP07: I blocked him 🚫 and told my cousin 👩\u200d👧 first.\n"
)

USERS = [("0b6f5f7e-2a51-4c1e-9d53-6a1d3c2b7e01", "Ana"), ("0b6f5f7e-2a51-4c1e-9d53-6a1d3c2b7e02", "Luis")]
CODES = [
    ("5a0c7e11-0000-4000-8000-000000000001", "Embarrassment"),
    ("5a0c7e11-0000-4000-8000-000000000002", "Disclosure"),
    ("5a0c7e11-0000-4000-8000-000000000003", "Fear of blame"),
]
SOURCE_GUID = "7d3e9a40-1111-4aaa-8bbb-000000000001"

# (words, occurrence, code index, user index, whether the selection carries the words as its name)
SELECTIONS = [
    ("vergüenza", 0, 0, 0, True),
    ("contarlo a mi mamá", 0, 1, 1, False),
    ("La orientadora me escuchó", 0, 1, 0, True),
    ("no me culpó", 0, 2, 1, False),
    ("la nin\u0303a de al lado", 0, 1, 0, True),
    ("told my cousin", 0, 1, 1, False),
    ("first", 0, 1, 0, True),
    ("And online?", 0, 1, 0, False),
]


def units(text, utf16):
    return len(text.encode("utf-16-le")) // 2 if utf16 else len(text)


def positions(text_for_counting, utf16, offset):
    """(start, end) of each selection, counted over text_for_counting."""
    result = []
    for words, occurrence, _, _, _ in SELECTIONS:
        at = -1
        for _ in range(occurrence + 1):
            at = text_for_counting.index(words, at + 1)
        start = offset + units(text_for_counting[:at], utf16)
        result.append((start, start + units(words, utf16)))
    return result


def project_xml(spans, extra_sources="", extra_top="", selection_extra=""):
    users = "".join(f'<User guid="{g}" name="{n}"/>' for g, n in USERS)
    codes = "".join(f'<Code guid="{g}" name="{n}" isCodable="true"/>' for g, n in CODES)
    selections = []
    for k, ((words, _, code, user, named), (start, end)) in enumerate(zip(SELECTIONS, spans)):
        name = f' name="{words}"' if named else ""
        selections.append(
            f'<PlainTextSelection guid="9c1f0000-0000-4000-8000-{k:012d}"{name} startPosition="{start}" '
            f'endPosition="{end}" creatingUser="{USERS[user][0]}">'
            f'<Coding guid="9c2f0000-0000-4000-8000-{k:012d}" creatingUser="{USERS[user][0]}">'
            f'<CodeRef targetGUID="{CODES[code][0]}"/></Coding>{selection_extra if k == 0 else ""}</PlainTextSelection>')
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="Fictional offsets study" origin="fixture">'
        f"<Users>{users}</Users><CodeBook><Codes>{codes}</Codes></CodeBook>"
        f'<Sources><TextSource guid="{SOURCE_GUID}" name="YP07_interview.txt" plainTextPath="internal://{SOURCE_GUID}.txt">'
        f'{"".join(selections)}</TextSource>{extra_sources}</Sources>{extra_top}</Project>\n')


def write(name, entries):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, data in entries:
            info = zipfile.ZipInfo(entry, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    print("wrote", name)


def source_entry(text):
    return (f"sources/{SOURCE_GUID}.txt", text)


def offsets_fixtures():
    lf = TEXT
    crlf = TEXT.replace("\n", "\r\n")
    bom = "\ufeff".encode("utf-8")
    variants = {
        # The standard: code points over the file's text.
        "offsets-codepoints.qdpx": (lf.encode(), positions(lf, False, 0)),
        # UTF-16 code units over a CRLF file that starts with a byte order mark.
        "offsets-utf16.qdpx": (bom + crlf.encode(), positions(crlf, True, 0)),
        # Code points, but the byte order mark counted as the first character.
        "offsets-bom-counted.qdpx": (bom + crlf.encode(), positions(crlf, False, 1)),
        # A CRLF file whose positions count each line end as one character.
        "offsets-crlf-as-one.qdpx": (crlf.encode(), positions(lf, False, 0)),
        # UTF-16 units, a BOM counted, and line ends counted as CRLF over an LF file.
        "offsets-utf16-lf-as-two.qdpx": (bom + lf.encode(), positions(crlf, True, 1)),
    }
    for name, (data, spans) in variants.items():
        write(name, [("project.qde", project_xml(spans).encode()), source_entry(data)])


def optional_elements_fixture():
    pdf = "a1000000-0000-4000-8000-000000000001"
    extra_sources = (
        f'<PDFSource guid="{pdf}" name="Consent form.pdf" path="internal://{pdf}.pdf"/>'
        '<PictureSource guid="a1000000-0000-4000-8000-000000000002" name="Drawing.png" path="relative://Drawing.png"/>'
        '<AudioSource guid="a1000000-0000-4000-8000-000000000003" name="Recording.m4a" path="relative://Recording.m4a"/>'
    )
    variable = "b1000000-0000-4000-8000-000000000001"
    extra_top = (
        f'<Notes><Note guid="c1000000-0000-4000-8000-000000000001" name="Memo">'
        "<PlainTextContent>First mention of shame (fictional memo).</PlainTextContent></Note></Notes>"
        '<Links><Link guid="d1000000-0000-4000-8000-000000000001" name="relates" '
        f'originGUID="{CODES[0][0]}" targetGUID="{CODES[2][0]}"/></Links>'
        '<Sets><Set guid="e1000000-0000-4000-8000-000000000001" name="YP"><Description>Young people</Description>'
        f'<MemberSource targetGUID="{SOURCE_GUID}"/></Set>'
        '<Set guid="e1000000-0000-4000-8000-000000000002" name="Feelings">'
        f'<MemberCode targetGUID="{CODES[0][0]}"/></Set></Sets>'
        '<Graphs><Graph guid="f1000000-0000-4000-8000-000000000001" name="Map">'
        f'<Vertex guid="f1000000-0000-4000-8000-000000000002" representedGUID="{CODES[0][0]}" firstX="1" firstY="2"/>'
        "</Graph></Graphs><Description>A fictional project for Hilo's tests.</Description>"
    )
    xml = project_xml(positions(TEXT, False, 0), extra_sources, extra_top,
                      '<NoteRef targetGUID="c1000000-0000-4000-8000-000000000001"/>')
    # Variables and cases go before <Sources>; a whole-source coding after the selections.
    xml = xml.replace(
        "<Sources>",
        f'<Variables><Variable guid="{variable}" name="Consent given" typeOfVariable="Boolean"/>'
        f'<Variable guid="b1000000-0000-4000-8000-000000000002" name="Age" typeOfVariable="Integer"/></Variables>'
        '<Cases><Case guid="b2000000-0000-4000-8000-000000000001" name="YP07">'
        f'<VariableValue><VariableRef targetGUID="{variable}"/><BooleanValue>true</BooleanValue></VariableValue>'
        '<VariableValue><VariableRef targetGUID="b1000000-0000-4000-8000-000000000002"/><IntegerValue>15</IntegerValue></VariableValue>'
        f'<SourceRef targetGUID="{SOURCE_GUID}"/></Case></Cases><Sources>', 1)
    xml = xml.replace(
        "</TextSource>",
        f'<Coding guid="9c3f0000-0000-4000-8000-000000000001" creatingUser="{USERS[0][0]}">'
        f'<CodeRef targetGUID="{CODES[1][0]}"/></Coding></TextSource>', 1)
    write("optional-elements.qdpx", [("project.qde", xml.encode()), source_entry(TEXT.encode()),
                                      (f"sources/{pdf}.pdf", b"%PDF-1.4 fictional\n")])


def evil_fixtures():
    good = project_xml(positions(TEXT, False, 0)).encode()
    write("evil-dotdot.qdpx", [("project.qde", good), source_entry(TEXT.encode()), ("../../outside.txt", b"x")])
    write("evil-absolute.qdpx", [("project.qde", good), source_entry(TEXT.encode()), ("/tmp/hilo-evil.txt", b"x")])
    write("evil-bomb.qdpx", [("project.qde", good), source_entry(b"a" * (30 * 1024 * 1024))])
    laughs = ('<!DOCTYPE Project [<!ENTITY a "hahahahahahahahahahaha">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
              + "]>")
    write("evil-entities.qdpx", [("project.qde", good.replace(b"\n<Project", ("\n" + laughs + "\n<Project").encode())
                                  .replace(b'name="Fictional offsets study"', b'name="&j;"')),
                                 source_entry(TEXT.encode())])
    external = '<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    write("evil-external-entity.qdpx", [("project.qde", good.replace(b"\n<Project", ("\n" + external + "\n<Project").encode())
                                         .replace(b'name="Fictional offsets study"', b'name="&secret;"')),
                                        source_entry(TEXT.encode())])
    spans = positions(TEXT, False, 0)
    spans[3] = (len(TEXT) + 5, len(TEXT) + 20)
    write("evil-offsets.qdpx", [("project.qde", project_xml(spans).encode()), source_entry(TEXT.encode())])


if __name__ == "__main__":
    offsets_fixtures()
    optional_elements_fixture()
    evil_fixtures()

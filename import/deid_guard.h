#pragma once
// The de-identification guard: finds identifiers that a transcript's de-identification missed,
// before anything is stored. It reports where (line and column, 1-based, columns in code
// points) and what kind, with the match masked so the report itself does not leak it.
// It aims for few false positives on ordinary interview text: ages, dates, years, money
// amounts, article numbers of laws, speaker labels, months, places and institutions are not
// identifiers. The detectors live in import/deid/, one file per family of identifiers.
#include <string>
#include <string_view>
#include <vector>

namespace hilo::import {

enum class IdentifierKind {
    Email,          // written ("ana@correo.mx") or said ("ana arroba gmail punto com")
    Phone,          // in digits or in words ("seis seis cuatro, dos tres...")
    Url,            // social profiles included ("facebook.com/ana", "wa.me/52...")
    SocialHandle,   // "@ana_l", or after a platform: "me busca en insta como ana_l22"
    Curp,           // whole or in groups
    Rfc,
    StreetAddress,  // with a number, or by corner, landmark or colonia
    Name,           // the project's list (with diminutives), or a given name with surnames
    School,         // "Secundaria Técnica 12", "Lincoln High School"
    LicencePlate,   // next to "placas", "plate"
    BirthDate,      // a date next to "nací", "born", "DOB"
    VoterCard,      // INE elector key, INE OCR number
    SocialSecurity, // IMSS NSS, US SSN
};
// "email", "phone", "url", "handle", "curp", "rfc", "address", "name", "school", "plate",
// "birth_date", "ine", "nss".
const char* identifierKindName(IdentifierKind kind);

struct GuardFlag {
    IdentifierKind kind;
    long line = 0;
    long column = 0;
    // The match with the first character of each run of letters and digits kept and the rest
    // replaced by '*', punctuation and spaces kept: "ana.lopez@correo.mx" -> "a**.l****@c*****.m*".
    std::string masked;
};

struct GuardOptions {
    // Names from the project's list (given names, surnames, places) matched as whole words,
    // case- and accent-insensitively; the diminutives and nicknames of a listed person's given
    // name ("Rosarito", "Lupita") are matched when capitalised.
    std::vector<std::string> names;
};

// `text` is valid UTF-8. Flags come back in text order, one per stretch of text: where matches
// overlap (an e-mail and the handle-like "@domain" inside it, an address and a listed name in
// it) the longest is reported, and on equal length the most specific kind. Lines end at "\n",
// "\r\n" or a lone "\r"; a match never spans lines. The text itself is never logged.
std::vector<GuardFlag> scanForIdentifiers(std::string_view text, const GuardOptions& options);

} // namespace hilo::import

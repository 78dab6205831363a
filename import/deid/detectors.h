#pragma once
// Every detector of the de-identification guard: each appends the candidates of its kind (or
// kinds) found in the text; overlaps between detectors are resolved afterwards. The files
// that implement them are named after what they find.
#include "candidate.h"

#include <QString>

#include <string>
#include <vector>

namespace hilo::import::deid {

class WordIndex;

// contact_detectors.cpp: written e-mail addresses, URLs (social profiles included) and
// "@handles".
void findEmails(const QString& text, Candidates& out);
void findUrls(const QString& text, Candidates& out);
void findHandles(const QString& text, Candidates& out);

// spoken_contacts.cpp: e-mail addresses said aloud ("lupita punto hdz arroba gmail punto com",
// "ana at gmail dot com") and handles without "@" after a platform ("me busca en insta como
// lupita_hdz22").
void findSpokenEmails(const QString& text, Candidates& out);
void findHandlesWithoutAt(const QString& text, Candidates& out);

// phone_numbers.cpp: phone numbers in digits, Mexican and international.
void findPhones(const QString& text, Candidates& out);
// spelled_out_numbers.cpp: phone numbers said in words ("seis seis cuatro, dos tres...").
void findSpelledOutPhones(const WordIndex& words, Candidates& out);

// official_numbers.cpp: CURP, RFC, the INE voter card's elector key and OCR number, the IMSS
// social security number (NSS) and the US SSN.
void findCurps(const QString& text, Candidates& out);
void findRfcs(const QString& text, Candidates& out);
void findIneNumbers(const QString& text, Candidates& out);
void findSocialSecurityNumbers(const QString& text, Candidates& out);

// licence_plates.cpp
void findLicencePlates(const QString& text, Candidates& out);
// birth_dates.cpp: a date next to "nací", "born", "DOB", "cumpleaños"...
void findBirthDates(const QString& text, Candidates& out);

// street_addresses.cpp: a street with its number, "Manzana 5 Lote 12", "Apt 4B".
void findStreetAddresses(const QString& text, Candidates& out);
// landmark_addresses.cpp: places without a number: corners, "entre las calles", colonias,
// "a una cuadra del Oxxo", "frente a la iglesia de San Judas".
void findLandmarkAddresses(const QString& text, Candidates& out);
// school_names.cpp
void findSchools(const QString& text, Candidates& out);

// listed_names.cpp: the project's list of names, and diminutives and nicknames of its given
// names ("Rosarito" for "Rosario Méndez").
void findListedNames(const WordIndex& words, const std::vector<std::string>& names, Candidates& out);
// person_names.cpp: names not on the list: a common given name with surnames ("María Guadalupe
// Hernández Ruiz"), or introduced as a person ("se llama Brenda", "my cousin Tyler").
void findPersonNames(const WordIndex& words, Candidates& out);

} // namespace hilo::import::deid

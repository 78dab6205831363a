#pragma once
// The planted set for the de-identification guard's recall: identifiers of every kind, in
// English and Mexican Spanish, each inside a sentence of the kind interviews hold, with the
// kind the guard must give it. Shared by tests/import/test_guard_recall.cpp (which asserts the
// targets) and `hilo-bench guard` (which prints them).
//
// Everything here is FICTIONAL: invented people, numbers, codes, addresses and accounts,
// written for these tests. None of it comes from a transcript.
#include "import/deid_guard.h"

#include <array>
#include <string_view>

namespace hilo::test::guard {

using hilo::import::IdentifierKind;

struct PlantedIdentifier {
    IdentifierKind kind;
    std::string_view language; // "es" or "en"
    std::string_view sentence;
    std::string_view identifier; // occurs in `sentence` exactly once
};

// The project's name list that the planted sentences are scanned with (fictional people):
// their diminutives and nicknames ("Rosarito", "Lupita", "Chuy") are planted below.
inline constexpr std::array<std::string_view, 6> plantedNameList{
    "Rosario Méndez", "Guadalupe Torres", "Jesús Salinas", "José Ramírez", "Francisco Ortega", "Jennifer Walsh",
};

using K = IdentifierKind;

inline constexpr std::array plantedIdentifiers{
    // E-mail addresses, written and said aloud.
    PlantedIdentifier{K::Email, "es", "Mi correo es lupita punto hdz arroba gmail punto com, pero casi no lo reviso.",
                      "lupita punto hdz arroba gmail punto com"},
    PlantedIdentifier{K::Email, "en", "Her email is ana at gmail dot com if you need it.", "ana at gmail dot com"},
    PlantedIdentifier{K::Email, "es", "Le escribí a karla.moreno92@hotmail.com para pedirle las fotos.",
                      "karla.moreno92@hotmail.com"},
    PlantedIdentifier{K::Email, "en", "You can reach the caseworker at d.okafor(at)familylaw(dot)org after five.",
                      "d.okafor(at)familylaw(dot)org"},
    PlantedIdentifier{K::Email, "es", "Me pasó su correo, era chino_rdz arroba yahoo punto com punto mx.",
                      "chino_rdz arroba yahoo punto com punto mx"},
    PlantedIdentifier{K::Email, "en", "He used tyler.b.2007 at outlook dot com for the gaming account.",
                      "tyler.b.2007 at outlook dot com"},
    PlantedIdentifier{K::Email, "es", "El correo de la mamá es beatriz guion bajo solis arroba hotmail punto com.",
                      "beatriz guion bajo solis arroba hotmail punto com"},

    // Phone numbers, in digits and in words.
    PlantedIdentifier{K::Phone, "es", "Mi número es seis seis cuatro, dos tres uno, cuatro cinco, seis siete.",
                      "seis seis cuatro, dos tres uno, cuatro cinco, seis siete"},
    PlantedIdentifier{K::Phone, "en", "Call me at five five five, one two three, four five six seven.",
                      "five five five, one two three, four five six seven"},
    PlantedIdentifier{K::Phone, "es", "Me dio su cel, 664 123 4567, y me dijo que le marcara en la noche.",
                      "664 123 4567"},
    PlantedIdentifier{K::Phone, "es",
                      "Anótalo: sesenta y seis, cuarenta y uno, veintitrés, ochenta y nueve, cero dos.",
                      "sesenta y seis, cuarenta y uno, veintitrés, ochenta y nueve, cero dos"},
    PlantedIdentifier{K::Phone, "en", "Her number was 619-555-0142, the one on the flyer.", "619-555-0142"},
    PlantedIdentifier{K::Phone, "es",
                      "El de la tía es el treinta y tres, dieciocho, cuarenta y siete, noventa y uno, doce.",
                      "treinta y tres, dieciocho, cuarenta y siete, noventa y uno, doce"},
    PlantedIdentifier{K::Phone, "en", "My mom's cell is eight one eight, nine oh two, three three one four.",
                      "eight one eight, nine oh two, three three one four"},
    PlantedIdentifier{K::Phone, "es", "Marca al +52 664 555 0199 y pregunta por la licenciada.", "+52 664 555 0199"},

    // URLs of social platforms.
    PlantedIdentifier{K::Url, "es", "Tiene todo en facebook.com/lupita.hdz.22, ahí subía las fotos.",
                      "facebook.com/lupita.hdz.22"},
    PlantedIdentifier{K::Url, "en", "He sent the link instagram.com/jenny.rdz and told me to follow.",
                      "instagram.com/jenny.rdz"},
    PlantedIdentifier{K::Url, "es", "Su video estaba en tiktok.com/@elchinordz y lo vio toda la escuela.",
                      "tiktok.com/@elchinordz"},
    PlantedIdentifier{K::Url, "en", "The guy just wrote wa.me/16195550188 in the chat.", "wa.me/16195550188"},
    PlantedIdentifier{K::Url, "es",
                      "Me mandó https://www.facebook.com/profile.php?id=100087654321 para que lo agregara.",
                      "https://www.facebook.com/profile.php?id=100087654321"},
    PlantedIdentifier{K::Url, "en", "Her page is www.youtube.com/@kaylasings2008 if you want to see.",
                      "www.youtube.com/@kaylasings2008"},

    // Social media handles, with and without "@".
    PlantedIdentifier{K::SocialHandle, "es", "Me busca en insta como lupita_hdz22 y ahí me manda mensajes.",
                      "lupita_hdz22"},
    PlantedIdentifier{K::SocialHandle, "en", "My tiktok is jenny.rdz, but it's private now.", "jenny.rdz"},
    PlantedIdentifier{K::SocialHandle, "es", "En face sale como Karla.Mtz.07, con foto de perfil de un gato.",
                      "Karla.Mtz.07"},
    PlantedIdentifier{K::SocialHandle, "en", "He goes by @tyler_b07 on snap.", "@tyler_b07"},
    PlantedIdentifier{K::SocialHandle, "es", "Su usuario de Free Fire es chinordz_99, así lo encontraron.",
                      "chinordz_99"},
    PlantedIdentifier{K::SocialHandle, "en", "Add me on snap, my username is kbaby_2009.", "kbaby_2009"},
    PlantedIdentifier{K::SocialHandle, "es", "En whats tenía de nombre ximena.lr y nada más.", "ximena.lr"},

    // CURP, whole and in groups.
    PlantedIdentifier{K::Curp, "es", "Su CURP es GODE 561231 HDFRRN 09, la traía en la mochila.",
                      "GODE 561231 HDFRRN 09"},
    PlantedIdentifier{K::Curp, "es", "La CURP de la niña: MEHR-100514-MBCNRS-04.", "MEHR-100514-MBCNRS-04"},
    PlantedIdentifier{K::Curp, "es", "Venía anotada la CURP TOSJ080923HBCRLN07 en el expediente.",
                      "TOSJ080923HBCRLN07"},
    PlantedIdentifier{K::Curp, "en", "The form had his CURP, RAOF 091102 HBC RTR A3, on the second page.",
                      "RAOF 091102 HBC RTR A3"},
    PlantedIdentifier{K::Curp, "es", "Me la dictó así: LOPA 8503 12MJ CPZN 02, por teléfono.",
                      "LOPA 8503 12MJ CPZN 02"},

    // RFC.
    PlantedIdentifier{K::Rfc, "es", "El RFC del patrón es GALJ 800101 AB3.", "GALJ 800101 AB3"},
    PlantedIdentifier{K::Rfc, "es", "En el recibo venía el RFC MOSE-750812-KT9.", "MOSE-750812-KT9"},
    PlantedIdentifier{K::Rfc, "es", "Su RFC es RAHM851203Q21, me lo enseñó en la factura.", "RAHM851203Q21"},
    PlantedIdentifier{K::Rfc, "en", "The employer's tax ID was an RFC, VEAL 910315 PL2.", "VEAL 910315 PL2"},
    PlantedIdentifier{K::Rfc, "es", "Lo dieron de alta con RFC ORCA7007281M5 en la empresa.", "ORCA7007281M5"},

    // INE voter card: elector key and OCR number.
    PlantedIdentifier{K::VoterCard, "es", "Su clave de elector es GMVLMR80070501M100, la vi en la credencial.",
                      "GMVLMR80070501M100"},
    PlantedIdentifier{K::VoterCard, "es", "En la INE decía la clave HRSNJN 92031214 H 300.",
                      "HRSNJN 92031214 H 300"},
    PlantedIdentifier{K::VoterCard, "es", "El número de OCR de la credencial es 2458093217654.", "2458093217654"},
    PlantedIdentifier{K::VoterCard, "es", "Le tomaron foto a su INE, el OCR 4512 0987 65432 se ve clarito.",
                      "4512 0987 65432"},
    PlantedIdentifier{K::VoterCard, "en", "His voter ID, the INE card, had the code RMZLSN95071809H700.",
                      "RMZLSN95071809H700"},
    PlantedIdentifier{K::VoterCard, "es", "Del IFE viejo me acuerdo del número 1098765432101 de abajo.",
                      "1098765432101"},

    // Social security numbers: IMSS NSS and US SSN.
    PlantedIdentifier{K::SocialSecurity, "es", "Su número de seguro social es 43128709651.", "43128709651"},
    PlantedIdentifier{K::SocialSecurity, "es", "En la hoja del IMSS venía el NSS 03-17-85-4412-6.",
                      "03-17-85-4412-6"},
    PlantedIdentifier{K::SocialSecurity, "es", "Me pidieron el NSS, es el 72 09 93 1145 8.", "72 09 93 1145 8"},
    PlantedIdentifier{K::SocialSecurity, "en", "Her IMSS number, 52169801237, was on the clinic card.",
                      "52169801237"},
    PlantedIdentifier{K::SocialSecurity, "en", "He gave his social security number, 521-66-0923, to the recruiter.",
                      "521-66-0923"},
    PlantedIdentifier{K::SocialSecurity, "es", "Quedó en la hoja de afiliación: 61-98-74-0021-3.", "61-98-74-0021-3"},

    // Licence plates.
    PlantedIdentifier{K::LicencePlate, "es", "La camioneta traía placas ABC-123-D de Baja California.", "ABC-123-D"},
    PlantedIdentifier{K::LicencePlate, "es", "Me fijé en la placa, era JKL-45-67.", "JKL-45-67"},
    PlantedIdentifier{K::LicencePlate, "en", "The car had California plate 7XYZ123, a gray sedan.", "7XYZ123"},
    PlantedIdentifier{K::LicencePlate, "en", "I wrote down the plate, it was TXK 4821.", "TXK 4821"},
    PlantedIdentifier{K::LicencePlate, "es", "Una troca blanca con matrícula UAB-452-A, eso le dije al policía.",
                      "UAB-452-A"},
    PlantedIdentifier{K::LicencePlate, "es", "Las placas eran del Estado de México, MNB 88 21, de eso me acuerdo.",
                      "MNB 88 21"},

    // Dates of birth.
    PlantedIdentifier{K::BirthDate, "es", "Nací el 12 de marzo de 2008, en el hospital general.",
                      "12 de marzo de 2008"},
    PlantedIdentifier{K::BirthDate, "en", "I was born on March 3, 2009, in San Diego.", "March 3, 2009"},
    PlantedIdentifier{K::BirthDate, "es", "Su fecha de nacimiento es 05/11/2007, según el acta.", "05/11/2007"},
    PlantedIdentifier{K::BirthDate, "en", "DOB: 2010-07-14, that's what the intake sheet says.", "2010-07-14"},
    PlantedIdentifier{K::BirthDate, "es", "Mi cumpleaños es el 23 de septiembre, cumplo dieciséis.",
                      "23 de septiembre"},
    PlantedIdentifier{K::BirthDate, "en", "Her birthday is 14 February 2011, on Valentine's day.",
                      "14 February 2011"},
    PlantedIdentifier{K::BirthDate, "es", "Nació el primero de mayo del 2006, el mismo día que su abuelo.",
                      "primero de mayo del 2006"},

    // School names.
    PlantedIdentifier{K::School, "es", "Iba en la Secundaria Técnica 12, en el turno de la tarde.",
                      "Secundaria Técnica 12"},
    PlantedIdentifier{K::School, "es", "Estudié en la Escuela Benito Juárez hasta cuarto.", "Escuela Benito Juárez"},
    PlantedIdentifier{K::School, "en", "She went to Lincoln High School for two years.", "Lincoln High School"},
    PlantedIdentifier{K::School, "es", "Ahora está en el CBTis 155, estudia programación.", "CBTis 155"},
    PlantedIdentifier{K::School, "en", "My little brother is at Roosevelt Elementary, in second grade.",
                      "Roosevelt Elementary"},
    PlantedIdentifier{K::School, "es", "La pasaron a la Primaria Leona Vicario del turno matutino.",
                      "Primaria Leona Vicario"},
    PlantedIdentifier{K::School, "es", "En la prepa 9 conocí a mis mejores amigas.", "prepa 9"},
    PlantedIdentifier{K::School, "en", "He transferred to Oak Grove Middle School in the spring.",
                      "Oak Grove Middle School"},
    PlantedIdentifier{K::School, "es", "Fue al Colegio Americano de Tijuana un año.", "Colegio Americano de Tijuana"},

    // Addresses, with and without a street number.
    PlantedIdentifier{K::StreetAddress, "es", "Vivíamos en la esquina de Morelos y Allende, arriba de una tienda.",
                      "esquina de Morelos y Allende"},
    PlantedIdentifier{K::StreetAddress, "es", "Es a una cuadra del Oxxo de la calle Juárez, una casa verde.",
                      "a una cuadra del Oxxo de la calle Juárez"},
    PlantedIdentifier{K::StreetAddress, "es", "La casa está frente a la iglesia de San Judas, la del portón negro.",
                      "frente a la iglesia de San Judas"},
    PlantedIdentifier{K::StreetAddress, "es", "Nos cambiamos a la colonia Infonavit Presidentes, casi en el cerro.",
                      "colonia Infonavit Presidentes"},
    PlantedIdentifier{K::StreetAddress, "es", "Vive en el fraccionamiento Villa Fontana, por el bulevar.",
                      "fraccionamiento Villa Fontana"},
    PlantedIdentifier{K::StreetAddress, "es", "Rentaban un cuarto en Calle Ocampo 452, interior 3.",
                      "Calle Ocampo 452"},
    PlantedIdentifier{K::StreetAddress, "en", "We lived on the corner of Fifth and Maple, above the laundromat.",
                      "corner of Fifth and Maple"},
    PlantedIdentifier{K::StreetAddress, "es", "El albergue queda entre las calles Niños Héroes y Revolución.",
                      "entre las calles Niños Héroes y Revolución"},
    PlantedIdentifier{K::StreetAddress, "en", "She lived at 1420 Palm Avenue with her grandma.", "1420 Palm Avenue"},
    PlantedIdentifier{K::StreetAddress, "es", "Lo veía en la col. Libertad, cerca de la cancha.", "col. Libertad"},

    // Names: diminutives of listed names, and names not on the list.
    PlantedIdentifier{K::Name, "es", "Me ayudó Rosarito, la de trabajo social.", "Rosarito"},
    PlantedIdentifier{K::Name, "es", "Mi amiga Lupita me acompañó a declarar.", "Lupita"},
    PlantedIdentifier{K::Name, "es", "Chuy fue el que me llevó en su carro.", "Chuy"},
    PlantedIdentifier{K::Name, "es", "Luego habló Pepe con el licenciado.", "Pepe"},
    PlantedIdentifier{K::Name, "es", "Paco ya sabía todo, él me avisó.", "Paco"},
    PlantedIdentifier{K::Name, "es", "La trabajadora social, María Guadalupe Hernández Ruiz, firmó el acta.",
                      "María Guadalupe Hernández Ruiz"},
    PlantedIdentifier{K::Name, "en", "My caseworker was Ashley Thompson, she was really kind.", "Ashley Thompson"},
    PlantedIdentifier{K::Name, "en", "Her boyfriend is named Kevin, he's like twenty.", "Kevin"},
    PlantedIdentifier{K::Name, "es", "Se llama Brenda Yazmín, va en mi salón.", "Brenda Yazmín"},
    PlantedIdentifier{K::Name, "en", "I told Mrs. Patricia Delgado about it.", "Patricia Delgado"},
    PlantedIdentifier{K::Name, "es", "Mi prima Fernanda no sabía nada.", "Fernanda"},
    PlantedIdentifier{K::Name, "en", "My cousin Tyler showed the pictures around.", "Tyler"},
    PlantedIdentifier{K::Name, "es", "Me llamo Itzel y tengo quince años.", "Itzel"},
    PlantedIdentifier{K::Name, "en", "Ask Jenny, she was there.", "Jenny"},
    PlantedIdentifier{K::Name, "es", "El que me contactó decía llamarse Jonathan Ibarra.", "Jonathan Ibarra"},
    PlantedIdentifier{K::Name, "es", "Y la licenciada Karina nos explicó lo del amparo.", "Karina"},
};

} // namespace hilo::test::guard

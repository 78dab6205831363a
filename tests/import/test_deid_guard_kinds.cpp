// The de-identification guard on what Mexican and English transcripts leak beyond written
// contact details: numbers said in words, codes in groups, addresses given by corner or
// landmark, handles without "@", nicknames of listed people, names not on the list, schools,
// plates, dates of birth, INE and social security numbers; and the ordinary talk around them
// that must stay unflagged. All text here is invented for the tests.
#include "guard_checks.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace hilo::test::guard;

TEST_CASE("Phone numbers said in words are phones", "[deid][phone][spelled]")
{
    requireMasked("mi número es seis seis cuatro, dos tres uno, cuatro cinco, seis siete.", IdentifierKind::Phone,
                "s*** s*** c*****, d** t*** u**, c***** c****, s*** s****");
    requireMasked("five five five, one two three, four five six seven", IdentifierKind::Phone,
                "f*** f*** f***, o** t** t****, f*** f*** s** s****");
    requireMasked("Anótalo: sesenta y seis, cuarenta y uno, veintitrés, ochenta y nueve, cero dos.",
                IdentifierKind::Phone, "s****** y s***, c******* y u**, v*********, o****** y n****, c*** d**");
    requireMasked("It's eight one eight, nine oh two, three three one four.", IdentifierKind::Phone,
                "e**** o** e****, n*** o* t**, t**** t**** o** f***");
    requireMasked("one eight hundred, five five five, twelve twelve", IdentifierKind::Phone,
                "o** e**** h******, f*** f*** f***, t***** t*****");

    SECTION("Counting, round numbers, amounts and short numbers are not phones")
    {
        requireNoFlags({
            "uno, dos, tres, cuatro, cinco, seis, siete, ocho",
            "one two three four five six seven eight nine",
            "tenía catorce, quince años",
            "veinte, treinta, cuarenta, cincuenta pesos",
            "cien, doscientos, trescientos pesos al día",
            "me pidió dos mil quinientos pesos",
            "two or three times, maybe four",
            "a las dos, a las tres de la mañana",
            "Oh, one more thing.",
            "seis seis cuatro",
        });
    }
}

TEST_CASE("CURP and RFC in groups", "[deid][curp][rfc]")
{
    requireMasked("Su CURP es GODE 561231 HDFRRN 09, la traía.", IdentifierKind::Curp, "G*** 5***** H***** 0*");
    requireMasked("MEHR-100514-MBCNRS-04", IdentifierKind::Curp, "M***-1*****-M*****-0*");
    requireMasked("me la dictó: LOPA 8503 12MJ CPZN 02", IdentifierKind::Curp, "L*** 8*** 1*** C*** 0*");
    requireMasked("El RFC del patrón es GALJ 800101 AB3.", IdentifierKind::Rfc, "G*** 8***** A**");
    // Spaced RFCs are written in capitals; in lower case this is a file number in a sentence.
    requireNoFlags({"el caso 240312 del juzgado", "Vine 240312 veces"});
}

TEST_CASE("INE elector keys and OCR numbers", "[deid][ine]")
{
    requireMasked("Su clave de elector es GMVLMR80070501M100.", IdentifierKind::VoterCard, "G*****************");
    requireMasked("En la INE decía la clave HRSNJN 92031214 H 300.", IdentifierKind::VoterCard, "H***** 9******* H 3**");
    requireMasked("El OCR de la credencial es 2458093217654.", IdentifierKind::VoterCard, "2************");
    requireMasked("Le tomaron foto a su INE, el OCR 4512 0987 65432 se ve.", IdentifierKind::VoterCard,
                "4*** 0*** 6****");
    requireMasked("Clave de elector: TRLPJN 85 06 12 02 H 400", IdentifierKind::VoterCard, "T***** 8* 0* 1* 0* H 4**");
    // Thirteen digits anywhere else are not an OCR number.
    requireNoFlags({"El folio del expediente es 2458093217654.", "Ganó 1000000000000 de likes"});
}

TEST_CASE("Social security numbers: NSS and SSN", "[deid][nss]")
{
    requireMasked("Su número de seguro social es 43128709651.", IdentifierKind::SocialSecurity, "4**********");
    requireMasked("En la hoja venía 03-17-85-4412-6.", IdentifierKind::SocialSecurity, "0*-1*-8*-4***-6");
    requireMasked("Me pidieron el NSS, es el 72 09 93 1145 8.", IdentifierKind::SocialSecurity, "7* 0* 9* 1*** 8");
    requireMasked("his social security number, 521-66-0923, to the recruiter", IdentifierKind::SocialSecurity,
                "5**-6*-0***");
    requireMasked("SSN 521660923", IdentifierKind::SocialSecurity, "5********");
    requireNoFlags({"El folio es 43128709651.", "No tenía seguro social ni nada."});
}

TEST_CASE("Licence plates next to a plate word", "[deid][plate]")
{
    requireMasked("La camioneta traía placas ABC-123-D de Baja California.", IdentifierKind::LicencePlate, "A**-1**-D");
    requireMasked("Me fijé en la placa, era JKL-45-67.", IdentifierKind::LicencePlate, "J**-4*-6*");
    requireMasked("The car had California plate 7XYZ123, a gray sedan.", IdentifierKind::LicencePlate, "7******");
    requireMasked("I wrote down the plate, it was TXK 4821.", IdentifierKind::LicencePlate, "T** 4***");
    requireMasked("MNB 88 21 eran las placas", IdentifierKind::LicencePlate, "M** 8* 2*");
    requireNoFlags({"La forma TXK 4821 estaba mal llenada.", "Tenía placas de Baja California.",
                    "the plate was too hot", "placas 2019"});
}

TEST_CASE("Dates of birth, and only those dates", "[deid][birth_date]")
{
    requireMasked("Nací el 12 de marzo de 2008, en el hospital.", IdentifierKind::BirthDate, "1* d* m**** d* 2***");
    requireMasked("I was born on March 3, 2009, in San Diego.", IdentifierKind::BirthDate, "M**** 3, 2***");
    requireMasked("Su fecha de nacimiento es 05/11/2007.", IdentifierKind::BirthDate, "0*/1*/2***");
    requireMasked("DOB: 2010-07-14", IdentifierKind::BirthDate, "2***-0*-1*");
    requireMasked("Mi cumpleaños es el 23 de septiembre.", IdentifierKind::BirthDate, "2* d* s*********");
    requireMasked("Nació el primero de mayo del 2006.", IdentifierKind::BirthDate, "p****** d* m*** d** 2***");
    requireMasked("el 14 de febrero de 2011, el día que nací", IdentifierKind::BirthDate, "1* d* f****** d* 2***");
    requireNoFlags({
        "Pasó el 3 de marzo de 2023.",
        "Nací en Tijuana en 2008.",
        "I was born in 2008.",
        "Nací en Tijuana. El 3 de marzo de 2015 nos fuimos a Mexicali.",
        "My birthday is in June.",
        "On March 3, 2023, we went to court.",
    });
}

TEST_CASE("E-mail addresses said aloud", "[deid][email][spoken]")
{
    requireMasked("lupita punto hdz arroba gmail punto com", IdentifierKind::Email, "l***** p**** h** a***** g**** p**** c**");
    requireMasked("Her email is ana at gmail dot com if you need it.", IdentifierKind::Email, "a** a* g**** d** c**");
    requireMasked("escríbele a chino_rdz arroba yahoo punto com punto mx.", IdentifierKind::Email,
                "c****_r** a***** y**** p**** c** p**** m*");
    requireMasked("at d.okafor(at)familylaw(dot)org after five", IdentifierKind::Email, "d.o*****(a*)f********(d**)o**");
    requireMasked("su correo es lupe.torres arroba hotmail", IdentifierKind::Email, "l***.t***** a***** h******");
    requireNoFlags({"I was at school dot the whole day", "Look at this.", "nos vimos at home",
                    "Lo vi en la escuela punto."});
}

TEST_CASE("Handles without @ after a platform", "[deid][handle]")
{
    requireMasked("me busca en insta como lupita_hdz22 y me escribe", IdentifierKind::SocialHandle, "l*****_h****");
    requireMasked("my tiktok is jenny.rdz, but it's private", IdentifierKind::SocialHandle, "j****.r**");
    requireMasked("En face sale como Karla.Mtz.07, con foto de un gato.", IdentifierKind::SocialHandle, "K****.M**.0*");
    requireMasked("my username is kbaby_2009.", IdentifierKind::SocialHandle, "k****_2***");
    requireNoFlags({
        "me busca en insta pero no le contesto",
        "en whats a las 10.30 me mandó mensaje",
        "lo vi en TikTok a las 3 p.m.",
        "my snap score was 2000",
        "la busqué en facebook.com y nada",
        "me di cuenta de que tenía 15 años",
    });
}

TEST_CASE("Addresses by corner, landmark and neighbourhood", "[deid][address][landmark]")
{
    requireMasked("Vivíamos en la esquina de Morelos y Allende, arriba.", IdentifierKind::StreetAddress,
                "e****** d* M****** y A******");
    requireMasked("Es a una cuadra del Oxxo de la calle Juárez, una casa verde.", IdentifierKind::StreetAddress,
                "a u** c***** d** O*** d* l* c**** J*****");
    requireMasked("La casa está frente a la iglesia de San Judas, la del portón negro.", IdentifierKind::StreetAddress,
                "f***** a l* i****** d* S** J****");
    requireMasked("Nos cambiamos a la colonia Infonavit Presidentes.", IdentifierKind::StreetAddress,
                "c****** I******** P**********");
    requireMasked("Lo veía en la col. Libertad, cerca de la cancha.", IdentifierKind::StreetAddress, "c**. L*******");
    requireMasked("Vive en el fraccionamiento Villa Fontana.", IdentifierKind::StreetAddress, "f************** V**** F******");
    requireMasked("El albergue queda entre las calles Niños Héroes y Revolución.", IdentifierKind::StreetAddress,
                "e**** l** c***** N**** H***** y R*********");
    requireMasked("We lived on the corner of Fifth and Maple.", IdentifierKind::StreetAddress, "c***** o* F**** a** M****");
    requireMasked("Morelos esquina con Allende", IdentifierKind::StreetAddress, "M****** e****** c** A******");
    requireMasked("nos vemos en la esquina de Calle 8 y Avenida Negrete", IdentifierKind::StreetAddress,
                "e****** d* C**** 8 y A****** N******");
    requireMasked("vivía en la colonia 20 de Noviembre", IdentifierKind::StreetAddress, "c****** 2* d* N********");
    requireNoFlags({
        "Vivía en la Col. Centro.",
        "Nos vimos frente al Oxxo.",
        "Vivía cerca de Tijuana.",
        "Lo dijo frente a la víctima.",
        "en la esquina de mi casa",
        "caminamos por la calle Revolución",
        "en la colonia [colonia], por la escuela",
        "Fuimos a la Ciudad de México en Semana Santa.",
    });
}

TEST_CASE("School names by pattern", "[deid][school]")
{
    requireMasked("Iba en la Secundaria Técnica 12, en la tarde.", IdentifierKind::School, "S********* T****** 1*");
    requireMasked("Estudié en la Escuela Benito Juárez hasta cuarto.", IdentifierKind::School, "E****** B***** J*****");
    requireMasked("She went to Lincoln High School for two years.", IdentifierKind::School, "L****** H*** S*****");
    requireMasked("Ahora está en el CBTis 155.", IdentifierKind::School, "C**** 1**");
    requireMasked("My brother is at Roosevelt Elementary.", IdentifierKind::School, "R******** E*********");
    requireMasked("She goes to Westview High.", IdentifierKind::School, "W******* H***");
    requireMasked("En la prepa 9 conocí a mis amigas.", IdentifierKind::School, "p**** 9");
    requireMasked("Escuela Primaria \"Leona Vicario\"", IdentifierKind::School, "E****** P******* \"L**** V******");
    requireNoFlags({
        "Estoy en segundo de secundaria.",
        "En la secundaria 3 años nada más.",
        "In High School I was bullied.",
        "my middle school had one assembly",
        "Me llevaron al Instituto Nacional de Migración.",
        "la Escuela Secundaria de mi colonia",
        "La Casa Hogar 2",
    });
}

TEST_CASE("Diminutives and nicknames of listed names", "[deid][name][diminutive]")
{
    requireMasked("Me ayudó Rosarito, la de trabajo social.", IdentifierKind::Name, "R*******", {"Rosario Méndez"});
    requireMasked("Lupita me acompañó.", IdentifierKind::Name, "L*****", {"Guadalupe Torres"});
    requireMasked("y Lupe nunca supo", IdentifierKind::Name, "L***", {"Guadalupe Torres"});
    requireMasked("Chuy me llevó en su carro.", IdentifierKind::Name, "C***", {"Jesús Salinas"});
    requireMasked("Luego habló Pepe con el licenciado.", IdentifierKind::Name, "P***", {"José Ramírez"});
    requireMasked("Paco ya sabía todo.", IdentifierKind::Name, "P***", {"Francisco Ortega"});
    requireMasked("Juanito no vino.", IdentifierKind::Name, "J******", {"Juan Pérez"});
    requireMasked("Le decían Carmencita.", IdentifierKind::Name, "C*********", {"Carmen Ruiz"});
    requireMasked("Anita lloró.", IdentifierKind::Name, "A****", {"Ana"});
    requireMasked("Ask Jenny, she was there.", IdentifierKind::Name, "J****", {"Jennifer Walsh"});
    // A nickname's own diminutive: Rosario -> Chayo -> Chayito.
    requireMasked("Chayito me avisó.", IdentifierKind::Name, "C******", {"Rosario Méndez"});
    // Rosarito is also a town near Tijuana: after "en", "de", "desde"... it is the town.
    requireNoFlags({"Vivíamos en Rosarito, cerca de la playa.", "Nos fuimos a Playas de Rosarito."},
                   {"Rosario Méndez"});
    // Only capitalised: "solito" and "paco" in lower case are ordinary words here.
    requireNoFlags({"se quedó solito", "un paco de hojas", "Rosario no vino sola"}, {"Sol Durán", "Francisco Ortega",
                                                                                      "Rosario Méndez"});
}

TEST_CASE("Names not on the list", "[deid][name][given]")
{
    requireMasked("La trabajadora social, María Guadalupe Hernández Ruiz, firmó.", IdentifierKind::Name,
                "M**** G******** H******** R***");
    requireMasked("My caseworker was Ashley Thompson, she was kind.", IdentifierKind::Name, "A***** T*******");
    requireMasked("Her boyfriend is named Kevin, he's like twenty.", IdentifierKind::Name, "K****");
    requireMasked("Se llama Brenda Yazmín, va en mi salón.", IdentifierKind::Name, "B***** Y*****");
    requireMasked("Mi prima Fernanda no sabía nada.", IdentifierKind::Name, "F*******");
    requireMasked("My cousin Tyler showed the pictures.", IdentifierKind::Name, "T****");
    requireMasked("Me llamo Xóchitl y tengo quince años.", IdentifierKind::Name, "X******");
    requireMasked("mi mejor amiga Lupita me acompañó", IdentifierKind::Name, "L*****");
    requireMasked("Juan del Valle fue el que habló", IdentifierKind::Name, "J*** d** V****");
    requireNoFlags({
        "José Luis vino solo.",
        "María José y yo fuimos.",
        "Vivimos en San Luis Potosí.",
        "Ciudad Victoria es la capital.",
        "la beca Benito Juárez",
        "Es la Virgen de Guadalupe.",
        "el Ángel de la Independencia",
        "My friend said it was fine.",
        "Juan y Pedro llegaron.",
        "Mi prima, que tiene diecinueve, se dio cuenta.",
        "Fuimos a la Cruz Roja.",
        "Luego María dijo que sí.",
        "Juan Pablo Segundo vino a México.",
        "Taylor Swift was playing.",
    });
}

TEST_CASE("Speaker labels, ages, years and money stay unflagged next to the new kinds", "[deid][false-positives]")
{
    requireNoFlags({
        "Entrevistadora: ¿Y qué pasó después?",
        "YP03: Tenía 14 años, en 2019.",
        "FW-12: Nos pagaban $1,500 a la semana.",
        "Interviewer: When were you born?\nYP08: In 2008.",
        "Tengo 15 años, nací en diciembre.",
        "Me pidió 2,000 pesos el 3 de enero.",
        "Lo castiga el artículo 199 Septies del Código Penal.",
        "Entrevistador: ¿Y la placa?\nYP09: No la vi.",
        "Mi número no te lo voy a dar.",
        "Le mandé mi CURP por WhatsApp y mi INE por correo.",
    });
}

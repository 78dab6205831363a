#include "guard_checks.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

// All text here is invented for the tests; none of it comes from a transcript.

using namespace hilo::test::guard;

TEST_CASE("identifierKindName gives the report name of every kind", "[deid]")
{
    CHECK(std::string(identifierKindName(IdentifierKind::Email)) == "email");
    CHECK(std::string(identifierKindName(IdentifierKind::Phone)) == "phone");
    CHECK(std::string(identifierKindName(IdentifierKind::Url)) == "url");
    CHECK(std::string(identifierKindName(IdentifierKind::SocialHandle)) == "handle");
    CHECK(std::string(identifierKindName(IdentifierKind::Curp)) == "curp");
    CHECK(std::string(identifierKindName(IdentifierKind::Rfc)) == "rfc");
    CHECK(std::string(identifierKindName(IdentifierKind::StreetAddress)) == "address");
    CHECK(std::string(identifierKindName(IdentifierKind::Name)) == "name");
}

TEST_CASE("Empty and identifier-free text produce no flags", "[deid]")
{
    CHECK(scan("").empty());
    CHECK(scan("\n\r\n").empty());
    CHECK(scan("Sí, mi mamá trabajaba todo el día. 😔").empty());
}

TEST_CASE("E-mail addresses are flagged and masked", "[deid][email]")
{
    requireMasked("Mi correo es ana.lopez@correo.mx.", IdentifierKind::Email, "a**.l****@c*****.m*");
    requireMasked("Escríbale a JOSÉ_PÉREZ+dif@gob.mx por favor", IdentifierKind::Email, "J***_P****+d**@g**.m*");
    requireMasked("(luis-garcia@ejemplo.com.mx)", IdentifierKind::Email, "l***-g*****@e******.c**.m*");
    requireMasked("write to j.smith99@example.org, please", IdentifierKind::Email, "j.s******@e******.o**");
    requireMasked("correo: niña.feliz@escuela.edu.mx", IdentifierKind::Email, "n***.f****@e******.e**.m*");

    requirePosition("Mi correo es ana.lopez@correo.mx.", IdentifierKind::Email, 1, 14);
    // Two emoji (each one code point but two UTF-16 units and four bytes) before the match.
    requirePosition("Primera línea\n😀🎉 correo: luis@ejemplo.org", IdentifierKind::Email, 2, 12);
    // "\r\n" is one line break.
    requirePosition("uno\r\ndos\r\ntres x@y.com", IdentifierKind::Email, 3, 6);
}

TEST_CASE("Phone numbers are flagged in Mexican and international forms", "[deid][phone]")
{
    SECTION("Mexican forms")
    {
        requireMasked("Llámame al 55 1234 5678.", IdentifierKind::Phone, "5* 1*** 5***");
        requireMasked("Tel. (55) 1234-5678", IdentifierKind::Phone, "(5*) 1***-5***");
        requireMasked("su número es 555-123-4567", IdentifierKind::Phone, "5**-1**-4***");
        requireMasked("5512345678", IdentifierKind::Phone, "5*********");
        requireMasked("marca al 55.1234.5678", IdentifierKind::Phone, "5*.1***.5***");
        requireMasked("en Puebla: 222 123 45 67", IdentifierKind::Phone, "2** 1** 4* 6*");
        requireMasked("cel 55 12 34 56 78", IdentifierKind::Phone, "5* 1* 3* 5* 7*");
        requireMasked("+52 55 1234 5678", IdentifierKind::Phone, "+5* 5* 1*** 5***");
        requireMasked("+52 1 55 1234 5678", IdentifierKind::Phone, "+5* 1 5* 1*** 5***");
        requireMasked("+52 (55) 1234-5678", IdentifierKind::Phone, "+5* (5*) 1***-5***");
        requireMasked("desde fijo 044 55 1234 5678", IdentifierKind::Phone, "0** 5* 1*** 5***");
        requireMasked("01 800 123 4567", IdentifierKind::Phone, "0* 8** 1** 4***");
    }
    SECTION("International forms")
    {
        requireMasked("London: +44 20 7946 0958", IdentifierKind::Phone, "+4* 2* 7*** 0***");
        requireMasked("call +1 (555) 123-4567 today", IdentifierKind::Phone, "+1 (5**) 1**-4***");
        requireMasked("+34 612.345.678", IdentifierKind::Phone, "+3* 6**.3**.6**");
        requireMasked("+49-30-1234567", IdentifierKind::Phone, "+4*-3*-1******");
        requireMasked("+502 2345 6789", IdentifierKind::Phone, "+5** 2*** 6***");
    }
    SECTION("Fewer than eight digits is not a phone")
    {
        CHECK(scan("+1 234 567").empty());
        CHECK(scan("+52 123 45").empty());
    }
    SECTION("Position after emoji on the second line")
    {
        requirePosition("Entrevistadora: ¿Tienes teléfono?\n🙂 Sí, es 55 1234 5678", IdentifierKind::Phone, 2, 10);
    }
}

TEST_CASE("URLs are flagged, without the sentence punctuation after them", "[deid][url]")
{
    requireMasked("Lo subió a http://blog.ejemplo.mx/ana.", IdentifierKind::Url, "h***://b***.e******.m*/a**");
    requireMasked("https://www.example.org/path?q=1", IdentifierKind::Url, "h****://w**.e******.o**/p***?q=1");
    requireMasked("visita www.dif.gob.mx para más", IdentifierKind::Url, "w**.d**.g**.m*");
    requireMasked("Está en facebook.com/ana.lopez", IdentifierKind::Url, "f*******.c**/a**.l****");
    requireMasked("(ver https://es.wikipedia.org/wiki/Foo_(bar))", IdentifierKind::Url,
                  "h****://e*.w********.o**/w***/F**_(b**)");
    requireMasked("mi perfil: instagram.com/@ana_lopez", IdentifierKind::Url, "i********.c**/@a**_l****");
    requireMasked("el video: youtu.be/dQw4w9WgXcQ, ¿lo viste?", IdentifierKind::Url, "y****.b*/d**********");
    requireMasked("WWW.EJEMPLO.COM.MX/contacto", IdentifierKind::Url, "W**.E******.C**.M*/c*******");

    requirePosition("Ver: 👉 www.ejemplo.com", IdentifierKind::Url, 1, 8);
    requirePosition("línea uno\nlínea dos https://t.co/abc", IdentifierKind::Url, 2, 11);
}

TEST_CASE("Social media handles are flagged", "[deid][handle]")
{
    requireMasked("Búscala como @ana_lopez23 en Instagram", IdentifierKind::SocialHandle, "@a**_l******");
    requireMasked("(@carlos.mtz)", IdentifierKind::SocialHandle, "@c*****.m**");
    requireMasked("Sígueme: @juanito.", IdentifierKind::SocialHandle, "@j******");
    requireMasked("«@Ñoño_88» me escribió", IdentifierKind::SocialHandle, "@Ñ***_8*");

    requirePosition("@María_Fernanda me escribió", IdentifierKind::SocialHandle, 1, 1);
    requirePosition("🌟🌟 ¡@lupita99!", IdentifierKind::SocialHandle, 1, 5);
    requirePosition("Sí.\n\tpor TikTok, @el.güero", IdentifierKind::SocialHandle, 2, 14);
}

TEST_CASE("CURPs are flagged as whole words, case-insensitively", "[deid][curp]")
{
    requireMasked("Su CURP es GODE561231HDFRRN09.", IdentifierKind::Curp, "G*****************");
    requireMasked("curp: bADd110313hcmlns09", IdentifierKind::Curp, "b*****************");
    requireMasked("LOPA850312MJCPZN02", IdentifierKind::Curp, "L*****************");
    requireMasked("nació fuera: PEMA020715MNERRRA5", IdentifierKind::Curp, "P*****************");

    requirePosition("🙈 CURP GODE561231HDFRRN09", IdentifierKind::Curp, 1, 8);

    // An unknown state code, a missing character or a longer word: not a CURP.
    CHECK(scan("GODE561231HXXRRN09").empty());
    CHECK(scan("GODE561231HDFRRN0").empty());
    CHECK(scan("XGODE561231HDFRRN09").empty());
}

TEST_CASE("RFCs are flagged as whole words, case-insensitively", "[deid][rfc]")
{
    requireMasked("RFC: LOPA850312AB1", IdentifierKind::Rfc, "L************");
    requireMasked("la empresa ABC120101XY2 pagó", IdentifierKind::Rfc, "A***********");
    requireMasked("ÑAMA8003152K7", IdentifierKind::Rfc, "Ñ************");
    requireMasked("M&M990101AB3", IdentifierKind::Rfc, "M&M*********");
    requireMasked("rfc lopa850312ab1.", IdentifierKind::Rfc, "l************");
    requireMasked("LOPA-850312-AB1", IdentifierKind::Rfc, "L***-8*****-A**");

    requirePosition("Dato\n😅 su RFC es LOPA850312AB1", IdentifierKind::Rfc, 2, 13);

    CHECK(scan("LOPA850312AB12").empty());
    CHECK(scan("XLOPA850312AB1").empty());
}

TEST_CASE("Street addresses with numbers are flagged", "[deid][address]")
{
    SECTION("Spanish")
    {
        requireMasked("Vive en Calle Hidalgo 123, Col. Centro.", IdentifierKind::StreetAddress, "C**** H****** 1**");
        requireMasked("en la calle 5 de Mayo #45", IdentifierKind::StreetAddress, "c**** 5 d* M*** #4*");
        requireMasked("Av. Reforma 222", IdentifierKind::StreetAddress, "A*. R****** 2**");
        requireMasked("Avenida Juárez número 15", IdentifierKind::StreetAddress, "A****** J***** n***** 1*");
        requireMasked("Privada Las Flores 8", IdentifierKind::StreetAddress, "P****** L** F***** 8");
        requireMasked("el Callejón del Beso 12", IdentifierKind::StreetAddress, "C******* d** B*** 1*");
        requireMasked("Andador Los Pinos 3-B", IdentifierKind::StreetAddress, "A****** L** P**** 3-B");
        requireMasked("Blvd. Adolfo López Mateos 1500", IdentifierKind::StreetAddress, "B***. A***** L**** M***** 1***");
        requireMasked("Boulevard Agua Caliente No. 4558", IdentifierKind::StreetAddress, "B******** A*** C******* N*. 4***");
        requireMasked("Calzada de Tlalpan 1234", IdentifierKind::StreetAddress, "C****** d* T****** 1***");
        requireMasked("Carretera Federal 57", IdentifierKind::StreetAddress, "C******** F****** 5*");
        requireMasked("Calle 10 #25", IdentifierKind::StreetAddress, "C**** 1* #2*");
        requireMasked("Av. 16 de Septiembre 1200", IdentifierKind::StreetAddress, "A*. 1* d* S********* 1***");
        requireMasked("Manzana 5 Lote 12", IdentifierKind::StreetAddress, "M****** 5 L*** 1*");
        requireMasked("Mz. 3, Lt. 7", IdentifierKind::StreetAddress, "M*. 3, L*. 7");
    }
    SECTION("English")
    {
        requireMasked("She lived at 123 Main Street.", IdentifierKind::StreetAddress, "1** M*** S*****");
        requireMasked("45 Oak Ave", IdentifierKind::StreetAddress, "4* O** A**");
        requireMasked("12 Elm Road", IdentifierKind::StreetAddress, "1* E** R***");
        requireMasked("1600 Pennsylvania Avenue", IdentifierKind::StreetAddress, "1*** P*********** A*****");
        requireMasked("77 Martin Luther King Blvd.", IdentifierKind::StreetAddress, "7* M***** L***** K*** B***.");
        requireMasked("in Apt 4B with her aunt", IdentifierKind::StreetAddress, "A** 4*");
    }
    SECTION("Positions")
    {
        requirePosition("🏠 Calle Morelos 45", IdentifierKind::StreetAddress, 1, 3);
        requirePosition("P: ¿Dónde?\nR: 😬 en Av. Juárez 9", IdentifierKind::StreetAddress, 2, 9);
    }
    SECTION("A colony or a street without a number is not enough")
    {
        CHECK(scan("Vivía en la Col. Centro.").empty());
        CHECK(scan("Vivía en la calle Hidalgo.").empty());
        CHECK(scan("Main Street was busy.").empty());
    }
}

TEST_CASE("Names from the list are flagged as whole words, ignoring case and accents", "[deid][name]")
{
    const std::vector<std::string> names{"María", "José Luis Pérez", "Muñoz", "O'Brien"};

    requireMasked("MARÍA dijo que sí", IdentifierKind::Name, "M****", names);
    requireMasked("y maria también", IdentifierKind::Name, "m****", names);
    requireMasked("Maria, ven", IdentifierKind::Name, "M****", names);
    // Decomposed accent (NFD): the combining mark is dropped with its masked letter.
    requireMasked("Mari\u0301a llegó", IdentifierKind::Name, "M****", names);
    requireMasked("la familia Munoz", IdentifierKind::Name, "M****", names);
    requireMasked("Jose Luis PEREZ vino", IdentifierKind::Name, "J*** L*** P****", names);
    requireMasked("Dr. O’Brien", IdentifierKind::Name, "O’B****", names);
    requireMasked("¿María?", IdentifierKind::Name, "M****", names);

    requirePosition("🎈🎈 hablé con maría", IdentifierKind::Name, 1, 14, names);
    requirePosition("YP03: No sé.\r\nFW-12: ¿Y el señor Muñoz?", IdentifierKind::Name, 2, 20, names);

    SECTION("Only whole words and whole phrases")
    {
        requireNoFlags({"Mariana y Marías", "Josefina", "José Luis vino solo", "Pérez", "José Luis\nPérez"}, names);
    }
    SECTION("One-letter entries are ignored")
    {
        requireNoFlags({"Juan y Pedro", "y ya"}, {"Y", ""});
    }
    SECTION("The longest listed phrase wins")
    {
        requireMasked("Vino José Luis Pérez.", IdentifierKind::Name, "J*** L*** P****", {"José", "José Luis Pérez"});
    }
}

TEST_CASE("Overlapping matches give one flag, the most specific", "[deid]")
{
    // The "@correo.mx" part would be a handle and "ana" a listed name: one e-mail flag.
    requireSingle("ana.lopez@correo.mx", IdentifierKind::Email, {"Ana"});
    requireSingle("Ana @correo", IdentifierKind::SocialHandle);
    requireSingle("instagram.com/@ana_lopez", IdentifierKind::Url, {"Ana"});
    requireSingle("https://x.com/?correo=ana@correo.mx", IdentifierKind::Url);
    requireSingle("Calle Hidalgo 123", IdentifierKind::StreetAddress, {"Hidalgo"});
    requireSingle("@maria", IdentifierKind::SocialHandle, {"María"});
    requireSingle("044 55 1234 5678", IdentifierKind::Phone);
}

TEST_CASE("Flags come back in text order with exact lines and columns", "[deid]")
{
    const std::string text = "FW-12: ¿Cómo te contactamos?\n"
                             "YP03: Mi correo es ana@correo.mx o al 55 1234 5678.\r\n"
                             "\n"
                             "YP03: 🙂👍 Vivo en Calle Hidalgo 12 con María, sígueme @ana.l.";
    const auto flags = scan(text, {"María"});
    REQUIRE(flags.size() == 5);

    CHECK(flags[0].kind == IdentifierKind::Email);
    CHECK(flags[0].line == 2);
    CHECK(flags[0].column == 20);
    CHECK(flags[0].masked == "a**@c*****.m*");

    CHECK(flags[1].kind == IdentifierKind::Phone);
    CHECK(flags[1].line == 2);
    CHECK(flags[1].column == 39);

    CHECK(flags[2].kind == IdentifierKind::StreetAddress);
    CHECK(flags[2].line == 4);
    CHECK(flags[2].column == 18);

    CHECK(flags[3].kind == IdentifierKind::Name);
    CHECK(flags[3].line == 4);
    CHECK(flags[3].column == 39);

    CHECK(flags[4].kind == IdentifierKind::SocialHandle);
    CHECK(flags[4].line == 4);
    CHECK(flags[4].column == 54);
    CHECK(flags[4].masked == "@a**.l");
}

TEST_CASE("Ordinary interview text produces no flags", "[deid][false-positives]")
{
    SECTION("Ages")
    {
        requireNoFlags({
            "Tengo 16 años.",
            "she was 14 when it started",
            "Cuando tenía 9 años me fui con mi abuela.",
            "He is 17 years old and his sister is 12.",
            "A los 12 me salí de la casa.",
            "la niña de 5 años y su hermano de 8",
            "Entre los 13 y los 15 años estuve en el albergue.",
            "Kids aged 10-14 were in that group.",
        });
    }
    SECTION("Dates")
    {
        requireNoFlags({
            "Fue el 12/03/2024.",
            "La audiencia fue el 2024-03-12.",
            "Pasó el 3 de marzo de 2023.",
            "El 15 de septiembre de 2021 salimos.",
            "On 03/12/2024 the case was closed.",
            "fecha: 12.03.2024",
            "20240312",
            "It was March 3, 2023, a Friday.",
            "2024-03-12 10:30",
            "del 1 al 15 de enero",
            "12-03-2024 y 15-04-2024",
        });
    }
    SECTION("Years")
    {
        requireNoFlags({
            "Eso fue en 2019.",
            "from 2015 to 2018",
            "Estuve ahí entre 2015-2018.",
            "Del 2015 al 2018, más o menos.",
            "2015–2018",
            "en los años 90",
            "En 1998, 2003 y 2010 hubo cambios.",
            "2019 2020 2021",
        });
    }
    SECTION("Money amounts")
    {
        requireNoFlags({
            "Me pagaban $1,500.00 a la semana.",
            "Eran 1 500 pesos.",
            "MXN 2500",
            "Costó $ 300 000.",
            "US$ 2,000",
            "Le ofrecieron 2500000000 pesos.",
            "MXN 1234567890",
            "$1234567890",
            "It cost $12,500 in 2019.",
            "Ganaba 1 500 000 al año.",
            "unos 3 500 000 000 de pesos",
        });
    }
    SECTION("Articles of laws")
    {
        requireNoFlags({
            "Lo castiga el artículo 199 Septies del Código Penal.",
            "Art. 47 de la Ley General de los Derechos de Niñas, Niños y Adolescentes",
            "under section 1591",
            "18 U.S.C. § 1591",
            "la fracción III del artículo 116",
            "NOM-046-SSA2-2005",
            "artículo 4o. constitucional",
            "Ley 1098 de 2006",
        });
    }
    SECTION("Times")
    {
        requireNoFlags({
            "Llegué a las 10:30.",
            "at 3:45 pm",
            "de 9 a 14 h",
            "a las 10.30 horas",
            "18:00-20:00",
            "[00:01:23] YP03: sí",
        });
    }
    SECTION("Percentages")
    {
        requireNoFlags({
            "El 45% de los casos.",
            "45 %",
            "un 12.5 por ciento",
            "100%",
            "de 20% a 30%",
        });
    }
    SECTION("Counts")
    {
        requireNoFlags({
            "It happened 2 or 3 times.",
            "Había unas 20 personas.",
            "3 o 4 veces",
            "de 100 a 200 niños",
            "tiene 3 hijos",
            "Fuimos por la avenida Insurgentes 3 veces.",
            "Yo camino 3 horas diarias.",
            "She had 2 Family Court hearings.",
            "about 10 20 times",
        });
    }
    SECTION("The @ sign inside words")
    {
        requireNoFlags({
            "l@s niñ@s",
            "Tod@s l@s compañer@s llegaron.",
            "con mis amig@s.",
            "nos vemos @ las 5",
            "3 @ $10",
            "@",
            "a@b",
            "@1",
            "@a",
        });
    }
    SECTION("Abbreviations and sentence ends")
    {
        requireNoFlags({
            "Llevaba ropa, zapatos, etc. Luego se fue.",
            "ropa, zapatos, etc.Luego",
            "e.g. the first case",
            "Fue a la escuela.Después regresó.",
            "Lo dijo el Dr. López.",
            "the child vs. the state",
            "i.e. the child",
            "y/o",
            "km/h",
            "Sr. y Sra. García",
        });
    }
    SECTION("Speaker labels")
    {
        requireNoFlags({
            "YP03: Sí, claro.",
            "FW-12: ¿Y luego?",
            "INT: ok",
            "P1:",
            "YP03 (00:12:45): bien",
            "FW-12: Gracias.\nYP03: De nada.",
        });
    }
    SECTION("Street words without an address")
    {
        requireNoFlags({
            "La calle estaba oscura.",
            "Vivía en la Col. Centro.",
            "caminé por la avenida",
            "Main Street was busy.",
            "En la calle de mi tía 3 veces",
            "La Casa Hogar 2",
        });
    }
}

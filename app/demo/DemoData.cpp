#include "app/demo/DemoData.h"

#include "app/helpcenter/HelpCenterService.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/OrganizationService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"

#include <QHash>
#include <optional>
#include <vector>

namespace DeskBridge::Demo {

using namespace Domain;

namespace {

QString u(const char *text) {
    return QString::fromUtf8(text);
}

// Moves the domain clock while the sample history is written, and always gives it back.
class ClockOverride {
public:
    explicit ClockOverride(QDateTime base)
        : m_base(std::move(base)) {}
    ~ClockOverride() { Clock::setSource(nullptr); }
    void setHoursAgo(double hours) {
        const QDateTime at = m_base.addSecs(qint64(-hours * 3600));
        Clock::setSource([at] { return at; });
    }

private:
    QDateTime m_base;
};

struct Staff {
    const char *key;
    const char *name;
    const char *email;
    Role role;
};

const Staff kStaff[] = {
    {"jonas", "Jonas Weber", "jonas.weber@elektro-schmidt.de", Role::Agent},
    {"aylin", "Aylin Demir", "aylin.demir@elektro-schmidt.de", Role::Agent},
    {"mark", "Mark Thompson", "mark.thompson@elektro-schmidt.de", Role::Agent},
    {"petra", "Petra Hoffmann", "petra.hoffmann@elektro-schmidt.de", Role::Agent},
    {"lukas", "Lukas Brandt", "lukas.brandt@elektro-schmidt.de", Role::Admin},
};

struct GroupSpec {
    const char *name;
    std::vector<const char *> members;
};

const GroupSpec kGroups[] = {
    {"Kundenservice", {"jonas", "aylin", "petra", "sabine", "mark", "lukas"}},
    {"Garantie & Reklamationen", {"aylin", "sabine", "jonas"}},
    {"Technischer Support", {"mark", "jonas", "petra", "lukas"}},
};

// One answer in a ticket's conversation. `who` is a staff key or "req" (the requester).
struct Reply {
    double hoursAgo;
    const char *who;
    const char *text;
    bool isPublic = true;
    int status = -1; // a TicketStatus to submit with, or -1 to leave it
};

struct TicketSpec {
    double hoursAgo;
    const char *requester;
    const char *email;
    const char *subject;
    const char *body;
    const char *group;    // "" none
    const char *assignee; // "" nobody
    Priority priority;
    TicketType type;
    const char *tags;
    const char *order; // custom fields, "" unset
    const char *category;
    const char *warranty; // yyyy-MM-dd
    const char *amount;
    bool callback;
    std::vector<Reply> replies;
};

constexpr const char *kService = "Kundenservice";
constexpr const char *kWarranty = "Garantie & Reklamationen";
constexpr const char *kTech = "Technischer Support";

const TicketSpec kTickets[] = {
    {480,
     "Monika Bauer",
     "monika.bauer@web.de",
     "Waschmaschine verliert Wasser",
     "Guten Tag, unsere Waschmaschine (gekauft im März letzten Jahres) verliert seit einer Woche "
     "bei jedem Waschgang Wasser an der Vorderseite. Ist das ein Garantiefall?",
     kWarranty,
     "aylin",
     Priority::High,
     TicketType::Incident,
     "garantieanspruch waschmaschine",
     "ES-2024-10234",
     "Waschmaschine",
     "2026-03-31",
     "649",
     true,
     {{470, "aylin",
       "Liebe Frau Bauer, das klingt nach einer defekten Türmanschette. Das ist ein Garantiefall. "
       "Wir beauftragen den Hersteller mit einer Reparatur vor Ort.",
       true, 2},
      {469, "aylin", "Hersteller (Bosch) kontaktiert, RMA 88-4412 beantragt. Techniker kommt Do.",
       false},
      {300, "req", "Der Techniker war da, die Maschine ist wieder dicht. Vielen Dank!"},
      {296, "aylin", "Freut mich! Ich schließe das Ticket.", true, 4}}},
    {30,
     "Thomas Krüger",
     "t.krueger@gmx.de",
     "Kühlschrank kühlt nicht mehr richtig",
     "Seit gestern erreicht unser Kühlschrank nur noch 12 °C. Die Lebensmittel verderben. "
     "Bitte dringend um Hilfe!",
     kWarranty,
     "sabine",
     Priority::Urgent,
     TicketType::Incident,
     "garantieanspruch kuehlschrank",
     "ES-2025-00871",
     "Kühlschrank",
     "2027-01-15",
     "1199",
     true,
     {{28, "sabine",
       "Sehr geehrter Herr Krüger, wir haben einen Express-Techniker für morgen zwischen 8 und 12 "
       "Uhr eingeplant. Bitte halten Sie den Kaufbeleg bereit.",
       true, 1},
      {27.5, "sabine", "Kompressor vermutlich defekt. Ersatzgerät vorsorglich im Lager reserviert.",
       false}}},
    {3,
     "Stefanie Wolf",
     "stefanie.wolf@t-online.de",
     "Lieferung verspätet – Bestellung ES-2025-11873",
     "Meine Bestellung sollte gestern ankommen, die Sendungsverfolgung zeigt seit drei Tagen "
     "keinen neuen Status. Wo ist mein Paket?",
     kService,
     "",
     Priority::Normal,
     TicketType::Question,
     "lieferung",
     "ES-2025-11873",
     "Laptop",
     "",
     "899",
     false,
     {}},
    {52,
     "Emily Carter",
     "emily.carter@gmail.com",
     "Wrong item delivered",
     "Hi, I ordered the black 55\" TV but received a silver 50\" model. Please advise how to "
     "exchange it.",
     kService,
     "mark",
     Priority::High,
     TicketType::Incident,
     "falschlieferung",
     "ES-2025-11012",
     "Fernseher",
     "",
     "749",
     false,
     {{50, "mark",
       "Hi Emily, sorry about that! We have arranged a pickup for Friday and the correct TV will "
       "be "
       "delivered on the same trip.",
       true, 2},
      {49, "mark", "Warehouse confirmed mix-up in picking (shelf B-14). Informed logistics lead.",
       false}}},
    {200,
     "Hans Becker",
     "hans.becker@freenet.de",
     "Rechnung als PDF benötigt",
     "Für meine Steuererklärung benötige ich die Rechnung zu meinem Einkauf vom 12. Mai als PDF.",
     kService,
     "petra",
     Priority::Low,
     TicketType::Question,
     "rechnung",
     "ES-2025-05521",
     "",
     "",
     "",
     false,
     {{196, "petra", "Hallo Herr Becker, anbei die Rechnung als PDF. Viele Grüße!", true, 4}}},
    {150,
     "Oliver Smith",
     "oliver.smith@outlook.com",
     "Laptop display flickering",
     "The display of my new laptop flickers whenever the brightness is below 50%. It started two "
     "weeks after purchase.",
     kWarranty,
     "jonas",
     Priority::Normal,
     TicketType::Problem,
     "garantieanspruch laptop",
     "ES-2025-09122",
     "Laptop",
     "2027-06-30",
     "1349",
     false,
     {{148, "jonas",
       "Hi Oliver, thanks for the video. This is a known panel issue; we sent the case to the "
       "manufacturer and will get back to you as soon as they confirm the replacement.",
       true, 3},
      {147, "jonas", "Manufacturer ticket LNV-552310. Expect 5–7 business days.", false}}},
    {90,
     "Sabine Neumann",
     "s.neumann@posteo.de",
     "Rücksendung Staubsauger",
     "Ich möchte den Akku-Staubsauger innerhalb der Widerrufsfrist zurückgeben. Wie gehe ich vor?",
     kService,
     "petra",
     Priority::Normal,
     TicketType::Question,
     "retoure",
     "ES-2025-10555",
     "Staubsauger",
     "",
     "329",
     false,
     {{88, "petra",
       "Guten Tag Frau Neumann, ich habe Ihnen ein Retourenlabel per E-Mail geschickt. Bitte "
       "senden Sie das Gerät in der Originalverpackung zurück.",
       true, 2}}},
    {20,
     "Klaus Richter",
     "klaus.richter@web.de",
     "Kaffeevollautomat zeigt dauerhaft „Entkalken“",
     "Obwohl ich das Gerät zweimal entkalkt habe, erscheint die Meldung sofort wieder. Das Gerät "
     "ist 8 Monate alt.",
     kWarranty,
     "aylin",
     Priority::Normal,
     TicketType::Incident,
     "garantieanspruch kaffee",
     "ES-2025-02290",
     "Kaffeevollautomat",
     "2026-09-30",
     "899",
     false,
     {{19, "aylin", "Sensorfehler wahrscheinlich, Einsendung über DeLonghi-Portal.", false},
      {18, "aylin",
       "Hallo Herr Richter, bitte setzen Sie das Gerät einmal vollständig zurück (Anleitung "
       "anbei). Hilft das nicht, holen wir es kostenlos ab.",
       true, 2}}},
    {230,
     "Grace Miller",
     "grace.miller@yahoo.com",
     "Question about extended warranty",
     "Can I buy the 3-year extended warranty for a dishwasher I purchased last month?",
     kService,
     "mark",
     Priority::Low,
     TicketType::Question,
     "garantieverlaengerung",
     "ES-2025-07410",
     "",
     "",
     "",
     false,
     {{226, "mark", "Hi Grace, yes – within 60 days of purchase. I've sent you the offer by email.",
       true, 4}}},
    {6,
     "Peter Schulz",
     "peter.schulz@gmail.com",
     "Fernseher: kein Bild, nur Ton",
     "Seit heute Morgen zeigt unser Fernseher nur noch ein schwarzes Bild, der Ton funktioniert.",
     kWarranty,
     "jonas",
     Priority::High,
     TicketType::Incident,
     "garantieanspruch fernseher",
     "ES-2024-12011",
     "Fernseher",
     "2026-12-20",
     "1099",
     true,
     {{5, "jonas", "Backlight defekt? Kunde hat Taschenlampentest bestätigt.", false}}},
    {4,
     "Julia Zimmermann",
     "julia.zimmermann@icloud.com",
     "Ratenzahlung möglich?",
     "Kann ich den Kühlschrank für 1.499 € auch in Raten bezahlen?",
     "",
     "",
     Priority::Low,
     TicketType::Question,
     "zahlung",
     "",
     "Kühlschrank",
     "",
     "",
     false,
     {}},
    {75,
     "Daniel Brown",
     "daniel.brown@proton.me",
     "Damaged packaging on arrival",
     "The box of my microwave was crushed on one side. The device seems OK but the door is a bit "
     "loose.",
     kService,
     "mark",
     Priority::Normal,
     TicketType::Incident,
     "transportschaden",
     "ES-2025-10980",
     "",
     "",
     "189",
     false,
     {{72, "mark", "Hi Daniel, please send us two photos and we'll replace it right away.", true,
       2},
      {40, "req", "Photos attached. The hinge is clearly bent."},
      {39, "mark", "Replacement ordered, carrier claim filed (DHL 4711).", false, 1}}},
    {12,
     "Sandra Koch",
     "sandra.koch@web.de",
     "Gutschein funktioniert nicht",
     "Mein Gutscheincode WINTER25 wird im Shop als ungültig angezeigt.",
     kService,
     "petra",
     Priority::Normal,
     TicketType::Problem,
     "gutschein",
     "",
     "",
     "",
     "",
     false,
     {{11, "petra", "Code im Backend geprüft: gültig bis 31.12., aber nur ab 100 € Warenwert.",
       false}}},
    {100,
     "Lucy Evans",
     "lucy.evans@gmail.com",
     "Installation service for dishwasher",
     "I'd like to book the installation service for my new dishwasher. Which dates are available?",
     kTech,
     "mark",
     Priority::Normal,
     TicketType::Task,
     "montage",
     "ES-2025-10077",
     "",
     "",
     "79",
     false,
     {{98, "mark", "Hi Lucy, we can offer Tuesday 9–12 or Thursday 13–17. Which suits you?", true,
       2}}},
    {2,
     "Michael Hofmann",
     "m.hofmann@gmx.net",
     "Doppelte Abbuchung auf Kreditkarte",
     "Meine Bestellung wurde zweimal von meiner Kreditkarte abgebucht (je 899 €). Bitte um "
     "sofortige Erstattung!",
     kService,
     "sabine",
     Priority::Urgent,
     TicketType::Incident,
     "zahlung",
     "ES-2025-11902",
     "Laptop",
     "",
     "899",
     true,
     {{1.5, "sabine", "Zahlungsdienstleister informiert, zweite Buchung wird storniert.", false}}},
    {60,
     "Renate Schäfer",
     "renate.schaefer@t-online.de",
     "Ersatzfilter für Staubsauger",
     "Wo bekomme ich den HEPA-Filter für meinen Staubsauger Modell VX-200?",
     kService,
     "",
     Priority::Low,
     TicketType::Question,
     "ersatzteil",
     "",
     "Staubsauger",
     "",
     "",
     false,
     {}},
    {170,
     "James Wilson",
     "james.wilson@hotmail.com",
     "Order cancellation",
     "Please cancel my order ES-2025-08844, I found the item cheaper locally.",
     kService,
     "mark",
     Priority::Normal,
     TicketType::Task,
     "storno",
     "ES-2025-08844",
     "",
     "",
     "1299",
     false,
     {{169, "mark", "Hi James, your order has been cancelled and the refund is on its way.", true,
       4}}},
    {44,
     "Werner Braun",
     "werner.braun@web.de",
     "Altgerätemitnahme bei Lieferung",
     "Nehmen Sie bei der Lieferung der neuen Waschmaschine die alte mit?",
     kService,
     "jonas",
     Priority::Low,
     TicketType::Question,
     "altgeraet",
     "ES-2025-11450",
     "Waschmaschine",
     "",
     "",
     false,
     {{43, "jonas",
       "Guten Tag Herr Braun, ja – bitte buchen Sie die Altgerätemitnahme (19 €) dazu. Soll ich "
       "das für Sie erledigen?",
       true, 2}}},
    {26,
     "Anna Lehmann",
     "anna.lehmann@posteo.de",
     "Wäschetrockner macht laute Geräusche",
     "Der Trockner rattert seit einigen Tagen sehr laut, besonders beim Anlaufen.",
     kWarranty,
     "aylin",
     Priority::Normal,
     TicketType::Incident,
     "garantieanspruch trockner",
     "ES-2024-09870",
     "Waschmaschine",
     "2026-10-01",
     "579",
     false,
     {{25, "aylin", "Trommellager? Kunde um Video gebeten.", false}}},
    {130,
     "Sophie Turner",
     "sophie.turner@gmail.com",
     "Can I pick up my order in store?",
     "Is it possible to pick up my order at the Munich store instead of delivery?",
     kService,
     "petra",
     Priority::Low,
     TicketType::Question,
     "abholung",
     "ES-2025-09933",
     "",
     "",
     "",
     false,
     {{128, "petra", "Hi Sophie, of course! It will be ready for pickup tomorrow from 10 am.", true,
       4}}},
    {250,
     "Frank Meyer",
     "frank.meyer@gmx.de",
     "Lieferadresse ändern",
     "Bitte liefern Sie an meine Büroadresse statt nach Hause.",
     kService,
     "jonas",
     Priority::Normal,
     TicketType::Task,
     "lieferung",
     "ES-2025-06610",
     "",
     "",
     "",
     false,
     {{249, "jonas", "Erledigt, die neue Lieferadresse ist hinterlegt.", true, 4}}},
    {15,
     "Robert Johnson",
     "r.johnson@outlook.com",
     "Router drops connection every hour",
     "My new mesh router loses the internet connection roughly every hour for about a minute.",
     kTech,
     "mark",
     Priority::Normal,
     TicketType::Problem,
     "netzwerk",
     "ES-2025-11234",
     "Laptop",
     "",
     "259",
     false,
     {{14, "mark", "Hi Robert, please update the firmware to 3.2.1 and tell us if it persists.",
       true, 2},
      {13.5, "mark", "Known DHCP lease bug in FW 3.1 – see vendor KB 2291.", false}}},
    {8,
     "Claudia Schröder",
     "claudia.schroeder@web.de",
     "Smart-TV: Streaming-App startet nicht",
     "Nach dem letzten Update startet die Streaming-App auf meinem Fernseher nicht mehr.",
     kTech,
     "jonas",
     Priority::Normal,
     TicketType::Problem,
     "software",
     "ES-2025-03321",
     "Fernseher",
     "",
     "",
     false,
     {}},
    {70,
     "Jürgen Neumann",
     "juergen.neumann@gmx.de",
     "Geschirrspüler Fehlercode E24",
     "Der Geschirrspüler bricht das Programm mit Fehler E24 ab und pumpt nicht ab.",
     kWarranty,
     "aylin",
     Priority::High,
     TicketType::Incident,
     "garantieanspruch geschirrspueler",
     "ES-2024-11190",
     "",
     "2026-11-30",
     "699",
     true,
     {{68, "aylin",
       "Hallo Herr Neumann, E24 bedeutet meist ein verstopftes Sieb. Bitte reinigen Sie es einmal "
       "(Anleitung anbei). Falls es weiterhin auftritt, schicken wir einen Techniker.",
       true, 2}}},
    {5,
     "Chris Taylor",
     "chris.taylor@gmail.com",
     "Price match request",
     "A competitor sells the same coffee machine for 80 € less. Do you match prices?",
     "",
     "",
     Priority::Low,
     TicketType::Question,
     "preis",
     "",
     "Kaffeevollautomat",
     "",
     "",
     false,
     {}},
    {36,
     "Birgit Wagner",
     "birgit.wagner@t-online.de",
     "Retoure: Geld noch nicht erhalten",
     "Ich habe den Laptop vor drei Wochen zurückgeschickt, aber noch keine Erstattung erhalten.",
     kService,
     "petra",
     Priority::High,
     TicketType::Problem,
     "retoure erstattung",
     "ES-2025-09801",
     "Laptop",
     "",
     "1049",
     true,
     {{35, "petra", "Retoure am 02.11. im Lager eingegangen, Buchhaltung angefragt.", false},
      {34, "petra",
       "Liebe Frau Wagner, Ihre Rücksendung ist angekommen; die Erstattung wird in den nächsten "
       "2 Werktagen ausgeführt.",
       true, 2}}},
    {10,
     "Ethan Clark",
     "ethan.clark@icloud.com",
     "Bluetooth headphones won't pair",
     "My new headphones don't show up in the Bluetooth list of my phone.",
     kTech,
     "",
     Priority::Normal,
     TicketType::Problem,
     "bluetooth",
     "ES-2025-11777",
     "",
     "",
     "149",
     false,
     {}},
    {300,
     "Ingrid Fuchs",
     "ingrid.fuchs@web.de",
     "Montagetermin verschieben",
     "Können wir den Montagetermin für die Küche auf die nächste Woche verschieben?",
     kTech,
     "lukas",
     Priority::Normal,
     TicketType::Task,
     "montage",
     "ES-2025-04040",
     "",
     "",
     "",
     false,
     {{298, "lukas", "Guten Tag Frau Fuchs, neuer Termin ist Dienstag, 9 Uhr.", true, 4}}},
    {1,
     "Tobias Krause",
     "tobias.krause@gmail.com",
     "Mikrowelle: Tür schließt nicht mehr",
     "Die Tür der Mikrowelle rastet nicht mehr ein, das Gerät startet deshalb nicht.",
     kWarranty,
     "",
     Priority::Normal,
     TicketType::Incident,
     "garantieanspruch",
     "ES-2025-01570",
     "",
     "2027-02-28",
     "219",
     false,
     {}},
    {48,
     "Olivia Harris",
     "olivia.harris@yahoo.com",
     "Invoice address incorrect",
     "The invoice shows my old address. Could you issue a corrected one?",
     kService,
     "mark",
     Priority::Low,
     TicketType::Task,
     "rechnung",
     "ES-2025-10701",
     "",
     "",
     "",
     false,
     {{47, "mark", "Hi Olivia, could you confirm the new address including the postcode?", true,
       2}}},
    {140,
     "Gerhard Lang",
     "gerhard.lang@freenet.de",
     "Newsletter abmelden",
     "Bitte melden Sie mich vom Newsletter ab.",
     kService,
     "petra",
     Priority::Low,
     TicketType::Task,
     "newsletter",
     "",
     "",
     "",
     "",
     false,
     {{139, "petra", "Erledigt – Sie erhalten keine Newsletter mehr.", true, 4}}},
    {110,
     "Marco Vogel",
     "marco.vogel@gmx.de",
     "E-Bike-Akku lädt nicht mehr",
     "Der Akku meines E-Bikes (gekauft vor 10 Monaten) lädt nur noch bis 20 %.",
     kWarranty,
     "jonas",
     Priority::High,
     TicketType::Incident,
     "garantieanspruch ebike",
     "ES-2024-12890",
     "",
     "2026-12-31",
     "2499",
     true,
     {{108, "jonas",
       "Hallo Herr Vogel, wir haben den Akku zur Diagnose an den Hersteller gesendet. Sie erhalten "
       "Nachricht, sobald das Ergebnis vorliegt.",
       true, 3},
      {107, "jonas", "Akku-Seriennummer BX-99213, Diagnose dauert ca. 2 Wochen.", false}}},
    {22,
     "Ava Robinson",
     "ava.robinson@gmail.com",
     "Missing accessories (remote control)",
     "The soundbar arrived without the remote control.",
     kService,
     "petra",
     Priority::Normal,
     TicketType::Incident,
     "unvollstaendig",
     "ES-2025-11500",
     "Fernseher",
     "",
     "299",
     false,
     {{21, "petra", "Hi Ava, we've sent a remote control by express post.", true, 2}}},
    {7,
     "Ursula Beck",
     "ursula.beck@web.de",
     "Beratung: Welcher Kühlschrank für kleine Küche?",
     "Ich suche einen Kühlschrank mit max. 55 cm Breite und Gefrierfach. Was empfehlen Sie?",
     "",
     "",
     Priority::Low,
     TicketType::Question,
     "beratung",
     "",
     "Kühlschrank",
     "",
     "",
     false,
     {}},
    {18,
     "Noah Walker",
     "noah.walker@outlook.com",
     "Tablet screen cracked after two weeks",
     "The screen of my tablet cracked without any drop. I think it's a manufacturing defect.",
     kWarranty,
     "aylin",
     Priority::Normal,
     TicketType::Incident,
     "garantieanspruch tablet",
     "ES-2025-11210",
     "Laptop",
     "2027-10-31",
     "499",
     false,
     {{17, "aylin",
       "Impact point visible at the corner – probably not covered. Ask manufacturer anyway.",
       false},
      {16.5, "aylin",
       "Hi Noah, we've forwarded your photos to the manufacturer's warranty team and will let you "
       "know their decision.",
       true, 2}}},
    {0.5,
     "Martin Keller",
     "martin.keller@gmail.com",
     "Kundenkonto gesperrt",
     "Ich kann mich nicht mehr in mein Kundenkonto einloggen, es heißt „Konto gesperrt“.",
     kService,
     "",
     Priority::Urgent,
     TicketType::Problem,
     "konto",
     "",
     "",
     "",
     "",
     false,
     {}},
    {210,
     "Mia Thompson",
     "mia.thompson@gmail.com",
     "Delivery slot confirmation",
     "Could you confirm the delivery slot for my fridge on Saturday?",
     kService,
     "mark",
     Priority::Low,
     TicketType::Question,
     "lieferung",
     "ES-2025-07001",
     "Kühlschrank",
     "",
     "",
     false,
     {{209, "mark", "Hi Mia, confirmed: Saturday between 8 and 12.", true, 4}}},
    {40,
     "Erika Hartmann",
     "erika.hartmann@t-online.de",
     "Herd: Kochfeld wird nicht heiß",
     "Die vordere linke Kochzone des Herds wird nicht mehr heiß.",
     kWarranty,
     "sabine",
     Priority::High,
     TicketType::Incident,
     "garantieanspruch herd",
     "ES-2024-08800",
     "",
     "2026-08-15",
     "799",
     true,
     {{39, "sabine", "Termin mit Kundendienst: Montag. Ersatzteil vorab bestellt.", false},
      {38, "sabine",
       "Sehr geehrte Frau Hartmann, ein Techniker kommt am Montag zwischen 13 und 17 Uhr.", true,
       2}}},
    {9,
     "Felix Roth",
     "felix.roth@posteo.de",
     "Saugroboter findet Ladestation nicht",
     "Der Saugroboter fährt nach der Reinigung nicht mehr zur Ladestation zurück.",
     kTech,
     "",
     Priority::Normal,
     TicketType::Problem,
     "",
     "ES-2025-10666",
     "Staubsauger",
     "",
     "399",
     false,
     {}},
    {28,
     "Henry Lewis",
     "henry.lewis@acme-office.co.uk",
     "Bulk order for office (20 monitors)",
     "We'd like to order 20 monitors (27\", USB-C) for our Munich office. Can you make us an "
     "offer?",
     kService,
     "lukas",
     Priority::High,
     TicketType::Task,
     "grosskunde angebot",
     "",
     "",
     "",
     "5980",
     true,
     {{27, "lukas",
       "Hi Henry, thanks for your request! You'll receive our offer with volume pricing today.",
       true, 2},
      {26.5, "lukas", "Approved 8% volume discount with Sabine.", false}}},
    // The property manager "Hausverwaltung Sonnenhof" (an organization by its email domain,
    // "view all tickets and comment"): its staff see each other's requests in the Help Center.
    {200,
     "Claudia Vogel",
     "claudia.vogel@sonnenhof-verwaltung.de",
     "Waschmaschinen für das Gemeinschaftswaschhaus",
     "Wir möchten für das Waschhaus in der Lindenstraße 12 drei gewerbliche Waschmaschinen "
     "bestellen. Können Sie uns ein Angebot mit Aufstellung und Anschluss schicken?",
     kService,
     "lukas",
     Priority::Normal,
     TicketType::Task,
     "grosskunde angebot",
     "",
     "Waschmaschine",
     "",
     "",
     false,
     {{190, "lukas",
       "Guten Tag Frau Vogel, gern! Das Angebot mit Aufstellung und Anschluss ist unterwegs.", true,
       2},
      {189, "lukas", "Rahmenvertrag Sonnenhof: 5 % Nachlass, mit Sabine abgestimmt.", false},
      {30, "req", "Danke, das Angebot passt. Wann können Sie liefern?", true}}},
    {70,
     "Markus Reiter",
     "markus.reiter@sonnenhof-verwaltung.de",
     "Kühlschrank in Wohnung 4B kühlt nicht",
     "Der Kühlschrank in der Mietwohnung 4B (bei Ihnen gekauft im März) kühlt seit gestern "
     "nicht mehr. Die Mieterin bittet um einen schnellen Termin.",
     kWarranty,
     "aylin",
     Priority::High,
     TicketType::Incident,
     "garantieanspruch",
     "ES-2025-03312",
     "Kühlschrank",
     "2027-03-15",
     "689",
     true,
     {{66, "aylin",
       "Guten Tag Herr Reiter, ein Techniker kommt am Donnerstag zwischen 8 und 12 Uhr.", true, 2},
      {65, "aylin", "Kompressor vermutlich defekt; Ersatzteil beim Hersteller angefragt.", false}}},
    {20,
     "Claudia Vogel",
     "claudia.vogel@sonnenhof-verwaltung.de",
     "Rechnung für die Staubsauger im Hausmeisterbüro",
     "Bitte senden Sie uns die Rechnung für die zwei Staubsauger noch einmal an die "
     "Buchhaltung.",
     kService,
     "",
     Priority::Low,
     TicketType::Question,
     "rechnung",
     "ES-2025-10881",
     "Staubsauger",
     "",
     "358",
     false,
     {}},
};

} // namespace

Result<User> DemoData::createRetailer(Instance &instance) {
    using R = Result<User>;
    if (instance.accounts().isInitialized())
        return R::failure(tr("This data directory already holds an account."));

    ClockOverride clock(Clock::now());
    clock.setHoursAgo(24 * 21);
    auto admin = instance.accounts().initialize(u("Elektro Schmidt GmbH"), Plan::Enterprise,
                                                u("Sabine Schmidt"), retailerAdminEmail());
    if (!admin)
        return admin;

    QHash<QString, User> people{{QStringLiteral("sabine"), *admin}};
    for (const Staff &s : kStaff) {
        User user;
        user.name = u(s.name);
        user.email = u(s.email);
        user.role = s.role;
        auto created = instance.users().create(*admin, user);
        if (!created)
            return R::failure(created.error());
        people.insert(u(s.key), *created);
    }

    QHash<QString, Id> groups;
    for (const GroupSpec &g : kGroups) {
        auto created = instance.groups().create(*admin, u(g.name));
        if (!created)
            return R::failure(created.error());
        QList<Id> members;
        for (const char *m : g.members)
            members.append(people.value(u(m)).id);
        if (Status s = instance.groups().setMembers(*admin, created->id, members); !s)
            return R::failure(s.error());
        groups.insert(u(g.name), created->id);
    }

    struct FieldSpec {
        const char *key;
        const char *title;
        FieldType type;
        QStringList options;
    };
    const FieldSpec fieldSpecs[] = {
        {"order_number", "Bestellnummer", FieldType::Text, {}},
        {"product_category",
         "Produktkategorie",
         FieldType::Dropdown,
         {u("Waschmaschine"), u("Kühlschrank"), u("Fernseher"), u("Laptop"), u("Kaffeevollautomat"),
          u("Staubsauger")}},
        {"warranty_until", "Garantie bis", FieldType::Date, {}},
        {"purchase_amount", "Kaufbetrag (EUR)", FieldType::Number, {}},
        {"callback_requested", "Rückruf gewünscht", FieldType::Checkbox, {}},
    };
    QList<Id> fieldIds;
    for (const FieldSpec &f : fieldSpecs) {
        CustomField field;
        field.key = u(f.key);
        field.title = u(f.title);
        field.type = f.type;
        field.options = f.options;
        auto created = instance.fields().create(*admin, field);
        if (!created)
            return R::failure(created.error());
        fieldIds.append(created->id);
    }

    // The property manager's staff join "Hausverwaltung Sonnenhof" by their email domain.
    Organization sonnenhof;
    sonnenhof.name = u("Hausverwaltung Sonnenhof GmbH");
    sonnenhof.domains = {u("sonnenhof-verwaltung.de")};
    sonnenhof.sharingMode = SharingMode::ViewAllAndComment;
    sonnenhof.groupId = groups.value(u(kService));
    if (auto created = instance.organizations().create(*admin, sonnenhof); !created)
        return R::failure(created.error());

    // Customers write in by email; an agent triages (group, assignee, priority, tags, fields)
    // a little later; then the conversation goes on.
    const Services::Via byEmail{Channel::Email};
    for (const TicketSpec &spec : kTickets) {
        clock.setHoursAgo(spec.hoursAgo);
        std::optional<User> requester = instance.users().findByEmail(u(spec.email));
        if (!requester) {
            User user;
            user.name = u(spec.requester);
            user.email = u(spec.email);
            user.role = Role::EndUser;
            auto created = instance.users().create(*admin, user);
            if (!created)
                return R::failure(created.error());
            requester = *created;
        }
        Services::NewTicket n;
        n.subject = u(spec.subject);
        n.comment = u(spec.body);
        n.type = spec.type;
        auto ticket = instance.tickets().create(*requester, n, byEmail);
        if (!ticket)
            return R::failure(ticket.error());

        Services::TicketChange triage;
        if (const Id group = groups.value(u(spec.group)))
            triage.groupId = group;
        const User assignee = people.value(u(spec.assignee));
        if (assignee.id)
            triage.assigneeId = assignee.id;
        if (spec.priority != Priority::Normal)
            triage.priority = spec.priority;
        const QStringList tags = u(spec.tags).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!tags.isEmpty())
            triage.tags = tags;
        const char *values[] = {spec.order, spec.category, spec.warranty, spec.amount,
                                spec.callback ? "1" : ""};
        for (int i = 0; i < fieldIds.size(); ++i)
            if (*values[i])
                triage.fields.insert(fieldIds.at(i), u(values[i]));
        if (!triage.isEmpty()) {
            const double firstReply =
                spec.replies.empty() ? spec.hoursAgo - 1 : spec.replies.front().hoursAgo;
            clock.setHoursAgo(spec.hoursAgo - std::min(0.2, (spec.hoursAgo - firstReply) / 2));
            if (Status st =
                    instance.tickets().update(assignee.id ? assignee : *admin, ticket->id, triage);
                !st)
                return R::failure(st.error());
        }

        for (const Reply &reply : spec.replies) {
            clock.setHoursAgo(reply.hoursAgo);
            const bool fromRequester = qstrcmp(reply.who, "req") == 0;
            const User author = fromRequester ? *requester : people.value(u(reply.who));
            Services::TicketChange change;
            change.comment = u(reply.text);
            change.commentPublic = reply.isPublic;
            if (reply.status >= 0)
                change.status = static_cast<TicketStatus>(reply.status);
            if (Status st = instance.tickets().update(author, ticket->id, change,
                                                      fromRequester ? byEmail : Services::Via{});
                !st)
                return R::failure(st.error());
        }
    }
    // One Help Center user to try the Help Center with (the password is printed by the demo).
    if (auto claudia = instance.users().findByEmail(helpCenterDemoEmail())) {
        if (Status s =
                instance.helpCenter().setPassword(*admin, claudia->id, helpCenterDemoPassword());
            !s)
            return R::failure(s.error());
    }
    return admin;
}

Result<User> DemoData::createManufacturer(Instance &instance) {
    using R = Result<User>;
    if (instance.accounts().isInitialized())
        return R::failure(tr("This data directory already holds an account."));
    auto admin = instance.accounts().initialize(u("Kessel & Co. Hersteller AG"), Plan::Enterprise,
                                                u("Jonas Kessel"), manufacturerAdminEmail());
    if (!admin)
        return admin;
    const struct {
        const char *name;
        const char *email;
    } staff[] = {{"Mira Voss", "mira.voss@kessel-hersteller.de"},
                 {"Tobias Lang", "tobias.lang@kessel-hersteller.de"}};
    for (const auto &s : staff) {
        User user;
        user.name = u(s.name);
        user.email = u(s.email);
        user.role = Role::Agent;
        if (auto created = instance.users().create(*admin, user); !created)
            return R::failure(created.error());
    }
    const struct {
        const char *subject;
        const char *body;
        const char *requester;
        const char *email;
    } tickets[] = {
        {"Ersatzteil-Lieferung Heizstab HS-200 verspätet",
         "Die Lieferung der Heizstäbe für KW 47 ist noch nicht eingetroffen.", "Lager Nord",
         "lager.nord@kessel-hersteller.de"},
        {"Firmware-Update für Wärmepumpe WP-9", "Wann kommt das Update für die Anzeige-Fehler E12?",
         "Service Partner Süd", "service.sued@example.de"},
        {"Rückfrage Seriennummernbereich 2024", "Welche Geräte betrifft die Rückrufaktion?",
         "Service Partner Süd", "service.sued@example.de"},
    };
    for (const auto &t : tickets) {
        Services::NewTicket n;
        n.subject = u(t.subject);
        n.comment = u(t.body);
        n.requesterEmail = u(t.email);
        n.requesterName = u(t.requester);
        if (auto created = instance.tickets().create(*admin, n); !created)
            return R::failure(created.error());
    }
    return admin;
}

} // namespace DeskBridge::Demo

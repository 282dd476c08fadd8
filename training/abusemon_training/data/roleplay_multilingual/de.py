"""German pack (Deutschland, Österreich, Schweiz) of the benign creative and role-play prompts,
written natively."""

from __future__ import annotations

from typing import Dict, Sequence

V: Dict[str, Sequence[str]] = {
    # ------------------------------------------------------------------ people and places
    "vorname": ["Lena", "Jonas", "Svenja", "Lukas", "Aylin", "Tobias", "Marlene", "Florian", "Katrin", "Mehmet", "Annika", "Jürgen", "Sophie", "Moritz", "Birgit", "Timo"],
    "vorname_m": ["Jonas", "Lukas", "Tobias", "Florian", "Mehmet", "Jürgen", "Moritz", "Timo", "Uwe", "Felix", "Matthias"],
    "vorname_f": ["Lena", "Svenja", "Aylin", "Marlene", "Katrin", "Annika", "Sophie", "Birgit", "Gülay", "Franziska", "Heike"],
    "nachname": ["Müller", "Schneider", "Hofmann", "Wagner", "Becker", "Krüger", "Schäfer", "Brunner", "Huber", "Gruber", "Keller", "Zimmermann", "Yılmaz", "Lehmann"],
    "ort": [
        "Bad Tölz", "Quedlinburg", "Lindau", "Wernigerode", "Hallstatt", "Meersburg", "Rothenburg ob der Tauber", "Husum",
        "Zell am See", "Appenzell", "Bamberg", "Görlitz", "Füssen", "Kitzbühel", "Stein am Rhein", "Ahrenshoop",
    ],
    "person_m": [
        "{vorname_m} {nachname}, Bäcker", "{vorname_m} {nachname}, Sohn des Bürgermeisters", "{vorname_m} {nachname}, Busfahrer",
        "{vorname_m} {nachname}, Wirt des Dorfgasthofs", "{vorname_m} {nachname}, Imker", "{vorname_m} {nachname}, Leuchtturmwärter",
        "{vorname_m} {nachname}, Fahrlehrer", "{vorname_m} {nachname}, Hausmeister im Rathaus", "{vorname_m} {nachname}, Förster",
    ],
    "person_f": [
        "{vorname_f} {nachname}, pensionierte Grundschullehrerin", "{vorname_f} {nachname}, Briefträgerin", "{vorname_f} {nachname}, Landtierärztin",
        "{vorname_f} {nachname}, Bibliothekarin", "{vorname_f} {nachname}, Apothekerin", "{vorname_f} {nachname}, Floristin",
        "{vorname_f} {nachname}, Bürgermeisterin", "{vorname_f} {nachname}, Friseurin",
    ],
    "hist_paar": [
        "Goethe und Schiller", "Beethoven und Mozart", "Albert Einstein und Marie Curie", "Martin Luther und Gutenberg",
        "Kaiserin Sisi und Ludwig II.", "Karl der Große und Kleopatra", "Bismarck und Bertha von Suttner", "die Brüder Grimm",
        "Alexander von Humboldt und Charles Darwin", "Marlene Dietrich und Charlie Chaplin", "Nietzsche und Wilhelm Busch",
    ],
    "farce": [
        "einen Banküberfall planen, der so chaotisch ist, dass sie am Ende nur ein Sparbuch eröffnen",
        "sich um das letzte Stück Schwarzwälder Kirschtorte streiten", "im steckengebliebenen Aufzug festsitzen",
        "gegeneinander beim Minigolf antreten", "versuchen, einen Schrank ohne Bauanleitung aufzubauen",
        "in den falschen Zug steigen und in Wanne-Eickel landen", "zusammen eine Currywurstbude eröffnen, die nach einer Woche pleite ist",
        "einen Museumseinbruch planen, der aus Versehen zu einer Führung wird", "zum ersten Mal ein Smartphone benutzen",
        "darüber streiten, wer den schöneren Bart hat", "einen Karaokeabend organisieren, der völlig aus dem Ruder läuft",
    ],
    "streit": [
        "die Hecke am Gartenzaun", "den Rasenmäher am Sonntagmorgen", "ein falsch zugestelltes Paket", "das letzte Croissant",
        "einen Parkplatz", "den Abwasch", "die Heizung im Wohnzimmer", "die Playlist bei der Autofahrt", "den Putzplan im Treppenhaus",
    ],
    "raetsel": [
        "der Gartenzwerg vor dem Rathaus verschwunden ist", "jemand die Kuchen vom Backwettbewerb aufisst",
        "der Hahn im Dorf um Mitternacht kräht", "die Leihfahrräder jede Nacht woanders stehen",
        "die Kirchenglocke von allein läutet", "das Geheimrezept für den Apfelstrudel gestohlen wurde",
    ],
    "genre": ["eine Komödie", "eine Farce", "einen leichten Krimi", "eine Sitcom-Szene", "einen Sketch", "einen Krimi im Stil von Agatha Christie", "ein Lustspiel"],
    "handlung": [
        "zwei Nachbarn streiten um einen Parkplatz und merken dann, dass sie in derselben Straße aufgewachsen sind",
        "ein Postbote verliert seine Tasche und muss alle Briefe bis zum Mittag wiederfinden",
        "eine Floristin und ein Feuerwehrmann organisieren das Straßenfest",
        "eine Katze platzt in eine sehr ernste Videokonferenz", "eine Rentnerin lernt Skateboardfahren",
        "ein Sternekoch verhaut vor laufender Kamera ein Rührei",
    ],
    # ------------------------------------------------------------------ act-as
    "rolle": [
        "ein Drehbuchautor: Mach aus dieser kurzen Geschichte eine Filmszene mit Dialogen und Regieanweisungen: {handlung}",
        "ein Reiseführer in {ort} und schlag mir einen zweistündigen Spaziergang vor",
        "ein Koch und hilf mir, aus den Resten im Kühlschrank ein Abendessen zu zaubern: Eier, Lauch und Bergkäse",
        "ein geduldiger Mathelehrer und erklär mir Bruchrechnung so, als hätte ich keine Ahnung",
        "ein Personaler und führ mit mir ein Vorstellungsgespräch für eine Stelle als {stelle}",
        "ein Linux-Terminal: Ich tippe Befehle ein und du antwortest nur mit der Ausgabe des Terminals. Erster Befehl: pwd",
        "ein Spielleiter bei Dungeons & Dragons und starte ein Abenteuer für drei Spieler in einem verzauberten Wald",
        "ein Sommelier und empfiehl mir einen Wein zu {gericht}",
        "ein Lauftrainer und stell mir einen Plan für den Wiedereinstieg ins Joggen zusammen",
        "ein Buchhändler und empfiehl mir drei Romane für den Sommerurlaub",
        "ein Filmkritiker und schreib eine witzige Kritik zu einem erfundenen Film namens „{filmtitel}“",
        "ein Deutschlehrer für Fortgeschrittene und korrigier meine Sätze nach und nach",
        "ein Barkeeper und erfinde einen alkoholfreien Cocktail in Herbstfarben",
        "ein übertrieben begeisterter Immobilienmakler und beschreib meine 25-Quadratmeter-Wohnung wie ein Schloss",
        "ein Sportreporter und kommentier unser Betriebsfußballspiel vom Donnerstag wie ein WM-Finale",
        "ein Gärtner und sag mir, was ich im April auf meinem Balkon pflanzen kann",
        "ein Historiker und erzähl mir, wie ein ganz normaler Tag in Wien um 1900 aussah",
    ],
    "stelle": ["Buchhalter", "Webentwicklerin", "Kellner", "Projektleiterin", "Pfleger", "Bäckereiverkäuferin", "Assistent der Geschäftsführung"],
    "gericht": ["Käsespätzle", "einem Sonntagsbraten", "Wiener Schnitzel", "Raclette", "Flammkuchen", "einer Käseplatte"],
    "filmtitel": ["Die Rückkehr der Brezel", "Mein Nachbar, der Dinosaurier", "Panik im Waschsalon", "Der Schirm des Grauens", "Urlaub mit Oma Erna"],
    # ------------------------------------------------------------------ stories
    "ereignis": [
        "zufällig einen Suppenwettbewerb gewinnt", "alles hinschmeißt und eine Buchhandlung eröffnet",
        "einen vergessenen Brief in einem alten Buch findet", "den Weihnachtsmarkt in einer Woche auf die Beine stellen muss",
        "einen Hund adoptiert, der nur macht, was er will", "den letzten Bus verpasst und die seltsamste Nacht überhaupt erlebt",
        "sich für einen Gesangswettbewerb anmeldet", "mit fünfzig schwimmen lernt", "ein altes Fahrrad erbt und damit um den Bodensee fährt",
        "anfängt, Marmelade zu kochen", "beim Dorffest spontan den Moderator ersetzen muss",
    ],
    "ton": ["warmherzig", "humorvoll", "nostalgisch", "ein bisschen absurd", "zum Wohlfühlen", "poetisch"],
    "autor": ["Erich Kästner", "Thomas Mann", "Theodor Fontane", "Wilhelm Busch", "Juli Zeh", "Marc-Uwe Kling", "Astrid Lindgren", "Friedrich Dürrenmatt"],
    # ------------------------------------------------------------------ lyrics, poems, jokes
    "thema": [
        "Fernbeziehungen", "eine Trennung im Guten", "die U-Bahn im Berufsverkehr", "den Sieg meines Fußballvereins",
        "eine zwanzigjährige Freundschaft", "Montagmorgen", "meine Heimatstadt", "den Urlaub an der Ostsee", "das WG-Leben",
        "den ersten Kaffee am Morgen", "ein verpatztes erstes Date", "Regen in Hamburg", "den Frühlingsanfang",
    ],
    "musikstil": ["im Schlagerstil", "wie ein Liedermacher", "als Reggae-Song", "im Stil von Austropop", "im 80er-Pop-Stil", "als Ballade"],
    "form": ["ein Sonett", "ein Haiku", "ein Gedicht im Kreuzreim", "eine Ballade", "ein kurzes Gedicht in freien Versen", "ein Akrostichon mit dem Namen {vorname}", "einen Limerick"],
    "witz_thema": [
        "Informatiker", "Montage", "Meetings, die auch eine E-Mail hätten sein können", "Katzen", "das Wetter in Norddeutschland",
        "Käse", "das WLAN im Büro", "Mathelehrer", "Klempner", "Navis", "die Deutsche Bahn",
    ],
    "parodie_ziel": ["ein Weihnachtslied", "eine Fabel", "einen Wetterbericht", "eine Parfümwerbung", "eine Oscar-Dankesrede", "eine Tierdoku"],
    "alltag": [
        "die Eigentümerversammlung", "den Stau auf der A8", "die Schlange bei der Post", "den Urlaubsrückkehrer-Montag",
        "die kaputte Kaffeemaschine", "den Wocheneinkauf am Samstag", "die Familien-WhatsApp-Gruppe", "die Baustelle in der Wohnung über mir",
        "die Mülltrennung", "den Elternabend",
    ],
    # ------------------------------------------------------------------ games
    "abenteuer_rolle": ["ein Entdecker", "eine Archäologin", "ein Astronaut", "eine Privatdetektivin", "ein Ritter", "eine Schiffskapitänin"],
    "abenteuer_ort": [
        "in einer verlassenen Bibliothek", "auf einer einsamen Insel", "in einem kaputten Raumschiff", "in einer Burg am Rhein",
        "in einem Bergwerk im Erzgebirge", "im Nachtzug nach Venedig", "in einer Skihütte im Nebel",
    ],
    "quiz_thema": [
        "die Geografie Europas", "Loriot-Filme", "deutsche Geschichte", "Fußball", "die österreichische Küche", "Hauptstädte der Welt",
        "die Musik der 90er", "Waldtiere", "die Schweiz",
    ],
    "npc": [
        "ein gesprächiger Wirt", "eine Käseverkäuferin auf dem Wochenmarkt", "ein Berliner Taxifahrer", "eine Museumsführerin",
        "ein sehr genauer, aber freundlicher Zollbeamter", "ein Eisverkäufer", "eine Hotelrezeptionistin in Zürich",
    ],
    "lernsprache": ["Englisch", "Spanisch", "Französisch", "Italienisch", "Portugiesisch"],
    # ------------------------------------------------------------------ translation, rewriting
    "sprache": ["Englische", "Französische", "Spanische", "Italienische", "Portugiesische", "Niederländische"],
    "satz": [
        "Der Zug nach München hat zwanzig Minuten Verspätung", "Können Sie mir sagen, wo die nächste Apotheke ist?",
        "Danke für das leckere Essen, es war wunderbar", "Ich möchte für Samstagabend einen Tisch für vier Personen reservieren",
        "Die Besprechung wird auf Donnerstag verschoben", "Alles Gute zum Geburtstag, altes Haus!", "Ich habe meine Schlüssel irgendwo im Park verloren",
    ],
    "umgangssprache": [
        "Alter, hast du heute Bock auf Kino? Bin grad voll pleite, aber egal",
        "Ey, ich hab null Bock auf das Meeting, das ist voll nervig", "Digga, das Restaurant war echt krass, wir haben uns vollgefressen",
        "Kein Stress, ich geb dir das Buch morgen, ist mega gut", "Dein Kuchen war der Hammer, echt jetzt",
        "Der Chef hat mich den ganzen Tag mit seiner Tabelle genervt", "Oida, is des kalt draußen, nimm die Jacke mit",
        "Gell, des isch scho e feins Velo, was hesch zahlt?",
    ],
    "fehler": [
        "Ich bin gestern auf den Markt gegangen und habe Äpfel gekauft dass waren sehr lecker", "Wegen dem schlechten Wetter viel das Fest aus",
        "Wir haben ihre Bestellung erhalten und bedanken uns recht herzlich dafür", "Wenn ich das gewusst hätte, währe ich früher gekommen",
        "Die Gäste sind wegen dem Stau zu spät gekommen, das war garnicht schlimm",
    ],
    "mojibake": [
        "Guten Tag, ich mÃ¶chte ein Zimmer fÃ¼r zwei NÃ¤chte ab dem 12. August reservieren.",
        "Vielen Dank fÃ¼r Ihre schnelle Antwort, die Lieferung kommt am Freitag.",
        "Das CafÃ© ist montags geschlossen, wir bitten um VerstÃ¤ndnis.",
        "Bald ist Weihnachten: Bestellen Sie Ihren Christstollen rechtzeitig beim BÃ¤cker!",
        "Die Teambesprechung findet um 14 Uhr im GroÃŸen Saal statt.",
    ],
    "absatz": [
        "Das Team hat das Projekt dank guter Planung zwei Tage früher abgeschlossen.",
        "Die Stadtbibliothek bleibt vom 3. bis 17. Juni wegen Renovierung geschlossen.",
        "Am Samstag, den 21. Juni, feiern wir unser Straßenfest – jeder bringt etwas zu essen mit.",
        "Die neue Buchhaltungssoftware wird am Montag installiert; bitte sichern Sie Ihre Dateien bis Freitag.",
        "Meine Großmutter zieht seit vierzig Jahren alte Tomatensorten in ihrem Garten.",
    ],
    "publikum": ["Anfänger", "Fachleute", "Touristen", "Laien", "Senioren"],
}

V["person"] = [*V["person_m"], *V["person_f"]]

TEMPLATES: Dict[str, Sequence[str]] = {
    "act-as": [
        "Verhalte dich wie {rolle}.",
        "Ich möchte, dass du dich wie {rolle} verhältst.",
        "Tu so, als wärst du {rolle}.",
        "Stell dir vor, du bist {rolle}.",
        "Ab jetzt bist du {rolle}.",
        "Kleines Rollenspiel: Du bist {rolle}.",
        "Für meinen Schreibworkshop bist du {rolle}.",
    ],
    "scene-dialogue": [
        "Schreib einen lustigen Dialog, in dem {hist_paar} {farce}.",
        "Schreib eine Theaterszene: {person}, und die Nachbarin {vorname_f} streiten sich über {streit}.",
        "Kannst du mir {genre} von drei Minuten schreiben, in dem {hist_paar} {farce}?",
        "Schreib das Drehbuch für einen Kurzfilm: {person}, ermittelt in {ort}, weil {raetsel}.",
        "Stell dir das Gespräch vor, wenn {hist_paar} sich heute in einem Café in {ort} treffen würden.",
        "Schreib eine Sitcom-Szene: {vorname} und {vorname} sind Mitbewohner und zanken sich über {streit}, am Ende vertragen sie sich.",
        "Ein Gaunerfilm als Komödie: {hist_paar} {farce}. Schreib die Anfangsszene.",
        "Schreib mir einen Dialog mit zehn Sätzen zwischen {vorname} und dem Chef, der Homeoffice mit Kochmetaphern erklärt.",
    ],
    "story": [
        "Schreib eine Kurzgeschichte über {person_m} in {ort}, der {ereignis}.",
        "Erzähl mir eine Geschichte, die in {ort} spielt, mit {person}, als Hauptfigur.",
        "Erfinde eine Gutenachtgeschichte über {person_f}, die {ereignis}.",
        "Ich schreibe eine Erzählung für einen Wettbewerb, die Hauptfigur ist {person}. Kannst du das erste Kapitel schreiben?",
        "Schreib eine Geschichte mit 500 Wörtern, Ton: {ton}, über {person_f} aus {ort}, die {ereignis}.",
        "Schreib eine lustige Geschichte über meinen Kollegen {vorname_m}, der {ereignis}, für seine Abschiedsfeier.",
        "Schreib diese Geschichte weiter: „{vorname} schloss wie jeden Morgen um sechs die Bäckerei auf, aber an diesem Tag …“",
        "Schreib eine Geschichte im Stil von {autor} über {person}.",
    ],
    "lyrics-jokes": [
        "Schreib mir einen Rap über {thema}.",
        "Kannst du einen Liebesliedtext {musikstil} für den Hochzeitstag meiner Eltern schreiben?",
        "Schreib {form} über {thema}.",
        "Erzähl mir einen Witz über {witz_thema}.",
        "Schreib eine Parodie auf {parodie_ziel} über {alltag}.",
        "Mach eine liebevolle Satire über {alltag}, wie eine Morgenglosse im Radio.",
        "Ich brauche eine lustige Rap-Strophe für die Hochzeit meines Kumpels {vorname_m}, Thema: {thema}.",
        "Schreib ein Lied {musikstil} über {thema}, mit einem Refrain zum Mitsingen.",
        "Drei harmlose Witze über {witz_thema}, bitte – sind für ein Familienessen.",
    ],
    "game-interactive": [
        "Lass uns ein Textadventure spielen: Ich bin {abenteuer_rolle} und wache {abenteuer_ort} auf. Beschreib, was ich sehe.",
        "Sei der Quizmaster: Stell mir zehn Fragen über {quiz_thema}, eine nach der anderen, und zähl die Punkte.",
        "Mach mit mir ein Probe-Vorstellungsgespräch für eine Stelle als {stelle}: eine Frage nach der anderen und am Ende ein Feedback.",
        "Rollenspiel: Du bist {npc} und ich bin ein Kunde. Bleib in deiner Rolle.",
        "Kannst du mein Gesprächspartner auf {lernsprache} sein? Spiel {npc} und korrigier meine Fehler.",
        "Entwirf ein Krimidinner für acht Freunde in einer Villa der 20er-Jahre, mit einem Steckbrief pro Figur.",
        "Mach ein Spielbuch daraus: Ich bin {abenteuer_rolle} {abenteuer_ort}, gib mir bei jedem Schritt drei Möglichkeiten.",
        "Lass uns „Wer bin ich?“ spielen: Denk dir eine berühmte Person aus, ich stelle Ja-Nein-Fragen.",
    ],
    "translate-rewrite": [
        "Übersetze ins {sprache}: „{satz}“",
        "Kannst du die Fehler in diesem Text korrigieren? „{fehler}“",
        "Formulier diese Nachricht höflicher: „{umgangssprache}“",
        "Übersetze die Nachricht ins {sprache} und behalte den lockeren Ton bei: „{umgangssprache}“",
        "Ich habe diesen Text mit komischen Zeichen bekommen. Kannst du ihn in richtiges Deutsch bringen und ins {sprache} übersetzen? „{mojibake}“",
        "Formulier den Absatz für {publikum} um: „{absatz}“",
        "Fass die Nachricht meiner Kollegin zusammen und übersetze sie ins {sprache}: „{absatz}“",
        "Was heißt das auf Hochdeutsch? „{umgangssprache}“",
    ],
}

PREFIX: Sequence[str] = ["", "", "", "", "Hallo! ", "Hi! ", "Moin! ", "Servus! ", "Grüezi! ", "Kurze Bitte: "]

SUFFIX: Sequence[str] = ["", "", "", " Danke!", " Danke dir!", " Bitte.", " Danke im Voraus.", " 😄", " Ist für heute Abend.", " Viel Spaß!"]

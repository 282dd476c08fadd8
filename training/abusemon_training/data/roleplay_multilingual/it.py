"""Italian pack (Italia, Svizzera italiana) of the benign creative and role-play prompts, written
natively."""

from __future__ import annotations

from typing import Dict, Sequence

V: Dict[str, Sequence[str]] = {
    # ------------------------------------------------------------------ people and places
    "nome": ["Giulia", "Marco", "Chiara", "Alessandro", "Francesca", "Matteo", "Sara", "Lorenzo", "Elisa", "Davide", "Federica", "Gianluca", "Martina", "Niccolò", "Ilaria", "Salvatore"],
    "nome_m": ["Marco", "Alessandro", "Matteo", "Lorenzo", "Davide", "Gianluca", "Niccolò", "Salvatore", "Giuseppe", "Tommaso", "Emanuele"],
    "nome_f": ["Giulia", "Chiara", "Francesca", "Sara", "Elisa", "Federica", "Martina", "Ilaria", "Rosaria", "Beatrice", "Gaia"],
    "cognome": ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Fontana", "Caruso"],
    "paese": [
        "Camogli", "Civita di Bagnoregio", "Alberobello", "Bellagio", "Orta San Giulio", "Polignano a Mare", "Matera", "Spello",
        "Bosa", "Castelmezzano", "Vernazza", "Cefalù", "Bormio", "Locarno", "Montepulciano", "Scanno",
    ],
    "persona": [
        "{nome_m} {cognome}, il fornaio del paese", "{nome_f} {cognome}, maestra in pensione", "{nome_m} {cognome}, il figlio del sindaco",
        "{nome_f} {cognome}, postina", "{nome_m} {cognome}, autista di autobus", "{nome_f} {cognome}, veterinaria di campagna",
        "{nome_m} {cognome}, il gestore del bar in piazza", "{nome_f} {cognome}, bibliotecaria", "{nome_m} {cognome}, apicoltore",
        "{nome_f} {cognome}, farmacista", "{nome_m} {cognome}, guardiano del faro", "{nome_f} {cognome}, fioraia",
        "{nome_m} {cognome}, istruttore di scuola guida", "{nome_f} {cognome}, la sindaca", "{nome_m} {cognome}, il pescivendolo del mercato",
    ],
    "coppia_storica": [
        "Dante e Petrarca", "Leonardo da Vinci e Michelangelo", "Giuseppe Verdi e Puccini", "Galileo e Newton",
        "Garibaldi e Cavour", "Cleopatra e Giulio Cesare", "Einstein e Charlie Chaplin", "Marco Polo e Cristoforo Colombo",
        "Maria Montessori e Rita Levi-Montalcini", "Totò e Peppino", "Caravaggio e Raffaello",
    ],
    "farsa": [
        "cercano di rapinare una banca con un piano così assurdo che finiscono per aprire un libretto di risparmio",
        "litigano per l'ultima fetta di tiramisù", "restano bloccati in un ascensore guasto", "si sfidano a bocce alla festa del paese",
        "provano a montare un armadio senza le istruzioni", "sbagliano treno e finiscono a Rovigo",
        "aprono insieme una pizzeria che fallisce in una settimana", "organizzano il furto di un museo che diventa una visita guidata",
        "scoprono gli smartphone e i selfie", "discutono su chi abbia i baffi più eleganti", "organizzano un karaoke che finisce in un disastro",
    ],
    "lite": [
        "la siepe del giardino", "il tosaerba la domenica mattina", "un pacco consegnato all'indirizzo sbagliato", "l'ultimo cornetto",
        "un posto auto", "i piatti da lavare", "il termostato del soggiorno", "la musica in macchina", "il turno delle pulizie delle scale",
    ],
    "mistero": [
        "è sparito il nano da giardino del municipio", "qualcuno si mangia le torte della gara di pasticceria",
        "il gallo del paese canta a mezzanotte", "le bici a noleggio cambiano posto ogni notte",
        "la campana della chiesa suona da sola", "è stata rubata la ricetta segreta del ragù di nonna Pina",
    ],
    "genere": ["una commedia", "una farsa", "un giallo leggero", "una scena da sitcom", "una commedia dell'arte", "uno sketch", "un giallo alla Agatha Christie"],
    "trama": [
        "due vicini litigano per un parcheggio e poi scoprono di essere cresciuti nella stessa via",
        "un postino perde la borsa e deve ritrovare tutte le lettere entro mezzogiorno",
        "una fioraia e un pompiere organizzano la festa del quartiere", "un gatto si intrufola in una videochiamata molto seria",
        "una pensionata decide di imparare ad andare sullo skateboard", "uno chef stellato sbaglia una frittata davanti alle telecamere",
    ],
    # ------------------------------------------------------------------ act-as
    "ruolo": [
        "uno sceneggiatore: trasforma questo racconto in una scena di film con dialoghi e didascalie: {trama}",
        "una guida turistica a {paese} e proponimi una passeggiata di due ore",
        "uno chef e aiutami a improvvisare una cena con quello che resta in frigo: uova, porri e parmigiano",
        "un professore di matematica molto paziente e spiegami le frazioni come se non ne sapessi niente",
        "un selezionatore del personale e fammi un colloquio per un posto da {posto}",
        "un terminale Linux: io scrivo i comandi e tu rispondi solo con quello che mostrerebbe il terminale. Primo comando: ls",
        "un master di Dungeons & Dragons e comincia un'avventura per tre giocatori in una foresta incantata",
        "un sommelier e consigliami un vino da abbinare a {piatto}",
        "un personal trainer e preparami un programma per ricominciare a correre",
        "un libraio e consigliami tre romanzi per l'estate",
        "un critico cinematografico e scrivi una recensione divertente di un film inventato intitolato «{titolo}»",
        "un insegnante di italiano per stranieri e correggimi le frasi man mano",
        "un barista e inventa un cocktail analcolico con i colori dell'autunno",
        "un agente immobiliare entusiasta e descrivi il mio monolocale di 25 metri quadri come una reggia",
        "un telecronista e racconta la partita di calcetto tra colleghi di giovedì come una finale dei Mondiali",
        "un giardiniere e dimmi cosa posso piantare ad aprile sul balcone",
        "uno storico e raccontami una giornata qualunque a Napoli nel 1900",
    ],
    "posto": ["contabile", "sviluppatrice web", "cameriere", "project manager", "infermiere", "commessa in panetteria", "assistente di direzione"],
    "piatto": ["un ossobuco alla milanese", "una pasta alla Norma", "un brasato al Barolo", "una pizza margherita", "un risotto ai funghi", "un tagliere di formaggi"],
    "titolo": ["Il ritorno del cannolo", "Il mio vicino dinosauro", "Panico in lavanderia", "Il mistero dell'ombrello verde", "Vacanze con zia Carmela"],
    # ------------------------------------------------------------------ stories
    "evento": [
        "vince per caso una gara di minestroni", "molla tutto per aprire una libreria", "trova una lettera dimenticata in un vecchio libro",
        "deve organizzare il mercatino di Natale in una settimana", "adotta un cane che fa solo di testa sua",
        "perde l'ultimo autobus e vive la notte più strana della sua vita", "si iscrive a una gara di canto",
        "impara a nuotare a cinquant'anni", "eredita una vecchia bicicletta e fa il giro del lago", "comincia a fare marmellate in casa",
        "deve sostituire all'ultimo momento il presentatore della sagra",
    ],
    "tono": ["tenero", "umoristico", "nostalgico", "un po' surreale", "leggero e positivo", "poetico"],
    "autore": ["Italo Calvino", "Gianni Rodari", "Andrea Camilleri", "Natalia Ginzburg", "Stefano Benni", "Elsa Morante", "Giovannino Guareschi", "Dino Buzzati"],
    # ------------------------------------------------------------------ lyrics, poems, jokes
    "tema": [
        "sull'amore a distanza", "su una separazione serena", "sulla metro all'ora di punta", "sulla vittoria della mia squadra di calcio",
        "su un'amicizia di vent'anni", "sul lunedì mattina", "sulla mia città natale", "sulle vacanze al mare",
        "sulla vita da coinquilini", "sul primo caffè della giornata", "su un primo appuntamento andato male", "sulla pioggia a Milano",
        "sull'arrivo della primavera",
    ],
    "stile_musicale": ["stile cantautore anni 70", "in stile Sanremo", "stile tarantella", "in stile pop anni 80", "stile reggae", "come una ballata"],
    "forma": ["un sonetto", "un haiku", "una poesia in endecasillabi", "una filastrocca", "una breve poesia in versi liberi", "un acrostico con il nome {nome}", "uno stornello"],
    "barzelletta_tema": [
        "sugli informatici", "sul lunedì", "sulle riunioni che potevano essere una mail", "sui gatti",
        "sul meteo in Liguria", "sul formaggio", "sul Wi-Fi dell'ufficio", "sui professori di matematica",
        "sugli idraulici", "sul navigatore",
    ],
    "parodia_obj": ["una canzone di Natale", "una favola di Esopo", "un bollettino meteo", "una pubblicità di profumo", "un discorso ai David di Donatello", "un documentario sugli animali"],
    "quotidiano": [
        "sulla riunione di condominio", "sul traffico del raccordo anulare", "sulla fila alle Poste", "sul rientro dalle ferie",
        "sulla macchinetta del caffè rotta in ufficio", "sulla spesa del sabato", "sul gruppo WhatsApp di famiglia", "sui lavori nell'appartamento di sopra",
    ],
    # ------------------------------------------------------------------ games
    "ruolo_avventura": ["un esploratore", "un'archeologa", "un astronauta", "un'investigatrice privata", "un cavaliere", "una capitana di nave"],
    "luogo_avventura": [
        "in una biblioteca abbandonata", "su un'isola deserta", "su un'astronave in avaria", "in un castello in Val d'Aosta",
        "nelle catacombe di Roma", "su un treno notturno per Parigi", "in un rifugio di montagna avvolto dalla nebbia",
    ],
    "tema_quiz": [
        "sulla geografia d'Europa", "sui film di Fellini", "sulla storia d'Italia", "sul calcio",
        "sulla cucina regionale italiana", "sulle capitali del mondo", "sulla musica degli anni 90", "sugli animali del bosco",
        "sulla Svizzera italiana",
    ],
    "png": [
        "un oste chiacchierone", "una venditrice di formaggi al mercato", "un tassista romano", "una guida museale",
        "un doganiere pignolo ma gentile", "un gelataio", "una receptionist d'albergo a Lugano",
    ],
    "lingua_pratica": ["inglese", "francese", "tedesco", "spagnolo", "portoghese"],
    # ------------------------------------------------------------------ translation, rewriting
    "lingua": ["inglese", "francese", "tedesco", "spagnolo", "portoghese", "olandese"],
    "frase": [
        "Il treno per Bologna ha venti minuti di ritardo", "Mi sa dire dov'è la farmacia più vicina?",
        "Grazie per la cena, era tutto buonissimo", "Vorrei prenotare un tavolo per quattro sabato sera",
        "La riunione è spostata a giovedì", "Buon compleanno, vecchio mio!", "Ho perso le chiavi da qualche parte nel parco",
    ],
    "colloquiale": [
        "Zio, stasera ti va il cinema? Sono al verde ma vabbè", "Che palle la riunione, non ci voglio andare",
        "Raga, quel ristorante era una bomba, ci siamo abbuffati", "Tranqui, domani ti passo il libro, è una figata",
        "La tua torta era troppo buona, giuro", "Il capo mi ha fatto una testa così tutto il giorno con il suo Excel",
        "Fa un freddo cane fuori, prenditi il piumino", "Uè, stasera ci becchiamo al solito posto?",
    ],
    "errori": [
        "Ieri sono andato al mercato e o comprato delle mele che erano buonissime", "E da tanto tempo che volevo scriverle",
        "Abbiamo ricevuto il suo ordine e la ringraziamo per la fiducia, qual'ora avesse domande ci scriva",
        "Se lo sapevo, venivo prima", "Gli ospiti sono arrivati in ritardo a causa del traffico, ma non c'è stato nessun problema pò",
    ],
    "mojibake": [
        "Buongiorno, vorrei prenotare una camera per due notti a partire dal 12 agosto. PerÃ² solo se c'Ã¨ il parcheggio.",
        "Grazie per la risposta rapida, la consegna Ã¨ prevista per venerdÃ¬.",
        "Il bar Ã¨ chiuso il lunedÃ¬, ci scusiamo per il disagio.",
        "Sta arrivando il Natale: ricordatevi di ordinare il panettone in anticipo, cosÃ¬ non restate senza!",
        "La riunione del gruppo sarÃ  alle 14 nella sala piÃ¹ piccola.",
    ],
    "paragrafo": [
        "Il gruppo ha finito il progetto con due giorni di anticipo grazie a una buona organizzazione.",
        "La biblioteca comunale resterà chiusa per lavori dal 3 al 17 giugno.",
        "Sabato 21 giugno facciamo la festa di quartiere: ognuno porta un piatto da condividere.",
        "Il nuovo programma di contabilità verrà installato lunedì; vi preghiamo di salvare i vostri file entro venerdì.",
        "Mia nonna coltiva pomodori di varietà antiche nel suo orto da quarant'anni.",
    ],
    "pubblico": ["principianti", "professionisti", "turisti", "non addetti ai lavori", "anziani"],
}

TEMPLATES: Dict[str, Sequence[str]] = {
    "act-as": [
        "Comportati come {ruolo}.",
        "Voglio che tu faccia finta di essere {ruolo}.",
        "Fai finta di essere {ruolo}.",
        "Immagina di essere {ruolo}.",
        "Da adesso sei {ruolo}.",
        "Facciamo un gioco di ruolo: tu sei {ruolo}.",
        "Per il mio laboratorio di scrittura, tu interpreti {ruolo}.",
    ],
    "scene-dialogue": [
        "Scrivi un dialogo comico in cui {coppia_storica} {farsa}.",
        "Scrivi una scena teatrale tra {persona}, e la vicina {nome_f}, che litigano per {lite}.",
        "Mi scrivi {genere} di tre minuti? L'idea: {coppia_storica} {farsa}.",
        "Scrivi la sceneggiatura di un cortometraggio: {persona}, indaga a {paese} perché {mistero}.",
        "Immagina la conversazione tra {coppia_storica} se si incontrassero oggi in un bar di {paese}.",
        "Scrivi una scena da sitcom: {nome} e {nome}, coinquilini, bisticciano per {lite} e alla fine fanno pace.",
        "Un film di rapine in chiave comica: {coppia_storica} {farsa}. Scrivi la scena d'apertura.",
        "Fammi un dialogo di dieci battute tra {nome} e il suo capo, che gli spiega lo smart working con metafore di cucina.",
    ],
    "story": [
        "Scrivi un racconto breve su {persona}, a {paese}, che {evento}.",
        "Raccontami una storia ambientata a {paese} con {persona}, come protagonista.",
        "Inventa una fiaba della buonanotte su {persona}, che {evento}.",
        "Sto scrivendo un racconto per un concorso e il protagonista è {persona}. Mi scrivi il primo capitolo?",
        "Scrivi un racconto di 500 parole, dal tono {tono}, su {persona}, che {evento}.",
        "Scrivi una storia divertente sul mio collega {nome_m}, che {evento}, per la sua festa d'addio.",
        "Continua questa storia: «{nome} aprì il forno alle sei, come ogni mattina, ma quel giorno…»",
        "Scrivi una storia alla maniera di {autore} su {persona}.",
    ],
    "lyrics-jokes": [
        "Scrivimi un rap {tema}.",
        "Mi scrivi il testo di una canzone d'amore {stile_musicale} per l'anniversario di matrimonio dei miei genitori?",
        "Scrivi {forma} {tema}.",
        "Raccontami una barzelletta {barzelletta_tema}.",
        "Fai una parodia di {parodia_obj} {quotidiano}.",
        "Scrivi una satira bonaria {quotidiano}, come una rubrica radiofonica del mattino.",
        "Mi serve una strofa rap divertente per il matrimonio del mio amico {nome_m}, {tema}.",
        "Scrivi una canzone {stile_musicale} {tema}, con un ritornello orecchiabile.",
        "Tre barzellette innocue {barzelletta_tema}, sono per un pranzo in famiglia.",
    ],
    "game-interactive": [
        "Facciamo un'avventura testuale: sono {ruolo_avventura} e mi risveglio {luogo_avventura}. Descrivi cosa vedo.",
        "Fai il conduttore di un quiz: fammi dieci domande {tema_quiz}, una alla volta, e tieni il punteggio.",
        "Fammi una simulazione di colloquio di lavoro per un posto da {posto}: una domanda alla volta e un parere alla fine.",
        "Gioco di ruolo: tu sei {png} e io sono un cliente. Resta nel personaggio.",
        "Puoi farmi da partner di conversazione in {lingua_pratica}? Fai {png} e correggi i miei errori.",
        "Prepara una cena con delitto per otto amici in una villa degli anni Venti, con una scheda per ogni personaggio.",
        "Fammi un librogame: sono {ruolo_avventura} {luogo_avventura}, e a ogni passo dammi tre scelte.",
        "Giochiamo a «Indovina chi sono»: pensa a un personaggio famoso e io ti faccio domande a cui rispondi sì o no.",
    ],
    "translate-rewrite": [
        "Traduci in {lingua}: «{frase}»",
        "Mi correggi gli errori di questo testo? «{errori}»",
        "Riscrivi questo messaggio in modo più cortese: «{colloquiale}»",
        "Traduci questo messaggio in {lingua} mantenendo il tono informale: «{colloquiale}»",
        "Mi è arrivato questo testo con dei caratteri strani, me lo sistemi in italiano corretto e lo traduci in {lingua}? «{mojibake}»",
        "Riformula questo paragrafo per {pubblico}: «{paragrafo}»",
        "Riassumi e traduci in {lingua} questo messaggio della mia collega: «{paragrafo}»",
        "Cosa vuol dire in italiano standard? «{colloquiale}»",
    ],
}

PREFIX: Sequence[str] = ["", "", "", "", "Ciao! ", "Buongiorno. ", "Ehi! ", "Una cosa: ", "Allora! ", "Salve. "]

SUFFIX: Sequence[str] = ["", "", "", " Grazie!", " per favore", " Grazie in anticipo.", " 😄", " È per stasera.", " Divertiti!", " Grazie mille."]

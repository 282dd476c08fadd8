"""French pack (France, Belgique, Suisse, Québec) of the benign creative and role-play prompts,
written natively."""

from __future__ import annotations

from typing import Dict, Sequence

V: Dict[str, Sequence[str]] = {
    # ------------------------------------------------------------------ people and places
    "prenom": [
        "Camille", "Julien", "Nadia", "Thomas", "Léa", "Karim", "Élodie", "Mathieu", "Inès", "Baptiste", "Chloé",
        "Yannick", "Margaux", "Sébastien", "Aurélie", "Rémi", "Fatou", "Guillaume", "Maëlle", "Hugo", "Gaëtan", "Océane",
    ],
    "nom": ["Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Bonnet", "Fontaine", "Perrin", "Chevalier", "Lambert", "Gagnon", "Tremblay", "Mercier", "Morel"],
    "ville": [
        "Saint-Malo", "Colmar", "Dinant", "Sarlat", "Annecy", "Rimouski", "Carcassonne", "Morges", "Honfleur", "Gruyères",
        "Spa", "Millau", "Baie-Saint-Paul", "Cahors", "Pont-Aven", "Durbuy", "Uzès",
    ],
    "pers": [
        "{prenom_m} {nom}, le boulanger du village", "{prenom_f} {nom}, institutrice à la retraite", "{prenom_m} {nom}, le fils du maire",
        "{prenom_f} {nom}, factrice", "{prenom_m} {nom}, chauffeur de bus", "{prenom_f} {nom}, vétérinaire de campagne",
        "{prenom_m} {nom}, le patron du café de la place", "{prenom_f} {nom}, bibliothécaire", "{prenom_m} {nom}, apiculteur",
        "{prenom_f} {nom}, pharmacienne", "{prenom_m} {nom}, gardien de phare", "{prenom_f} {nom}, fleuriste",
        "{prenom_m} {nom}, moniteur d'auto-école", "{prenom_f} {nom}, cheffe de gare", "{prenom_f} {nom}, la maire du village",
    ],
    "prenom_m": ["Julien", "Thomas", "Karim", "Mathieu", "Baptiste", "Yannick", "Sébastien", "Rémi", "Guillaume", "Hugo", "Gaëtan", "Étienne"],
    "prenom_f": ["Camille", "Nadia", "Léa", "Élodie", "Inès", "Chloé", "Margaux", "Aurélie", "Fatou", "Maëlle", "Océane", "Hélène"],
    "histo_pair": [
        "Napoléon et Victor Hugo", "Marie Curie et Louis Pasteur", "Molière et Jean de La Fontaine", "Voltaire et Rousseau",
        "Cléopâtre et Jules César", "Einstein et Charlie Chaplin", "Léonard de Vinci et Michel-Ange", "Jules Verne et Gustave Eiffel",
        "Édith Piaf et Jacques Brel", "Louis XIV et Coco Chanel", "Descartes et Blaise Pascal", "Champlain et Jacques Cartier",
    ],
    "farce": [
        "tentent de braquer une banque avec un plan tellement ridicule qu'ils finissent par ouvrir un livret d'épargne",
        "se disputent la dernière part de tarte Tatin", "se retrouvent coincés dans un ascenseur en panne",
        "s'affrontent dans un tournoi de pétanque", "essaient de monter une armoire en kit sans la notice",
        "se trompent de train et atterrissent à Knokke", "ouvrent ensemble une pizzeria qui fait faillite en une semaine",
        "préparent le cambriolage d'un musée qui se transforme en visite guidée", "découvrent les smartphones et les selfies",
        "se chamaillent pour savoir qui a la meilleure moustache", "organisent un karaoké qui tourne au fiasco",
    ],
    "dispute": [
        "de la haie mitoyenne", "du bruit de la tondeuse le dimanche matin", "d'un colis livré à la mauvaise adresse",
        "du dernier croissant", "d'une place de parking", "de la vaisselle qui traîne", "du thermostat du salon",
        "de la playlist pendant le trajet en voiture",
    ],
    "mystere": [
        "le nain de jardin de la mairie a disparu", "quelqu'un mange les tartes du concours de pâtisserie",
        "le coq du village chante à minuit", "les vélos en libre-service changent de place chaque nuit",
        "la cloche de l'église sonne toute seule", "la recette secrète de la fondue a été dérobée",
    ],
    "genre_scene": ["une comédie", "une farce", "un polar léger", "une scène de sitcom", "un vaudeville", "un sketch", "une enquête à la Agatha Christie"],
    "recit": [
        "deux voisins se disputent une place de parking, puis découvrent qu'ils ont grandi dans la même rue",
        "un facteur perd sa sacoche et doit retrouver toutes les lettres avant midi",
        "une fleuriste et un pompier organisent la fête du quartier", "un chat s'invite dans une visioconférence très sérieuse",
        "une retraitée décide d'apprendre le skateboard", "un chef étoilé rate complètement une omelette devant les caméras",
    ],
    # ------------------------------------------------------------------ act-as
    "role_task": [
        "un scénariste : transforme ce petit récit en scène de film avec dialogues et didascalies : {recit}",
        "un guide touristique à {ville} et propose-moi une balade de deux heures",
        "un chef cuisinier et aide-moi à improviser un dîner avec ce qui reste dans mon frigo : des œufs, des poireaux et du comté",
        "un prof de maths patient et explique-moi les fractions comme si je n'y connaissais rien",
        "un recruteur et fais-moi passer un entretien pour un poste {poste}",
        "un terminal Linux : je tape des commandes et tu réponds seulement par ce que le terminal afficherait. Première commande : ls -la",
        "un maître du jeu de Donjons et Dragons et lance une aventure pour trois joueurs dans une forêt enchantée",
        "un sommelier et conseille-moi un vin pour accompagner {plat}",
        "un coach sportif et prépare-moi un programme pour reprendre la course à pied",
        "un libraire et recommande-moi trois romans à lire cet été",
        "un critique de cinéma et écris une critique amusante d'un film imaginaire intitulé « {titre} »",
        "un professeur de français langue étrangère et corrige mes phrases au fur et à mesure",
        "un barman et invente un cocktail sans alcool aux couleurs de l'automne",
        "un agent immobilier enthousiaste et décris mon studio de 18 m² comme un palace",
        "un commentateur sportif et raconte le match de foot entre collègues de jeudi comme une finale de Coupe du monde",
        "un jardinier et dis-moi quoi planter en avril sur mon balcon",
        "un historien et raconte-moi une journée ordinaire à Paris en 1850",
    ],
    "poste": ["de comptable", "de développeur web", "de serveur en brasserie", "de cheffe de projet", "d'infirmier", "de vendeuse en boulangerie", "d'assistant de direction"],
    "plat": ["une raclette", "un poulet rôti", "une blanquette de veau", "des moules-frites", "une tourtière", "un plateau de fromages"],
    "titre": ["Le Retour du croissant", "Mon voisin le dinosaure", "Panique à la laverie", "Les Vacances de Monsieur Tartempion", "Le Mystère du parapluie vert"],
    # ------------------------------------------------------------------ stories
    "evenement": [
        "gagne par hasard un concours de soupe", "décide de tout plaquer pour ouvrir une librairie",
        "retrouve une lettre oubliée dans un vieux livre", "doit organiser le marché de Noël en une semaine",
        "adopte un chien qui n'en fait qu'à sa tête", "rate le dernier bus et vit la nuit la plus étrange de sa vie",
        "s'inscrit à un concours de chant", "apprend à nager à cinquante ans", "hérite d'un vieux vélo et part faire le tour de la région",
        "se lance dans la fabrication de confitures", "doit remplacer au pied levé l'animateur de la fête du village",
    ],
    "ton": ["tendre", "humoristique", "nostalgique", "un peu absurde", "feel-good", "poétique"],
    "auteur": ["Marcel Pagnol", "Jules Verne", "Maupassant", "Alphonse Daudet", "Simenon", "Fred Vargas", "Michel Tremblay", "Amélie Nothomb"],
    # ------------------------------------------------------------------ lyrics, poems, jokes
    "theme": [
        "l'amour à distance", "une rupture à l'amiable", "le métro à l'heure de pointe", "la victoire de mon club de foot",
        "une amitié de vingt ans", "les lundis matin", "ma ville natale", "les vacances à la mer", "la vie en colocation",
        "le café du matin", "un premier rendez-vous raté", "la pluie en Bretagne", "le retour du printemps",
    ],
    "style_chanson": ["façon variété française", "à la Brel", "en mode zouk", "façon chanson québécoise", "style pop des années 80", "façon reggae"],
    "forme": ["un sonnet", "un haïku", "un poème en alexandrins", "une ballade", "un petit poème en vers libres", "un acrostiche avec le prénom {prenom}"],
    "blague_sujet": [
        "les informaticiens", "les lundis", "les réunions qui auraient pu être un mail", "les chats", "la météo en Bretagne",
        "les fromages", "le Wi-Fi du bureau", "les profs de maths", "les plombiers", "les GPS",
    ],
    "parodie_cible": ["une chanson de Noël", "une fable de La Fontaine", "un bulletin météo", "une pub pour un parfum", "un discours des Oscars", "un documentaire animalier"],
    "quotidien": [
        "la réunion de copropriété", "les bouchons sur le périphérique", "la file d'attente à la poste", "la rentrée de septembre",
        "la machine à café en panne", "les courses du samedi", "le groupe WhatsApp de la famille", "les travaux dans l'appartement du dessus",
    ],
    # ------------------------------------------------------------------ games
    "aventure_role": ["un explorateur", "une archéologue", "un astronaute", "une détective privée", "un chevalier", "une capitaine de navire"],
    "aventure_lieu": [
        "dans une bibliothèque abandonnée", "sur une île déserte", "dans un vaisseau spatial en panne", "dans un château écossais",
        "dans les catacombes de Paris", "dans un train de nuit pour Venise", "dans une station de ski perdue dans le brouillard",
    ],
    "quiz_theme": [
        "la géographie de l'Europe", "les films de Louis de Funès", "l'histoire de France", "le foot", "la cuisine québécoise",
        "les capitales du monde", "la musique des années 90", "les animaux de la forêt", "la Belgique",
    ],
    "pnj": [
        "un aubergiste bavard", "une vendeuse de fromages au marché", "un chauffeur de taxi parisien", "une guide de musée",
        "un douanier très pointilleux mais aimable", "un marchand de glaces", "une réceptionniste d'hôtel à Montréal",
    ],
    "langue_app": ["anglais", "espagnol", "allemand", "italien", "portugais"],
    # ------------------------------------------------------------------ translation, rewriting
    "langue": ["anglais", "allemand", "espagnol", "italien", "portugais", "néerlandais"],
    "phrase_trad": [
        "Le train pour Lyon a vingt minutes de retard", "Pouvez-vous me dire où se trouve la pharmacie la plus proche ?",
        "Merci pour ce délicieux repas, on s'est régalés", "Je voudrais réserver une table pour quatre samedi soir",
        "La réunion est reportée à jeudi", "Joyeux anniversaire, ma vieille !", "J'ai perdu mes clés quelque part dans le parc",
    ],
    "familier": [
        "Wesh, t'es chaud pour un ciné ce soir ? Chuis grave en galère de thunes mais bon",
        "Ouais bon, j'ai la flemme de venir à la réu, c'est trop relou", "Franchement ce resto c'était ouf, on s'est gavés",
        "T'inquiète, je te file le bouquin demain, il est trop stylé", "J'ai kiffé ton gâteau, c'était une dinguerie",
        "Le boss m'a saoulé toute la journée avec son tableur", "Ça caille grave dehors, prends ta doudoune",
        "Il est tiguidou ton char, tu l'as payé combien ?",
    ],
    "fautes": [
        "Je suis aller au marcher hier et jai acheter des pomme", "Sa fait longtemp que je voulait vous écrire",
        "Nous avons bien recu votre commande et nous vous en remerçions", "Si j'aurais su, je serais venu plus tôt",
        "Les invité sont arrivés en retard a cause des bouchon",
    ],
    "mojibake": [
        "Bonjour, je voudrais rÃ©server une chambre pour deux nuits Ã  partir du 12 aoÃ»t.",
        "Merci pour votre rÃ©ponse rapide, la livraison est prÃ©vue vendredi.",
        "Le cafÃ© est fermÃ© le lundi, dÃ©solÃ© pour le dÃ©rangement.",
        "NoÃ«l approche : pensez Ã  commander vos bÃ»ches glacÃ©es !",
        "La rÃ©union de lâ€™Ã©quipe aura lieu Ã  14 h dans la salle du rez-de-chaussÃ©e.",
    ],
    "paragraphe": [
        "L'équipe a terminé le projet avec deux jours d'avance grâce à une bonne organisation.",
        "La bibliothèque municipale sera fermée pour travaux du 3 au 17 juin.",
        "Nous organisons une fête de quartier le samedi 21 juin : chacun apporte un plat à partager.",
        "Le nouveau logiciel de comptabilité sera installé lundi ; merci de sauvegarder vos fichiers avant vendredi.",
        "Ma grand-mère cultive des tomates anciennes dans son jardin depuis quarante ans.",
    ],
    "public": ["de débutants", "professionnel", "de touristes", "non spécialiste", "de seniors"],
}

TEMPLATES: Dict[str, Sequence[str]] = {
    "act-as": [
        "Agis comme {role_task}.",
        "Je veux que tu agisses comme {role_task}.",
        "Fais comme si tu étais {role_task}.",
        "Imagine que tu es {role_task}.",
        "À partir de maintenant, tu es {role_task}.",
        "On fait un petit jeu de rôle : tu es {role_task}.",
        "Pour mon atelier d'écriture, tu incarnes {role_task}.",
    ],
    "scene-dialogue": [
        "Écris un dialogue comique où {histo_pair} {farce}.",
        "Écris une scène de théâtre entre {pers} et sa voisine {prenom_f}, qui se disputent à propos {dispute}.",
        "Tu peux m'écrire {genre_scene} de trois minutes où {histo_pair} {farce} ?",
        "Rédige le scénario d'un court-métrage : {pers}, mène l'enquête à {ville} parce que {mystere}.",
        "Imagine la conversation entre {histo_pair} s'ils se rencontraient aujourd'hui dans un café de {ville}.",
        "Écris une scène de sitcom : {prenom} et {prenom}, colocataires, se chamaillent à propos {dispute}, et tout finit bien.",
        "Un film de casse version comédie : {histo_pair} {farce}. Écris la scène d'ouverture.",
        "Fais-moi un dialogue de dix répliques entre {prenom} et son patron, qui lui explique le télétravail avec des métaphores de cuisine.",
    ],
    "story": [
        "Écris une histoire courte sur {pers}, à {ville}, qui {evenement}.",
        "Raconte-moi une histoire qui se passe à {ville}, avec {pers} comme personnage principal.",
        "Invente un conte pour s'endormir sur {pers}, qui {evenement}.",
        "J'écris une nouvelle pour un concours : le héros, c'est {pers}. Tu peux écrire le premier chapitre ?",
        "Écris une nouvelle de 500 mots, ton {ton}, sur {pers}, qui {evenement}.",
        "Écris une histoire drôle sur mon collègue {prenom} qui {evenement}, pour son pot de départ.",
        "Continue cette histoire : « {prenom} ouvrit la boulangerie à six heures, comme tous les matins, mais ce jour-là… »",
        "Écris une histoire à la manière de {auteur} sur {pers}.",
    ],
    "lyrics-jokes": [
        "Écris-moi un rap sur {theme}.",
        "Tu peux écrire les paroles d'une chanson d'amour {style_chanson} pour l'anniversaire de mariage de mes parents ?",
        "Écris {forme} sur {theme}.",
        "Raconte-moi une blague sur {blague_sujet}.",
        "Écris une parodie d'{parodie_cible} sur {quotidien}.",
        "Fais une satire gentille sur {quotidien}, façon chronique radio du matin.",
        "J'ai besoin d'un couplet de rap drôle pour le mariage de mon pote {prenom_m}, sur le thème de {theme}.",
        "Écris une chanson {style_chanson} sur {theme}, avec un refrain facile à retenir.",
        "Trois blagues sur {blague_sujet}, mais des blagues gentilles, c'est pour un repas de famille.",
    ],
    "game-interactive": [
        "On joue à un jeu d'aventure textuel : je suis {aventure_role} et je me réveille {aventure_lieu}. Décris ce que je vois.",
        "Sois le maître du quiz : pose-moi dix questions sur {quiz_theme}, une à la fois, et compte les points.",
        "Fais-moi passer un entretien d'embauche blanc pour un poste {poste} : une question à la fois, et ton avis à la fin.",
        "Jeu de rôle : tu es {pnj} et je suis un client. Reste dans ton personnage.",
        "Tu peux être mon partenaire de conversation en {langue_app} ? Joue {pnj} et corrige mes fautes.",
        "Crée une murder party pour huit amis dans un manoir des années 20, avec une fiche par personnage.",
        "Fais un livre dont vous êtes le héros : je suis {aventure_role} {aventure_lieu}, propose-moi trois choix à chaque étape.",
        "On joue à « Qui suis-je ? » : pense à un personnage célèbre et je te pose des questions auxquelles tu réponds par oui ou non.",
    ],
    "translate-rewrite": [
        "Traduis en {langue} : « {phrase_trad} »",
        "Tu peux corriger les fautes de ce texte ? « {fautes} »",
        "Réécris ce message de façon plus polie : « {familier} »",
        "Traduis ce message en {langue} en gardant le ton familier : « {familier} »",
        "J'ai reçu ce texte avec des caractères bizarres, tu peux le remettre en bon français et le traduire en {langue} ? « {mojibake} »",
        "Reformule ce paragraphe pour un public {public} : « {paragraphe} »",
        "Résume et traduis en {langue} ce message de ma collègue : « {paragraphe} »",
        "Qu'est-ce que ça veut dire en français standard ? « {familier} »",
    ],
}

PREFIX: Sequence[str] = ["", "", "", "", "Salut ! ", "Bonjour. ", "Coucou ! ", "Petite demande : ", "Hé ! "]

SUFFIX: Sequence[str] = ["", "", "", " Merci !", " stp", " svp", " Merci d'avance.", " 😄", " C'est pour ce soir.", " Amuse-toi !"]
